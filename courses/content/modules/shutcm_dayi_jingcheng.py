MODULE = {
    "slug": "dayi-jingcheng",
    "institution": "shutcm",
    "contributing_institutions": ["lyon"],
    "language": "zh-hans",
    "title": "大医精诚：中医伦理与生物医学伦理的对话",
    "summary": (
        "以孙思邈《大医精诚》为起点，对照希波克拉底传统与生物医学伦理四原则，理解“精”与“诚”的当代意义，"
        "并通过一位只愿接受中医治疗的早期乳腺癌患者，讨论中西医结合实践中的伦理责任。"
    ),
    "objectives": [
        "解读《大医精诚》中“精”与“诚”两层要求的文本含义及其历史语境。",
        "比较《大医精诚》、希波克拉底传统与生物医学伦理四原则在伦理基础、医患关系和行为规范上的异同。",
        "分析患者拒绝必要的生物医学治疗、只求中医时，医生所承担的告知、尊重与不放弃的责任。",
        "练习以尊重而诚实的方式与患者讨论中医和西医治疗的获益、风险与局限。",
    ],
    "themes": ["ethics", "culture"],
    "level": "preclinical",
    "license": "cc-by-sa",
    "keywords": ["大医精诚", "孙思邈", "医学伦理", "四原则", "中西医结合", "知情同意"],
    "authors": [
        {
            "key": "gu-mingcheng",
            "name": "顾明澄",
            "title": "教授，中医文献研究所",
            "institution": "shutcm",
            "bio": (
                "长期从事隋唐医学文献与中医医德思想研究，主讲《备急千金要方》选读课程十余年。"
                "近年关注古代医德文本在医学人文教学中的使用方式。"
            ),
            "orcid": "",
        },
        {
            "key": "lu-wanqing",
            "name": "陆婉清",
            "title": "副教授，医学伦理学教研室",
            "institution": "shutcm",
            "bio": (
                "临床医学出身，后转向生命伦理学研究，主要讲授医学伦理学与医患沟通。"
                "参与附属医院伦理委员会工作，关注中医临床中的知情同意问题。"
            ),
            "orcid": "",
        },
        {
            "key": "camille-rivoire",
            "name": "Camille Rivoire",
            "title": "副教授，医学伦理与医学人文（里昂）",
            "institution": "lyon",
            "bio": (
                "在里昂从事临床伦理咨询与医学人文教学，研究方向为跨文化语境中的生命伦理学。"
                "2018年起参与本合作项目，与上海同事共同开发中法比较伦理课程。"
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "孙思邈",
            "title": "备急千金要方·卷一·大医精诚",
            "venue": "唐代医籍（约成书于公元652年）",
            "year": 652,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Beauchamp TL, Childress JF",
            "title": "Principles of Biomedical Ethics (8th edition)",
            "venue": "Oxford University Press",
            "year": 2019,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Unschuld PU",
            "title": "Medical Ethics in Imperial China: A Study in Historical Anthropology",
            "venue": "University of California Press",
            "year": 1979,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Unschuld PU",
            "title": "Medicine in China: A History of Ideas",
            "venue": "University of California Press",
            "year": 1985,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kleinman A",
            "title": "Patients and Healers in the Context of Culture",
            "venue": "University of California Press",
            "year": 1980,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "jing-yu-cheng-xidu-dayi-jingcheng",
            "title": "精与诚：细读孙思邈《大医精诚》",
            "duration_minutes": 50,
            "introduction": (
                "本课介绍孙思邈与《备急千金要方》的背景，细读《大医精诚》中关于“精”（医术）与“诚”（医德）的论述，"
                "并讨论如何以既同情又批判的态度阅读古代医德文本。"
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "孙思邈与《备急千金要方》",
                        "text": (
                            "<p>孙思邈是隋唐之际的著名医家，生年说法不一，一般认为卒于唐高宗永淳元年（682年），后世尊称“药王”。"
                            "他一生行医、著述、修道，兼通儒、释、道三家之学。约成书于652年的《备急千金要方》共三十卷，"
                            "内容涵盖医学总论、妇人、少小婴孺、内外诸科、食治、养性、脉法与针灸，是我国现存较早的综合性临床医学著作之一。"
                            "晚年他又撰《千金翼方》三十卷作为补充。</p>"
                            "<p>书名中的“千金”出自孙思邈自序：“以为人命至重，有贵千金，一方济之，德逾于此。”"
                            "一部方书以“人命”之贵命名，本身就是一种伦理表态：医学知识的价值在于救人，而不在于炫技或牟利。</p>"
                            "<p>《大医精诚》位于全书卷一开篇，紧接在《大医习业》之后。《大医习业》讲医生应当读哪些书、掌握哪些知识；"
                            "《大医精诚》则讲医生应当成为什么样的人。两篇合读可以看出，孙思邈心目中的“大医”既不是仁心有余而医术平庸的好人，"
                            "也不是医术高明而品行可疑的能人，而是“精”与“诚”兼备的医者。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "“精”：医术本身就是伦理要求",
                        "text": (
                            "<p>《大医精诚》开篇引东晋张湛的话：“夫经方之难精，由来尚矣。”孙思邈随后说明，脏腑虚实、血脉通塞非耳目所能直接察知，"
                            "脉象、腧穴、药性之间的细微差别都可能决定治疗的成败。医学是“至精至微之事”，若以“至粗至浅之思”去求之，必然危险。</p>"
                            "<p>在孙思邈看来，医术不精本身就是一种道德过失。他批评一些人“读方三年，便谓天下无病可治；及治病三年，乃知天下无方可用”，"
                            "并告诫：“故学者必须博极医源，精勤不倦，不得道听途说，而言医道已了，深自误哉！”这里有三层意思："
                            "第一，医学知识浩繁，必须广泛而深入地学习；第二，学习是终身的，不能停止；第三，要审慎对待知识的来源，不能凭传闻下结论。</p>"
                            "<p>今天读这段话，不难联想到循证医学对证据来源的追问，以及继续医学教育制度。更值得体会的是“读方三年”与“治病三年”的对比："
                            "书本知识与临床判断之间有一道鸿沟，只有在真实的病人身上、在带教老师的指导下反复体验，才会知道自己的不足。"
                            "承认“无方可用”的那一刻，正是医生诚实面对自身局限的开始。</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "凡大医治病，必当安神定志，无欲无求，先发大慈恻隐之心，誓愿普救含灵之苦。若有疾厄来求救者，不得问其贵贱贫富，"
                            "长幼妍媸，怨亲善友，华夷愚智，普同一等，皆如至亲之想……见彼苦恼，若己有之，深心凄怆……"
                            "一心赴救，无作功夫形迹之心。如此可为苍生大医，反此则是含灵巨贼。"
                        ),
                        "source": "孙思邈《备急千金要方·卷一·大医精诚》（约652年）",
                        "commentary": (
                            "<p>这段话可分为三层：先讲医者的内在状态（安神定志、无欲无求、大慈恻隐），再讲对待病人的原则（普同一等、皆如至亲），"
                            "最后讲行动上的承担（一心赴救）。“无作功夫形迹之心”一般解释为不可有推托拖延、做表面文章的念头。"
                            "请特别留意“皆如至亲之想”：它表达了亲人般的关切，也暗含一种家长式的照护观——这一点将在第二课中再次讨论。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "“诚”：心志、平等与共情",
                        "text": (
                            "<p>“诚”是全篇的重心。孙思邈要求医生先“安神定志”，即在诊病之前使自己的心安定下来，不被杂念、利益或情绪干扰；"
                            "再“发大慈恻隐之心”。“恻隐”语出《孟子》“恻隐之心，仁之端也”；“大慈”与“普救含灵之苦”则带有明显的佛教色彩，"
                            "“含灵”泛指一切有灵性的生命。可见这段文字融合了儒家之仁与佛教之慈悲，是唐代三教交融的产物。</p>"
                            "<p>接下来是一段极为有力的平等宣言：面对求救者，“不得问其贵贱贫富，长幼妍媸，怨亲善友，华夷愚智，普同一等，皆如至亲之想”。"
                            "社会地位、财富、年龄、相貌、私人恩怨、族群和智识，都不能成为区别对待的理由。在一个等级森严的社会里，这样的要求尤为难得。</p>"
                            "<p>孙思邈还要求医生“见彼苦恼，若己有之”——这几乎就是今天所说的共情——并且不避艰险、昼夜、寒暑、饥渴与疲劳，“一心赴救”。"
                            "他对医生的言行也有具体要求：到了病家，即使满目绮罗、丝竹盈耳，也不可左顾右盼、似有所娱；"
                            "不可“訾毁诸医，自矜己德”；也不可“恃己所长，专心经略财物”。全篇的评语极重：做到这些的是“苍生大医”，反之则是“含灵巨贼”。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "如何阅读一篇古代医德文本",
                        "text": (
                            "<p>《大医精诚》常被书写在医学院的墙上，也常在毕业典礼上被诵读。但若只把它当作口号，反而容易错过它的复杂性。阅读时可以注意以下几点：</p>"
                            "<ul>"
                            "<li><strong>它是修身文本，而不是规章。</strong>文中没有规定违者如何处罚，也不讨论制度安排。它面向医生个人的品格养成，"
                            "与今天的执业法规、伦理审查制度属于不同层面，二者相互补充而不能相互替代。</li>"
                            "<li><strong>它描绘理想，也折射现实。</strong>孙思邈反复告诫不可贪财、不可诋毁同行，恰恰说明这些现象在当时并不少见。"
                            "医学史家文树德（Paul U. Unschuld）指出，中国古代的医德论述同时承担着为医者群体争取社会信任、与“庸医”划清界限的功能。</li>"
                            "<li><strong>有些要求需要在今天重新诠释。</strong>“勿避……饥渴疲劳”“不得……护惜身命”若被理解为医生不应顾及自身健康，"
                            "就可能被用来为长期过劳辩护。当代医学伦理认为，医生照顾好自己的身心是持续照顾病人的前提；传染病流行时做好防护，"
                            "也不是“自虑吉凶”，而是对病人和同事负责。</li>"
                            "<li><strong>它几乎不讨论病人的意愿。</strong>文中的医生是主动的施救者，病人是被救助的“苍生”。"
                            "这一点将在第二课中与“尊重自主”原则对照讨论。</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "为今天的医学生改写《大医精诚》",
                        "duration_minutes": 20,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>每组选取原文中的一句（如“普同一等”“博极医源”“不得瞻前顾后”“訾毁诸医”），先用白话准确译出。</li>"
                            "<li>讨论：这句话在今天的医院里会遇到哪些具体情境？请举出一个你见过或听说过的例子（隐去可识别的信息）。</li>"
                            "<li>把这句话改写为一条当代医学生可以执行的承诺，要求具体、可观察，例如“交班时，我不以病人的职业或收入来评价其是否‘值得’花时间”。</li>"
                            "<li>说明改写过程中保留了什么，又丢失了什么。</li>"
                            "<li>每组用两分钟向全班汇报。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "孙思邈把医术不精视为道德问题。你是否认同？一位真诚却能力不足的医生，与一位能力很强却冷漠的医生，谁对病人的危害更大？",
                            "“普同一等”在今天的医疗体系中面临哪些挑战（例如特需门诊、医保待遇差异、城乡医疗资源差别）？个人层面的一视同仁与制度层面的公正有何不同？",
                            "“无欲无求”是否意味着医生不应追求合理的收入和职业发展？你会如何在今天的语境中解释这句话？",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "回想一位你接触过的医生（可以是你本人或家人就诊时遇到的），他或她的哪一个具体举动让你想到“精”或“诚”，或者恰恰相反？",
                        "guidance": (
                            "写300字左右。先客观描述情境和举动，暂不评价；再写出你当时的感受；最后联系《大医精诚》中的一句原文加以分析。"
                            "请隐去所有可识别的人名和机构名称。"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "《大医精诚》把医术之“精”与医德之“诚”视为不可分割的整体：不精之诚会伤人，不诚之精会失去方向。",
                            "“博极医源，精勤不倦，不得道听途说”可以看作终身学习与审慎对待知识来源的古代表述。",
                            "“普同一等，皆如至亲之想”是对医生个人一视同仁的有力要求，但并不等同于制度层面的分配公正。",
                            "阅读古代医德文本需要历史语境：它既是理想，也折射当时医界的问题，有些要求需要在今天重新诠释。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "孙思邈",
                                "title": "备急千金要方·卷一·大医习业、大医精诚",
                                "venue": "唐代医籍（约成书于公元652年）",
                                "year": 652,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Unschuld PU",
                                "title": "Medical Ethics in Imperial China: A Study in Historical Anthropology",
                                "venue": "University of California Press",
                                "year": 1979,
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
                            "<p><strong>时间安排（50分钟）：</strong>导入与背景5分钟；学生朗读原文并逐句疏解15分钟；小组活动20分钟；讨论与小结10分钟。反思写作作为课后作业。</p>"
                            "<p><strong>文本提示：</strong>建议课前发放《大医精诚》全文与一种可靠的校注本。“含灵”“妍媸”“险巇”“功夫形迹”等词学生容易误读，"
                            "可先请学生猜测词义，再加以讲解。点明“恻隐”出自《孟子》、“大慈”“普救含灵”有佛教渊源，有助于学生理解唐代三教交融的思想背景。</p>"
                            "<p><strong>常见误区：</strong>一是把本文浪漫化为“中国古代医德比西方更高尚”，二是把它斥为“空洞说教”。两种倾向都应引导学生回到文本细节。"
                            "讨论“无欲无求”时，有学生可能联系到医药购销领域的不正之风或医生收入问题，情绪较大。可以承认问题真实存在，"
                            "再把讨论拉回伦理分析：区分合理报酬与“专心经略财物”。</p>"
                            "<p><strong>关于医生自我照护：</strong>若有学生提到家人是医生、长期过劳，应以尊重的态度回应，并指出世界医学会《日内瓦宣言》2017年修订版"
                            "已将“关注自身的健康、福祉和能力”写入医生誓词。</p>"
                            "<p><strong>评价建议：</strong>反思作业可按三项给分：描述是否具体；对所引原文的理解是否准确；能否指出理想与现实之间的张力。</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "siyuanze-xibokeladi-yu-dayi-jingcheng",
            "title": "四原则、希波克拉底与《大医精诚》：相遇与对照",
            "duration_minutes": 50,
            "introduction": (
                "本课介绍生物医学伦理四原则和希波克拉底传统的基本内容，并将其与《大医精诚》逐项对照，"
                "讨论德性伦理与原则伦理各自的长处与盲点。"
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "生物医学伦理的四原则",
                        "text": (
                            "<p>1979年，美国学者比彻姆（Tom L. Beauchamp）与丘卓斯（James F. Childress）出版《生物医学伦理原则》，此后不断修订，"
                            "2019年出版了第八版。书中提出的四项原则已成为全球医学伦理教学中最常用的分析框架：</p>"
                            "<ul>"
                            "<li><strong>尊重自主</strong>：尊重有行为能力的人在充分知情基础上作出的决定，包括知情同意、知情拒绝、保密与说真话。</li>"
                            "<li><strong>不伤害</strong>：不给病人造成不必要的伤害，不让其承受不合理的风险。</li>"
                            "<li><strong>有利</strong>：积极为病人谋取利益，并在获益与风险、成本之间权衡。</li>"
                            "<li><strong>公正</strong>：公平地分配医疗资源、风险与负担，同等情况同等对待。</li>"
                            "</ul>"
                            "<p>需要强调的是，两位作者认为这些原则源于社会普遍共享的“共同道德”，每一项都是“初始义务”（prima facie），"
                            "彼此之间没有固定的先后顺序；遇到冲突时，需要通过“具体化”和“权衡”加以处理。四原则不是一台输入案例就能输出答案的机器，"
                            "而是帮助我们把问题看清楚、说清楚的工具。同年发表的美国《贝尔蒙报告》提出尊重个人、有利和公正三项原则，"
                            "二者共同反映了那个时代对纳粹人体实验、塔斯基吉梅毒研究等事件的深刻反思。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "希波克拉底传统",
                        "text": (
                            "<p>《希波克拉底誓言》是西方医学史上最著名的医德文本，一般认为成文于公元前5至前4世纪，但其作者和最初的使用群体至今仍有争议。"
                            "誓言以向医神阿波罗、阿斯克勒庇俄斯等神祇起誓开始，要求学生敬师如父、将医术传给师门子弟。其核心承诺包括："
                            "按自己的能力和判断，为病人的利益施治，绝不用以加害或行不义；不给任何人致命的药物，也不作此类建议；"
                            "不施行切石术，而把它留给专事此业的人；进入病家只为病人的利益；对行医中的所见所闻保守秘密。</p>"
                            "<p>常被引用的“首先，不伤害”其实不见于誓言本身。希波克拉底文集《流行病》第一卷中有一句相近的话：对待疾病，要养成两个习惯——"
                            "帮助病人，或至少不要伤害。誓言中关于切石术的条款，也常被解读为医生应当知道自身能力的边界，这与《大医精诚》所说的“精”有相通之处。"
                            "1948年，世界医学会通过《日内瓦宣言》作为誓言的现代版本，此后多次修订，2017年版明确写入了尊重病人的自主和尊严。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "三者对照：相通之处与关键差异",
                        "text": (
                            "<p><strong>相通之处。</strong>三种传统都把病人的利益置于医生的私利之上：《大医精诚》要“普救含灵之苦”，誓言要“为病人的利益”，"
                            "四原则中有“有利”与“不伤害”。三者也都重视医生的品行与界限：孙思邈告诫医生在病家不可贪图享乐，誓言要求避免一切不义与败德之事，"
                            "当代伦理则以利益冲突、职业边界等概念加以规范。</p>"
                            "<p><strong>差异一：伦理的根基。</strong>《大医精诚》的根基是医者的内在修养——安神定志、大慈恻隐，属于德性伦理的传统；"
                            "誓言以向神起誓和师门契约为基础；四原则则诉诸社会共享的道德，便于不同信仰的人在公共领域对话。"
                            "当然，比彻姆和丘卓斯在书中也专章讨论了道德品格，原则与德性并不互相排斥。</p>"
                            "<p><strong>差异二：自主。</strong>这是最大的差别。《大医精诚》与希波克拉底誓言都很少谈及病人本人的意愿，"
                            "医生是主动施救、按“自己的判断”行事的一方。“皆如至亲之想”表达了温暖，却也容易滑向家长式的决定：既然“像亲人一样”，"
                            "医生和家属似乎就可以替病人做主。尊重自主则要求医生把病人当作能够自己作出判断的主体，如实告知，并接受其可能作出与医生建议不同的决定。</p>"
                            "<p><strong>差异三：公正的层面。</strong>“普同一等”是对医生个人的要求：不因贵贱贫富区别对待眼前的病人。"
                            "四原则中的公正还涉及制度层面：有限的重症监护床位如何分配，医保应覆盖哪些项目，偏远地区的居民能否获得同等的服务。"
                            "个人的平等之心不能自动解决结构性的不公正；但再好的制度，也需要有“普同一等”之心的医生去落实。</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "凌晨急诊室里的两位病人",
                        "presentation": (
                            "<p>周六凌晨三点，某三级甲等医院急诊科。规培医生小陈同时负责两位病人。一位是约50岁的男性，衣着破旧，身上酒气很重，"
                            "被路人发现躺在路边后由120送来。他自述头痛，额部有一处约2厘米的挫裂伤，言语含糊，身边没有家属，也无法确认其身份和医保情况。"
                            "另一位是78岁的女性，因轻度头晕就诊，生命体征平稳，神经系统查体未见异常；她的儿子是医院某合作单位的负责人，"
                            "已经两次打电话给科室主任，要求“安排专人照顾”。</p>"
                            "<p>护士转达：老太太的家属希望马上做头颅CT，并希望医生“多陪着点”。与此同时，小陈注意到，那位醉酒男性的意识状态似乎比半小时前更差了，"
                            "呼唤时才睁眼，但一时难以判断是醉酒所致还是颅内出血。</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "对话，而不是排名",
                        "text": (
                            "<p>跨文化比较中常见的陷阱，是把“东方”等同于德性与关系，把“西方”等同于规则与个人权利，然后判定孰高孰低。"
                            "事实上，希波克拉底文集中也有大量关于医生仪态与品格的论述；而当代中国的法律同样确立了知情同意制度。"
                            "《民法典》第一千二百一十九条规定，医务人员在诊疗活动中应当向患者说明病情和医疗措施；需要实施手术、特殊检查、特殊治疗的，"
                            "应当及时向患者具体说明医疗风险、替代医疗方案等情况，并取得其明确同意；不能或者不宜向患者说明的，应当向患者的近亲属说明，"
                            "并取得其明确同意。这一规定既以尊重患者自主为原则，也为家庭参与保留了空间。</p>"
                            "<p>更有成效的提问方式是：每一种传统能帮助我们看见什么，又容易让我们忽视什么？《大医精诚》提醒四原则的使用者："
                            "再完善的程序也需要有恻隐之心的人去执行，一纸知情同意书不能代替真诚的关怀。四原则则提醒《大医精诚》的读者："
                            "救人的热忱如果不顾及病人的知情与意愿，也可能成为一种伤害。</p>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "在这个急诊案例中，“普同一等”与公正原则分别会如何指导小陈的决定？二者给出的答案是否一致？",
                            "面对来自上级和家属的压力，小陈怎样做才能既坚持按病情轻重缓急处理，又不激化矛盾？",
                            "《大医精诚》几乎不讨论病人的自主。你认为这是时代的局限，还是反映了一种不同但同样有价值的医患关系观？",
                            "“首先，不伤害”为什么常被误认为出自希波克拉底誓言？这种误传说明了什么？",
                        ],
                    },
                ),
                (
                    "activity",
                    {
                        "title": "三栏对照表",
                        "duration_minutes": 15,
                        "group_size": "4",
                        "instructions": (
                            "<ol>"
                            "<li>每组领取一张三栏表格，分别标注《大医精诚》、希波克拉底誓言（使用课前发放的中译本）和四原则。</li>"
                            "<li>按五个维度逐项填写：伦理的根基；对病人利益的理解；对病人意愿的态度；对医生自身的要求；对不同病人一视同仁的要求。每一格尽量引用原文或原则的表述。</li>"
                            "<li>用不同颜色标出“三者一致”“两者一致”“明显冲突”的格子。</li>"
                            "<li>选出冲突最明显的一个维度，设计一个简短的临床情境，说明这种冲突会如何出现。</li>"
                            "<li>全班汇总，讨论哪些差异是真实存在的，哪些是被夸大了的。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "四原则都是初始义务，没有固定的优先顺序，需要在具体情境中具体化与权衡。",
                            "“首先，不伤害”不见于希波克拉底誓言原文，相近的表述出自《流行病》第一卷。",
                            "三种传统都把病人利益置于医生私利之上，最大的差别在于对病人自主的重视程度。",
                            "“普同一等”是个人层面的平等要求，公正原则还涵盖制度层面的资源分配。",
                            "比较的目的不是排名，而是看见每一种传统的洞见与盲点。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Beauchamp TL, Childress JF",
                                "title": "Principles of Biomedical Ethics (8th edition)",
                                "venue": "Oxford University Press",
                                "year": 2019,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Jonsen AR",
                                "title": "A Short History of Medical Ethics",
                                "venue": "Oxford University Press",
                                "year": 2000,
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
                            "<p><strong>时间安排（50分钟）：</strong>讲授四原则与誓言15分钟；急诊案例讨论15分钟；三栏对照活动15分钟；小结5分钟。</p>"
                            "<p><strong>案例要点：</strong>本案首先是一个临床判断问题。饮酒伴头部外伤、意识状态进行性下降的病人，不能简单归因于醉酒，"
                            "应立即复评格拉斯哥昏迷评分，优先安排头颅CT，必要时请神经外科会诊。按照急诊分诊原则，资源应按病情的紧急程度分配，"
                            "这与“普同一等”和公正原则完全一致。老年头晕患者同样需要认真评估（包括排查后循环缺血等），但目前病情平稳。"
                            "要帮助学生看到：坚持按病情处理，往往正是最好的沟通立场——向家属和上级清楚说明“另一位病人正在恶化，需要先处理”，并承诺随后尽快评估老人。</p>"
                            "<p><strong>关于誓言文本：</strong>课前请准备一种可靠的希波克拉底誓言中译本，并提醒学生不同译本在个别条款上的译法差异较大。"
                            "若学生追问誓言中关于致命药物等条款与当代法律的关系，可简要说明其历史背景，不宜在本课展开。</p>"
                            "<p><strong>常见误区：</strong>学生可能认为“中国文化不重视自主，所以四原则不适用于中国”。可引导其注意《民法典》和《医师法》中的知情同意规定，"
                            "以及近年来患者权利意识的增强；同时承认家庭参与决策在我国临床中确实普遍存在，这是第三课及后续课程的话题。</p>"
                            "<p><strong>里昂合作者的建议：</strong>在中法联合课堂中，可请法国学生介绍法国2002年关于患者权利的《库什内法》（loi Kouchner）中有关知情和同意的规定，与我国法律规定相互对照。</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "zhi-xiang-kan-zhongyi-de-huanzhe",
            "title": "当病人只想看中医：知情拒绝与中西医结合的伦理",
            "duration_minutes": 60,
            "introduction": (
                "本课围绕一位拒绝手术、只愿接受中药治疗的早期乳腺癌患者展开，讨论中医医生在此情境中的告知、尊重与转介责任，"
                "并思考当代中西医结合实践应当遵循的伦理原则。"
            ),
            "body": [
                (
                    "case",
                    {
                        "title": "许女士的选择",
                        "presentation": (
                            "<p>许女士，41岁，中学语文教师，已婚，育有一子（12岁）。一个月前洗澡时发现右乳外上象限一无痛性肿块。"
                            "乳腺超声示右乳低回声肿块约2.1 cm×1.8 cm，边界不清，BI-RADS 5类；腋窝未见明显异常淋巴结。"
                            "空芯针穿刺病理为浸润性导管癌，组织学Ⅱ级；免疫组化：ER阳性（约90%），PR阳性（约60%），HER2（1+），Ki-67约20%。"
                            "胸部CT和腹部超声未见转移征象。乳腺外科医生建议手术（保乳手术或乳房切除术）联合前哨淋巴结活检，"
                            "术后根据病理结果决定辅助治疗，包括内分泌治疗，必要时放疗和化疗。</p>"
                            "<p>许女士没有预约手术，而是来到一家中医医院的肿瘤科门诊。她对接诊的主治医师说：“我妈妈十年前也是这个病，做了手术和化疗，"
                            "人一下子就垮了，不到两年就走了。我不想再走她的路。我查过了，中药可以调理体质、带瘤生存，我只想吃中药。”"
                            "她带来一沓打印的网络文章，其中一篇的标题是《不开刀不化疗，中药让肿瘤消失》。</p>"
                            "<p>陪同就诊的丈夫趁她去缴费时对医生说：“医生，您帮我劝劝她。她很倔，我们越劝她越不听。”一名三年级医学生正在门诊跟诊。</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "我不是不相信西医，我是怕。我妈化疗那半年，吐得连水都喝不下，头发掉光了。她躺在床上跟我说：“早知道这么受罪，我就不治了。”"
                            "我儿子才十二岁，我要是像她那样倒下，他怎么办？中医大夫至少愿意坐下来听我讲，给我搭搭脉，问我睡得好不好。"
                            "外科门诊五分钟，医生说完“尽快手术”，就叫下一个号了。"
                        ),
                        "source": "为本模块撰写的综合性叙述，人物为虚构（Composite testimony written for this module）",
                        "commentary": (
                            "<p>许女士的“拒绝”背后至少有三层内容：对母亲患病经历的创伤记忆，对儿子的责任，以及在外科门诊没有被倾听的感受。"
                            "她拒绝的也许不是手术本身，而是她想象中母亲走过的那条路。医生如果只回应一句“中药治不了癌症”，就会错过真正需要对话的地方。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "先理解，再告知",
                        "text": (
                            "<p>面对“只吃中药”的请求，最常见的两种反应都不理想：一种是直接斥责“你这是拿命开玩笑”，另一种是顺水推舟“那我先给你开点药调理调理”。"
                            "前者让病人感到被轻视，往往把她推向更不可靠的渠道；后者则回避了医生最重要的责任。</p>"
                            "<p>医学人类学家凯博文（Arthur Kleinman）提出的“解释模式”提问，可以帮助医生先理解病人：你认为这个病是怎么来的？你最担心的是什么？"
                            "你希望治疗带给你什么？在本案中，许女士最核心的恐惧是化疗的痛苦和“人一下子就垮了”。医生据此可以澄清一个关键的误解："
                            "她的病情与母亲十年前的情况未必相同。对于激素受体阳性、HER2阴性、未见淋巴结转移征象的早期乳腺癌，手术是核心治疗；"
                            "术后是否需要化疗取决于最终病理等多种因素，并非每位病人都需要。在规范治疗下，这类早期乳腺癌的预后总体良好；"
                            "止吐等支持治疗在过去十年中也已有明显进步。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "“精”与“诚”在本案中的含义",
                        "text": (
                            "<p>对一位中医医生而言，“精”首先意味着清楚本专业的能力边界。目前没有可靠证据表明，单用中药可以替代手术治愈早期乳腺癌；"
                            "而延误手术，可能使一个有很大治愈机会的肿瘤进展为局部晚期，甚至发生远处转移。中医在肿瘤综合治疗中可以发挥作用，"
                            "例如协助缓解治疗相关的乏力、食欲下降、失眠等症状，改善病人的整体感受；但这些作用应当如实说明，不能夸大为“抗癌”“消瘤”。"
                            "同时，部分中药可能影响肝功能，或与内分泌治疗、化疗药物发生相互作用，需要与肿瘤专科医生共同评估。</p>"
                            "<p>“诚”则意味着两件事：一是说真话，即使真话不是病人想听的；二是不放弃，即使病人暂时不接受建议。孙思邈要求医生“见彼苦恼，若己有之”。"
                            "对许女士而言，真正的共情不是顺从她的要求，而是理解她的恐惧，并帮助她找到一条既能保住生命、又让她感到被尊重的路。"
                            "如果医生明知延误治疗的风险，却为了留住病人或避免冲突而只开中药，恰恰违背了“诚”。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "尊重自主：知情拒绝与不放弃",
                        "text": (
                            "<p>许女士是具有完全民事行为能力的成年人，有权拒绝手术。但“知情拒绝”的前提是真正知情：她需要理解诊断、推荐治疗的获益与风险、"
                            "可选的替代方案，以及拒绝治疗可能带来的后果。医生应当用通俗的语言说明，请她用自己的话复述以确认理解，并在病历中如实记录告知的内容和她的决定。</p>"
                            "<p>尊重自主不等于撒手不管。医生可以：提议由乳腺外科、肿瘤内科与中医科共同参与会诊；建议她在信任的人陪同下，与乳腺外科医生再进行一次不赶时间的谈话；"
                            "约定短期内复诊，给她思考的时间；并明确告诉她：“无论你最后怎么决定，我们都不会不管你。”至于家属，丈夫希望医生“劝劝她”，"
                            "医生可以邀请丈夫参与谈话，但应始终以许女士本人的意愿为中心，避免形成多人“围攻”的局面。考虑到她的母亲也曾患乳腺癌，还应建议她接受遗传咨询。</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "今天的中西医结合：几条伦理底线",
                        "text": (
                            "<p>我国宪法规定“发展现代医药和我国传统医药”，2017年7月1日起施行的《中医药法》确立了中西医并重的方针。"
                            "在实践中，许多中医医院设有现代医学科室，综合医院也普遍设有中医科，多学科会诊中常有中医医生参与。"
                            "屠呦呦从东晋葛洪《肘后备急方》中获得启发，成功提取青蒿素，并于2015年获得诺贝尔生理学或医学奖，常被视为传统知识与现代科学方法相结合的范例。</p>"
                            "<p>然而，“结合”不应是简单的叠加，更不能成为以中医替代必要现代治疗的理由。我们建议把以下几点作为中西医结合实践的伦理底线：</p>"
                            "<ol>"
                            "<li><strong>以病人为中心，而不是以学科为中心</strong>：要问的不是“中医好还是西医好”，而是“对这位病人，什么样的组合最有利”。</li>"
                            "<li><strong>如实说明证据</strong>：区分有较好研究证据支持的用途、尚待研究的用途和缺乏依据的说法。</li>"
                            "<li><strong>重视安全与沟通</strong>：了解病人正在使用的全部药物和保健品，关注药物相互作用，各科医生之间互通信息。</li>"
                            "<li><strong>相互尊重</strong>：孙思邈告诫医生不可“訾毁诸医”。中西医之间的相互贬低，最终受伤的是病人。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "角色扮演：与许女士的第二次谈话",
                        "duration_minutes": 25,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>三人一组，分别扮演中医主治医师、许女士和观察员。观察员使用下面的清单做记录。</li>"
                            "<li>情境：一周后许女士如约复诊，她说自己“还是想先吃三个月中药看看”。医生需要在10分钟内完成谈话。</li>"
                            "<li>医生的任务：先询问她这一周的想法和担忧；用她能理解的语言说明延误手术的风险和规范治疗的预期；说明中医可以在哪些方面配合；"
                            "提出具体的下一步（如中西医联合门诊）；确认她的理解，并尊重她最终的决定。</li>"
                            "<li>观察员清单：是否先问后说？是否避免了术语和恐吓？是否纠正了误解而没有贬低她？是否给出了具体的下一步？是否表达了“不放弃”？</li>"
                            "<li>交换角色再进行一轮。最后每组分享一句“最有效的话”和一句“最想收回的话”。</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "如果你是跟诊的医学生，在医生与许女士的谈话中，你注意到哪些言语或非言语的信息值得回应？",
                            "许女士在外科门诊只得到了五分钟的交谈。她的选择在多大程度上是个人决定，又在多大程度上是医疗服务方式的产物？",
                            "如果经过充分沟通，许女士仍坚持只用中药，这位中医医生还应当继续为她诊治吗？“继续照顾她”与“为她的拒绝背书”之间的界线在哪里？",
                            "你认为中医院校的学生应当如何面对“中医能治什么、不能治什么”这个问题？",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "设想将来你是一名中医师，或者你的亲人坚持只用中医治疗一种严重的疾病。你会如何在尊重对方与坦诚说明风险之间取得平衡？",
                        "guidance": (
                            "写400字左右。可以从自己或家人的真实经历写起（注意隐去可识别信息），也可以完全虚构。"
                            "请至少引用《大医精诚》中的一句话和四原则中的一项原则，并说明它们在你的情境中是相互支持还是彼此冲突。"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "病人“只要中医”的背后，往往有恐惧、过往经历和未被倾听的感受，应当先理解，再告知。",
                            "知情拒绝以真正知情为前提；尊重自主不等于放弃病人。",
                            "“精”要求中医医生清楚本专业的能力边界，“诚”要求如实告知并持续陪伴。",
                            "中西医结合的伦理核心是以病人为中心、如实说明证据、重视安全与沟通、相互尊重。",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Kleinman A",
                                "title": "Patients and Healers in the Context of Culture",
                                "venue": "University of California Press",
                                "year": 1980,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Tu Y",
                                "title": "The discovery of artemisinin (qinghaosu) and gifts from Chinese medicine",
                                "venue": "Nature Medicine",
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
                            "<p><strong>时间安排（60分钟）：</strong>案例与病人叙述10分钟；讲授与讨论20分钟；角色扮演25分钟；小结5分钟。反思作业课后完成。</p>"
                            "<p><strong>临床背景（供教师掌握）：</strong>本例临床分期约为cT2N0M0，激素受体阳性、HER2阴性浸润性导管癌。标准方案为手术"
                            "（保乳手术加术后放疗，或乳房切除术）联合前哨淋巴结活检；绝经前病人术后通常需要内分泌治疗（如他莫昔芬，部分病人联合卵巢功能抑制）；"
                            "是否化疗取决于淋巴结状态、组织学分级、Ki-67以及条件允许时的多基因检测结果等。学生不需要掌握这些细节，但教师应能纠正“乳腺癌都要化疗”的误解。"
                            "一级亲属患乳腺癌、本人41岁发病，应建议遗传咨询。</p>"
                            "<p><strong>讨论要点：</strong>鼓励学生认识到，这位中医医生恰恰处在最有利的位置：许女士信任中医，愿意听中医医生说话。"
                            "一位中医医生说“这个病需要手术，中医可以在手术前后配合你”，往往比外科医生反复劝说更容易被接受。这正是中医院校学生可以承担的独特责任。</p>"
                            "<p><strong>敏感之处：</strong>课堂上可能有学生的亲人曾因癌症去世，或家人曾拒绝西医治疗。角色扮演前应说明学生可以选择担任观察员。"
                            "若讨论演变为“中医到底有没有用”的争论，应温和地把问题拉回：本课讨论的不是中医整体的价值，而是对这位病人而言，什么是诚实而负责任的做法。</p>"
                            "<p><strong>评价建议：</strong>可把角色扮演观察清单用作形成性评价；反思作业重点看学生能否同时承认病人的自主和医生的告知责任，而不是简单地选边站。</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {
        "en": {
            "slug": "great-physicians-excellence-and-sincerity",
            "title": "The Great Physician's Excellence and Sincerity: A Dialogue between Chinese Medical Ethics and Biomedical Ethics",
            "summary": (
                "Sun Simiao's ideals of excellence (jing) and sincerity (cheng), read beside the Hippocratic tradition and the four principles; "
                "then a patient with early breast cancer who wants only Chinese medicine, and what integrative care owes her."
            ),
            "objectives": [
                "Interpret what Sun Simiao's essay means by excellence (jing) and sincerity (cheng), and place both ideals in their historical context.",
                "Compare Sun Simiao's essay, the Hippocratic tradition and the four principles of biomedical ethics in their moral foundations, view of the patient relationship and rules of conduct.",
                "Analyse the physician's duties to inform, to respect and not to abandon when a patient refuses necessary biomedical treatment and asks only for traditional Chinese medicine.",
                "Practise discussing the benefits, risks and limits of Chinese and biomedical treatments with patients in a way that is both respectful and honest.",
            ],
            "keywords": [
                "sun simiao",
                "great physician",
                "medical ethics",
                "four principles",
                "integrative medicine",
                "informed consent",
            ],
            "authors": [
                {
                    "key": "gu-mingcheng",
                    "title": "Professor, Institute of Chinese Medical Literature",
                    "bio": (
                        "Works on medical literature of the Sui and Tang dynasties and on the history of ethical thought in Chinese medicine, "
                        "and has taught a reading course on the Beiji qianjin yaofang for more than ten years. His recent interest is how classical "
                        "texts on medical virtue are used in medical humanities teaching."
                    ),
                },
                {
                    "key": "lu-wanqing",
                    "title": "Associate Professor, Department of Medical Ethics",
                    "bio": (
                        "Trained in clinical medicine before turning to bioethics; she teaches medical ethics and clinical communication. "
                        "She sits on the ethics committee of an affiliated hospital and studies informed consent in Chinese medicine practice."
                    ),
                },
                {
                    "key": "camille-rivoire",
                    "title": "Associate Professor of Medical Ethics and Medical Humanities (Lyon)",
                    "bio": (
                        "Works in clinical ethics consultation and medical humanities teaching in Lyon, with research on bioethics across cultures. "
                        "Since 2018 she has taken part in the partnership, developing comparative Franco-Chinese ethics teaching with colleagues in Shanghai."
                    ),
                },
            ],
            "lessons": [
                # -------------------------------------------------------------- 1 en
                {
                    "slug": "excellence-and-sincerity-reading-sun-simiao",
                    "title": "Excellence and sincerity: a close reading of Sun Simiao's “On the Absolute Sincerity of Great Physicians”",
                    "duration_minutes": 50,
                    "introduction": (
                        "This lesson introduces Sun Simiao and his Beiji qianjin yaofang, reads closely what his essay says about excellence in skill (jing) "
                        "and sincerity of character (cheng), and asks how to read an ancient text on medical virtue with both sympathy and a critical eye."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "Sun Simiao and the Beiji qianjin yaofang",
                                "text": (
                                    "<p>Sun Simiao was a celebrated physician of the Sui and early Tang periods. Accounts of his birth date differ, but he is generally "
                                    "held to have died in 682, in the reign of Emperor Gaozong; later generations honoured him as the “King of Medicines” (Yaowang). "
                                    "He practised medicine, wrote and cultivated the Dao throughout his life, and was versed in Confucian, Buddhist and Daoist learning. "
                                    "His Beiji qianjin yaofang (Essential Prescriptions Worth a Thousand in Gold for Every Emergency), completed around 652, runs to thirty "
                                    "scrolls covering general principles, women's and children's diseases, internal and external disorders, dietary therapy, "
                                    "the nurturing of life, pulse diagnosis and acupuncture. It is among the earliest comprehensive clinical works to survive in China. "
                                    "Late in life he added a thirty-scroll supplement, the Qianjin yifang.</p>"
                                    "<p>The “thousand in gold” of the title comes from Sun's own preface: “Human life is of the utmost weight, more precious than a thousand "
                                    "in gold; to save it with a single prescription is a virtue greater still.” (All translations of classical Chinese in this module are our own.) "
                                    "To name a book of prescriptions after the worth of a human life is already an ethical statement: medical knowledge is valuable because "
                                    "it saves people, not because it displays skill or earns money.</p>"
                                    "<p>The essay “On the Absolute Sincerity of Great Physicians” (Dayi jingcheng) opens the first scroll, immediately after "
                                    "“On the Training of Great Physicians” (Dayi xiye). The first essay tells the physician what to read and what to master; the second "
                                    "tells him what kind of person to become. Read together, they show that Sun's “great physician” is neither a kind-hearted person of "
                                    "mediocre skill nor a brilliant practitioner of doubtful character, but one who unites excellence and sincerity.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Excellence (jing): skill itself is an ethical demand",
                                "text": (
                                    "<p>The essay opens by quoting Zhang Zhan of the Eastern Jin: “That the classical prescriptions are hard to master has long been known.” "
                                    "Sun goes on to explain that the fullness or depletion of the organs and the free flow or blockage of the vessels cannot be seen "
                                    "directly by eye or ear, and that fine distinctions among pulses, acupuncture points and the properties of drugs can decide the outcome "
                                    "of treatment. Medicine is “a matter of the utmost refinement and subtlety”; to approach it with “the crudest and shallowest of thinking” is to court danger.</p>"
                                    "<p>For Sun, lack of skill is itself a moral failing. He mocks those who, “having read prescriptions for three years, declare that there "
                                    "is no illness under heaven they cannot cure; having treated patients for three years, they find there is no prescription under heaven "
                                    "they can use”, and he warns: “Therefore the student must exhaust the sources of medicine, be diligent and untiring in pursuit of "
                                    "precision, and must not, on the strength of hearsay, declare that he has mastered the Way of medicine — that is grave self-deception!” "
                                    "Three things are said here: medical knowledge is vast and must be studied broadly and deeply; learning lasts a lifetime; and the sources "
                                    "of knowledge must be weighed with care rather than taken on rumour.</p>"
                                    "<p>Today the passage readily calls to mind evidence-based medicine's insistence on asking where a claim comes from, and the system of "
                                    "continuing medical education. Still more worth pondering is the contrast between three years of reading and three years of practice: "
                                    "there is a gulf between book knowledge and clinical judgement, and only repeated experience with real patients, under a supervisor's "
                                    "guidance, reveals what one does not know. The moment of admitting that “no prescription can be used” is where a physician's honesty "
                                    "about his own limits begins.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "historical",
                                "text": (
                                    "Whenever a great physician treats illness, he must quiet his spirit and settle his resolve, be free of desires and demands, and first "
                                    "arouse a heart of great compassion and commiseration, vowing to relieve the suffering of all living beings. If someone afflicted by "
                                    "illness comes to him for help, he must not ask whether they are noble or lowly, rich or poor, old or young, handsome or ugly, foe or kin, "
                                    "close friend or stranger, Chinese or foreign, foolish or wise, but treat all alike, regarding each as his nearest kin … "
                                    "Seeing their distress as though it were his own, grieved to the depths of his heart … he must go single-mindedly to the rescue, "
                                    "with no thought of delay or mere show. Such a one may be a great physician to the multitudes; one who does the opposite is a great "
                                    "thief preying on all living beings."
                                ),
                                "source": "Sun Simiao, Beiji qianjin yaofang, scroll 1, “On the Absolute Sincerity of Great Physicians” (c. 652); English translation by the module authors",
                                "commentary": (
                                    "<p>The passage moves in three steps: first the physician's inner state (a settled spirit, freedom from desire, great compassion), "
                                    "then his principle for treating patients (all alike, each as his nearest kin), and finally the commitment in action (going "
                                    "single-mindedly to the rescue). The phrase we render “no thought of delay or mere show” is usually explained as forbidding any "
                                    "inclination to put things off or to make a display. Note especially “regarding each as his nearest kin”: it expresses family-like "
                                    "care, but it also implies a paternalistic view of caring, a point we return to in Lesson 2.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Sincerity (cheng): resolve, equality and empathy",
                                "text": (
                                    "<p>Sincerity is the heart of the essay. Sun first asks the physician to “quiet his spirit and settle his resolve” — to steady the mind "
                                    "before seeing the patient, undisturbed by stray thoughts, interests or moods — and then to “arouse a heart of great compassion and "
                                    "commiseration”. “Commiseration” (ceyin) echoes Mencius: “the heart of commiseration is the beginning of humaneness”; “great compassion” "
                                    "and “relieving the suffering of all living beings” carry a clearly Buddhist colouring, “living beings” (hanling) meaning every creature "
                                    "endowed with spirit. The passage thus fuses Confucian humaneness with Buddhist compassion, a product of the Tang-dynasty meeting of the three teachings.</p>"
                                    "<p>There follows a remarkably forceful declaration of equality: faced with someone seeking help, the physician “must not ask whether they "
                                    "are noble or lowly, rich or poor, old or young, handsome or ugly, foe or kin, close friend or stranger, Chinese or foreign, foolish or wise”. "
                                    "Rank, wealth, age, looks, personal grudges, ethnicity and intelligence are no grounds for treating people differently. In a rigidly "
                                    "hierarchical society, such a demand was all the more striking.</p>"
                                    "<p>Sun also asks the physician to see the patient's distress “as though it were his own” — very close to what we now call empathy — and "
                                    "to go “single-mindedly to the rescue” regardless of danger, hour, weather, hunger, thirst or fatigue. He sets out concrete rules of "
                                    "conduct as well: in a patient's house, though surrounded by silks and music, the physician must not let his eyes wander or seem to enjoy "
                                    "himself; he must not “disparage other physicians and boast of his own virtue”; nor “rely on his own skill to devote himself to amassing "
                                    "wealth”. The verdict is severe: whoever does all this is “a great physician to the multitudes”; whoever does the opposite is “a great "
                                    "thief preying on all living beings”.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "How to read an ancient text on medical virtue",
                                "text": (
                                    "<p>Sun's essay is often painted on the walls of medical schools and recited at graduation ceremonies. Treated only as a slogan, however, "
                                    "it loses its complexity. Several points are worth keeping in mind:</p>"
                                    "<ul>"
                                    "<li><strong>It is a text of self-cultivation, not a regulation.</strong> It sets no penalties and says nothing about institutions. "
                                    "It addresses the formation of the individual physician's character, which belongs to a different level from today's professional law "
                                    "and ethical review; the two complement each other and cannot replace each other.</li>"
                                    "<li><strong>It depicts an ideal and reflects a reality.</strong> That Sun warns again and again against greed and the disparagement of "
                                    "colleagues suggests these were hardly rare in his day. The historian of medicine Paul U. Unschuld has argued that writings on medical "
                                    "ethics in imperial China also served to win social trust for physicians as a group and to set them apart from “mediocre doctors”.</li>"
                                    "<li><strong>Some demands need reinterpreting today.</strong> If “shun neither … hunger, thirst or fatigue” and “nor … guarding his own life” "
                                    "are taken to mean that doctors should disregard their own health, they can be used to justify chronic overwork. Contemporary medical "
                                    "ethics holds that looking after one's own body and mind is a precondition for continuing to care for patients; wearing protective "
                                    "equipment in an epidemic is not “weighing one's own fortune” but a responsibility towards patients and colleagues.</li>"
                                    "<li><strong>It says almost nothing about what the patient wants.</strong> The physician is the active rescuer; patients are the "
                                    "“multitudes” to be saved. Lesson 2 sets this against the principle of respect for autonomy.</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Rewriting Sun Simiao for today's medical students",
                                "duration_minutes": 20,
                                "group_size": "3-4",
                                "instructions": (
                                    "<ol>"
                                    "<li>Each group chooses one phrase from the original (for example “treat all alike”, “exhaust the sources of medicine”, "
                                    "“must not hesitate, looking ahead and behind”, “disparage other physicians”) and first renders it accurately in plain modern language.</li>"
                                    "<li>Discuss: in what concrete situations does this phrase arise in a hospital today? Give one example you have seen or heard of (removing identifying details).</li>"
                                    "<li>Rewrite the phrase as a commitment a medical student today could carry out — specific and observable, for instance: "
                                    "“At handover, I will not judge whether a patient is ‘worth’ my time by their job or income.”</li>"
                                    "<li>Note what your rewriting kept and what it lost.</li>"
                                    "<li>Each group reports back to the class in two minutes.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Sun Simiao treats lack of skill as a moral problem. Do you agree? Who does more harm to patients: a sincere but incompetent doctor, or a highly skilled but indifferent one?",
                                    "What challenges does “treat all alike” face in today's health system (for example premium outpatient services, differences in insurance coverage, the gap between urban and rural resources)? How does treating individuals equally differ from justice at the level of institutions?",
                                    "Does “free of desires and demands” mean that doctors should not seek a fair income and career development? How would you interpret the phrase today?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Think of a doctor you have encountered (perhaps when you or a family member was a patient). What specific act of theirs made you think of excellence or sincerity — or of their opposite?",
                                "guidance": (
                                    "Write about 200 words. First describe the situation and the act objectively, without judging; then record how you felt at the time; "
                                    "finally analyse it in the light of one phrase from Sun's essay. Remove all identifying names of people and institutions."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Sun Simiao treats excellence in skill and sincerity of character as inseparable: sincerity without skill harms, skill without sincerity loses its direction.",
                                    "“Exhaust the sources of medicine, be diligent and untiring, and do not rely on hearsay” can be read as an ancient statement of lifelong learning and care about the sources of knowledge.",
                                    "“Treat all alike, regarding each as one's nearest kin” is a powerful demand for equal treatment by the individual physician, but it is not the same as distributive justice at the level of institutions.",
                                    "Ancient texts on medical virtue need their historical context: they express ideals, reflect the problems of their time, and some of their demands must be reinterpreted today.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Sun Simiao",
                                        "title": "Beiji qianjin yaofang, scroll 1: On the Training of Great Physicians; On the Absolute Sincerity of Great Physicians",
                                        "venue": "Tang-dynasty medical text (completed c. 652 CE)",
                                        "year": 652,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Unschuld PU",
                                        "title": "Medical Ethics in Imperial China: A Study in Historical Anthropology",
                                        "venue": "University of California Press",
                                        "year": 1979,
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
                                    "<p><strong>Timing (50 minutes):</strong> introduction and background 5 minutes; students read the text aloud and gloss it phrase by phrase "
                                    "15 minutes; group activity 20 minutes; discussion and summary 10 minutes. The reflection is set as homework.</p>"
                                    "<p><strong>On the text:</strong> distribute the full essay before class, with a reliable annotated edition. Students easily misread terms such "
                                    "as hanling (living beings), yanchi (handsome or ugly), xianxi (perilous roads) and gongfu xingji (delay or mere show); ask them to guess first, "
                                    "then explain. Pointing out that ceyin comes from Mencius and that “great compassion” and “relieving all living beings” have Buddhist roots "
                                    "helps students see the Tang-dynasty synthesis of the three teachings.</p>"
                                    "<p><strong>Common pitfalls:</strong> one is to romanticise the essay as proof that “ancient Chinese medical ethics was nobler than the West's”; "
                                    "the other is to dismiss it as “empty moralising”. Steer both back to the details of the text. When discussing “free of desires and demands”, "
                                    "some students may bring up improper practices in drug procurement or doctors' pay, with strong feelings. Acknowledge that the problems are "
                                    "real, then bring the discussion back to ethical analysis: distinguish fair remuneration from “devoting oneself to amassing wealth”.</p>"
                                    "<p><strong>On doctors' self-care:</strong> if a student mentions a parent who is a doctor and chronically overworked, respond respectfully, and point "
                                    "out that the 2017 revision of the World Medical Association's Declaration of Geneva added a pledge to attend to the physician's own health, "
                                    "well-being and abilities.</p>"
                                    "<p><strong>Assessment:</strong> the reflection can be marked on three points: is the description concrete; is the quoted phrase understood accurately; "
                                    "can the student identify the tension between ideal and reality?</p>"
                                ),
                            },
                        ),
                    ],
                },
                # -------------------------------------------------------------- 2 en
                {
                    "slug": "four-principles-hippocrates-and-sun-simiao",
                    "title": "The four principles, Hippocrates and Sun Simiao: encounter and comparison",
                    "duration_minutes": 50,
                    "introduction": (
                        "This lesson introduces the four principles of biomedical ethics and the Hippocratic tradition, compares them point by point with "
                        "Sun Simiao's essay, and discusses the strengths and blind spots of virtue-based and principle-based ethics."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "The four principles of biomedical ethics",
                                "text": (
                                    "<p>In 1979 the American scholars Tom L. Beauchamp and James F. Childress published Principles of Biomedical Ethics, revised many times since; "
                                    "the eighth edition appeared in 2019. The four principles it proposes have become the most widely used analytical framework in medical "
                                    "ethics teaching worldwide:</p>"
                                    "<ul>"
                                    "<li><strong>Respect for autonomy</strong>: respecting the informed decisions of people who have capacity, including informed consent, informed refusal, confidentiality and truth-telling.</li>"
                                    "<li><strong>Non-maleficence</strong>: not causing patients unnecessary harm or exposing them to unreasonable risk.</li>"
                                    "<li><strong>Beneficence</strong>: actively promoting the patient's good, and weighing benefits against risks and costs.</li>"
                                    "<li><strong>Justice</strong>: distributing health care resources, risks and burdens fairly, treating like cases alike.</li>"
                                    "</ul>"
                                    "<p>It should be stressed that the authors ground these principles in a widely shared “common morality”, and that each is a prima facie duty "
                                    "with no fixed order of priority; conflicts are handled through “specification” and “balancing”. The four principles are not a machine into "
                                    "which one feeds a case and out of which comes an answer, but a tool for seeing and stating a problem clearly. The US Belmont Report of the "
                                    "same year set out three principles — respect for persons, beneficence and justice — and both documents reflect that era's hard reckoning with "
                                    "Nazi human experimentation and the Tuskegee syphilis study.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "The Hippocratic tradition",
                                "text": (
                                    "<p>The Hippocratic Oath is the most famous text on medical conduct in Western history. It is generally dated to the fifth or fourth century BCE, "
                                    "although its authorship and the community that first used it remain debated. It begins with an oath sworn by Apollo the Physician, Asclepius "
                                    "and other deities, and requires the student to honour his teacher as a parent and pass the art on to the teacher's sons. Its central "
                                    "commitments include: to treat the sick for their benefit according to one's ability and judgement, never to harm or wrong them; to give no "
                                    "deadly drug to anyone, nor suggest it; not to cut for the stone, but to leave this to those who practise it; to enter a house only for the "
                                    "benefit of the sick; and to keep secret what one sees and hears in the course of practice.</p>"
                                    "<p>The much-quoted “first, do no harm” does not in fact appear in the Oath. A similar line comes from the first book of the Hippocratic "
                                    "Epidemics: in dealing with diseases, make a habit of two things — to help, or at least to do no harm. The clause on cutting for the stone is "
                                    "often read as telling physicians to know the limits of their competence, which echoes Sun Simiao's “excellence”. In 1948 the World Medical "
                                    "Association adopted the Declaration of Geneva as a modern version of the Oath; it has been revised several times, and the 2017 version "
                                    "explicitly includes respect for the patient's autonomy and dignity.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Three traditions compared: common ground and key differences",
                                "text": (
                                    "<p><strong>Common ground.</strong> All three traditions place the patient's good above the physician's self-interest: Sun Simiao wants to "
                                    "“relieve the suffering of all living beings”, the Oath speaks of “the benefit of the sick”, and the four principles include beneficence and "
                                    "non-maleficence. All three also care about the physician's conduct and boundaries: Sun warns against self-indulgence in the patient's house, "
                                    "the Oath requires avoiding all wrongdoing and corruption, and contemporary ethics speaks of conflicts of interest and professional boundaries.</p>"
                                    "<p><strong>First difference: the foundation of ethics.</strong> Sun's essay rests on the physician's inner cultivation — a settled spirit, great "
                                    "compassion — and belongs to the tradition of virtue ethics. The Oath rests on a vow to the gods and a pact within a teaching lineage. The four "
                                    "principles appeal to a shared social morality, which makes dialogue possible in public among people of different beliefs. Beauchamp and "
                                    "Childress themselves devote a chapter to moral character: principles and virtues are not mutually exclusive.</p>"
                                    "<p><strong>Second difference: autonomy.</strong> This is the greatest difference. Neither Sun's essay nor the Oath says much about what the "
                                    "patient wants: the physician is the active rescuer, acting on “his own judgement”. “Regarding each as his nearest kin” expresses warmth, but "
                                    "can slide into paternalism: if the patient is “like family”, doctors and relatives may seem entitled to decide on the patient's behalf. Respect "
                                    "for autonomy asks the physician to treat the patient as someone able to judge for themselves, to inform them truthfully, and to accept that "
                                    "they may decide differently from the doctor's advice.</p>"
                                    "<p><strong>Third difference: the level at which justice operates.</strong> “Treat all alike” is a demand on the individual physician: not to "
                                    "treat the patient in front of them differently because of rank or wealth. Justice in the four-principles sense also concerns institutions: how "
                                    "scarce intensive care beds are allocated, what health insurance should cover, whether people in remote areas can obtain the same services. "
                                    "Individual even-handedness does not automatically cure structural injustice; yet even the best institutions need doctors who “treat all alike” to make them work.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Two patients in the emergency department before dawn",
                                "presentation": (
                                    "<p>It is 3 a.m. on a Saturday in the emergency department of a large tertiary hospital. Dr Chen, a resident in standardised training, is "
                                    "responsible for two patients. One is a man of about 50, shabbily dressed and smelling strongly of alcohol, brought in by ambulance after "
                                    "passers-by found him lying by the road. He complains of headache and has a laceration of about 2 cm on his forehead; his speech is slurred, "
                                    "no relative is with him, and neither his identity nor his insurance status can be confirmed. The other is a 78-year-old woman who came in "
                                    "with mild dizziness; her vital signs are stable and her neurological examination is normal. Her son heads an organisation that works with "
                                    "the hospital, and has already phoned the head of department twice asking for “someone to look after her personally”.</p>"
                                    "<p>A nurse passes on the family's wish: they want a head CT for the elderly woman straight away and would like the doctor to “stay with her a "
                                    "bit more”. Meanwhile Dr Chen notices that the intoxicated man seems less conscious than half an hour ago — he now opens his eyes only when "
                                    "spoken to — and it is hard to tell at once whether this is the alcohol or an intracranial bleed.</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Dialogue, not ranking",
                                "text": (
                                    "<p>A common trap in cross-cultural comparison is to equate “the East” with virtue and relationships and “the West” with rules and individual "
                                    "rights, and then to decide which is superior. In fact, the Hippocratic writings contain a great deal about the physician's bearing and "
                                    "character, while contemporary Chinese law has established informed consent. Article 1219 of the Civil Code provides that medical staff "
                                    "must explain the patient's condition and the medical measures to the patient; where surgery, special examinations or special treatments "
                                    "are required, they must promptly explain the specific medical risks, alternative treatment options and related matters to the patient and "
                                    "obtain the patient's explicit consent; where it is impossible or inappropriate to explain to the patient, they must explain to the patient's "
                                    "close relatives and obtain their explicit consent. The provision takes respect for the patient's autonomy as its rule while leaving room for "
                                    "the family.</p>"
                                    "<p>A more fruitful question is: what does each tradition help us see, and what does it tempt us to overlook? Sun Simiao reminds users of the "
                                    "four principles that even the most perfect procedure needs people with a compassionate heart to carry it out; a signed consent form is no "
                                    "substitute for genuine care. The four principles remind readers of Sun Simiao that zeal to rescue, if it ignores what the patient knows and "
                                    "wants, can itself become a harm.</p>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "In the emergency case, how would “treat all alike” and the principle of justice each guide Dr Chen's decision? Do they give the same answer?",
                                    "Under pressure from a superior and a family, how can Dr Chen hold to treating patients in order of clinical urgency without inflaming the conflict?",
                                    "Sun Simiao barely discusses patient autonomy. Is this a limitation of his era, or does it reflect a different but equally valuable view of the doctor–patient relationship?",
                                    "Why is “first, do no harm” so often attributed to the Hippocratic Oath? What does this misattribution tell us?",
                                ],
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "A three-column comparison",
                                "duration_minutes": 15,
                                "group_size": "4",
                                "instructions": (
                                    "<ol>"
                                    "<li>Each group receives a three-column table headed Sun Simiao, the Hippocratic Oath (using the Chinese translation handed out before class) and the four principles.</li>"
                                    "<li>Fill it in along five dimensions: the foundation of ethics; how the patient's good is understood; attitude to the patient's wishes; "
                                    "demands on the physician himself or herself; the demand to treat different patients alike. Quote the original texts or the wording of the principles wherever possible.</li>"
                                    "<li>Use different colours to mark cells where all three agree, where two agree, and where there is clear conflict.</li>"
                                    "<li>Pick the dimension with the sharpest conflict and design a short clinical scenario showing how that conflict would arise.</li>"
                                    "<li>Pool the results as a class and discuss which differences are real and which have been exaggerated.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "The four principles are prima facie duties with no fixed order of priority; they must be specified and balanced in particular situations.",
                                    "“First, do no harm” is not in the Hippocratic Oath; a similar statement comes from the first book of the Epidemics.",
                                    "All three traditions put the patient's good above the physician's self-interest; the greatest difference lies in the weight given to the patient's autonomy.",
                                    "“Treat all alike” is a demand for equal treatment by the individual; the principle of justice also covers the allocation of resources by institutions.",
                                    "The point of comparison is not to rank traditions but to see the insights and blind spots of each.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Beauchamp TL, Childress JF",
                                        "title": "Principles of Biomedical Ethics (8th edition)",
                                        "venue": "Oxford University Press",
                                        "year": 2019,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Jonsen AR",
                                        "title": "A Short History of Medical Ethics",
                                        "venue": "Oxford University Press",
                                        "year": 2000,
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
                                    "<p><strong>Timing (50 minutes):</strong> teaching on the four principles and the Oath 15 minutes; emergency case discussion 15 minutes; "
                                    "three-column activity 15 minutes; summary 5 minutes.</p>"
                                    "<p><strong>Key points of the case:</strong> this is first of all a matter of clinical judgement. In a patient who has been drinking, has a head "
                                    "injury and shows a declining level of consciousness, the change cannot simply be put down to alcohol: the Glasgow Coma Scale should be "
                                    "reassessed at once, a head CT given priority and neurosurgery consulted if needed. Emergency triage allocates resources by clinical urgency, "
                                    "which is entirely consistent with both “treat all alike” and the principle of justice. The elderly woman with dizziness also deserves careful "
                                    "assessment (including for posterior circulation ischaemia), but she is currently stable. Help students see that holding to clinical priority "
                                    "is often the best communication position too: explain clearly to the family and the superior that “another patient is deteriorating and must "
                                    "be dealt with first”, and promise to assess the elderly woman as soon as possible.</p>"
                                    "<p><strong>On the text of the Oath:</strong> prepare a reliable Chinese translation of the Hippocratic Oath in advance, and point out that translations "
                                    "differ considerably on certain clauses. If students ask how clauses such as the one on deadly drugs relate to present-day law, outline the "
                                    "historical background briefly; this lesson is not the place to go further.</p>"
                                    "<p><strong>Common pitfalls:</strong> students may argue that “Chinese culture does not value autonomy, so the four principles do not apply in China”. "
                                    "Draw their attention to the consent provisions of the Civil Code and the Law on Physicians, and to patients' growing awareness of their rights; "
                                    "at the same time, acknowledge that family participation in decisions is indeed widespread in Chinese clinical practice — the subject of Lesson 3 and later courses.</p>"
                                    "<p><strong>A suggestion from our Lyon colleague:</strong> in joint Franco-Chinese classes, ask French students to present the provisions on information "
                                    "and consent in France's 2002 patients' rights law (the loi Kouchner), and compare them with Chinese law.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # -------------------------------------------------------------- 3 en
                {
                    "slug": "when-a-patient-wants-only-chinese-medicine",
                    "title": "When a patient wants only Chinese medicine: informed refusal and the ethics of integrative practice",
                    "duration_minutes": 60,
                    "introduction": (
                        "This lesson follows a patient with early breast cancer who refuses surgery and wants only herbal treatment. It discusses the Chinese medicine "
                        "physician's duties to inform, to respect and to refer, and considers the ethical principles that integrative practice should follow today."
                    ),
                    "body": [
                        (
                            "case",
                            {
                                "title": "Mrs Xu's choice",
                                "presentation": (
                                    "<p>Mrs Xu, 41, teaches Chinese at a secondary school; she is married with a 12-year-old son. A month ago, in the shower, she found a painless "
                                    "lump in the upper outer quadrant of her right breast. Ultrasound showed a poorly defined hypoechoic mass of about 2.1 × 1.8 cm, BI-RADS 5, "
                                    "with no clearly abnormal axillary lymph nodes. Core needle biopsy showed invasive ductal carcinoma, histological grade II; "
                                    "immunohistochemistry: ER positive (about 90%), PR positive (about 60%), HER2 1+, Ki-67 about 20%. Chest CT and abdominal ultrasound showed "
                                    "no sign of metastasis. The breast surgeon recommended surgery (breast-conserving surgery or mastectomy) with sentinel lymph node biopsy, "
                                    "followed by adjuvant treatment decided on the final pathology, including endocrine therapy and, if indicated, radiotherapy and chemotherapy.</p>"
                                    "<p>Mrs Xu did not book the operation. Instead she came to the oncology clinic of a hospital of Chinese medicine, and told the attending "
                                    "physician: “My mother had the same disease ten years ago. She had surgery and chemo and just collapsed — she was gone within two years. "
                                    "I don't want to go down her road. I've read up on it: Chinese medicine can strengthen the constitution so you can live with the tumour. "
                                    "I only want to take herbs.” She had brought a sheaf of articles printed from the internet, one of them headlined “No surgery, no chemo: "
                                    "Chinese medicine made the tumour disappear”.</p>"
                                    "<p>While she went to pay at the cashier's desk, her husband said to the doctor: “Doctor, please talk her round. She's stubborn — the more we "
                                    "push, the less she listens.” A third-year medical student was shadowing in the clinic.</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "testimony",
                                "text": (
                                    "It's not that I don't believe in Western medicine. I'm scared. The six months my mother had chemo, she vomited so much she couldn't keep "
                                    "water down, and all her hair fell out. Lying in bed she said to me: “If I'd known it would be this hard, I'd never have had treatment.” "
                                    "My son is only twelve. If I collapse like she did, what happens to him? At least the Chinese medicine doctor is willing to sit down and "
                                    "listen, take my pulse, ask whether I'm sleeping. In the surgical clinic I got five minutes: the doctor said “surgery as soon as possible” "
                                    "and called the next number."
                                ),
                                "source": "Composite testimony written for this module (fictional)",
                                "commentary": (
                                    "<p>Behind Mrs Xu's “refusal” lie at least three things: a traumatic memory of her mother's illness, responsibility for her son, and the "
                                    "experience of not being listened to in the surgical clinic. What she refuses may not be surgery itself but the road she imagines her mother "
                                    "travelled. A doctor who replies only “herbs can't cure cancer” will miss the place where real conversation is needed.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Understand first, then inform",
                                "text": (
                                    "<p>Faced with a request for “herbs only”, the two commonest responses are both unsatisfactory. One is to scold — “you're gambling with your "
                                    "life”; the other is to go along — “well, let me prescribe something to build you up for now”. The first makes the patient feel belittled "
                                    "and often drives her towards less reliable sources; the second evades the doctor's most important responsibility.</p>"
                                    "<p>The “explanatory model” questions proposed by the medical anthropologist Arthur Kleinman can help the doctor understand the patient first: "
                                    "What do you think caused this illness? What worries you most? What do you hope treatment will do for you? Here, Mrs Xu's central fear is the "
                                    "suffering of chemotherapy and of “just collapsing”. This allows the doctor to clear up a key misunderstanding: her disease is not necessarily "
                                    "the same as her mother's ten years ago. In early breast cancer that is hormone-receptor positive, HER2 negative and without signs of nodal "
                                    "spread, surgery is the core treatment; whether chemotherapy is needed afterwards depends on the final pathology and other factors, and not "
                                    "every patient needs it. With standard treatment the outlook for this kind of early breast cancer is generally good, and supportive care such "
                                    "as anti-emetic treatment has improved markedly over the past decade.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "What excellence and sincerity mean in this case",
                                "text": (
                                    "<p>For a Chinese medicine physician, excellence means first of all knowing the limits of one's own field. There is no reliable evidence that "
                                    "herbal treatment alone can replace surgery in curing early breast cancer, whereas delaying surgery may allow a tumour with a good chance of cure "
                                    "to progress to locally advanced or even metastatic disease. Chinese medicine can play a part in comprehensive cancer care — for example helping "
                                    "to relieve treatment-related fatigue, poor appetite and insomnia, and improving how patients feel overall — but these roles must be described "
                                    "truthfully, not inflated into “fighting cancer” or “dissolving tumours”. Some herbal medicines may also affect liver function or interact "
                                    "with endocrine therapy or chemotherapy, which calls for joint assessment with oncology colleagues.</p>"
                                    "<p>Sincerity means two things: telling the truth even when it is not what the patient wants to hear, and not giving up on her even when she "
                                    "does not yet accept the advice. Sun Simiao asks the physician to see the patient's distress “as though it were his own”. For Mrs Xu, true "
                                    "empathy is not compliance with her request but understanding her fear and helping her find a way that both preserves her life and leaves her "
                                    "feeling respected. A doctor who knows the risk of delay yet prescribes only herbs, to keep the patient or avoid conflict, betrays sincerity.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Respecting autonomy: informed refusal without abandonment",
                                "text": (
                                    "<p>Mrs Xu is an adult with full legal capacity and has the right to refuse surgery. But informed refusal presupposes that she is genuinely "
                                    "informed: she must understand the diagnosis, the benefits and risks of the recommended treatment, the alternatives, and the likely consequences "
                                    "of declining. The doctor should explain in plain language, ask her to put it in her own words to check understanding, and record faithfully "
                                    "in the notes what she was told and what she decided.</p>"
                                    "<p>Respecting autonomy does not mean washing one's hands of her. The doctor can propose a joint consultation with breast surgery, medical oncology "
                                    "and Chinese medicine; suggest she have one more unhurried conversation with the breast surgeon, accompanied by someone she trusts; arrange "
                                    "an early follow-up visit to give her time to think; and tell her plainly: “Whatever you decide in the end, we will not abandon you.” As for "
                                    "the family, her husband wants the doctor to “talk her round”. The doctor can invite him into the conversation, but should keep Mrs Xu's own "
                                    "wishes at the centre and avoid a situation in which several people gang up on her. Since her mother also had breast cancer, she should be "
                                    "offered genetic counselling.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Integrative practice today: some ethical ground rules",
                                "text": (
                                    "<p>China's Constitution provides for “developing modern medicine and traditional Chinese medicine”, and the Law on Traditional Chinese "
                                    "Medicine, in force since 1 July 2017, sets out a policy of giving equal weight to Chinese and Western medicine. In practice, many hospitals "
                                    "of Chinese medicine have departments of modern medicine, general hospitals usually have a Chinese medicine department, and Chinese medicine "
                                    "physicians often take part in multidisciplinary consultations. Tu Youyou, who drew inspiration from the Eastern Jin physician Ge Hong's "
                                    "Zhouhou beiji fang, isolated artemisinin and received the 2015 Nobel Prize in Physiology or Medicine; her work is often cited as a model "
                                    "of traditional knowledge combined with modern scientific method.</p>"
                                    "<p>Yet integration should not mean simply adding one thing to another, still less become a reason to replace necessary modern treatment "
                                    "with Chinese medicine. We suggest the following as ethical ground rules for integrative practice:</p>"
                                    "<ol>"
                                    "<li><strong>Centre on the patient, not the discipline</strong>: the question is not “is Chinese or Western medicine better?” but “what combination is best for this patient?”</li>"
                                    "<li><strong>Represent the evidence truthfully</strong>: distinguish uses supported by reasonably good research evidence, uses still under investigation, and claims without foundation.</li>"
                                    "<li><strong>Attend to safety and communication</strong>: know every medicine and supplement the patient is taking, watch for interactions, and keep doctors in different departments informed of one another's prescriptions.</li>"
                                    "<li><strong>Respect one another</strong>: Sun Simiao warned physicians not to “disparage other physicians”. When Chinese and Western medicine practitioners belittle each other, it is the patient who is hurt.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Role play: the second conversation with Mrs Xu",
                                "duration_minutes": 25,
                                "group_size": "3",
                                "instructions": (
                                    "<ol>"
                                    "<li>In groups of three, take the roles of the attending Chinese medicine physician, Mrs Xu and an observer. The observer uses the checklist below.</li>"
                                    "<li>Scenario: a week later Mrs Xu returns as agreed and says she “would still rather try herbs for three months first”. The doctor has ten minutes.</li>"
                                    "<li>The doctor's tasks: first ask about her thoughts and worries this past week; explain, in language she can follow, the risks of delaying surgery "
                                    "and what standard treatment can be expected to achieve; explain how Chinese medicine can support her; propose a concrete next step (such as a joint "
                                    "integrative clinic); check her understanding and respect her final decision.</li>"
                                    "<li>Observer's checklist: did the doctor ask before telling? Avoid jargon and scare tactics? Correct misunderstandings without belittling her? "
                                    "Offer a concrete next step? Convey that she would not be abandoned?</li>"
                                    "<li>Swap roles and run it again. Finally, each group shares “the most effective sentence” and “the sentence we would most like to take back”.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "If you were the student shadowing in the clinic, which verbal or non-verbal cues in the conversation with Mrs Xu would you think deserved a response?",
                                    "Mrs Xu had five minutes in the surgical clinic. To what extent is her choice a personal decision, and to what extent a product of the way care is delivered?",
                                    "If, after thorough discussion, Mrs Xu still insists on herbs alone, should this physician go on treating her? Where is the line between continuing to care for her and endorsing her refusal?",
                                    "How do you think students at a university of Chinese medicine should face the question of what Chinese medicine can and cannot treat?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Imagine that in the future you are a Chinese medicine physician, or that someone close to you insists on treating a serious illness with Chinese medicine alone. How would you balance respect for them with honesty about the risks?",
                                "guidance": (
                                    "Write about 300 words. You may start from a real experience of your own or your family's (removing identifying details) or write an entirely "
                                    "fictional scenario. Quote at least one phrase from Sun Simiao's essay and one of the four principles, and explain whether they support or "
                                    "conflict with each other in your situation."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Behind a request for “only Chinese medicine” there is often fear, past experience and a sense of not having been heard: understand first, then inform.",
                                    "Informed refusal requires that the patient be genuinely informed; respecting autonomy is not abandoning the patient.",
                                    "Excellence requires Chinese medicine physicians to know the limits of their field; sincerity requires them to tell the truth and to stay alongside the patient.",
                                    "The ethical core of integrative practice is centring on the patient, representing evidence truthfully, attending to safety and communication, and mutual respect.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Kleinman A",
                                        "title": "Patients and Healers in the Context of Culture",
                                        "venue": "University of California Press",
                                        "year": 1980,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Tu Y",
                                        "title": "The discovery of artemisinin (qinghaosu) and gifts from Chinese medicine",
                                        "venue": "Nature Medicine",
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
                                    "<p><strong>Timing (60 minutes):</strong> case and patient narrative 10 minutes; teaching and discussion 20 minutes; role play 25 minutes; "
                                    "summary 5 minutes. The reflection is done after class.</p>"
                                    "<p><strong>Clinical background (for teachers):</strong> the clinical stage here is roughly cT2N0M0 hormone-receptor-positive, HER2-negative "
                                    "invasive ductal carcinoma. Standard treatment is surgery (breast-conserving surgery followed by radiotherapy, or mastectomy) with sentinel "
                                    "node biopsy; premenopausal patients usually need adjuvant endocrine therapy (for example tamoxifen, combined in some patients with ovarian "
                                    "function suppression); whether to give chemotherapy depends on nodal status, histological grade, Ki-67 and, where available, multigene "
                                    "assay results. Students need not master these details, but teachers should be able to correct the belief that “all breast cancer needs "
                                    "chemotherapy”. A first-degree relative with breast cancer and onset at 41 are grounds for genetic counselling.</p>"
                                    "<p><strong>Discussion points:</strong> encourage students to see that this Chinese medicine physician is in fact in the strongest position: "
                                    "Mrs Xu trusts Chinese medicine and is willing to listen to its practitioners. A Chinese medicine doctor who says “this disease needs surgery, "
                                    "and Chinese medicine can support you before and after it” is often heard more readily than a surgeon repeating the same advice. This is a "
                                    "distinctive responsibility that students of a Chinese medicine university can take on.</p>"
                                    "<p><strong>Sensitive issues:</strong> some students may have lost relatives to cancer, or have family members who refused Western treatment. "
                                    "Before the role play, make it clear that anyone may choose to be the observer. If the discussion turns into a debate about whether Chinese "
                                    "medicine works at all, gently bring it back: the lesson is not about the value of Chinese medicine as a whole, but about what honest and "
                                    "responsible practice means for this patient.</p>"
                                    "<p><strong>Assessment:</strong> the role-play checklist can serve as formative assessment; in the reflection, look for whether students can "
                                    "acknowledge both the patient's autonomy and the doctor's duty to inform, rather than simply taking sides.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    },
}
