INSTITUTIONS = [
    {
        "slug": "lyon",
        "website": "https://www.universite-lyon.fr/",
        "text": {
            "en": {
                "name": "Université de Lyon",
                "short_name": "Lyon",
                "city": "Lyon",
                "country": "France",
                "description": (
                    "<p>The <strong>Université de Lyon</strong> brings together the universities, "
                    "grandes écoles and research institutions of Lyon and Saint-Étienne. Medical "
                    "education is provided by the faculties of medicine of its member universities, "
                    "notably Lyon Est and Lyon Sud at Université Claude Bernard Lyon 1, which train "
                    "future doctors in close partnership with the region's university hospitals.</p>"
                    "<p>Within the partnership, its teachers contribute modules on <em>bioethics</em>, "
                    "on French law on patients' rights (consent, information, access to medical "
                    "records) and on <em>narrative medicine</em>, which draws on the close reading of "
                    "literary texts and patients' stories to sharpen clinical attention.</p>"
                ),
            },
            "fr": {
                "name": "Université de Lyon",
                "short_name": "Lyon",
                "city": "Lyon",
                "country": "France",
                "description": (
                    "<p>L'<strong>Université de Lyon</strong> fédère les universités, grandes écoles "
                    "et organismes de recherche de Lyon et de Saint-Étienne. La formation médicale y "
                    "est assurée par les facultés de médecine des universités membres, notamment Lyon "
                    "Est et Lyon Sud à l'Université Claude Bernard Lyon 1, en lien étroit avec les "
                    "hôpitaux universitaires de la région.</p>"
                    "<p>Au sein du partenariat, ses enseignants proposent des modules de "
                    "<em>bioéthique</em>, de droit français des patients (consentement, information, "
                    "accès au dossier médical) et de <em>médecine narrative</em>, une approche qui "
                    "s'appuie sur la lecture attentive des textes littéraires et des récits de malades "
                    "pour affiner l'écoute clinique.</p>"
                ),
            },
            "zh-hans": {
                "name": "里昂大学",
                "short_name": "里昂",
                "city": "里昂",
                "country": "法国",
                "description": (
                    "<p><strong>里昂大学</strong>汇聚了里昂和圣艾蒂安两地的多所大学、高等专业学院和科研机构。"
                    "医学教育由各成员大学的医学院承担，其中包括里昂第一大学（克洛德·贝尔纳大学）的里昂东医学院和里昂南医学院，"
                    "它们与当地的大学附属医院紧密合作，共同培养未来的医生。</p>"
                    "<p>在合作项目中，里昂的教师开设<em>生命伦理学</em>、法国患者权利相关法律（知情同意、病情告知、病历查阅等）"
                    "以及<em>叙事医学</em>等课程模块。叙事医学通过细读文学作品和患者的疾病叙事，帮助学生提升临床中的倾听与观察能力。</p>"
                ),
            },
        },
    },
    {
        "slug": "ottawa",
        "website": "https://www.uottawa.ca/",
        "text": {
            "en": {
                "name": "University of Ottawa",
                "short_name": "Ottawa",
                "city": "Ottawa",
                "country": "Canada",
                "description": (
                    "<p>Located in Canada's capital, the <strong>University of Ottawa</strong> is a "
                    "bilingual university where students can study and work in English and in French. "
                    "Its Faculty of Medicine trains physicians in both languages and prepares them to "
                    "care for English-speaking and French-speaking patients alike.</p>"
                    "<p>Within the partnership, its teachers contribute modules on <em>bilingual "
                    "clinical communication</em> (how language shapes the encounter between doctor and "
                    "patient) and on <em>professionalism</em>: the values, responsibilities and habits "
                    "of reflection that make up a doctor's professional identity. Its long experience of "
                    "teaching medicine in two languages makes it a natural bridge between the "
                    "French-speaking and English-speaking members of the partnership.</p>"
                ),
            },
            "fr": {
                "name": "Université d'Ottawa",
                "short_name": "Ottawa",
                "city": "Ottawa",
                "country": "Canada",
                "description": (
                    "<p>Située dans la capitale du Canada, l'<strong>Université d'Ottawa</strong> est "
                    "une université bilingue où l'on peut étudier et travailler en français comme en "
                    "anglais. Sa Faculté de médecine forme des médecins dans les deux langues et les "
                    "prépare à soigner aussi bien des patients francophones qu'anglophones.</p>"
                    "<p>Au sein du partenariat, ses enseignants proposent des modules sur la "
                    "<em>communication clinique en contexte bilingue</em>, c'est-à-dire la manière dont "
                    "la langue influe sur la rencontre entre médecin et patient, et sur le "
                    "<em>professionnalisme</em> : les valeurs, les responsabilités et la pratique "
                    "réflexive qui fondent l'identité professionnelle du médecin. Forte de son "
                    "expérience de l'enseignement bilingue de la médecine, elle fait "
                    "naturellement le lien entre les partenaires francophones et anglophones.</p>"
                ),
            },
            "zh-hans": {
                "name": "渥太华大学",
                "short_name": "渥太华",
                "city": "渥太华",
                "country": "加拿大",
                "description": (
                    "<p><strong>渥太华大学</strong>位于加拿大首都，是一所英法双语大学，师生可以用英语或法语学习和工作。"
                    "其医学院用两种语言培养医生，使他们既能为讲英语的患者、也能为讲法语的患者提供诊疗服务。</p>"
                    "<p>在合作项目中，渥太华大学的教师开设<em>双语临床沟通</em>和<em>医学职业素养</em>等课程模块："
                    "前者探讨语言如何影响医患之间的交流，后者关注构成医生职业认同的价值观、责任与反思习惯。"
                    "凭借长期用双语教授医学的经验，渥太华大学自然而然地成为联系法语和英语合作伙伴的桥梁。</p>"
                ),
            },
        },
    },
    {
        "slug": "sjtu",
        "website": "https://www.sjtu.edu.cn/",
        "text": {
            "en": {
                "name": "Shanghai Jiao Tong University",
                "short_name": "SJTU",
                "city": "Shanghai",
                "country": "China",
                "description": (
                    "<p>Founded in 1896, <strong>Shanghai Jiao Tong University</strong> is one of "
                    "China's oldest comprehensive universities. Its School of Medicine, formerly "
                    "Shanghai Second Medical University, merged with SJTU in 2005 and trains doctors "
                    "in close connection with its affiliated teaching hospitals in Shanghai.</p>"
                    "<p>Within the partnership, its teachers contribute modules on <em>doctor–patient "
                    "communication</em> and <em>clinical reasoning</em>: how to listen, explain and "
                    "share decisions, and how to weigh evidence, uncertainty and the patient's own "
                    "perspective when making a diagnosis. These modules bring the realities of Chinese "
                    "hospital practice into dialogue with the experience of the French and Canadian "
                    "partners.</p>"
                ),
            },
            "fr": {
                "name": "Université Jiao Tong de Shanghai",
                "short_name": "SJTU",
                "city": "Shanghai",
                "country": "Chine",
                "description": (
                    "<p>Fondée en 1896, l'<strong>Université Jiao Tong de Shanghai</strong> compte "
                    "parmi les plus anciennes universités pluridisciplinaires de Chine. Son école de "
                    "médecine, l'ancienne Deuxième Université de médecine de Shanghai, a fusionné avec "
                    "elle en 2005 et forme les futurs médecins en lien étroit avec ses hôpitaux "
                    "universitaires affiliés à Shanghai.</p>"
                    "<p>Au sein du partenariat, ses enseignants proposent des modules sur la "
                    "<em>communication médecin-patient</em> et le <em>raisonnement clinique</em> : "
                    "savoir écouter, expliquer et partager la décision, mais aussi peser les données, "
                    "l'incertitude et le point de vue du patient au moment de poser un diagnostic. Ces "
                    "modules mettent la réalité de la pratique hospitalière chinoise en regard de "
                    "l'expérience des partenaires français et canadiens.</p>"
                ),
            },
            "zh-hans": {
                "name": "上海交通大学",
                "short_name": "上海交大",
                "city": "上海",
                "country": "中国",
                "description": (
                    "<p><strong>上海交通大学</strong>创建于1896年，是中国历史最悠久的综合性大学之一。"
                    "上海交通大学医学院的前身为上海第二医科大学，2005年与上海交通大学合并，"
                    "依托上海的多家附属医院开展医学人才培养。</p>"
                    "<p>在合作项目中，上海交大的教师开设<em>医患沟通</em>与<em>临床思维</em>等课程模块，"
                    "内容涉及如何倾听、如何向患者解释病情并与其共同决策，以及如何在诊断过程中权衡证据、"
                    "不确定性和患者本人的想法。这些模块把中国医院的临床实际带入课堂，"
                    "与法国和加拿大合作伙伴的经验相互对照、彼此启发。</p>"
                ),
            },
        },
    },
    {
        "slug": "shutcm",
        "website": "https://www.shutcm.edu.cn/",
        "text": {
            "en": {
                "name": "Shanghai University of Traditional Chinese Medicine",
                "short_name": "SHUTCM",
                "city": "Shanghai",
                "country": "China",
                "description": (
                    "<p>The <strong>Shanghai University of Traditional Chinese Medicine</strong> was "
                    "founded in 1956 as one of the first higher-education institutions of traditional "
                    "Chinese medicine (TCM) in China. It trains clinicians and researchers in TCM and "
                    "in integrated Chinese and Western medicine, and teaches through affiliated "
                    "hospitals where the two traditions are practised side by side.</p>"
                    "<p>Within the partnership, its teachers contribute modules on the <em>ethics of "
                    "traditional Chinese medicine</em>, on the dialogue between TCM and biomedicine, "
                    "and on <em>death and dying in Chinese culture</em>. They help students from every "
                    "partner institution see how ideas of health, illness and care are shaped by "
                    "culture, and how different medical traditions can learn from one another.</p>"
                ),
            },
            "fr": {
                "name": "Université de médecine traditionnelle chinoise de Shanghai",
                "short_name": "SHUTCM",
                "city": "Shanghai",
                "country": "Chine",
                "description": (
                    "<p>Fondée en 1956, l'<strong>Université de médecine traditionnelle chinoise de "
                    "Shanghai</strong> figure parmi les premiers établissements d'enseignement "
                    "supérieur de médecine traditionnelle chinoise (MTC) du pays. Elle forme des "
                    "cliniciens et des chercheurs en MTC comme en médecine intégrée, notamment dans "
                    "des hôpitaux affiliés où médecines chinoise et occidentale coexistent.</p>"
                    "<p>Au sein du partenariat, ses enseignants proposent des modules sur "
                    "l'<em>éthique de la médecine traditionnelle chinoise</em>, sur le dialogue entre "
                    "MTC et biomédecine, et sur <em>la mort et la fin de vie dans la culture "
                    "chinoise</em>. Ils amènent les étudiants à "
                    "mesurer combien la culture façonne les représentations de la santé, de la maladie "
                    "et du soin, et combien des traditions médicales différentes peuvent s'enrichir "
                    "mutuellement.</p>"
                ),
            },
            "zh-hans": {
                "name": "上海中医药大学",
                "short_name": "上海中医药大学",
                "city": "上海",
                "country": "中国",
                "description": (
                    "<p><strong>上海中医药大学</strong>创建于1956年，是新中国最早建立的高等中医药院校之一。"
                    "学校培养中医药和中西医结合领域的临床与科研人才，并依托多家附属医院开展教学，"
                    "中医与西医在这些医院中并存互补。</p>"
                    "<p>在合作项目中，上海中医药大学的教师开设<em>中医伦理</em>、中西医之间的对话以及"
                    "<em>中国文化中的死亡与临终</em>等课程模块，帮助各合作院校的学生认识到，"
                    "人们对健康、疾病与照护的理解深受文化的塑造，而不同的医学传统之间也可以相互借鉴、彼此启发。</p>"
                ),
            },
        },
    },
]

THEMES = [
    {
        "slug": "ethics",
        "text": {
            "en": {
                "name": "Ethics",
                "description": (
                    "Moral reasoning in clinical practice and research: consent, confidentiality, "
                    "end-of-life decisions, fair access to care and the responsibilities that come "
                    "with caring for others."
                ),
            },
            "fr": {
                "name": "Éthique",
                "description": (
                    "La réflexion morale dans la pratique clinique et la recherche : consentement, "
                    "secret médical, décisions de fin de vie, équité dans l'accès aux soins et "
                    "responsabilités du soignant."
                ),
            },
            "zh-hans": {
                "name": "伦理",
                "description": (
                    "临床实践与医学研究中的道德思考，包括知情同意、保密、临终决策、医疗资源分配的公平，"
                    "以及医者所肩负的责任。"
                ),
            },
        },
    },
    {
        "slug": "culture",
        "text": {
            "en": {
                "name": "Culture",
                "description": (
                    "How culture, language, beliefs and social context shape the experience of "
                    "illness, expectations of care and medical traditions, from biomedicine to "
                    "traditional Chinese medicine."
                ),
            },
            "fr": {
                "name": "Culture",
                "description": (
                    "Comment la culture, la langue, les croyances et le contexte social façonnent "
                    "l'expérience de la maladie, les attentes envers les soignants et les traditions "
                    "médicales, de la biomédecine à la médecine chinoise."
                ),
            },
            "zh-hans": {
                "name": "文化",
                "description": (
                    "探讨文化、语言、信仰与社会环境如何塑造人们的疾病体验、对医疗照护的期待以及不同的医学传统，"
                    "从现代生物医学到中医药。"
                ),
            },
        },
    },
    {
        "slug": "critical-thinking",
        "text": {
            "en": {
                "name": "Critical thinking",
                "description": (
                    "Questioning evidence, assumptions and cognitive biases, reasoning under "
                    "uncertainty, and reflecting on the limits of medical knowledge and on one's own "
                    "practice."
                ),
            },
            "fr": {
                "name": "Esprit critique",
                "description": (
                    "Interroger les données, les présupposés et les biais cognitifs, raisonner en "
                    "situation d'incertitude et réfléchir aux limites du savoir médical comme à sa "
                    "propre pratique."
                ),
            },
            "zh-hans": {
                "name": "批判性思维",
                "description": (
                    "审视证据、前提假设与认知偏差，学会在不确定的情况下进行推理，并反思医学知识的局限和自身的临床实践。"
                ),
            },
        },
    },
    {
        "slug": "empathy",
        "text": {
            "en": {
                "name": "Empathy",
                "description": (
                    "Understanding patients' experiences and emotions, communicating with care, and "
                    "looking after one's own wellbeing so that compassion can last throughout a "
                    "medical career."
                ),
            },
            "fr": {
                "name": "Empathie",
                "description": (
                    "Comprendre le vécu et les émotions des patients, communiquer avec attention et "
                    "prendre soin de soi pour que la bienveillance résiste à l'épreuve d'une carrière "
                    "médicale."
                ),
            },
            "zh-hans": {
                "name": "共情",
                "description": (
                    "理解患者的经历与感受，以关怀的态度与之沟通，同时关注自身的身心健康，让共情能力贯穿整个行医生涯。"
                ),
            },
        },
    },
]

ABOUT = {
    "en": {
        "title": "About the partnership",
        "slug": "about",
        "introduction": (
            "Since 2016, four universities in France, Canada and China have pooled their "
            "medical-humanities teaching so that future doctors can learn from one another across "
            "languages and cultures."
        ),
        "body": [
            (
                "section",
                {
                    "heading": "Our story",
                    "text": (
                        "<p>The <strong>Medicine and Humanities</strong> partnership was launched in 2016 "
                        "by the Université de Lyon, the University of Ottawa, Shanghai Jiao Tong University "
                        "and the Shanghai University of Traditional Chinese Medicine. Its aim is to create "
                        "rich teaching content in the medical humanities and to share the expertise of "
                        "professors working in different countries and medical traditions.</p>"
                        "<p>Through this shared teaching, medical students learn about ethics, culture, "
                        "critical thinking and empathy, and build the professional identity that will "
                        "guide them throughout their careers.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Why medical humanities?",
                    "text": (
                        "<p>Medicine is a science, but it is also a human encounter. Doctors must make "
                        "decisions under uncertainty, break bad news, respect values that may differ from "
                        "their own and care for people at their most vulnerable. The humanities "
                        "(philosophy, history, literature, law, anthropology) give students the means to "
                        "reflect on these situations, to recognise the cultural assumptions built into "
                        "their own practice and to keep the patient, not just the disease, at the centre "
                        "of care. Exploring these questions with peers from other countries makes them "
                        "all the more vivid.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "How the platform works",
                    "text": (
                        "<ul>"
                        "<li><strong>Write.</strong> Professors write teaching modules in their own "
                        "language, then send each one for peer review by a colleague at another partner "
                        "institution.</li>"
                        "<li><strong>Reuse.</strong> Instructors reuse and adapt published modules in "
                        "their own courses, with attribution, under Creative Commons licences.</li>"
                        "<li><strong>Read.</strong> Students read lessons on a phone, on a laptop or in "
                        "print, in their own language wherever a translation exists.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Three languages",
                    "text": (
                        "<p>MedHum Commons is available in English, French and Simplified Chinese, the "
                        "working languages of the partnership. Each module is written in the language its "
                        "author teaches in and may be translated into the other two; until a translation "
                        "is ready, readers can still consult the original. Moving between three languages "
                        "is part of the learning: it reveals how much meaning is carried by the words we "
                        "use for illness, care and death.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "How to take part",
                    "text": (
                        "<p>Teachers at partner institutions who would like to contribute can ask their "
                        "local coordinator for an author account.</p>"
                        "<p>The partnership is also open to growth: other institutions of the wider "
                        "alliance, such as <strong>East China Normal University</strong>, <strong>Fudan "
                        "University</strong> and <strong>Tongji University</strong>, may join in the "
                        "future.</p>"
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "À propos du partenariat",
        "slug": "a-propos",
        "introduction": (
            "Depuis 2016, quatre universités de France, du Canada et de Chine mettent en commun "
            "leurs enseignements en humanités médicales pour que les futurs médecins apprennent les "
            "uns des autres, par-delà les langues et les cultures."
        ),
        "body": [
            (
                "section",
                {
                    "heading": "Notre histoire",
                    "text": (
                        "<p>Le partenariat <strong>« Médecine et humanités »</strong> a été lancé en 2016 "
                        "par l'Université de Lyon, l'Université d'Ottawa, l'Université Jiao Tong de "
                        "Shanghai et l'Université de médecine traditionnelle chinoise de Shanghai. Il vise "
                        "à créer des contenus pédagogiques riches en humanités médicales et à mettre en "
                        "commun l'expertise d'enseignants qui exercent dans des pays et des traditions "
                        "médicales différents.</p>"
                        "<p>Grâce à cet enseignement partagé, les étudiants en médecine se forment à "
                        "l'éthique, à la culture, à l'esprit critique et à l'empathie, et construisent "
                        "l'identité professionnelle qui les accompagnera tout au long de leur carrière.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Pourquoi les humanités médicales ?",
                    "text": (
                        "<p>La médecine est une science, mais elle est aussi une rencontre entre des "
                        "personnes. Le médecin doit décider dans l'incertitude, annoncer une mauvaise "
                        "nouvelle, respecter des valeurs qui ne sont pas forcément les siennes et soigner "
                        "des personnes au moment où elles sont le plus vulnérables. Les humanités "
                        "(philosophie, histoire, littérature, droit, anthropologie) donnent aux étudiants "
                        "les moyens de penser ces situations, de repérer les présupposés culturels de leur "
                        "propre pratique et de placer au centre du soin le patient, et pas seulement la "
                        "maladie. Aborder ces questions avec des étudiants d'autres pays ne les rend que "
                        "plus vives.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Comment fonctionne la plateforme",
                    "text": (
                        "<ul>"
                        "<li><strong>Rédiger.</strong> Les enseignants rédigent des modules dans leur "
                        "langue, puis les soumettent à l'évaluation d'un collègue d'un autre établissement "
                        "partenaire.</li>"
                        "<li><strong>Réutiliser.</strong> Les formateurs réutilisent et adaptent les "
                        "modules publiés dans leurs propres cours, sous licence Creative Commons, en citant "
                        "leurs auteurs.</li>"
                        "<li><strong>Lire.</strong> Les étudiants consultent les leçons sur leur "
                        "téléphone, sur leur ordinateur portable ou sur papier, dans leur langue dès "
                        "qu'une traduction existe.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Trois langues",
                    "text": (
                        "<p>MedHum Commons est disponible en anglais, en français et en chinois simplifié, "
                        "les langues de travail du partenariat. Chaque module est rédigé dans la langue "
                        "d'enseignement de son auteur et peut être traduit dans les deux autres ; tant "
                        "qu'une traduction n'est pas prête, la version originale reste consultable. "
                        "Passer d'une langue à l'autre fait partie de l'apprentissage : on mesure mieux "
                        "tout ce que portent les mots que nous employons pour dire la maladie, le soin ou "
                        "la mort.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Participer",
                    "text": (
                        "<p>Les enseignants des établissements partenaires qui souhaitent contribuer "
                        "peuvent demander un compte auteur à leur coordinateur local.</p>"
                        "<p>Le partenariat a par ailleurs vocation à s'élargir : d'autres établissements "
                        "de l'alliance, comme l'<strong>Université normale de la Chine de l'Est</strong>, "
                        "l'<strong>Université Fudan</strong> ou l'<strong>Université Tongji</strong>, "
                        "pourraient le rejoindre à l'avenir.</p>"
                    ),
                },
            ),
        ],
    },
    "zh-hans": {
        "title": "关于合作项目",
        "slug": "guanyu",
        "introduction": (
            "自2016年起，法国、加拿大和中国的四所大学携手共享医学人文教学，让未来的医生跨越语言与文化，相互学习。"
        ),
        "body": [
            (
                "section",
                {
                    "heading": "项目缘起",
                    "text": (
                        "<p><strong>“医学与人文”</strong>合作项目于2016年由里昂大学、渥太华大学、上海交通大学和上海中医药大学共同发起，"
                        "旨在打造内容丰富的医学人文教学资源，汇聚不同国家、不同医学传统中教师的专业积累。</p>"
                        "<p>通过这些共享的教学内容，医学生在伦理、文化、批判性思维和共情等方面得到培养，"
                        "逐步形成将伴随其整个职业生涯的职业认同。</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "为什么要学习医学人文",
                    "text": (
                        "<p>医学是一门科学，也是人与人之间的相遇。医生常常需要在不确定中作出决定，向患者及家属告知坏消息，"
                        "尊重与自己不同的价值观，并在病人最脆弱的时候给予照护。哲学、历史、文学、法学、人类学等人文学科，"
                        "能帮助学生思考这些情境，看清自身实践中隐含的文化预设，始终把“病人”而不仅仅是“疾病”放在医疗的中心。"
                        "与其他国家的同学一起探讨这些问题，更能引发深入的思考。</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "平台如何运作",
                    "text": (
                        "<ul>"
                        "<li><strong>撰写：</strong>教师用自己的语言编写课程模块，并交由另一所合作院校的同行进行评审。</li>"
                        "<li><strong>复用：</strong>授课教师可依据知识共享（Creative Commons）许可协议，在注明出处的前提下，"
                        "将已发布的模块用于自己的课程并加以改编。</li>"
                        "<li><strong>阅读：</strong>学生可以在手机或笔记本电脑上阅读课程，也可以打印成纸质版；"
                        "凡有译本的内容，均可用自己的语言阅读。</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "三种语言",
                    "text": (
                        "<p>MedHum Commons提供英文、法文和简体中文三种语言版本，这也是合作项目的三种工作语言。"
                        "每个模块以作者的授课语言撰写，并可译成另外两种语言；译本完成之前，读者仍可阅读原文。"
                        "在三种语言之间往返穿梭，本身就是学习的一部分：它让我们意识到，"
                        "人们用来谈论疾病、照护和死亡的词语承载着多么丰富的含义。</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "如何参与",
                    "text": (
                        "<p>合作院校的教师如希望参与编写，可向本校的项目协调人申请作者账号。</p>"
                        "<p>合作项目也将不断发展壮大：联盟中的其他院校，如<strong>华东师范大学</strong>、"
                        "<strong>复旦大学</strong>和<strong>同济大学</strong>，今后也有望加入。</p>"
                    ),
                },
            ),
        ],
    },
}
