MODULE = {
    "slug": "yihuan-goutong-zhong-de-gongqing",
    "institution": "sjtu",
    "contributing_institutions": ["ottawa"],
    "language": "zh-hans",
    "title": "医患沟通中的共情",
    "summary": "面向临床阶段医学生：从认知共情与情感共情的区分出发，探讨在“三分钟门诊”的现实中如何表达共情，以及在紧张的医患关系中，共情为何是一种可以学习、也需要保护的职业素养。",
    "objectives": [
        "区分认知共情、情感共情与同情，并说明它们在临床中的不同作用。",
        "解释医学培养过程中共情水平可能下降的主要原因，并结合自身经历加以反思。",
        "在时间有限的门诊接诊中识别患者的情绪线索，并用简短、具体的语言作出共情回应。",
        "分析家属冲突与医患紧张情境中的沟通要点，在保障安全的前提下运用共情缓和矛盾。",
        "将共情理解为可学习、可评估、需要制度与自我双重保护的职业素养。",
    ],
    "themes": ["empathy", "culture"],
    "level": "clinical",
    "license": "cc-by",
    "keywords": ["共情", "医患沟通", "门诊", "医患关系", "职业素养", "大医精诚"],
    "authors": [
        {
            "key": "jingyi-lu",
            "name": "陆静怡",
            "title": "上海交通大学医学院医学人文副教授",
            "institution": "sjtu",
            "bio": "陆静怡长期从事医患沟通与叙事医学教学，负责医学院临床沟通技能课程，并参与标准化病人的培训工作。她的研究关注大型公立医院门诊环境中的医患沟通。",
            "orcid": "",
        },
        {
            "key": "zhiheng-yu",
            "name": "俞之恒",
            "title": "消化内科主任医师、临床教授",
            "institution": "sjtu",
            "bio": "俞之恒在上海交通大学医学院附属医院从事消化内科临床工作二十余年，每周出诊专家门诊，并承担住院医师规范化培训的带教工作。他常把门诊中的沟通难题带进课堂，与学生一起练习“三分钟里的共情”。",
            "orcid": "",
        },
        {
            "key": "elise-marchand-roy",
            "name": "Élise Marchand-Roy",
            "title": "渥太华大学医学院家庭医学系副教授",
            "institution": "ottawa",
            "bio": "Élise Marchand-Roy 是一名家庭医生，长期从事临床沟通教学和医学生共情研究。她自 2017 年起参与渥太华大学与上海交通大学的医学人文合作，负责本模块角色扮演与形成性评估部分的设计。",
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Halpern J",
            "title": "From Detached Concern to Empathy: Humanizing Medical Practice",
            "venue": "Oxford University Press",
            "year": 2001,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hojat M",
            "title": "Empathy in Patient Care: Antecedents, Development, Measurement, and Outcomes",
            "venue": "Springer",
            "year": 2007,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Back AL, Arnold RM, Tulsky JA",
            "title": "Mastering Communication with Seriously Ill Patients: Balancing Honesty with Empathy and Hope",
            "venue": "Cambridge University Press",
            "year": 2009,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kleinman A",
            "title": "The Illness Narratives: Suffering, Healing, and the Human Condition",
            "venue": "Basic Books",
            "year": 1988,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hesketh T, Wu D, Mao L, Ma N",
            "title": "Violence against doctors in China",
            "venue": "BMJ",
            "year": 2012,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # 第一课
        # ------------------------------------------------------------------
        {
            "slug": "shenme-shi-gongqing",
            "title": "什么是共情：从“恻隐之心”到临床共情",
            "duration_minutes": 90,
            "introduction": "本课厘清“共情”的含义，区分认知共情与情感共情、共情与同情，并结合国内外研究讨论共情为何会在医学培养过程中逐渐流失。",
            "body": [
                (
                    "section",
                    {
                        "heading": "共情是什么：理解、感受与表达",
                        "text": (
                            "<p>“共情”（empathy）在中文文献中也译作“同理心”或“移情”。在临床语境中，我们采用一个较为通行的界定：共情是理解患者的处境、感受和观点，并把这种理解传达给患者、进而用于帮助患者的能力。这个定义包含三个层面：一是<strong>认知层面</strong>，即准确地理解对方在想什么、担心什么；二是<strong>情感层面</strong>，即在一定程度上体会到对方的情绪；三是<strong>行为层面</strong>，即通过语言、表情和行动，让对方确实感到“被理解了”。只停留在心里的理解，对患者来说往往等于没有。</p>"
                            "<p>心理学研究通常把前两者区分为<strong>认知共情</strong>与<strong>情感共情</strong>。认知共情接近我们常说的“换位思考”，即能够推断对方的想法和需要；情感共情接近“感同身受”，即对方的痛苦在自己身上引起相应的情绪反应。两者各有风险。只有认知共情而没有情感投入，可能沦为冷冰冰的“沟通技巧”，甚至成为操纵他人的手段——善于揣摩人心的，并不都是好人。反过来，只有情感共鸣而缺乏调节，医生很容易被患者的痛苦淹没，陷入所谓的“共情痛苦”，进而疲惫、回避，最终反而远离患者。</p>"
                            "<p>美国精神科医生、哲学家哈尔彭（Jodi Halpern）批评了医学界长期推崇的“超然的关切”（detached concern），认为医生不需要、也不应该把情感完全排除在外；真正的临床共情，是在情感上与患者保持连接，同时以好奇心和专业判断去理解对方独特的经验。Hojat 等学者则强调，临床共情以认知成分为主，重在理解与沟通，而不是在情绪上“陷进去”。这两种观点并不矛盾：好的临床共情，是有温度的理解，也是有边界的投入。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "共情不等于同情",
                        "text": (
                            "<p>日常中文里，“同情”“可怜”“心疼”常被混用。区分它们有实际意义。<strong>同情</strong>（sympathy）是站在自己的位置上为对方感到难过，往往带着一种距离，甚至不自觉的居高临下：“真可怜。”<strong>共情</strong>则是尝试走进对方的处境，用对方的眼光看问题，并把注意力放在对方真正关心的事情上。</p>"
                            "<p>举个例子。一位刚确诊 2 型糖尿病的四十岁出租车司机问：“医生，我以后是不是不能开车了？”同情式的回应是：“唉，这么年轻就得了这个病，真不容易。”这句话出于好意，却把焦点放在了医生自己的感受上，也没有回答问题。共情式的回应可能是：“您最担心的，是会不会影响开车、影响养家，对吗？”接着再解释：大多数糖尿病患者经过规范治疗可以继续工作，但需要警惕低血糖，尤其是在使用胰岛素或磺脲类药物时，要学会识别症状、开车前监测血糖。后一种回应用一句话确认了患者的担忧，又自然地把谈话引向需要讨论的医学内容。</p>"
                            "<p>中国传统中也有与此相通的思想资源。孟子说：“恻隐之心，仁之端也。”“恻隐”更接近今天所说的慈悲或关怀（compassion），是行动的起点。唐代孙思邈在《大医精诚》中既要求医者“先发大慈恻隐之心”，又要求“安神定志”——前者是情感的投入，后者是情绪的调节，恰好对应现代共情研究中的两个维度。</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": "凡大医治病，必当安神定志，无欲无求，先发大慈恻隐之心，誓愿普救含灵之苦。若有疾厄来求救者，不得问其贵贱贫富，长幼妍媸，怨亲善友，华夷愚智，普同一等，皆如至亲之想。……见彼苦恼，若己有之，深心凄怆，勿避险巇、昼夜寒暑、饥渴疲劳，一心赴救，无作功夫形迹之心。",
                        "source": "孙思邈，《备急千金要方·大医精诚》（唐，7 世纪）",
                        "commentary": (
                            "<p>这段文字常被称为“东方的希波克拉底誓言”。请注意其中的两个层次：“见彼苦恼，若己有之，深心凄怆”是强烈的情感共鸣；而开篇的“安神定志，无欲无求”则要求医者先让自己的心安定下来。一千三百多年前的这位医家已经意识到：没有情感的医者是冷漠的，而没有定力的情感，则无法支撑“一心赴救”。</p>"
                            "<p>“普同一等”“皆如至亲之想”还提醒我们：共情不应因患者的身份、财富或是否“讨人喜欢”而有所差别——这恰恰是临床中最难做到的部分。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "共情为何在培养中流失",
                        "text": (
                            "<p>一个令人不安的发现是：医学生的共情水平并不一定随着学习而提高，反而可能下降。Hojat 等人在美国杰斐逊医学院的纵向研究中，用“杰斐逊共情量表”追踪同一批学生，发现共情得分在第三学年——也就是学生开始进入临床的阶段——明显下降，论文的标题就叫《魔鬼在第三年》。Neumann 等人 2011 年的系统综述汇总了多项研究，认为医学生和住院医师中都存在共情下降的现象，并归纳了可能的原因：心理困扰与职业倦怠、繁重的工作负荷、睡眠不足、受到不当对待、缺乏可以效仿的榜样、对技术和检查的过度依赖，以及“隐性课程”的影响。</p>"
                            "<p>需要说明的是，这类研究多依赖自评量表，不同国家、不同学校的结果并不完全一致，也有研究没有发现明显的下降。但对于在国内医院实习和参加规范化培训的同学来说，下面这些场景大概并不陌生：带教老师一句“别跟病人说太多，说多了惹麻烦”；交班时把患者称作“12 床”“那个肝癌”；夜班连轴转之后，对家属的第二次提问感到烦躁；在病历、考核和科研的压力之间，能留给患者的时间越来越少。这些都是“隐性课程”——课表上没有写，却实实在在地塑造着我们将成为什么样的医生。</p>"
                            "<p>认识到共情会流失，不是为了责备个人，而是为了有意识地保护它。共情的下降部分源于制度和环境，部分源于我们为了应对痛苦而发展出的自我保护。下一课我们将讨论：在时间极其有限的门诊中，共情能否、以及如何被具体地实践。</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": "刚进病房的时候，我记得住每一位病人的名字，知道 3 床的阿婆有个在国外读书的孙女。轮转到第四个科室时，有一天我在交班本上写下“12 床，胰腺癌晚期，家属难沟通”，写完才意识到，我已经想不起他叫什么了。那天晚上我有点难过，但第二天照样忙得顾不上。我不觉得自己变坏了，只是觉得自己变“硬”了。我不知道，这是不是成为医生必须付出的代价。",
                        "source": "为本模块撰写的综合性证言（虚构）",
                        "commentary": "<p>这位实习同学的困惑很真实：“变硬”是一种必要的自我保护，还是共情的丧失？两者的界线在哪里？请带着这个问题进入讨论。</p>",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "回想一位让你敬佩的医生。他或她是如何表现出共情的？这些表现更偏向认知层面、情感层面还是行为层面？",
                            "在和患者说话时，哪些常见的话听起来是关心，实际上却把焦点放在了医生自己身上？请举出两三个例子，并尝试改写。",
                            "证言中实习同学所说的“变硬”，在多大程度上是必要的职业保护？从什么时候开始，它会损害对患者的照护？",
                            "孙思邈要求“普同一等”。在你的临床经历中，哪些患者最难让你产生共情？为什么？",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "写一篇 300 字左右的短文：描述一次你作为患者、家属或医学生，感到“被理解”或“没有被理解”的经历。",
                        "guidance": "先尽量具体地还原场景（谁、在哪里、说了什么），再分析对方的哪一句话或哪一个动作让你产生了这种感受。最后想一想：如果你是当时的医生，你会怎样做？不必追求文采，真实比完整更重要。本作业只在小组内分享，分享哪些内容由你自己决定。",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "临床共情包括理解患者的处境与感受，并把这种理解表达出来；只存在于心里的理解，对患者帮助有限。",
                            "认知共情与情感共情相辅相成：前者需要温度，后者需要调节。",
                            "同情从自己出发，共情从患者出发；一句准确说出患者担忧的话，往往比泛泛的安慰更有力量。",
                            "共情可能在医学培养中下降，原因包括倦怠、工作负荷与隐性课程；认识到这一点，才能有意识地保护它。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Halpern J",
                                "title": "From Detached Concern to Empathy: Humanizing Medical Practice",
                                "venue": "Oxford University Press",
                                "year": 2001,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Hojat M, Vergare MJ, Maxwell K, Brainard G, Herrine SK, Isenberg GA, Veloski J, Gonnella JS",
                                "title": "The devil is in the third year: a longitudinal study of erosion of empathy in medical school",
                                "venue": "Academic Medicine",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Neumann M, Edelhäuser F, Tauschel D, Fischer MR, Wirtz M, Woopen C, Haramati A, Scheffer C",
                                "title": "Empathy decline and its reasons: a systematic review of studies with medical students and residents",
                                "venue": "Academic Medicine",
                                "year": 2011,
                                "doi": "",
                                "url": "",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    {
                        "text": (
                            "<p><strong>时间安排（90 分钟）：</strong>开场 10 分钟，请每位同学在便签上用一句话写下“共情是什么”，收上来念几条，作为后面讨论的素材；概念讲解 20 分钟；《大医精诚》研读 15 分钟（请一位同学朗读原文，另一位用白话复述）；证言阅读与小组讨论 30 分钟；布置反思作业 5 分钟；总结 10 分钟。</p>"
                            "<p><strong>常见误区：</strong>一是把共情等同于“态度好”或“顺着患者”。需要澄清：共情是理解，而不是同意；理解患者想做 CT 的焦虑，并不等于要开 CT。二是过度纠缠词汇。中文里的“同情”并非贬义，不必要求学生改口，重点是区分回应的功能——这句话以谁为中心。三是把共情下降完全归咎于学生个人。讨论中应引导学生看到环境与制度因素，同时不放弃个人责任。</p>"
                            "<p><strong>讨论参考：</strong>第三题，适度的情感距离有助于在抢救、告知坏消息时保持判断力；当“变硬”表现为记不住患者的名字、对痛苦麻木、回避患者的提问时，就已经影响照护。第四题常见的回答包括：反复就诊的“难缠”患者、酗酒者、对医生不礼貌者、与自己价值观冲突者。可以提醒学生：觉察到自己的反感，本身就是专业素养的一部分。</p>"
                            "<p><strong>情绪关怀：</strong>反思作业可能唤起同学本人或家人患病的经历。允许同学自行决定分享的深度，不强制朗读。如发现同学明显痛苦，课后单独联系，必要时转介学校心理咨询中心。</p>"
                            "<p><strong>评估建议：</strong>反思作业可从“具体性、视角转换、自我觉察”三个维度给予形成性反馈，不打分或只记录完成情况。渥太华大学的合作者建议，可在课程前后用杰斐逊共情量表做自评对比，但要向学生说明自评量表的局限。</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # 第二课
        # ------------------------------------------------------------------
        {
            "slug": "sanfenzhong-menzhen-li-de-gongqing",
            "title": "三分钟里的共情：门诊接诊",
            "duration_minutes": 90,
            "introduction": "本课直面“排队三小时、看病三分钟”的门诊现实，通过一个消化内科门诊案例，练习在极短的时间内识别患者的情绪线索，并作出具体的共情回应。",
            "body": [
                (
                    "section",
                    {
                        "heading": "门诊的现实与“没时间”的误解",
                        "text": (
                            "<p>在上海的大型三甲医院，一位专家半天门诊接诊四五十位患者并不罕见，候诊区人满为患，叫号屏不停地催促。“排队三小时，看病三分钟”是患者的抱怨，也是医生的无奈。在这样的环境里，许多医生会说：共情当然好，可是我没有时间。</p>"
                            "<p>这种说法有一定道理，但也包含一个误解：把共情等同于“多聊一会儿”。国外关于门诊沟通的研究提供了一些值得参考的数据。Marvel 等人 1999 年分析美国家庭医生的门诊录音，发现医生平均在患者开口约 23 秒后就打断或引导了患者的陈述，多数患者没能说完自己的全部诉求。Langewitz 等人 2002 年在瑞士一所大学医院的内科门诊中，请医生在开场时完全不打断患者，结果患者自发陈述的平均时间只有约 92 秒，绝大多数人在两分钟之内自然说完。换句话说，让患者把话说完，并不会像我们担心的那样“没完没了”。</p>"
                            "<p>另一方面，Levinson 等人 2000 年对基层和外科门诊的研究发现，患者常常在就诊中流露情绪“线索”——一句“我最近睡不好”，一声叹气，一段关于亲人的往事——而医生多数时候错过了这些线索。被错过的担忧不会消失：它会在就诊结尾以“医生，那我到底要不要紧？”的形式卷土重来，或者变成下一次挂号、另一家医院的重复检查。在时间紧张的门诊里，共情的关键不是延长时间，而是<strong>在关键的几十秒里抓住要紧的东西</strong>。</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "一位“非要再做检查”的患者",
                        "presentation": (
                            "<p>周二上午十点半，上海某三甲医院消化内科专家门诊。俞医生已经看了 38 位患者，叫号屏显示还有 23 位在候诊。下一位是 52 岁的张女士，某企业的会计。</p>"
                            "<p>她近三个月反复上腹部隐痛、饱胀，餐后加重；无呕血、黑便，无吞咽困难，体重无明显变化。两周前在社区医院做了胃镜，报告为“慢性非萎缩性胃炎”，未见溃疡及占位，胃窦黏膜活检病理示慢性炎症；幽门螺杆菌呼气试验阴性。服用质子泵抑制剂两周，症状略有缓解。血常规、肝功能均正常。</p>"
                            "<p>张女士一坐下，就把一叠检查单推到桌上：“医生，我想再做一次检查，最好做个增强 CT，花多少钱都行。”俞医生翻了翻胃镜报告：“胃镜刚做过，没什么问题。CT 对胃病意义不大，不用做。药继续吃，一个月后再来。”张女士没有起身：“可是我还是不舒服……”俞医生已经点了下一个号。</p>"
                            "<p>走到门口，张女士回头说了一句：“我姐姐去年就是胃癌走的，一开始也说是胃炎。”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "同一个门诊，另一种三分钟",
                        "text": (
                            "<p>俞医生的医学判断本身并没有错：近期胃镜和活检没有发现肿瘤，增强 CT 对早期胃癌并不敏感，不能代替胃镜。问题在于，他回应的是张女士的<em>要求</em>，而不是她的<em>担忧</em>。我们把时间倒回去，同样是三分钟左右，可以这样做：</p>"
                            "<ol>"
                            "<li><strong>开场不急于判断（约 40 秒）。</strong>“张女士，您这次来，最想解决的是什么？”让她把话说完。她很可能在这里就会说出姐姐的事。</li>"
                            "<li><strong>抓住线索，说出情绪（约 20 秒）。</strong>“您姐姐的事，我很遗憾。她一开始也是胃不舒服，所以这次您特别担心，是吗？”张女士也许会红了眼眶：“我晚上都睡不着。”——“换了谁都会担心的。”</li>"
                            "<li><strong>把担忧当作医学信息认真对待（约 60 秒）。</strong>一级亲属患胃癌，本人的胃癌风险确实会升高，这不是“想多了”。俞医生可以追问姐姐确诊时的年龄，然后解释：两周前的胃镜是目前发现胃癌最直接的检查，镜下所见和活检都没有发现肿瘤的证据；增强 CT 发现不了早期胃癌，还有辐射。</li>"
                            "<li><strong>给出具体的“安全网”（约 40 秒）。</strong>说明哪些情况需要尽快复诊：黑便或呕血、吞咽困难、体重明显下降、疼痛持续加重；考虑到家族史，与她商定今后定期复查胃镜的安排。</li>"
                            "<li><strong>确认理解（约 20 秒）。</strong>“您回家跟家里人说起今天看病的结果，会怎么说？”</li>"
                            "</ol>"
                            "<p>这个版本并没有比原来多用很多时间，却同时做到了三件事：回应了情绪，补上了被忽略的家族史，也很可能避免了一次不必要的 CT 和“换一家医院再查一遍”。请注意，共情在这里不是附加在医学之外的“服务态度”，而是让诊疗更完整的一部分：患者的担忧本身，就可能携带关键的临床信息。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "短时共情的几个具体工具",
                        "text": (
                            "<ul>"
                            "<li><strong>先让患者说完。</strong>用开放式问题开场，尽量不在最初的一两分钟内打断。</li>"
                            "<li><strong>留意线索。</strong>情绪词（“怕”“睡不着”）、反复提起的事、关于亲人的故事、欲言又止，以及表情和姿势。</li>"
                            "<li><strong>用 NURSE 回应情绪。</strong>这是 Back 等人在重病沟通培训中推广的框架：命名（Naming，“听起来您很担心”）、理解（Understanding，“换了谁都会这样”）、尊重（Respecting，“您一直陪着姐姐看病，真的很不容易”）、支持（Supporting，“我们一起把这件事弄清楚”）、探索（Exploring，“您最担心的是什么？”）。一次门诊用上一两句就够了。</li>"
                            "<li><strong>回应担忧，而不只是回应要求。</strong>患者说“我要做 CT”，真正想要的往往是“确认不是癌”。拒绝一项检查之前，先回应背后的担忧。</li>"
                            "<li><strong>身体语言。</strong>叫出患者的称呼，转身面对患者，说关键的几句话时，把视线从电脑屏幕上移开。</li>"
                            "<li><strong>保护隐私。</strong>“一医一患一诊室”不只是管理要求，也是共情的前提——门口挤着下一位患者时，很少有人愿意说出真正的担心。</li>"
                            "</ul>"
                            "<p>这些工具不能代替真诚，但真诚也需要工具，才能在三分钟里被患者感受到。</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "三分钟门诊角色扮演",
                        "duration_minutes": 30,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>三人一组，分别扮演医生、患者和观察员。“患者”从教师准备的角色卡中抽取一张（例如：担心孩子反复发热的年轻母亲；因头晕就诊、独居的七十五岁老人；因体检发现肺结节而焦虑的程序员）。每张卡上写有一条“隐藏的担忧”，只有在医生给出机会时才说出来。</li>"
                            "<li>观察员计时三分钟。“医生”需要完成问诊要点，并给出初步处理意见。</li>"
                            "<li>观察员用简易核对表记录：开场是否打断；是否发现了隐藏的担忧；用了哪些 NURSE 表达；结尾是否确认了理解。</li>"
                            "<li>时间到后，先由“患者”谈自己的感受（1 分钟），再由观察员反馈（2 分钟）。</li>"
                            "<li>轮换角色，共进行三轮。最后全班讨论：哪些话最有效？哪些地方三分钟确实不够？</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "在案例的第一个版本中，俞医生的医学判断有没有错？问题出在哪里？",
                            "如果张女士在门口回头说出那句话，医生此时还可以怎样补救？",
                            "共情回应会不会让患者提出更多不合理的要求？如何在共情的同时坚持合理的医学判断？",
                            "门诊时间过短是系统问题。除了个人技巧，医院和科室层面可以做哪些改变？",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "在下一次门诊见习或实习中，选择一位患者，留意他或她在就诊中流露的一条情绪线索，课后把它记录下来。",
                        "guidance": "记录这条线索是什么（原话或动作）、医生当时是否回应、如何回应、患者随后有什么反应。再写下：如果由你来回应，你会说哪一句话？请保护患者隐私，不记录姓名和任何可识别的信息。",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "门诊中的共情不等于延长时间，而在于不打断、抓线索、准确回应。",
                            "患者的担忧常常携带临床信息；认真对待情绪，也是完整诊疗的一部分。",
                            "先回应要求背后的担忧，再解释医学判断，比直接拒绝更有效，也更少引起重复就医。",
                            "NURSE 等框架提供了具体的语言工具；一两句准确、具体的回应，就能产生作用。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Marvel MK, Epstein RM, Flowers K, Beckman HB",
                                "title": "Soliciting the patient's agenda: have we improved?",
                                "venue": "JAMA",
                                "year": 1999,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Langewitz W, Denz M, Keller A, Kiss A, Rüttimann S, Wössmer B",
                                "title": "Spontaneous talking time at start of consultation in outpatient clinic: cohort study",
                                "venue": "BMJ",
                                "year": 2002,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Levinson W, Gorawara-Bhat R, Lamb J",
                                "title": "A study of patient clues and physician responses in primary care and surgical settings",
                                "venue": "JAMA",
                                "year": 2000,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Back AL, Arnold RM, Tulsky JA",
                                "title": "Mastering Communication with Seriously Ill Patients: Balancing Honesty with Empathy and Hope",
                                "venue": "Cambridge University Press",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    {
                        "text": (
                            "<p><strong>时间安排（90 分钟）：</strong>导入与数据介绍 15 分钟；案例朗读与初步讨论 15 分钟；“另一种三分钟”和工具讲解 15 分钟；角色扮演 30 分钟；全班讨论与总结 15 分钟。</p>"
                            "<p><strong>案例使用技巧：</strong>先只读到俞医生点下一个号为止，请学生评价这次接诊。很多同学会为俞医生辩护（“医学上没错”“后面还有 23 个人”），这时要肯定他们的判断，再读出最后一句。这种“反转”能让学生体会到：被错过的线索往往正是关键信息。要强调，一级亲属胃癌史是需要记录、影响随访策略的临床信息；同时要避免另一种误读——共情并不意味着为了安抚患者而开具不必要的 CT。</p>"
                            "<p><strong>角色卡准备：</strong>课前准备 6 至 9 张角色卡。“隐藏的担忧”举例：年轻母亲——邻居家的孩子前不久因脑膜炎住进了重症监护室；独居老人——怕中风后没人发现；程序员——父亲死于肺癌，自己在网上查到“磨玻璃结节就是癌”。担忧要具体、合理，不要设计成“刁难医生”的角色。</p>"
                            "<p><strong>常见问题：</strong>学生初用 NURSE 时容易说成套话，比如每次都说“我理解您的感受”，听起来反而空洞。鼓励他们说出<em>具体内容</em>（“您是担心和姐姐一样”），而不是泛泛的“理解”。渥太华大学的合作者指出，加拿大家庭医生的门诊通常只有十至十五分钟，同样面临时间压力，可以借此说明这些原则并非只适用于“时间宽裕”的医疗体系。</p>"
                            "<p><strong>评估建议：</strong>观察员核对表可以改编为小型临床演练评估（Mini-CEX）中沟通项目的形成性反馈工具。反思作业重在观察的准确性和隐私保护。</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # 第三课
        # ------------------------------------------------------------------
        {
            "slug": "jiashu-chongtu-yu-zhiye-suyang",
            "title": "家属、冲突与职业素养：紧张医患关系中的共情",
            "duration_minutes": 90,
            "introduction": "本课把共情放进更大的背景——中国医患关系的紧张、家属在诊疗中的特殊角色、医务人员的安全与自我照护——讨论共情为何是一种职业素养，而不是无限度的忍让。",
            "body": [
                (
                    "section",
                    {
                        "heading": "紧张的医患关系：背景与边界",
                        "text": (
                            "<p>过去二十年间，中国的医患关系经历了明显的紧张期。一些恶性伤医事件震动了整个医疗界，也让不少医学生和家长对这个职业心生疑虑。研究者从多个角度分析过原因：优质医疗资源集中在大城市的大医院，就诊拥挤；个人负担的医疗费用较重，患者对花费与疗效之间的落差十分敏感；医学本身的不确定性与公众过高的期待之间存在差距；信息不对称，加上部分媒体的片面报道，削弱了信任；纠纷处理渠道一度不畅，使个别人选择以“闹”的方式解决问题。</p>"
                            "<p>国家在制度层面作出了回应。2015 年通过的《刑法修正案（九）》把聚众扰乱医疗秩序、致使医疗无法进行的行为明确纳入刑法规制；2018 年施行的《医疗纠纷预防和处理条例》规范了人民调解等纠纷解决途径；2020 年施行的《基本医疗卫生与健康促进法》规定，医疗卫生人员的人身安全、人格尊严不受侵犯，禁止任何组织或者个人威胁、危害医疗卫生人员的人身安全。</p>"
                            "<p>在讨论共情之前，有两条边界必须先说清楚。第一，<strong>暴力没有任何借口</strong>。共情不意味着容忍威胁和暴力，医务人员的安全永远是第一位的。第二，<strong>不能把系统问题归结为个别医生的“态度”</strong>。把医患冲突简单解释为“医生不够有爱心”，既不公平，也无助于解决问题。但在这两条边界之内，沟通方式确实会影响冲突是缓和还是升级——这正是我们可以学习的部分。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "家属：诊疗中的“第三方”",
                        "text": (
                            "<p>与许多西方国家相比，中国临床实践中家属的角色格外突出：陪同就诊、办理手续、在知情同意书上签字、承担大部分照护和费用，很多时候还参与甚至主导医疗决策。这是宝贵的支持，也带来了特殊的沟通挑战。医生面对的往往不是一位患者，而是一个家庭；家庭成员之间对病情的了解程度、对治疗的期待、承担的责任各不相同，家庭内部的矛盾有时会转移到医生身上。</p>"
                            "<p>理解家属的情绪，是缓和冲突的第一步。临床上常见的愤怒，很多时候是恐惧、无助、内疚和悲伤的“外衣”：一个没能在父亲病重时守在身边的儿子，可能比谁都更大声；一个被医疗费用压得喘不过气的家庭，可能把对命运的不满倾泻在离他们最近的那个穿白大褂的人身上。看到愤怒背后的东西，并不意味着接受对方的指责，而是帮助我们找到真正需要回应的问题。</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "深夜的急诊留观室",
                        "presentation": (
                            "<p>晚上十一点，某三甲医院急诊留观室。78 岁的陈老伯因社区获得性肺炎在此观察治疗，既往有慢性阻塞性肺疾病和 2 型糖尿病。留观第二天下午，他的血氧饱和度下降、呼吸急促，值班医师评估后给予无创正压通气，并向当时在场的女儿说明了病情加重、可能需要转入重症监护室的风险，女儿签署了知情同意书。</p>"
                            "<p>陈老伯的儿子在苏州工作，下班后开车赶来。他看到父亲戴着面罩、说不出话，立刻冲进医生办公室，对正在写病历的规培医生小林大声说：“下午打电话还好好的，怎么到你们这里越治越重？你们是不是用错药了？我要找你们领导！”他的声音越来越大，走廊里的其他家属开始围观。</p>"
                            "<p>小林已经连续工作了十四个小时，手上还有八位留观患者。她觉得委屈：病情变化是疾病本身的进展，处理也符合规范，而且下午已经和家属谈过。她的第一反应是解释：“下午已经跟您家里人说过了，她也签了字……”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "在冲突中运用共情：几个步骤",
                        "text": (
                            "<ol>"
                            "<li><strong>先评估安全。</strong>留意危险信号：醉酒、手持物品、威胁性言语、不断逼近的身体距离。站位时给自己留出退路；必要时按下报警按钮或呼叫保卫人员。不要独自面对明显失控的人，及时报告上级医师。</li>"
                            "<li><strong>降低刺激。</strong>请对方到相对安静的谈话间，条件允许时请对方坐下，自己也坐下；放慢语速，降低音量。围观会让人更难“下台阶”。</li>"
                            "<li><strong>先接住情绪，再讲事实。</strong>小林的第一句话可以是：“您下了班一路赶过来，看到爸爸戴着面罩说不了话，一定很着急，也很害怕。”这句话没有任何认错的意思，却可能让对方第一次停下来。</li>"
                            "<li><strong>理解情绪不等于承认过错。</strong>接下来要清楚、诚实地说明事实：老年慢阻肺患者合并肺炎时，病情可能在一两天内加重；目前的血氧、用药和无创通气的作用；接下来可能出现的情况和应对方案。不回避不确定性，也不作无法兑现的保证。</li>"
                            "<li><strong>统一信息，团队出面。</strong>请上级医师参与，尽量召集主要家属一起沟通，避免不同的家属从不同的医生那里听到“不同的版本”。</li>"
                            "<li><strong>记录与复盘。</strong>谈话要点写入病历。事后团队简短复盘：哪些信息没有及时传递到位？被指责的医生也需要被照顾。</li>"
                            "</ol>"
                            "<p>许多冲突的起点不是医疗过错，而是信息没有传到关键的人那里。在这个案例中，儿子下午在电话里听到的和晚上亲眼看到的之间的落差，正是他愤怒的来源。</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": "那天晚上我真的以为是医院把我爸治坏了。一路上我在高速上给我姐打电话，她只说“医生说有点加重”，我根本想不到会是那个样子。冲进办公室的时候，我满脑子都是要讨个说法。那个年轻医生没跟我吵，她说：“您一路赶过来，看到爸爸这样，一定吓坏了吧。”我一下子说不出话来。后来她把片子一张张给我看，讲得很清楚。我爸出院以后，我想过回去跟她道个歉，但一直没去。",
                        "source": "为本模块撰写的综合性证言（虚构）",
                        "commentary": "<p>这段叙述提醒我们：家属的“讨说法”背后，常常是信息落差和恐惧。一句准确的共情回应，为随后的事实说明打开了通道。也请注意，这位家属后来想道歉却没有去——医生往往听不到冲突之后的故事，这也是团队复盘和同伴支持之所以重要的原因之一。</p>",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "共情作为职业素养：可以学习，也需要保护",
                        "text": (
                            "<p>把共情看作职业素养，意味着两件事。第一，它不是少数“天生有爱心”的人才具备的性格特质，而是一种可以学习、练习和评估的临床能力，就像查体和书写病历一样。第二，它需要制度与自我的双重保护。</p>"
                            "<p>神经科学家辛格（Tania Singer）与同事的研究区分了两种反应：一种是与他人的痛苦强烈共鸣、自己也陷入痛苦，即“共情痛苦”，它容易导致回避和倦怠；另一种是在理解对方痛苦的同时产生温暖、关切和想要帮助的动机，即“慈悲”或“关怀”，后者与更积极的情绪和更可持续的助人行为相关。这为医务人员指出了一个方向：我们需要的不是把所有痛苦都背在自己身上，而是以稳定的心态持续地关心。孙思邈所说的“安神定志”，在这里有了新的注解。</p>"
                            "<p>具体而言，可以从几个方面保护共情：在科室建立冲突后的复盘和同伴支持机制；参加巴林特小组等以案例为中心的讨论；学会识别自己的倦怠信号；必要时寻求专业的心理支持。在医院层面，合理的门诊量、完善的预约和分诊、医务社工与调解机制，都是让共情成为可能的条件。共情是个人的品质，也是一个医疗系统的品质。</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "重写对话",
                        "duration_minutes": 25,
                        "group_size": "4",
                        "instructions": (
                            "<ol>"
                            "<li>各组阅读案例中小林的第一反应，找出其中可能使冲突升级的措辞。</li>"
                            "<li>小组合作，写出小林在接下来五分钟内可能说的五六句话，要求至少包括：一句情绪回应、一段事实说明、一句关于下一步安排的话、一句邀请上级医师或其他家属参与的话。</li>"
                            "<li>两组配对：一组扮演家属，另一组表演改写后的对话，然后交换。</li>"
                            "<li>“家属”扮演者反馈：哪一句话让你真正平静下来？哪一句听起来像套话？</li>"
                            "<li>全班汇总，列出三条“不该说的话”和三条“值得说的话”。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "小林的委屈是否合理？在回应家属之前，她需要怎样处理自己的情绪？",
                            "在你见过的医患冲突中，有多少源于医疗本身，有多少源于信息传递和沟通？",
                            "共情与“息事宁人”有什么区别？在什么情况下应当立即停止沟通、启动安全程序？",
                            "医学院和医院可以做些什么，让年轻医生在冲突中不再“孤军奋战”？",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "回忆一次你亲历或目睹的医生与患者（或家属）之间的紧张时刻，用第一人称，分别从医生和患者或家属的视角各写一段。",
                        "guidance": "每段 150 字左右。写医生视角时，诚实写下自己真实的情绪，包括委屈和愤怒；写患者或家属视角时，尝试想象对方当时知道什么、不知道什么、害怕什么。然后比较两段文字，找出双方在信息和感受上的“落差”。如果这段经历至今仍让你感到不适，可以换一个素材，或者与带教老师单独交流。",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "暴力没有任何借口，安全永远优先；共情不是无限度的忍让。",
                            "家属的愤怒常常包裹着恐惧、内疚与无助；先回应情绪，再说明事实。",
                            "理解情绪不等于承认过错；诚实、清楚、一致的信息是缓和冲突的关键。",
                            "区分共情痛苦与关怀：可持续的共情需要自我调节、同伴支持和制度保障。",
                            "共情是可学习、可评估的职业能力，也是一个医疗系统的品质。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Hesketh T, Wu D, Mao L, Ma N",
                                "title": "Violence against doctors in China",
                                "venue": "BMJ",
                                "year": 2012,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Singer T, Klimecki OM",
                                "title": "Empathy and compassion",
                                "venue": "Current Biology",
                                "year": 2014,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kleinman A",
                                "title": "The Illness Narratives: Suffering, Healing, and the Human Condition",
                                "venue": "Basic Books",
                                "year": 1988,
                                "doi": "",
                                "url": "",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    {
                        "text": (
                            "<p><strong>课前准备：</strong>本课涉及伤医事件，部分同学本人或家人可能经历过医疗纠纷或暴力。请提前一周告知课程内容。不要在课堂上播放暴力事件的视频或图片，也不要围绕具体遇害医生的细节展开讨论。如条件允许，可以邀请医院医务处或保卫部门的同事用 10 分钟介绍本院的安全流程（报警按钮位置、呼叫方式、上报程序）。</p>"
                            "<p><strong>时间安排（90 分钟）：</strong>背景与边界 15 分钟；家属角色与案例 15 分钟；冲突处理步骤 15 分钟；重写对话 25 分钟；证言、讨论与总结 20 分钟。反思作业课后完成。</p>"
                            "<p><strong>讨论参考：</strong>第一题，小林的委屈完全合理，应当被承认。可以介绍简单的自我调节方法：回应前做一次缓慢的深呼吸，在心里给自己的情绪命名（“我现在很委屈”）。第三题的关键区别在于：息事宁人是为了让冲突尽快消失而放弃事实或原则，比如随口承认过错、承诺不合理的赔偿；共情则是在坚持事实的前提下回应情绪。出现以下情况应立即停止沟通、启动安全程序：对方持有或寻找器械，有明确的人身威胁，醉酒且无法交流，开始推搡。</p>"
                            "<p><strong>常见误区：</strong>有同学可能说“医闹都是因为医生态度不好”，也有同学可能说“共情就是向医闹低头”。两种说法都需要回应：前者忽视了结构性因素，也有责备受害者之嫌；后者混淆了共情与让步。渥太华大学的合作者提醒，急诊科的工作场所暴力在加拿大和许多国家同样是严重问题。做一些国际比较，有助于避免把问题简单归结为“中国特色”，也有助于讨论制度层面的应对。</p>"
                            "<p><strong>情绪关怀：</strong>如果有同学在讨论中情绪激动或沉默退缩，课间单独询问，必要时转介心理咨询。反思作业按“视角转换的深度”给予反馈，而不是按表达的情绪“是否正确”评价。</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {
        "en": {
            "slug": "empathy-in-the-doctor-patient-encounter",
            "title": "Empathy in the Doctor–Patient Encounter",
            "summary": "For clinical-year students: from cognitive versus affective empathy to the realities of the “three-minute consultation” and tense doctor–patient relations, this module treats empathy as a professional competence that can be learned and must be protected.",
            "objectives": [
                "Distinguish cognitive empathy, affective empathy and sympathy, and explain their different roles in clinical practice.",
                "Explain the main reasons why empathy may decline during medical training, and reflect on this in light of your own experience.",
                "Recognise patients' emotional cues in a time-limited outpatient consultation and respond with brief, specific empathic statements.",
                "Analyse the communication issues in conflicts with families and in tense doctor–patient situations, and use empathy to de-escalate while keeping safety first.",
                "Understand empathy as a professional competence that can be learned and assessed, and that needs protection from both institutions and oneself.",
            ],
            "keywords": [
                "empathy",
                "doctor-patient communication",
                "outpatient clinic",
                "doctor-patient relationship",
                "professionalism",
                "sun simiao",
            ],
            "authors": [
                {
                    "key": "jingyi-lu",
                    "title": "Associate Professor of Medical Humanities, Shanghai Jiao Tong University School of Medicine",
                    "bio": "Lu Jingyi has long taught doctor–patient communication and narrative medicine. She leads the school's clinical communication skills course and is involved in training standardised patients. Her research focuses on communication in the outpatient departments of large public hospitals.",
                },
                {
                    "key": "zhiheng-yu",
                    "title": "Chief Physician in Gastroenterology and Clinical Professor",
                    "bio": "Yu Zhiheng has practised gastroenterology for more than twenty years at a hospital affiliated with Shanghai Jiao Tong University School of Medicine. He runs a weekly specialist clinic and supervises residents in standardised residency training. He often brings the communication problems of the outpatient clinic into the classroom and practises “empathy in three minutes” with his students.",
                },
                {
                    "key": "elise-marchand-roy",
                    "title": "Associate Professor, Department of Family Medicine, Faculty of Medicine, University of Ottawa",
                    "bio": "Élise Marchand-Roy is a family physician who has long taught clinical communication and studied empathy in medical students. She has taken part in the medical humanities partnership between the University of Ottawa and Shanghai Jiao Tong University since 2017, and designed the role-play and formative assessment components of this module.",
                },
            ],
            "lessons": [
                # ---------------- Lesson 1 ----------------
                {
                    "slug": "what-is-empathy",
                    "title": "What Is Empathy? From the “Heart of Compassion” to Clinical Empathy",
                    "duration_minutes": 90,
                    "introduction": "This lesson clarifies what we mean by empathy, distinguishing cognitive from affective empathy and empathy from sympathy, and draws on Chinese and international research to discuss why empathy tends to erode during medical training.",
                    "body": [
                        (
                            "section",
                            {
                                "heading": "What empathy is: understanding, feeling and expressing",
                                "text": (
                                    "<p>In Chinese writing, “empathy” is rendered as <em>gongqing</em>, and sometimes as <em>tongli xin</em> or <em>yiqing</em>. In a clinical context we adopt a widely used definition: empathy is the ability to understand a patient's situation, feelings and perspective, to communicate that understanding to the patient, and to use it to help them. The definition has three layers. The <strong>cognitive</strong> layer is accurately understanding what the other person is thinking and worrying about; the <strong>affective</strong> layer is sharing, to some degree, what they feel; the <strong>behavioural</strong> layer is using words, facial expression and action so that the person genuinely feels understood. Understanding that stays inside the doctor's head is, for the patient, often as good as none at all.</p>"
                                    "<p>Psychologists usually separate the first two as <strong>cognitive empathy</strong> and <strong>affective empathy</strong>. Cognitive empathy is close to what we call “putting yourself in someone else's shoes”: being able to infer another person's thoughts and needs. Affective empathy is closer to “feeling it as if it were your own”: another's suffering stirs a corresponding emotion in you. Each carries risks. Cognitive empathy without emotional engagement can shrink into a cold “communication technique”, or even become a means of manipulation — not everyone who is good at reading people means well. Conversely, emotional resonance without regulation can leave doctors overwhelmed by their patients' suffering, caught in what is called “empathic distress”, which leads to exhaustion and avoidance and, in the end, to distance from patients.</p>"
                                    "<p>The American psychiatrist and philosopher Jodi Halpern has criticised the ideal of “detached concern” long prized in medicine, arguing that doctors need not, and should not, shut emotion out entirely; genuine clinical empathy means staying emotionally attuned to the patient while using curiosity and professional judgement to understand that person's particular experience. Mohammadreza Hojat and colleagues, by contrast, stress that clinical empathy is predominantly cognitive, a matter of understanding and communicating rather than of being emotionally “drawn in”. The two views are not incompatible: good clinical empathy is understanding with warmth, and engagement with boundaries.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Empathy is not sympathy",
                                "text": (
                                    "<p>In everyday Chinese, words for sympathy, pity and tender concern are often used interchangeably. Distinguishing them has practical value. <strong>Sympathy</strong> means feeling sorry for someone from where you stand; it often carries a certain distance, even an unintended condescension: “How pitiful.” <strong>Empathy</strong> means trying to enter the other person's situation, to see things through their eyes, and to direct attention to what actually matters to them.</p>"
                                    "<p>Take an example. A forty-year-old taxi driver who has just been diagnosed with type 2 diabetes asks: “Doctor, does this mean I won't be able to drive any more?” A sympathetic reply would be: “Oh dear, you're so young to have this disease — it must be hard.” It is kindly meant, yet it centres the doctor's own feelings and does not answer the question. An empathic reply might be: “What worries you most is whether this will affect your driving and your ability to support your family — is that right?” The doctor can then explain that most people with diabetes can keep working with proper treatment, but must watch for hypoglycaemia, especially on insulin or sulfonylureas, learn to recognise the symptoms and check their blood glucose before driving. The second reply confirms the patient's worry in a single sentence and leads naturally into the medical content that needs to be discussed.</p>"
                                    "<p>The Chinese tradition offers resources that resonate with this. Mencius said: “The heart of compassion is the beginning of humaneness.” The <em>ceyin</em> he speaks of is closer to what we now call compassion, a starting point for action. In “On the Absolute Sincerity of Great Physicians”, the Tang-dynasty physician Sun Simiao asks the doctor both to “first awaken a heart of great compassion” and to “settle the spirit and steady the will”. The first is emotional engagement, the second emotional regulation — corresponding neatly to two dimensions explored in modern empathy research.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "literature",
                                "text": "Whenever a great physician treats illness, he must settle his spirit and steady his will, free of desire and demand, and first awaken a heart of great compassion, vowing to relieve the suffering of all living beings. When anyone afflicted by illness comes seeking help, he must not ask whether they are noble or humble, rich or poor, old or young, handsome or plain, foe or kin, close friend or stranger, Chinese or foreign, foolish or wise, but treat all as equals, regarding each as his own dearest kin. … Seeing their distress as if it were his own, grieved to the depths of his heart, he shrinks from neither steep and perilous roads, nor day or night, cold or heat, hunger, thirst or fatigue, but goes single-mindedly to their rescue, with no thought of displaying his effort or skill.",
                                "source": "Sun Simiao, “On the Absolute Sincerity of Great Physicians” (Da yi jing cheng), in Beiji qianjin yaofang (Tang dynasty, 7th century); English translation prepared for this module",
                                "commentary": (
                                    "<p>This passage is often called the “Hippocratic Oath of the East”. Notice its two levels. “Seeing their distress as if it were his own, grieved to the depths of his heart” expresses intense emotional resonance; yet the opening words, “settle his spirit and steady his will, free of desire and demand”, ask the physician first to bring his own mind to rest. More than thirteen hundred years ago this physician already understood that a doctor without feeling is cold, while feeling without steadiness cannot sustain a “single-minded rescue”.</p>"
                                    "<p>“Treat all as equals” and “regarding each as his own dearest kin” also remind us that empathy should not vary with a patient's status, wealth or likeability — which is precisely the hardest part in clinical practice.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Why empathy erodes during training",
                                "text": (
                                    "<p>One disquieting finding is that medical students' empathy does not necessarily grow as they learn; it may decline. In a longitudinal study at Jefferson Medical College in the United States, Hojat and colleagues followed a single cohort with the Jefferson Scale of Empathy and found that scores dropped markedly in the third year — the point at which students begin clinical work. The paper was titled “The devil is in the third year”. A 2011 systematic review by Neumann and colleagues pooled multiple studies, concluded that empathy declines among both medical students and residents, and summarised the likely reasons: psychological distress and burnout, heavy workload, lack of sleep, mistreatment, a shortage of role models to emulate, over-reliance on technology and investigations, and the influence of the “hidden curriculum”.</p>"
                                    "<p>It should be said that these studies rely mostly on self-report questionnaires, that findings are not fully consistent across countries and schools, and that some studies found no clear decline. Yet for students doing clerkships and standardised residency training in Chinese hospitals, the following scenes will hardly be unfamiliar: a supervisor's warning, “Don't say too much to patients — the more you say, the more trouble you get”; patients referred to at handover as “bed 12” or “the liver cancer”; irritation at a relative's second question after a run of night shifts; less and less time left for patients, squeezed between medical records, examinations and research. All of this is the hidden curriculum — nowhere on the timetable, yet very really shaping the kind of doctors we become.</p>"
                                    "<p>Recognising that empathy can erode is not about blaming individuals but about protecting it deliberately. Its decline stems partly from institutions and environment, and partly from the self-protection we develop to cope with suffering. In the next lesson we ask whether, and how, empathy can be put into concrete practice in the extremely limited time of an outpatient consultation.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "testimony",
                                "text": "When I first started on the wards, I remembered every patient's name. I knew the old lady in bed 3 had a granddaughter studying abroad. By my fourth rotation, one day I wrote in the handover book, “Bed 12, advanced pancreatic cancer, family difficult to communicate with”, and only afterwards realised I could no longer remember his name. I felt a little sad that night, but the next day I was as busy as ever and had no time to dwell on it. I don't think I've become a bad person — just that I've become “hard”. I don't know whether that is the price you have to pay to become a doctor.",
                                "source": "Composite testimony written for this module",
                                "commentary": "<p>This student's confusion is real: is becoming “hard” a necessary form of self-protection, or a loss of empathy? Where is the line between the two? Take this question with you into the discussion.</p>",
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Think of a doctor you admire. How did he or she show empathy? Were these expressions mainly cognitive, affective or behavioural?",
                                    "Which common phrases used with patients sound caring but in fact put the focus on the doctor? Give two or three examples and try rewriting them.",
                                    "To what extent is the “hardening” described in the testimony a necessary professional protection? At what point does it start to harm patient care?",
                                    "Sun Simiao asks physicians to “treat all as equals”. In your clinical experience, which patients have you found it hardest to empathise with, and why?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Write a short piece of about 300 Chinese characters (roughly 200 words) describing a time when, as a patient, relative or medical student, you felt “understood” or “not understood”.",
                                "guidance": "First reconstruct the scene as concretely as you can (who, where, what was said), then analyse which words or gestures made you feel that way. Finally, ask yourself: had you been the doctor, what would you have done? Polished writing is not the point; honesty matters more than completeness. This assignment is shared only within your small group, and you decide what to share.",
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Clinical empathy means understanding the patient's situation and feelings and expressing that understanding; understanding that stays in the doctor's head helps the patient little.",
                                    "Cognitive and affective empathy complement each other: the former needs warmth, the latter needs regulation.",
                                    "Sympathy starts from oneself, empathy from the patient; one sentence that accurately names the patient's worry is often more powerful than general reassurance.",
                                    "Empathy can decline during medical training because of burnout, workload and the hidden curriculum; recognising this is the first step to protecting it.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Halpern J",
                                        "title": "From Detached Concern to Empathy: Humanizing Medical Practice",
                                        "venue": "Oxford University Press",
                                        "year": 2001,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Hojat M, Vergare MJ, Maxwell K, Brainard G, Herrine SK, Isenberg GA, Veloski J, Gonnella JS",
                                        "title": "The devil is in the third year: a longitudinal study of erosion of empathy in medical school",
                                        "venue": "Academic Medicine",
                                        "year": 2009,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Neumann M, Edelhäuser F, Tauschel D, Fischer MR, Wirtz M, Woopen C, Haramati A, Scheffer C",
                                        "title": "Empathy decline and its reasons: a systematic review of studies with medical students and residents",
                                        "venue": "Academic Medicine",
                                        "year": 2011,
                                        "doi": "",
                                        "url": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "facilitator_notes",
                            {
                                "text": (
                                    "<p><strong>Timing (90 minutes):</strong> opening, 10 minutes — ask each student to write a one-sentence definition of empathy on a sticky note, collect them and read a few aloud as material for later discussion; concepts, 20 minutes; close reading of Sun Simiao, 15 minutes (one student reads the classical text aloud, another paraphrases it in modern language); testimony and small-group discussion, 30 minutes; setting the reflection assignment, 5 minutes; wrap-up, 10 minutes.</p>"
                                    "<p><strong>Common misconceptions:</strong> First, equating empathy with “a good attitude” or “going along with the patient”. Clarify that empathy is understanding, not agreement: understanding a patient's anxiety about wanting a CT scan does not mean ordering one. Second, getting bogged down in vocabulary. The Chinese word <em>tongqing</em> (sympathy) is not pejorative; there is no need to make students change their wording — the point is the function of a response, namely whom it centres. Third, blaming the decline of empathy entirely on individual students. Guide the discussion towards environmental and institutional factors without abandoning personal responsibility.</p>"
                                    "<p><strong>Discussion pointers:</strong> For question 3, a degree of emotional distance helps maintain judgement during resuscitation or when breaking bad news; when “hardening” shows up as forgetting patients' names, numbness to suffering or avoiding patients' questions, care is already affected. For question 4, common answers include “difficult” frequent attenders, patients who drink heavily, patients who are rude to doctors, and patients whose values clash with one's own. Remind students that noticing one's own aversion is itself part of professionalism.</p>"
                                    "<p><strong>Emotional care:</strong> The reflection may stir up experiences of illness in students themselves or their families. Let students decide how much to share and never require them to read aloud. If a student seems clearly distressed, follow up individually after class and, if needed, refer them to the university counselling centre.</p>"
                                    "<p><strong>Assessment:</strong> Give formative feedback on the reflection along three dimensions — concreteness, perspective-taking and self-awareness — without grading, or record completion only. Our University of Ottawa colleagues suggest using the Jefferson Scale of Empathy as a before-and-after self-assessment, while explaining to students the limits of self-report scales.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # ---------------- Lesson 2 ----------------
                {
                    "slug": "empathy-in-three-minutes",
                    "title": "Empathy in Three Minutes: The Outpatient Consultation",
                    "duration_minutes": 90,
                    "introduction": "This lesson confronts the outpatient reality summed up as “three hours of queuing for three minutes with the doctor”. Through a gastroenterology clinic case, students practise recognising patients' emotional cues and responding empathically within a very short time.",
                    "body": [
                        (
                            "section",
                            {
                                "heading": "The reality of the clinic and the “no time” misunderstanding",
                                "text": (
                                    "<p>In Shanghai's large tertiary hospitals it is not unusual for a consultant to see forty or fifty patients in a half-day clinic, with the waiting area packed and the queue display constantly calling the next number. “Three hours of queuing for three minutes with the doctor” is a patients' complaint, and also a doctors' lament. In such an environment many doctors say: of course empathy is a good thing, but I simply don't have the time.</p>"
                                    "<p>There is some truth in this, but it also contains a misunderstanding: it equates empathy with “chatting a bit longer”. Studies of outpatient communication abroad offer some useful figures. Analysing recordings of American family physicians' consultations, Marvel and colleagues (1999) found that doctors interrupted or redirected the patient's opening statement after about 23 seconds on average, and most patients never finished stating all their concerns. In 2002, in the internal medicine outpatient clinic of a Swiss university hospital, Langewitz and colleagues asked doctors not to interrupt patients at all at the start of the consultation: patients' spontaneous talking time averaged only about 92 seconds, and the great majority finished on their own within two minutes. In other words, letting patients finish does not lead to the endless monologue we fear.</p>"
                                    "<p>Conversely, a study of primary care and surgical consultations by Levinson and colleagues (2000) found that patients often let slip emotional “clues” — “I haven't been sleeping well lately”, a sigh, a story about a relative — and that doctors missed most of them. Missed worries do not go away: they return at the end of the consultation as “So, Doctor, is it serious or not?”, or turn into another appointment and repeat investigations at another hospital. In a time-pressured clinic, the key to empathy is not more time but <strong>catching what matters in a few crucial seconds</strong>.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "The patient who “insists on more tests”",
                                "presentation": (
                                    "<p>10:30 on a Tuesday morning, the specialist gastroenterology clinic of a tertiary hospital in Shanghai. Dr Yu has already seen 38 patients; the queue display shows 23 more waiting. Next is Ms Zhang, 52, an accountant at a private company.</p>"
                                    "<p>For three months she has had recurrent dull upper abdominal pain and bloating, worse after meals; no haematemesis or melaena, no dysphagia, no significant change in weight. Two weeks ago she had a gastroscopy at a community hospital, reported as “chronic non-atrophic gastritis”, with no ulcer or mass; antral biopsies showed chronic inflammation; urea breath test for <em>Helicobacter pylori</em> was negative. After two weeks of a proton-pump inhibitor her symptoms have eased slightly. Full blood count and liver function tests are normal.</p>"
                                    "<p>As soon as she sits down, Ms Zhang pushes a pile of test reports across the desk: “Doctor, I want another test — ideally a contrast CT. I don't care what it costs.” Dr Yu leafs through the gastroscopy report: “You've just had a gastroscopy and it's fine. A CT isn't much use for stomach problems, you don't need one. Keep taking the medicine and come back in a month.” Ms Zhang doesn't get up: “But I still feel unwell…” Dr Yu has already called the next number.</p>"
                                    "<p>At the door, Ms Zhang turns round and says: “My sister died of stomach cancer last year. At first they said it was gastritis too.”</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Same clinic, a different three minutes",
                                "text": (
                                    "<p>Dr Yu's medical judgement was not wrong in itself: the recent gastroscopy and biopsies found no tumour, and a contrast CT is insensitive for early gastric cancer and cannot replace endoscopy. The problem is that he responded to Ms Zhang's <em>request</em> rather than her <em>worry</em>. Let us rewind. In roughly the same three minutes, he could do the following:</p>"
                                    "<ol>"
                                    "<li><strong>Open without rushing to judgement (about 40 seconds).</strong> “Ms Zhang, what is the main thing you'd like to sort out today?” Let her finish. She may well mention her sister at this point.</li>"
                                    "<li><strong>Catch the cue and name the emotion (about 20 seconds).</strong> “I'm very sorry about your sister. Her illness also started with stomach trouble, so this time you're especially worried — is that right?” Ms Zhang's eyes may redden: “I can't sleep at night.” — “Anyone would be worried.”</li>"
                                    "<li><strong>Treat the worry as medical information (about 60 seconds).</strong> Having a first-degree relative with gastric cancer really does raise one's own risk; she is not “overthinking”. Dr Yu can ask how old her sister was at diagnosis, then explain that the gastroscopy two weeks ago is the most direct test currently available for gastric cancer, and that neither what was seen nor the biopsies showed any evidence of a tumour; a contrast CT cannot detect early gastric cancer, and it involves radiation.</li>"
                                    "<li><strong>Provide a concrete safety net (about 40 seconds).</strong> Explain which symptoms should bring her back promptly — black stools or vomiting blood, difficulty swallowing, marked weight loss, steadily worsening pain — and, given her family history, agree on a plan for regular follow-up gastroscopy.</li>"
                                    "<li><strong>Check understanding (about 20 seconds).</strong> “When you get home and tell your family about today's visit, what will you say?”</li>"
                                    "</ol>"
                                    "<p>This version takes little more time than the original, yet it achieves three things at once: it responds to the emotion, it captures a family history that had been overlooked, and it very probably avoids an unnecessary CT and “going to another hospital to be checked all over again”. Note that empathy here is not a “customer-service attitude” bolted on to medicine, but part of what makes care complete: the patient's worry may itself carry key clinical information.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Practical tools for empathy in a short consultation",
                                "text": (
                                    "<ul>"
                                    "<li><strong>Let the patient finish.</strong> Open with an open question and try not to interrupt in the first minute or two.</li>"
                                    "<li><strong>Watch for cues.</strong> Emotion words (“afraid”, “can't sleep”), things that keep coming back, stories about relatives, hesitation, facial expression and posture.</li>"
                                    "<li><strong>Respond to emotion with NURSE.</strong> This framework, popularised by Back and colleagues in training for communication with seriously ill patients, stands for Naming (“It sounds as though you're very worried”), Understanding (“Anyone would feel the same”), Respecting (“You went with your sister to all her appointments — that can't have been easy”), Supporting (“We'll get to the bottom of this together”) and Exploring (“What worries you most?”). One or two such statements per consultation are enough.</li>"
                                    "<li><strong>Respond to the worry, not just the request.</strong> When a patient says “I want a CT”, what they often really want is “to be sure it isn't cancer”. Before declining a test, respond to the worry behind it.</li>"
                                    "<li><strong>Body language.</strong> Use the patient's name and form of address, turn to face them, and look away from the computer screen for the few sentences that matter.</li>"
                                    "<li><strong>Protect privacy.</strong> “One doctor, one patient, one room” is not only an administrative rule but a precondition for empathy: with the next patient crowding the doorway, few people will voice their real worries.</li>"
                                    "</ul>"
                                    "<p>These tools cannot replace sincerity, but sincerity needs tools if the patient is to feel it within three minutes.</p>"
                                ),
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Three-minute consultation role-play",
                                "duration_minutes": 30,
                                "group_size": "3",
                                "instructions": (
                                    "<ol>"
                                    "<li>Work in threes: doctor, patient and observer. The “patient” draws one of the role cards prepared by the teacher (for example: a young mother worried about her child's recurrent fevers; a 75-year-old living alone who has come about dizziness; a programmer anxious about a lung nodule found at a health check). Each card includes a “hidden worry” to be revealed only if the doctor creates an opening.</li>"
                                    "<li>The observer times three minutes. The “doctor” must cover the essentials of the history and give an initial plan.</li>"
                                    "<li>The observer records on a simple checklist: was the patient interrupted at the start; was the hidden worry uncovered; which NURSE statements were used; was understanding checked at the end.</li>"
                                    "<li>When time is up, the “patient” first describes how they felt (1 minute), then the observer gives feedback (2 minutes).</li>"
                                    "<li>Rotate roles for three rounds in all. Finish with a whole-class discussion: which phrases worked best? Where were three minutes genuinely not enough?</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "In the first version of the case, was Dr Yu's medical judgement wrong? Where did things go wrong?",
                                    "If Ms Zhang really did turn round at the door and say that, what could the doctor still do to repair the situation?",
                                    "Might empathic responses encourage patients to make more unreasonable demands? How can one be empathic while holding to sound medical judgement?",
                                    "Very short consultations are a system problem. Beyond individual skills, what changes could hospitals and departments make?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "During your next outpatient placement, choose one patient, notice one emotional cue they show during the consultation, and write it down after the session.",
                                "guidance": "Record what the cue was (exact words or gesture), whether and how the doctor responded, and how the patient reacted afterwards. Then write down the sentence you would have said had you been responding. Protect the patient's privacy: do not record names or any identifying information.",
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Empathy in the clinic does not mean longer consultations; it means not interrupting, catching cues and responding accurately.",
                                    "Patients' worries often carry clinical information; taking emotions seriously is part of complete care.",
                                    "Responding first to the worry behind a request and then explaining your medical judgement works better than a flat refusal, and leads to fewer repeat visits.",
                                    "Frameworks such as NURSE offer concrete language; one or two accurate, specific statements are enough to make a difference.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Marvel MK, Epstein RM, Flowers K, Beckman HB",
                                        "title": "Soliciting the patient's agenda: have we improved?",
                                        "venue": "JAMA",
                                        "year": 1999,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Langewitz W, Denz M, Keller A, Kiss A, Rüttimann S, Wössmer B",
                                        "title": "Spontaneous talking time at start of consultation in outpatient clinic: cohort study",
                                        "venue": "BMJ",
                                        "year": 2002,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Levinson W, Gorawara-Bhat R, Lamb J",
                                        "title": "A study of patient clues and physician responses in primary care and surgical settings",
                                        "venue": "JAMA",
                                        "year": 2000,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Back AL, Arnold RM, Tulsky JA",
                                        "title": "Mastering Communication with Seriously Ill Patients: Balancing Honesty with Empathy and Hope",
                                        "venue": "Cambridge University Press",
                                        "year": 2009,
                                        "doi": "",
                                        "url": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "facilitator_notes",
                            {
                                "text": (
                                    "<p><strong>Timing (90 minutes):</strong> introduction and research findings, 15 minutes; reading the case and first discussion, 15 minutes; “a different three minutes” and the tools, 15 minutes; role-play, 30 minutes; whole-class discussion and wrap-up, 15 minutes.</p>"
                                    "<p><strong>Using the case:</strong> Read only as far as Dr Yu calling the next number and ask students to evaluate the consultation. Many will defend him (“medically he was right”, “there are 23 people still waiting”). Acknowledge their reasoning, then read the final line. The twist lets students feel that the missed cue is often the key information. Stress that a first-degree family history of gastric cancer is clinical information to be documented and that it affects follow-up; at the same time, head off the opposite misreading — empathy does not mean ordering an unnecessary CT to placate the patient.</p>"
                                    "<p><strong>Preparing role cards:</strong> Prepare six to nine cards before class. Examples of hidden worries: the young mother — a neighbour's child was recently admitted to intensive care with meningitis; the older person living alone — fear of having a stroke with no one to find them; the programmer — his father died of lung cancer, and he has read online that “ground-glass nodules are cancer”. Worries should be specific and plausible; do not design cards to “trap” the doctor.</p>"
                                    "<p><strong>Common problems:</strong> Students new to NURSE tend to fall back on stock phrases such as “I understand how you feel” every time, which sounds hollow. Encourage them to name the <em>specific content</em> (“You're worried it might be the same as your sister”) rather than a generic “I understand”. Our University of Ottawa colleagues point out that Canadian family-practice visits often last only ten to fifteen minutes and face similar time pressure, which helps show that these principles are not reserved for health systems with “plenty of time”.</p>"
                                    "<p><strong>Assessment:</strong> The observer checklist can be adapted as a formative feedback tool for the communication items of a Mini-CEX. The reflection is assessed mainly on accuracy of observation and protection of privacy.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # ---------------- Lesson 3 ----------------
                {
                    "slug": "families-conflict-and-professionalism",
                    "title": "Families, Conflict and Professionalism: Empathy in Tense Doctor–Patient Relations",
                    "duration_minutes": 90,
                    "introduction": "This lesson places empathy in a wider context — tension in doctor–patient relations in China, the distinctive role of families in care, and clinicians' safety and self-care — and discusses why empathy is a professional competence rather than limitless forbearance.",
                    "body": [
                        (
                            "section",
                            {
                                "heading": "Tense doctor–patient relations: background and boundaries",
                                "text": (
                                    "<p>Over the past two decades, doctor–patient relations in China have gone through a period of marked tension. A number of violent attacks on medical staff shook the whole profession and left many students and their parents with doubts about medicine as a career. Researchers have analysed the causes from several angles: high-quality medical resources are concentrated in large hospitals in big cities, which are overcrowded; out-of-pocket costs are substantial, making patients acutely sensitive to any gap between what they pay and the results they get; there is a gap between the inherent uncertainty of medicine and the public's high expectations; information asymmetry, together with one-sided reporting in some media, has eroded trust; and dispute-resolution channels were for a time inadequate, leading some people to resort to “making trouble” (<em>yinao</em>) to get redress.</p>"
                                    "<p>The state has responded at the institutional level. The Ninth Amendment to the Criminal Law, adopted in 2015, explicitly brought within criminal law the act of gathering a crowd to disrupt order so that medical work cannot proceed; the Regulations on the Prevention and Handling of Medical Disputes, in force since 2018, set out dispute-resolution routes including people's mediation; and the Law on Basic Medical and Health Care and the Promotion of Health, in force since 2020, provides that the personal safety and dignity of health workers are inviolable and prohibits any organisation or individual from threatening or endangering their personal safety.</p>"
                                    "<p>Before discussing empathy, two boundaries must be made clear. First, <strong>there is no excuse for violence</strong>. Empathy does not mean tolerating threats or violence; the safety of health workers always comes first. Second, <strong>system problems must not be reduced to individual doctors' “attitude”</strong>. Explaining doctor–patient conflict simply as “doctors not caring enough” is both unfair and unhelpful. Yet within these two boundaries, the way we communicate really does influence whether conflict calms down or escalates — and that is the part we can learn.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Families: the “third party” in care",
                                "text": (
                                    "<p>Compared with many Western countries, families play an especially prominent role in Chinese clinical practice: accompanying patients to appointments, handling the paperwork, signing consent forms, bearing most of the care and the costs, and often taking part in, or even leading, medical decisions. This is valuable support, and it also brings particular communication challenges. A doctor is often dealing not with one patient but with a whole family, whose members differ in how much they know, what they expect from treatment and what responsibilities they carry; tensions within the family are sometimes displaced onto the doctor.</p>"
                                    "<p>Understanding relatives' emotions is the first step in de-escalating conflict. The anger so often seen in clinical settings is frequently a cloak for fear, helplessness, guilt and grief: a son who could not be at his father's side when he became gravely ill may be the loudest of all; a family crushed by medical bills may pour its resentment at fate onto the nearest person in a white coat. Seeing what lies behind the anger does not mean accepting the accusation; it helps us find the question that really needs answering.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Late night on the emergency observation ward",
                                "presentation": (
                                    "<p>Eleven at night, the emergency observation ward of a tertiary hospital. Mr Chen, 78, is being treated for community-acquired pneumonia; he has a history of chronic obstructive pulmonary disease and type 2 diabetes. On the afternoon of his second day, his oxygen saturation fell and his breathing became rapid. After assessment, the doctor on duty started non-invasive positive-pressure ventilation and explained to his daughter, who was present, that his condition had worsened and that he might need transfer to intensive care. The daughter signed the consent form.</p>"
                                    "<p>Mr Chen's son works in Suzhou and drove over after work. Seeing his father in a mask, unable to speak, he storms into the doctors' office and shouts at Dr Lin, a resident in standardised training who is writing notes: “He was fine when I phoned this afternoon — how come he's getting worse the longer you treat him? Did you give him the wrong drugs? I want to see your boss!” His voice grows louder, and other relatives in the corridor begin to gather.</p>"
                                    "<p>Dr Lin has been on duty for fourteen hours straight and has eight other patients under observation. She feels wronged: the deterioration is the natural course of the disease, the management has followed protocol, and the family was spoken to that afternoon. Her first reaction is to explain: “We already told your family this afternoon, and she signed the form…”</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Using empathy in conflict: a sequence of steps",
                                "text": (
                                    "<ol>"
                                    "<li><strong>Assess safety first.</strong> Watch for danger signs: intoxication, objects in hand, threatening language, steadily closing physical distance. Position yourself so that you have a way out; if necessary press the alarm button or call security. Never face a clearly out-of-control person alone; inform your senior promptly.</li>"
                                    "<li><strong>Lower the temperature.</strong> Invite the person into a quieter interview room; if possible ask them to sit and sit down yourself; slow your speech and lower your voice. An audience makes it harder for anyone to back down with dignity.</li>"
                                    "<li><strong>Acknowledge the emotion before the facts.</strong> Dr Lin's first sentence could be: “You've driven all this way after work, and seeing your father in that mask, unable to talk — you must be very anxious, and frightened.” This sentence admits no fault, yet it may be what makes him stop for the first time.</li>"
                                    "<li><strong>Understanding emotion is not admitting fault.</strong> Then explain the facts clearly and honestly: in older people with COPD, pneumonia can worsen within a day or two; what his oxygen levels are now, what the medication and the non-invasive ventilation are doing; what may happen next and how it will be handled. Do not evade uncertainty, and make no promises you cannot keep.</li>"
                                    "<li><strong>One message, from the team.</strong> Involve the senior doctor and, where possible, bring the key family members together, so that different relatives do not hear “different versions” from different doctors.</li>"
                                    "<li><strong>Document and debrief.</strong> Record the key points of the conversation in the notes. Hold a brief team debrief afterwards: which information failed to reach the right person in time? The doctor who was shouted at also needs looking after.</li>"
                                    "</ol>"
                                    "<p>Many conflicts begin not with a medical error but with information failing to reach a key person. In this case, the gap between what the son heard on the phone in the afternoon and what he saw with his own eyes that night is precisely the source of his anger.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "testimony",
                                "text": "That night I really thought the hospital had made my dad worse. On the motorway I kept phoning my sister, and all she said was “the doctor says he's a bit worse”. I never imagined he'd look like that. When I burst into the office, all I could think of was getting someone to answer for it. The young doctor didn't argue with me. She said: “You've come all this way, and seeing your father like this — you must have had a terrible shock.” I couldn't say a word. Afterwards she went through the scans with me one by one and explained everything clearly. After my dad was discharged I thought about going back to apologise to her, but I never did.",
                                "source": "Composite testimony written for this module",
                                "commentary": "<p>This account reminds us that behind a relative's demand for “someone to answer for it” there is often an information gap, and fear. One accurate empathic response opened the way for the factual explanation that followed. Notice too that this man wanted to apologise but never went back: doctors rarely hear what happens after a conflict, which is one reason team debriefing and peer support matter.</p>",
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Empathy as professionalism: learnable, and in need of protection",
                                "text": (
                                    "<p>Seeing empathy as a professional competence means two things. First, it is not a personality trait reserved for a few people who are “naturally caring”, but a clinical skill that can be learned, practised and assessed, just like physical examination or writing medical notes. Second, it needs protecting — by institutions and by ourselves.</p>"
                                    "<p>Research by the neuroscientist Tania Singer and her colleagues distinguishes two responses. One is to resonate so strongly with another's suffering that one becomes distressed oneself — “empathic distress” — which readily leads to avoidance and burnout. The other is to understand the other's suffering while feeling warmth, concern and the motivation to help — “compassion” — which is associated with more positive emotions and more sustainable helping. This points health workers in a direction: what we need is not to carry all the suffering on our own shoulders, but to keep caring from a place of steadiness. Sun Simiao's “settle the spirit and steady the will” takes on a new meaning here.</p>"
                                    "<p>In practice, empathy can be protected in several ways: establishing post-conflict debriefs and peer support within departments; joining case-based discussion groups such as Balint groups; learning to recognise one's own signs of burnout; and seeking professional psychological support when needed. At hospital level, reasonable clinic volumes, good appointment and triage systems, medical social workers and mediation mechanisms are all conditions that make empathy possible. Empathy is a quality of individuals — and of a health system.</p>"
                                ),
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Rewriting the conversation",
                                "duration_minutes": 25,
                                "group_size": "4",
                                "instructions": (
                                    "<ol>"
                                    "<li>Each group reads Dr Lin's first reaction in the case and identifies the wording likely to escalate the conflict.</li>"
                                    "<li>Working together, write five or six sentences Dr Lin might say over the next five minutes. Include at least: one response to emotion, one factual explanation, one statement about next steps, and one invitation for the senior doctor or other family members to join.</li>"
                                    "<li>Pair up with another group: one group plays the relative while the other performs its rewritten dialogue; then swap.</li>"
                                    "<li>Those playing the relative give feedback: which sentence genuinely calmed you down? Which sounded like a stock phrase?</li>"
                                    "<li>As a whole class, compile three “things not to say” and three “things worth saying”.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Is Dr Lin's sense of being wronged justified? Before responding to the relative, how should she handle her own emotions?",
                                    "Of the doctor–patient conflicts you have witnessed, how many arose from the medical care itself, and how many from communication and the passing on of information?",
                                    "What is the difference between empathy and simply “keeping the peace”? When should a conversation be stopped immediately and safety procedures started?",
                                    "What can medical schools and hospitals do so that young doctors no longer have to face conflict alone?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Recall a moment of tension between a doctor and a patient (or relative) that you experienced or witnessed. Writing in the first person, describe it once from the doctor's point of view and once from the patient's or relative's.",
                                "guidance": "Write about 150 Chinese characters (roughly 100 words) for each. From the doctor's perspective, be honest about the emotions you really felt, including resentment and anger; from the patient's or relative's perspective, try to imagine what they knew, what they did not know and what they feared at that moment. Then compare the two passages and identify the gaps in information and feeling between them. If the experience still troubles you, choose different material or talk to your supervisor privately.",
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "There is no excuse for violence and safety always comes first; empathy is not limitless forbearance.",
                                    "Relatives' anger often wraps fear, guilt and helplessness; respond to the emotion first, then explain the facts.",
                                    "Understanding emotion is not admitting fault; honest, clear and consistent information is the key to de-escalation.",
                                    "Distinguish empathic distress from compassion: sustainable empathy needs self-regulation, peer support and institutional backing.",
                                    "Empathy is a professional competence that can be learned and assessed — and a quality of a health system.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Hesketh T, Wu D, Mao L, Ma N",
                                        "title": "Violence against doctors in China",
                                        "venue": "BMJ",
                                        "year": 2012,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Singer T, Klimecki OM",
                                        "title": "Empathy and compassion",
                                        "venue": "Current Biology",
                                        "year": 2014,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Kleinman A",
                                        "title": "The Illness Narratives: Suffering, Healing, and the Human Condition",
                                        "venue": "Basic Books",
                                        "year": 1988,
                                        "doi": "",
                                        "url": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "facilitator_notes",
                            {
                                "text": (
                                    "<p><strong>Before class:</strong> This lesson deals with violence against medical staff, and some students or their families may have experienced medical disputes or violence. Announce the content a week in advance. Do not show videos or images of violent incidents in class, and do not build discussion around the details of specific doctors who were killed. If possible, invite a colleague from the hospital's medical affairs or security department to spend ten minutes on local safety procedures (location of alarm buttons, how to call for help, reporting routes).</p>"
                                    "<p><strong>Timing (90 minutes):</strong> background and boundaries, 15 minutes; families and the case, 15 minutes; steps for handling conflict, 15 minutes; rewriting the conversation, 25 minutes; testimony, discussion and wrap-up, 20 minutes. The reflection is completed after class.</p>"
                                    "<p><strong>Discussion pointers:</strong> On question 1, Dr Lin's feeling of being wronged is entirely justified and should be acknowledged. Introduce simple self-regulation techniques: one slow, deep breath before responding, and silently naming one's own emotion (“I feel wronged right now”). On question 3, the key difference is that “keeping the peace” gives up facts or principles to make the conflict disappear quickly — casually admitting fault, promising unreasonable compensation — whereas empathy responds to emotion while holding to the facts. Stop the conversation and start safety procedures immediately if the person is holding or looking for an object that could be used as a weapon, makes an explicit threat of harm, is intoxicated and unable to communicate, or starts pushing.</p>"
                                    "<p><strong>Common misconceptions:</strong> Some students may say “<em>yinao</em> happens because doctors have a bad attitude”; others may say “empathy means giving in to <em>yinao</em>”. Both need answering: the first ignores structural factors and risks blaming the victim; the second confuses empathy with concession. Our University of Ottawa colleagues note that workplace violence in emergency departments is a serious problem in Canada and many other countries as well. Some international comparison helps avoid framing the issue as a purely “Chinese” phenomenon and supports discussion of institutional responses.</p>"
                                    "<p><strong>Emotional care:</strong> If a student becomes upset or withdraws during discussion, check in privately during the break and refer to counselling if needed. Give feedback on the reflection according to the depth of perspective-taking, not on whether the emotions expressed are the “right” ones.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    },
}
