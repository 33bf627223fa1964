"""Seed concepts of the partnership's trilingual glossary (loaded by the demo loader).

Each concept has its preferred term, synonyms and a short definition in every language.
"""

CONCEPTS = [
    {
        "slug": "empathy",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "empathy",
                "synonyms": ["clinical empathy", "empathic understanding"],
                "definition": "The capacity to understand a patient's situation, perspective and feelings, and to communicate that understanding back so that the patient feels heard and can be helped.",
            },
            "fr": {
                "term": "empathie",
                "synonyms": ["empathie clinique"],
                "definition": "Capacité à comprendre la situation, le point de vue et les émotions du patient, puis à lui signifier cette compréhension afin qu'il se sente entendu et mieux soigné.",
            },
            "zh-hans": {
                "term": "共情",
                "pinyin": "gòngqíng",
                "synonyms": ["同理心"],
                "definition": "理解患者的处境、想法与感受，并把这种理解准确地回应给对方，使患者感到被倾听、被接纳，从而更好地配合诊疗。",
            },
        },
    },
    {
        "slug": "sympathy",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "sympathy",
                "synonyms": [],
                "definition": "Feeling sorrow or concern for another person's misfortune from one's own standpoint; unlike empathy, it does not require grasping how the situation looks and feels to the patient.",
            },
            "fr": {
                "term": "sympathie",
                "synonyms": [],
                "definition": "Fait d'être touché par le malheur d'autrui depuis son propre point de vue ; contrairement à l'empathie, elle n'exige pas de saisir ce que vit et ressent le patient.",
            },
            "zh-hans": {
                "term": "同情",
                "pinyin": "tóngqíng",
                "synonyms": [],
                "definition": "站在自己的立场上为他人的不幸感到难过与关切；与共情不同，它并不要求真正理解患者如何看待和体验自身处境。",
            },
        },
    },
    {
        "slug": "compassion",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "compassion",
                "synonyms": [],
                "definition": "Recognition of another's suffering joined to a warm motivation to relieve it; it turns understanding into helpful action and is thought to be more sustainable for clinicians than shared distress.",
            },
            "fr": {
                "term": "compassion",
                "synonyms": [],
                "definition": "Perception de la souffrance d'autrui accompagnée d'un désir bienveillant de la soulager ; elle transforme la compréhension en action et épuise moins le soignant que la détresse partagée.",
            },
            "zh-hans": {
                "term": "慈悲",
                "pinyin": "cíbēi",
                "synonyms": ["悲悯", "恻隐之心"],
                "definition": "觉察他人的痛苦并生出温暖的帮助意愿，把理解转化为减轻痛苦的行动；相比单纯分担痛苦，它对医者而言更可持续。",
            },
        },
    },
    {
        "slug": "compassion-fatigue",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "compassion fatigue",
                "synonyms": ["secondary traumatic stress"],
                "definition": "Emotional and physical exhaustion that builds up in caregivers repeatedly exposed to others' suffering, shown by numbness, irritability and a reduced capacity to care.",
            },
            "fr": {
                "term": "fatigue de compassion",
                "synonyms": ["usure de compassion"],
                "definition": "Épuisement émotionnel et physique qui s'installe chez le soignant exposé de façon répétée à la souffrance d'autrui, marqué par l'insensibilité, l'irritabilité et une moindre capacité à prendre soin.",
            },
            "zh-hans": {
                "term": "同情疲劳",
                "pinyin": "tóngqíng píláo",
                "synonyms": ["共情疲劳"],
                "definition": "医护人员长期反复接触他人痛苦后出现的身心耗竭，表现为情感麻木、易激惹和关怀能力下降。",
            },
        },
    },
    {
        "slug": "burnout",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "burnout",
                "synonyms": ["professional burnout", "burnout syndrome"],
                "definition": "A work-related syndrome of emotional exhaustion, depersonalisation and a reduced sense of accomplishment, common among clinicians and trainees facing chronic workload and stress.",
            },
            "fr": {
                "term": "épuisement professionnel",
                "synonyms": ["burn-out", "syndrome d'épuisement professionnel"],
                "definition": "Syndrome lié au travail associant épuisement émotionnel, dépersonnalisation et sentiment d'inefficacité, fréquent chez les médecins et les étudiants soumis à une charge et un stress chroniques.",
            },
            "zh-hans": {
                "term": "职业倦怠",
                "pinyin": "zhíyè juàndài",
                "synonyms": ["职业耗竭"],
                "definition": "由长期工作压力引起的综合征，表现为情绪耗竭、去人格化和个人成就感降低，在医生和医学生中相当常见。",
            },
        },
    },
    {
        "slug": "informed-consent",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "informed consent",
                "synonyms": ["consent", "free and informed consent"],
                "definition": "A competent patient's voluntary agreement to an intervention after receiving and understanding information on its purpose, risks, benefits and alternatives; a process of dialogue, not merely a signed form.",
            },
            "fr": {
                "term": "consentement éclairé",
                "synonyms": ["consentement", "consentement libre et éclairé"],
                "definition": "Accord volontaire d'un patient capable à un acte, donné après une information compréhensible sur son but, ses risques, ses bénéfices et les alternatives ; un processus de dialogue plus qu'une signature.",
            },
            "zh-hans": {
                "term": "知情同意",
                "pinyin": "zhīqíng tóngyì",
                "synonyms": [],
                "definition": "有行为能力的患者在充分获得并理解诊疗目的、风险、获益与替代方案等信息后，自愿作出的同意；它是持续沟通的过程，而非一次签字。",
            },
        },
    },
    {
        "slug": "informed-refusal",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "informed refusal",
                "synonyms": ["treatment refusal", "refusal of treatment"],
                "definition": "A competent patient's decision to decline a recommended intervention after being told its likely benefits and the consequences of going without it; the clinician must respect it while keeping care open.",
            },
            "fr": {
                "term": "refus de soins",
                "synonyms": ["refus de traitement", "refus éclairé"],
                "definition": "Décision d'un patient capable de décliner un acte proposé après avoir été informé de ses bénéfices et des conséquences du refus ; le médecin la respecte sans cesser d'accompagner le patient.",
            },
            "zh-hans": {
                "term": "知情拒绝",
                "pinyin": "zhīqíng jùjué",
                "synonyms": ["拒绝治疗"],
                "definition": "有行为能力的患者在了解某项治疗的可能获益及不接受的后果之后，作出拒绝的决定；医生应予尊重，并继续提供照护与沟通。",
            },
        },
    },
    {
        "slug": "autonomy",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "autonomy",
                "synonyms": ["respect for autonomy", "patient autonomy"],
                "definition": "The principle that competent persons may make informed decisions about their own bodies and care according to their own values, free from coercion or manipulation.",
            },
            "fr": {
                "term": "autonomie",
                "synonyms": ["respect de l'autonomie", "autonomie du patient"],
                "definition": "Principe selon lequel toute personne capable peut prendre, de façon éclairée, les décisions relatives à son corps et à ses soins selon ses propres valeurs, sans contrainte ni manipulation.",
            },
            "zh-hans": {
                "term": "自主原则",
                "pinyin": "zìzhǔ yuánzé",
                "synonyms": ["尊重自主原则", "尊重自主", "患者自主"],
                "definition": "有行为能力的人有权依据自身价值观，在知情且不受强迫或操纵的情况下，对自己的身体与诊疗作出决定。",
            },
        },
    },
    {
        "slug": "relational-autonomy",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "relational autonomy",
                "synonyms": [],
                "definition": "A view of autonomy in which persons decide within relationships of family, community and care, so that involving others can support rather than threaten self-determination.",
            },
            "fr": {
                "term": "autonomie relationnelle",
                "synonyms": [],
                "definition": "Conception de l'autonomie selon laquelle la personne décide au sein de ses liens familiaux, sociaux et soignants, de sorte que l'implication des proches peut soutenir son autodétermination plutôt que la menacer.",
            },
            "zh-hans": {
                "term": "关系自主",
                "pinyin": "guānxì zìzhǔ",
                "synonyms": ["关系性自主"],
                "definition": "一种自主观，认为人是在家庭、社群和照护关系之中作出决定的，他人的参与可以支持而非削弱个人的自我决定。",
            },
        },
    },
    {
        "slug": "beneficence",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "beneficence",
                "synonyms": ["principle of beneficence"],
                "definition": "The duty to act for the patient's good by promoting their health and welfare and weighing expected benefits against risks and burdens.",
            },
            "fr": {
                "term": "bienfaisance",
                "synonyms": ["principe de bienfaisance"],
                "definition": "Devoir d'agir pour le bien du patient en favorisant sa santé et son bien-être, et en mettant en balance les bénéfices attendus avec les risques et les contraintes.",
            },
            "zh-hans": {
                "term": "有利原则",
                "pinyin": "yǒulì yuánzé",
                "synonyms": ["行善原则"],
                "definition": "医生应以患者利益为目标，积极促进其健康与福祉，并在获益与风险、负担之间审慎权衡。",
            },
        },
    },
    {
        "slug": "non-maleficence",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "non-maleficence",
                "synonyms": ["nonmaleficence", "do no harm"],
                "definition": "The duty not to inflict avoidable harm on patients, which requires clinicians to justify any risk they impose by a proportionate expected benefit.",
            },
            "fr": {
                "term": "non-malfaisance",
                "synonyms": ["principe de non-malfaisance", "primum non nocere"],
                "definition": "Devoir de ne pas causer au patient de tort évitable, qui oblige le soignant à justifier tout risque imposé par un bénéfice attendu proportionné.",
            },
            "zh-hans": {
                "term": "不伤害原则",
                "pinyin": "bù shānghài yuánzé",
                "synonyms": ["不伤害", "无伤原则"],
                "definition": "医生不应给患者造成可以避免的伤害；任何带来风险的诊疗措施都必须以相称的预期获益为正当理由。",
            },
        },
    },
    {
        "slug": "justice",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "justice",
                "synonyms": ["principle of justice"],
                "definition": "The principle that patients be treated fairly and that scarce health resources, burdens and benefits be distributed according to defensible criteria rather than wealth or status.",
            },
            "fr": {
                "term": "justice",
                "synonyms": ["principe de justice"],
                "definition": "Principe exigeant de traiter les patients équitablement et de répartir les ressources rares, les charges et les bénéfices selon des critères défendables plutôt que selon la fortune ou le rang.",
            },
            "zh-hans": {
                "term": "公正原则",
                "pinyin": "gōngzhèng yuánzé",
                "synonyms": ["公平原则"],
                "definition": "要求公平对待每一位患者，并依据合理的标准而非财富或地位来分配稀缺的医疗资源、负担与获益。",
            },
        },
    },
    {
        "slug": "principlism",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "principlism",
                "synonyms": ["four principles approach", "four principles"],
                "definition": "Beauchamp and Childress's framework analysing clinical cases through four mid-level principles: respect for autonomy, non-maleficence, beneficence and justice, balanced against one another in context.",
            },
            "fr": {
                "term": "principlisme",
                "synonyms": ["éthique des quatre principes", "quatre principes"],
                "definition": "Cadre proposé par Beauchamp et Childress qui analyse les situations cliniques à l'aide de quatre principes, autonomie, non-malfaisance, bienfaisance et justice, à pondérer selon le contexte.",
            },
            "zh-hans": {
                "term": "生命伦理学四原则",
                "pinyin": "shēngmìng lúnlǐxué sì yuánzé",
                "synonyms": ["四原则", "原则主义"],
                "definition": "比彻姆与查尔瑞斯提出的分析框架，以尊重自主、不伤害、有利和公正四项原则审视临床伦理问题，并在具体情境中相互权衡。",
            },
        },
    },
    {
        "slug": "decision-making-capacity",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "decision-making capacity",
                "synonyms": ["decisional capacity", "capacity to consent"],
                "definition": "A patient's ability, assessed for a specific decision, to understand relevant information, appreciate its consequences, reason about options and express a choice.",
            },
            "fr": {
                "term": "capacité à consentir",
                "synonyms": ["aptitude à consentir", "capacité de discernement"],
                "definition": "Aptitude du patient, évaluée pour une décision donnée, à comprendre l'information pertinente, à en mesurer les conséquences, à raisonner sur les options et à exprimer un choix.",
            },
            "zh-hans": {
                "term": "决策能力",
                "pinyin": "juécè nénglì",
                "synonyms": ["知情同意能力"],
                "definition": "针对某一具体决定评估的患者能力：能否理解相关信息、认识其后果、比较不同选项并清楚表达自己的选择。",
            },
        },
    },
    {
        "slug": "right-not-to-know",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "right not to know",
                "synonyms": [],
                "definition": "A patient's entitlement to decline information about their own diagnosis or prognosis, which clinicians should establish by asking rather than assume on the family's word.",
            },
            "fr": {
                "term": "droit de ne pas savoir",
                "synonyms": [],
                "definition": "Faculté reconnue au patient de refuser d'être informé de son diagnostic ou de son pronostic ; le médecin doit la vérifier auprès du patient lui-même plutôt que la présumer sur la foi des proches.",
            },
            "zh-hans": {
                "term": "不知情权",
                "pinyin": "bù zhīqíngquán",
                "synonyms": [],
                "definition": "患者有权拒绝了解自己的诊断或预后信息；医生应当直接询问患者本人的意愿，而不是仅凭家属的说法作出推定。",
            },
        },
    },
    {
        "slug": "truth-telling",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "truth-telling",
                "synonyms": ["veracity"],
                "definition": "The clinician's duty to give patients honest information about their condition, paced and framed to what they wish and are ready to know, without deception.",
            },
            "fr": {
                "term": "dire la vérité au patient",
                "synonyms": ["devoir de vérité", "véracité"],
                "definition": "Devoir du médecin d'informer honnêtement le patient sur son état, sans le tromper, en adaptant le rythme et la forme à ce qu'il souhaite et peut entendre.",
            },
            "zh-hans": {
                "term": "说真话",
                "pinyin": "shuō zhēnhuà",
                "synonyms": ["讲真话", "如实告知"],
                "definition": "医生应当如实向患者说明病情，不欺瞒患者，同时根据其意愿和心理准备，把握告知的节奏与方式。",
            },
        },
    },
    {
        "slug": "disclosure-of-diagnosis",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "disclosure of diagnosis",
                "synonyms": ["diagnosis disclosure"],
                "definition": "The act and process of informing a patient of what their illness is and what it means, including who is told, when, by whom and in what words.",
            },
            "fr": {
                "term": "annonce du diagnostic",
                "synonyms": ["dispositif d'annonce"],
                "definition": "Acte et processus par lesquels on fait connaître au patient la nature de sa maladie et ce qu'elle implique : qui l'annonce, à qui, quand et avec quels mots.",
            },
            "zh-hans": {
                "term": "病情告知",
                "pinyin": "bìngqíng gàozhī",
                "synonyms": ["告知病情"],
                "definition": "把疾病的性质及其意义告诉患者的行为和过程，涉及告诉谁、何时告诉、由谁告诉以及用怎样的措辞。",
            },
        },
    },
    {
        "slug": "protective-non-disclosure",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "protective non-disclosure",
                "synonyms": ["protective medical care", "non-disclosure"],
                "definition": "Withholding a grave diagnosis or prognosis from a patient, usually at the family's request, to spare them distress; long accepted in Chinese practice, now contested by patients' right to information.",
            },
            "fr": {
                "term": "non-divulgation du diagnostic",
                "synonyms": ["non-divulgation"],
                "definition": "Fait de taire au patient un diagnostic ou un pronostic grave, souvent à la demande des proches, pour le protéger ; pratique longtemps admise en Chine et aujourd'hui discutée au nom du droit à l'information.",
            },
            "zh-hans": {
                "term": "保护性医疗",
                "pinyin": "bǎohùxìng yīliáo",
                "synonyms": ["保护性医疗制度"],
                "definition": "为避免加重患者心理负担，通常应家属要求，不向患者本人告知严重诊断或预后的做法；在我国曾长期普遍，如今受到患者知情权的挑战。",
            },
        },
    },
    {
        "slug": "breaking-bad-news",
        "themes": ["empathy", "ethics"],
        "text": {
            "en": {
                "term": "breaking bad news",
                "synonyms": ["delivering bad news", "bad news"],
                "definition": "Communicating information that drastically and negatively alters a patient's view of their future, a skill that protocols such as SPIKES break into preparation, disclosure and response to emotion.",
            },
            "fr": {
                "term": "annonce d'une mauvaise nouvelle",
                "synonyms": ["annonce de mauvaises nouvelles"],
                "definition": "Transmission d'une information qui bouleverse défavorablement la manière dont le patient envisage son avenir ; des protocoles comme SPIKES la décomposent en préparation, annonce et accueil des émotions.",
            },
            "zh-hans": {
                "term": "告知坏消息",
                "pinyin": "gàozhī huài xiāoxi",
                "synonyms": ["坏消息告知", "坏消息"],
                "definition": "向患者传达会使其对未来的看法发生重大负面改变的信息；SPIKES等沟通模式将其分解为准备、告知和回应情绪等步骤。",
            },
        },
    },
    {
        "slug": "shared-decision-making",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "shared decision-making",
                "synonyms": [],
                "definition": "A process in which clinician and patient together weigh the evidence on the options against the patient's values and preferences to reach a decision both can endorse.",
            },
            "fr": {
                "term": "décision médicale partagée",
                "synonyms": ["décision partagée", "prise de décision partagée"],
                "definition": "Démarche où le médecin et le patient confrontent ensemble les données probantes sur les options et les valeurs et préférences du patient, pour aboutir à une décision que tous deux assument.",
            },
            "zh-hans": {
                "term": "共同决策",
                "pinyin": "gòngtóng juécè",
                "synonyms": ["医患共同决策", "共享决策"],
                "definition": "医生与患者一起权衡各项方案的证据，并结合患者的价值观和偏好，作出双方都认可的诊疗决定的过程。",
            },
        },
    },
    {
        "slug": "family-centred-decision-making",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "family-centred decision-making",
                "synonyms": ["family-centered decision-making", "family decision-making"],
                "definition": "A model, strong in Confucian-influenced cultures, in which the family deliberates and decides with or for the patient, treating the family rather than the individual as the unit of care.",
            },
            "fr": {
                "term": "décision centrée sur la famille",
                "synonyms": ["décision familiale"],
                "definition": "Modèle, marqué dans les cultures d'influence confucéenne, où la famille délibère et décide avec le patient ou à sa place, la famille plutôt que l'individu étant l'unité de soin.",
            },
            "zh-hans": {
                "term": "家庭决策",
                "pinyin": "jiātíng juécè",
                "synonyms": ["以家庭为中心的决策", "家庭共同决策"],
                "definition": "在受儒家影响的文化中较为常见的模式：由家庭与患者一起或代替患者商议并作出医疗决定，把家庭而非个人视为照护单位。",
            },
        },
    },
    {
        "slug": "family-meeting",
        "themes": ["empathy", "culture"],
        "text": {
            "en": {
                "term": "family meeting",
                "synonyms": ["family conference"],
                "definition": "A planned conversation between the care team, the patient where possible and relatives, to share information, clarify the patient's wishes and agree on goals of care.",
            },
            "fr": {
                "term": "réunion de famille",
                "synonyms": ["conférence familiale", "entretien familial"],
                "definition": "Entretien préparé réunissant l'équipe soignante, les proches et si possible le patient, pour partager l'information, clarifier les volontés du patient et s'accorder sur les objectifs de soins.",
            },
            "zh-hans": {
                "term": "家庭会议",
                "pinyin": "jiātíng huìyì",
                "synonyms": [],
                "definition": "由医疗团队、家属及尽可能包括患者本人参加的有准备的谈话，用于沟通病情、澄清患者意愿并就照护目标达成共识。",
            },
        },
    },
    {
        "slug": "health-care-proxy",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "health care proxy",
                "synonyms": ["substitute decision-maker", "surrogate decision-maker"],
                "definition": "A person designated or recognised to voice a patient's wishes and take part in medical decisions when the patient can no longer express them.",
            },
            "fr": {
                "term": "personne de confiance",
                "synonyms": [],
                "definition": "Personne désignée par le patient pour l'accompagner dans ses démarches et témoigner de ses volontés auprès des médecins lorsqu'il n'est plus en état de les exprimer.",
            },
            "zh-hans": {
                "term": "医疗代理人",
                "pinyin": "yīliáo dàilǐrén",
                "synonyms": ["代理决策人"],
                "definition": "由患者指定或依法认可的人，在患者无法表达意愿时代为转达其意愿并参与医疗决策。",
            },
        },
    },
    {
        "slug": "advance-directives",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "advance directives",
                "synonyms": ["living will"],
                "definition": "Written statements in which a person records, while still able to, the treatments they would accept or refuse should they later lose the capacity to decide.",
            },
            "fr": {
                "term": "directives anticipées",
                "synonyms": ["directives médicales anticipées"],
                "definition": "Document écrit par lequel une personne indique à l'avance les traitements qu'elle accepte ou refuse pour le cas où elle ne pourrait plus exprimer sa volonté.",
            },
            "zh-hans": {
                "term": "预立医疗指示",
                "pinyin": "yùlì yīliáo zhǐshì",
                "synonyms": ["生前预嘱", "预先指示"],
                "definition": "本人在具有决策能力时预先写下的文件，说明日后一旦丧失表达能力时愿意接受或拒绝哪些医疗措施。",
            },
        },
    },
    {
        "slug": "palliative-care",
        "themes": ["empathy", "ethics"],
        "text": {
            "en": {
                "term": "palliative care",
                "synonyms": ["palliative medicine"],
                "definition": "An interdisciplinary approach that relieves pain and other physical, psychological, social and spiritual suffering in serious illness, aiming at quality of life for patients and families.",
            },
            "fr": {
                "term": "soins palliatifs",
                "synonyms": ["médecine palliative"],
                "definition": "Soins actifs et interdisciplinaires qui soulagent la douleur et les souffrances physiques, psychiques, sociales et spirituelles de la maladie grave, pour préserver la qualité de vie du patient et de ses proches.",
            },
            "zh-hans": {
                "term": "安宁疗护",
                "pinyin": "ānníng liáohù",
                "synonyms": ["姑息治疗", "缓和医疗", "舒缓疗护"],
                "definition": "多学科团队为重病患者缓解疼痛及身体、心理、社会和灵性层面的痛苦，以提高患者及家属生活质量为目标的照护。",
            },
        },
    },
    {
        "slug": "end-of-life-care",
        "themes": ["empathy", "culture"],
        "text": {
            "en": {
                "term": "end-of-life care",
                "synonyms": ["hospice care", "terminal care"],
                "definition": "Care in the last weeks or months of life, centred on comfort, dignity, the patient's wishes about place and manner of dying, and support for the family.",
            },
            "fr": {
                "term": "accompagnement de fin de vie",
                "synonyms": ["soins de fin de vie", "fin de vie"],
                "definition": "Prise en charge des dernières semaines ou des derniers mois de la vie, centrée sur le confort, la dignité, les souhaits du patient sur les conditions de sa mort et le soutien aux proches.",
            },
            "zh-hans": {
                "term": "临终关怀",
                "pinyin": "línzhōng guānhuái",
                "synonyms": ["临终照护"],
                "definition": "生命最后数周或数月的照护，着重舒适与尊严，尊重患者对离世地点与方式的意愿，并为家属提供支持。",
            },
        },
    },
    {
        "slug": "palliative-sedation",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "palliative sedation",
                "synonyms": ["continuous deep sedation", "terminal sedation"],
                "definition": "The deliberate lowering of consciousness with medication to relieve refractory suffering at the end of life, proportionate to symptoms and not intended to hasten death.",
            },
            "fr": {
                "term": "sédation palliative",
                "synonyms": ["sédation profonde et continue"],
                "definition": "Abaissement volontaire de la vigilance par des médicaments pour soulager une souffrance réfractaire en fin de vie, proportionné aux symptômes et sans intention de hâter la mort.",
            },
            "zh-hans": {
                "term": "姑息镇静",
                "pinyin": "gūxī zhènjìng",
                "synonyms": ["缓和镇静"],
                "definition": "在生命末期为缓解难治性痛苦，按症状程度有意使用药物降低患者意识水平，其目的不在于加速死亡。",
            },
        },
    },
    {
        "slug": "euthanasia",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "euthanasia",
                "synonyms": ["active euthanasia"],
                "definition": "The deliberate ending of a patient's life by a clinician, at the patient's request, to end suffering; legal in a few countries and prohibited in France and China.",
            },
            "fr": {
                "term": "euthanasie",
                "synonyms": ["euthanasie active"],
                "definition": "Acte par lequel un médecin met délibérément fin à la vie d'un patient, à sa demande, pour abréger ses souffrances ; permis dans quelques pays, il reste interdit en France et en Chine.",
            },
            "zh-hans": {
                "term": "安乐死",
                "pinyin": "ānlèsǐ",
                "synonyms": ["积极安乐死"],
                "definition": "医生应患者请求、为结束其痛苦而有意终止患者生命的行为；少数国家允许，在我国和法国均不合法。",
            },
        },
    },
    {
        "slug": "medical-assistance-in-dying",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "medical assistance in dying",
                "synonyms": ["assisted dying", "physician-assisted dying"],
                "definition": "Canada's legal framework, and the general notion, under which clinicians provide or prescribe a substance causing death at the request of an eligible, capable patient.",
            },
            "fr": {
                "term": "aide médicale à mourir",
                "synonyms": ["aide à mourir", "aide active à mourir"],
                "definition": "Cadre légal canadien, et notion générale, selon lesquels un soignant administre ou prescrit une substance létale à la demande d'un patient apte qui remplit des critères définis.",
            },
            "zh-hans": {
                "term": "医疗协助死亡",
                "pinyin": "yīliáo xiézhù sǐwáng",
                "synonyms": ["协助死亡", "医助死亡"],
                "definition": "指医务人员应符合条件且具备决策能力的患者请求，为其施用或开具致死药物的做法，也特指加拿大的相关法律制度。",
            },
        },
    },
    {
        "slug": "conscientious-objection",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "conscientious objection",
                "synonyms": ["conscience clause"],
                "definition": "A clinician's refusal, on grounds of deeply held moral or religious conviction, to take part in a lawful intervention, usually coupled with a duty to refer the patient elsewhere.",
            },
            "fr": {
                "term": "clause de conscience",
                "synonyms": ["objection de conscience"],
                "definition": "Droit du médecin de refuser, pour des raisons morales ou religieuses profondes, de participer à un acte légal, assorti de l'obligation d'orienter le patient vers un confrère.",
            },
            "zh-hans": {
                "term": "良心拒绝",
                "pinyin": "liángxīn jùjué",
                "synonyms": ["出于良心的拒绝"],
                "definition": "医务人员基于深层的道德或宗教信念，拒绝参与某项合法医疗行为；通常同时负有将患者转介给其他医生的义务。",
            },
        },
    },
    {
        "slug": "dignity",
        "themes": ["ethics", "empathy"],
        "text": {
            "en": {
                "term": "dignity",
                "synonyms": ["human dignity"],
                "definition": "The inherent worth of every person, which care must respect by preserving privacy, agency and self-respect, especially when illness, dependence or dying threaten them.",
            },
            "fr": {
                "term": "dignité",
                "synonyms": ["dignité humaine"],
                "definition": "Valeur inhérente à toute personne, que le soin doit respecter en préservant son intimité, sa capacité d'agir et l'estime de soi, surtout lorsque la maladie, la dépendance ou la mort les menacent.",
            },
            "zh-hans": {
                "term": "尊严",
                "pinyin": "zūnyán",
                "synonyms": ["人格尊严"],
                "definition": "每个人固有的价值。医疗照护应当维护患者的隐私、自主和自尊，在疾病、依赖或临终使之受到威胁时尤其如此。",
            },
        },
    },
    {
        "slug": "suffering",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "suffering",
                "synonyms": [],
                "definition": "Distress experienced by a whole person whose integrity or future feels threatened; it can exceed physical pain and may persist even when symptoms are controlled.",
            },
            "fr": {
                "term": "souffrance",
                "synonyms": [],
                "definition": "Détresse vécue par la personne tout entière lorsque son intégrité ou son avenir lui semblent menacés ; elle déborde la douleur physique et peut persister malgré le contrôle des symptômes.",
            },
            "zh-hans": {
                "term": "痛苦",
                "pinyin": "tòngkǔ",
                "synonyms": ["苦难"],
                "definition": "整个人在感到自身完整性或未来受到威胁时所经历的困苦；它不限于躯体疼痛，即使症状得到控制也可能持续存在。",
            },
        },
    },
    {
        "slug": "vulnerability",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "vulnerability",
                "synonyms": [],
                "definition": "A heightened exposure to harm, exploitation or loss of voice, arising from illness, age, poverty or dependence, that calls for added protection in care and research.",
            },
            "fr": {
                "term": "vulnérabilité",
                "synonyms": [],
                "definition": "Exposition accrue au tort, à l'exploitation ou à la perte de parole, liée à la maladie, à l'âge, à la pauvreté ou à la dépendance, qui appelle une protection renforcée en clinique comme en recherche.",
            },
            "zh-hans": {
                "term": "脆弱性",
                "pinyin": "cuìruòxìng",
                "synonyms": ["易损性"],
                "definition": "因疾病、年龄、贫困或依赖他人而更容易受到伤害、剥削或失去话语权的状态，要求在诊疗与研究中给予额外保护。",
            },
        },
    },
    {
        "slug": "trust",
        "themes": ["ethics", "empathy"],
        "text": {
            "en": {
                "term": "trust",
                "synonyms": [],
                "definition": "A patient's willingness to rely on a clinician's competence and goodwill despite being unable to verify them, built through honesty and consistency and easily damaged.",
            },
            "fr": {
                "term": "confiance",
                "synonyms": [],
                "definition": "Disposition du patient à s'en remettre à la compétence et à la bonne foi du médecin sans pouvoir les vérifier ; elle se construit par l'honnêteté et la constance et se perd facilement.",
            },
            "zh-hans": {
                "term": "信任",
                "pinyin": "xìnrèn",
                "synonyms": ["医患信任"],
                "definition": "患者在无法亲自核实的情况下，仍愿意依赖医生的能力与善意；它靠诚实和一贯的言行逐步建立，却很容易受损。",
            },
        },
    },
    {
        "slug": "therapeutic-alliance",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "therapeutic alliance",
                "synonyms": ["working alliance"],
                "definition": "The collaborative bond between clinician and patient, combining agreement on goals and tasks with mutual trust, which predicts adherence and outcomes.",
            },
            "fr": {
                "term": "alliance thérapeutique",
                "synonyms": [],
                "definition": "Lien de collaboration entre soignant et patient, fait d'un accord sur les objectifs et les moyens et d'une confiance réciproque, qui favorise l'adhésion et les résultats des soins.",
            },
            "zh-hans": {
                "term": "治疗联盟",
                "pinyin": "zhìliáo liánméng",
                "synonyms": ["治疗同盟"],
                "definition": "医患之间的合作关系，包括对治疗目标与任务的共识以及相互信任，对患者依从性和治疗效果有重要影响。",
            },
        },
    },
    {
        "slug": "doctor-patient-relationship",
        "themes": ["empathy", "ethics"],
        "text": {
            "en": {
                "term": "doctor-patient relationship",
                "synonyms": ["physician-patient relationship", "patient-physician relationship"],
                "definition": "The professional and moral relationship between a physician and a patient, shaped by unequal knowledge, mutual obligations and the institutions in which care takes place.",
            },
            "fr": {
                "term": "relation médecin-patient",
                "synonyms": ["relation médecin-malade", "relation de soin"],
                "definition": "Relation à la fois professionnelle et morale entre un médecin et un patient, marquée par l'asymétrie des savoirs, des obligations réciproques et le cadre institutionnel du soin.",
            },
            "zh-hans": {
                "term": "医患关系",
                "pinyin": "yīhuàn guānxì",
                "synonyms": [],
                "definition": "医生与患者之间兼具专业性与道德性的关系，受知识不对称、双方的权利义务以及医疗制度环境的共同影响。",
            },
        },
    },
    {
        "slug": "doctor-patient-communication",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "doctor-patient communication",
                "synonyms": ["clinical communication", "physician-patient communication"],
                "definition": "The verbal and non-verbal exchange through which clinicians and patients gather information, explain, respond to emotions and reach decisions; a teachable and assessable clinical skill.",
            },
            "fr": {
                "term": "communication médecin-patient",
                "synonyms": ["communication soignant-soigné"],
                "definition": "Échanges verbaux et non verbaux par lesquels médecin et patient recueillent l'information, expliquent, accueillent les émotions et décident ; une compétence clinique qui s'apprend et s'évalue.",
            },
            "zh-hans": {
                "term": "医患沟通",
                "pinyin": "yīhuàn gōutōng",
                "synonyms": [],
                "definition": "医生与患者通过言语和非言语方式采集信息、解释病情、回应情绪并作出决定的交流过程，是可以教授和评估的临床能力。",
            },
        },
    },
    {
        "slug": "patient-centred-care",
        "themes": ["empathy", "ethics"],
        "text": {
            "en": {
                "term": "patient-centred care",
                "synonyms": ["patient-centered care", "person-centred care"],
                "definition": "Care organised around the patient as a whole person, attending to their experience, values and context and involving them as a partner in decisions.",
            },
            "fr": {
                "term": "soins centrés sur le patient",
                "synonyms": ["approche centrée sur le patient", "soins centrés sur la personne"],
                "definition": "Soins organisés autour du patient considéré comme une personne entière, attentifs à son vécu, à ses valeurs et à son contexte, et qui l'associent aux décisions en partenaire.",
            },
            "zh-hans": {
                "term": "以患者为中心",
                "pinyin": "yǐ huànzhě wéi zhōngxīn",
                "synonyms": ["以病人为中心", "以人为中心的照护"],
                "definition": "把患者当作完整的人来组织诊疗，关注其患病体验、价值观和生活背景，并让患者作为伙伴参与决策的理念。",
            },
        },
    },
    {
        "slug": "active-listening",
        "themes": ["empathy"],
        "text": {
            "en": {
                "term": "active listening",
                "synonyms": ["attentive listening"],
                "definition": "Listening with full attention, without premature interruption, and showing the patient through silence, prompts and summaries that their words and feelings have been received.",
            },
            "fr": {
                "term": "écoute active",
                "synonyms": ["écoute attentive", "écoute"],
                "definition": "Attitude d'écoute pleinement attentive, sans interruption prématurée, qui montre au patient par le silence, les relances et la reformulation que ses paroles et ses émotions ont été reçues.",
            },
            "zh-hans": {
                "term": "倾听",
                "pinyin": "qīngtīng",
                "synonyms": ["积极倾听"],
                "definition": "全神贯注地听患者讲述、不过早打断，并通过沉默、简短引导和复述让患者感到自己的话语与感受已被接收。",
            },
        },
    },
    {
        "slug": "narrative-medicine",
        "themes": ["empathy", "critical-thinking"],
        "text": {
            "en": {
                "term": "narrative medicine",
                "synonyms": [],
                "definition": "Clinical practice and teaching, developed by Rita Charon, that trains the capacity to recognise, absorb, interpret and be moved by patients' stories of illness.",
            },
            "fr": {
                "term": "médecine narrative",
                "synonyms": [],
                "definition": "Pratique clinique et pédagogique, développée par Rita Charon, qui exerce la capacité à reconnaître, recevoir, interpréter les récits de maladie des patients et à se laisser toucher par eux.",
            },
            "zh-hans": {
                "term": "叙事医学",
                "pinyin": "xùshì yīxué",
                "synonyms": [],
                "definition": "由丽塔·卡伦倡导的临床实践与教学方法，培养医者认识、吸收、解读患者的疾病故事并为之所动的能力。",
            },
        },
    },
    {
        "slug": "illness-narrative",
        "themes": ["empathy", "culture"],
        "text": {
            "en": {
                "term": "illness narrative",
                "synonyms": ["illness story", "pathography"],
                "definition": "An account, spoken or written, in which a sick person or relative gives shape and meaning to the experience of illness; a central source in medical humanities.",
            },
            "fr": {
                "term": "récit de maladie",
                "synonyms": ["pathographie"],
                "definition": "Récit oral ou écrit par lequel un malade ou un proche donne forme et sens à l'expérience de la maladie ; une source centrale des humanités médicales.",
            },
            "zh-hans": {
                "term": "疾病叙事",
                "pinyin": "jíbìng xùshì",
                "synonyms": ["疾痛叙事"],
                "definition": "患者或其亲属以口述或书写方式讲述患病经历，并赋予其形态与意义的叙述，是医学人文研究与教学的重要材料。",
            },
        },
    },
    {
        "slug": "illness-experience",
        "themes": ["empathy", "culture"],
        "text": {
            "en": {
                "term": "illness experience",
                "synonyms": ["lived experience of illness"],
                "definition": "How a person lives through sickness, including symptoms, fears, disruption of daily life and social meaning, as distinct from the disease recorded by biomedicine.",
            },
            "fr": {
                "term": "expérience de la maladie",
                "synonyms": ["vécu de la maladie"],
                "definition": "Manière dont une personne vit sa maladie, ses symptômes, ses craintes, le bouleversement du quotidien et le sens social qu'elle prend, par distinction avec la lésion décrite par la biomédecine.",
            },
            "zh-hans": {
                "term": "疾病体验",
                "pinyin": "jíbìng tǐyàn",
                "synonyms": ["患病体验"],
                "definition": "个人亲身经历疾病的方式，包括症状、恐惧、日常生活被打乱以及疾病的社会意义，有别于生物医学所记录的病理过程。",
            },
        },
    },
    {
        "slug": "close-reading",
        "themes": ["critical-thinking", "empathy"],
        "text": {
            "en": {
                "term": "close reading",
                "synonyms": [],
                "definition": "Slow, attentive reading of a text that notices form, voice, time, metaphor and silence, used in narrative medicine to sharpen attention to what patients say.",
            },
            "fr": {
                "term": "lecture attentive",
                "synonyms": ["lecture rapprochée"],
                "definition": "Lecture lente et minutieuse d'un texte, attentive à la forme, à la voix, au temps, aux métaphores et aux silences, utilisée en médecine narrative pour affiner l'écoute des patients.",
            },
            "zh-hans": {
                "term": "细读",
                "pinyin": "xìdú",
                "synonyms": ["文本细读"],
                "definition": "放慢速度、留意文本形式、叙述声音、时间、隐喻与空白的阅读方法，叙事医学用它来训练医者对患者话语的关注。",
            },
        },
    },
    {
        "slug": "parallel-chart",
        "themes": ["empathy", "critical-thinking"],
        "text": {
            "en": {
                "term": "parallel chart",
                "synonyms": ["parallel record"],
                "definition": "A narrative-medicine exercise in which students write, in ordinary language and outside the medical record, what caring for a patient means to them.",
            },
            "fr": {
                "term": "dossier parallèle",
                "synonyms": [],
                "definition": "Exercice de médecine narrative où l'étudiant écrit, en langage ordinaire et hors du dossier médical, ce que représente pour lui la prise en charge d'un patient.",
            },
            "zh-hans": {
                "term": "平行病历",
                "pinyin": "píngxíng bìnglì",
                "synonyms": [],
                "definition": "叙事医学的写作练习：学生在正式病历之外，用日常语言记录自己照护某位患者的经历与感受。",
            },
        },
    },
    {
        "slug": "reflective-writing",
        "themes": ["critical-thinking", "empathy"],
        "text": {
            "en": {
                "term": "reflective writing",
                "synonyms": [],
                "definition": "Structured writing in which learners describe a clinical experience, examine their reactions and assumptions, and draw lessons for future practice.",
            },
            "fr": {
                "term": "écriture réflexive",
                "synonyms": [],
                "definition": "Écriture structurée où l'étudiant décrit une expérience clinique, interroge ses réactions et ses présupposés, puis en tire des enseignements pour sa pratique future.",
            },
            "zh-hans": {
                "term": "反思性写作",
                "pinyin": "fǎnsīxìng xiězuò",
                "synonyms": ["反思写作"],
                "definition": "学习者描述一段临床经历、审视自身反应与预设，并从中总结对今后实践的启示的结构化写作。",
            },
        },
    },
    {
        "slug": "cultural-humility",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "cultural humility",
                "synonyms": [],
                "definition": "A lifelong stance of self-critique and openness in which clinicians treat patients as experts on their own culture, examine their own assumptions and address power imbalances.",
            },
            "fr": {
                "term": "humilité culturelle",
                "synonyms": [],
                "definition": "Posture durable d'autocritique et d'ouverture par laquelle le soignant tient le patient pour expert de sa propre culture, interroge ses présupposés et corrige les déséquilibres de pouvoir.",
            },
            "zh-hans": {
                "term": "文化谦逊",
                "pinyin": "wénhuà qiānxùn",
                "synonyms": ["文化谦卑"],
                "definition": "一种终身保持自我反省与开放的态度：把患者视为其自身文化的专家，审视自己的预设，并正视医患之间的权力不平衡。",
            },
        },
    },
    {
        "slug": "cultural-competence",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "cultural competence",
                "synonyms": ["intercultural competence"],
                "definition": "The knowledge, attitudes and skills that allow clinicians to provide effective care to patients of diverse cultural and linguistic backgrounds, criticised when reduced to lists of cultural traits.",
            },
            "fr": {
                "term": "compétence culturelle",
                "synonyms": ["compétence interculturelle"],
                "definition": "Ensemble de savoirs, d'attitudes et d'habiletés permettant de soigner efficacement des patients d'origines culturelles et linguistiques diverses ; critiquée lorsqu'elle se réduit à des listes de traits culturels.",
            },
            "zh-hans": {
                "term": "文化胜任力",
                "pinyin": "wénhuà shèngrènlì",
                "synonyms": ["文化能力", "跨文化能力"],
                "definition": "使医务人员能够为不同文化和语言背景的患者提供有效照护的知识、态度与技能；若被简化为文化特征清单则会受到批评。",
            },
        },
    },
    {
        "slug": "professional-interpreter",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "professional interpreter",
                "synonyms": ["medical interpreter", "healthcare interpreter"],
                "definition": "A trained, impartial interpreter bound by confidentiality who enables communication with patients who do not share the clinician's language, preferable to relatives or ad hoc staff.",
            },
            "fr": {
                "term": "interprète professionnel",
                "synonyms": ["interprète médical", "interprétariat médical", "interprétariat"],
                "definition": "Interprète formé, impartial et tenu au secret, qui permet de communiquer avec un patient allophone ; son recours est préférable à celui des proches ou d'un collègue improvisé.",
            },
            "zh-hans": {
                "term": "医疗口译员",
                "pinyin": "yīliáo kǒuyìyuán",
                "synonyms": ["医疗翻译", "专业口译员"],
                "definition": "受过专门训练、保持中立并负有保密义务的口译人员，帮助医生与不通其语言的患者沟通，优于由家属或临时人员翻译。",
            },
        },
    },
    {
        "slug": "health-literacy",
        "themes": ["culture", "critical-thinking"],
        "text": {
            "en": {
                "term": "health literacy",
                "synonyms": [],
                "definition": "A person's ability to find, understand, appraise and use health information to make decisions; limited health literacy is common and often hidden from clinicians.",
            },
            "fr": {
                "term": "littératie en santé",
                "synonyms": [],
                "definition": "Capacité d'une personne à trouver, comprendre, évaluer et utiliser l'information sur la santé pour décider ; une littératie limitée est fréquente et souvent invisible pour le médecin.",
            },
            "zh-hans": {
                "term": "健康素养",
                "pinyin": "jiànkāng sùyǎng",
                "synonyms": [],
                "definition": "个人获取、理解、评估和运用健康信息以作出决定的能力；健康素养不足的情况相当普遍，却常常不为医生所察觉。",
            },
        },
    },
    {
        "slug": "teach-back",
        "themes": ["culture", "empathy"],
        "text": {
            "en": {
                "term": "teach-back",
                "synonyms": ["teach-back method"],
                "definition": "A technique for checking understanding in which the clinician asks the patient to explain, in their own words, what they have just been told, then clarifies any gaps.",
            },
            "fr": {
                "term": "teach-back",
                "synonyms": ["méthode teach-back"],
                "definition": "Technique de vérification de la compréhension : le médecin invite le patient à reformuler avec ses propres mots ce qui vient de lui être expliqué, puis précise ce qui reste flou.",
            },
            "zh-hans": {
                "term": "回授法",
                "pinyin": "huíshòufǎ",
                "synonyms": [],
                "definition": "核实患者理解程度的方法：医生请患者用自己的话复述刚才听到的内容，再针对遗漏或误解之处加以澄清。",
            },
        },
    },
    {
        "slug": "stigma",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "stigma",
                "synonyms": ["stigmatization", "stigmatisation"],
                "definition": "The social devaluation of people marked by a condition such as mental illness, HIV or addiction, which deters care-seeking and can bias clinicians' judgement.",
            },
            "fr": {
                "term": "stigmatisation",
                "synonyms": [],
                "definition": "Dévalorisation sociale des personnes marquées par une condition comme la maladie mentale, le VIH ou une addiction, qui décourage le recours aux soins et peut biaiser le jugement clinique.",
            },
            "zh-hans": {
                "term": "污名",
                "pinyin": "wūmíng",
                "synonyms": ["污名化"],
                "definition": "社会对患有精神疾病、艾滋病或成瘾等状况的人的贬低与排斥，会阻碍其求医，也可能使医生的判断产生偏差。",
            },
        },
    },
    {
        "slug": "social-determinants-of-health",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "social determinants of health",
                "synonyms": [],
                "definition": "The conditions in which people are born, grow, work and age, such as income, education, housing and discrimination, that shape health and its unequal distribution.",
            },
            "fr": {
                "term": "déterminants sociaux de la santé",
                "synonyms": [],
                "definition": "Conditions dans lesquelles les personnes naissent, grandissent, travaillent et vieillissent, comme le revenu, l'éducation, le logement ou les discriminations, qui façonnent la santé et ses inégalités.",
            },
            "zh-hans": {
                "term": "健康社会决定因素",
                "pinyin": "jiànkāng shèhuì juédìng yīnsù",
                "synonyms": ["社会决定因素"],
                "definition": "人们出生、成长、工作和老去的环境条件，如收入、教育、住房和歧视等，它们影响健康水平及其在人群中的不平等分布。",
            },
        },
    },
    {
        "slug": "medicalisation",
        "themes": ["culture", "critical-thinking"],
        "text": {
            "en": {
                "term": "medicalisation",
                "synonyms": [],
                "definition": "The process by which ordinary human conditions or social problems, such as ageing, grief or childbirth, come to be defined and managed as medical matters.",
            },
            "fr": {
                "term": "médicalisation",
                "synonyms": [],
                "definition": "Processus par lequel des situations ordinaires de l'existence ou des problèmes sociaux, comme le vieillissement, le deuil ou la naissance, sont définis et pris en charge comme des questions médicales.",
            },
            "zh-hans": {
                "term": "医学化",
                "pinyin": "yīxuéhuà",
                "synonyms": ["医疗化"],
                "definition": "衰老、丧亲、分娩等日常生命现象或社会问题逐渐被界定为医学问题、并交由医学来处理的过程。",
            },
        },
    },
    {
        "slug": "disability",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "disability",
                "synonyms": [],
                "definition": "A restriction in activity and participation arising from the interaction between a person's impairment and barriers in their environment, not from the impairment alone.",
            },
            "fr": {
                "term": "handicap",
                "synonyms": ["situation de handicap"],
                "definition": "Limitation d'activité et de participation qui naît de l'interaction entre une altération des fonctions d'une personne et les obstacles de son environnement, et non de l'altération seule.",
            },
            "zh-hans": {
                "term": "残疾",
                "pinyin": "cánjí",
                "synonyms": ["残障"],
                "definition": "个人身心功能损伤与环境中的各种障碍相互作用，导致其活动与社会参与受限的状态，而不只是损伤本身。",
            },
        },
    },
    {
        "slug": "medical-humanities",
        "themes": ["critical-thinking", "culture"],
        "text": {
            "en": {
                "term": "medical humanities",
                "synonyms": ["health humanities"],
                "definition": "An interdisciplinary field drawing on literature, history, philosophy, the arts and social sciences to understand illness and care and to educate reflective clinicians.",
            },
            "fr": {
                "term": "humanités médicales",
                "synonyms": ["sciences humaines et sociales en médecine"],
                "definition": "Champ interdisciplinaire qui mobilise la littérature, l'histoire, la philosophie, les arts et les sciences sociales pour comprendre la maladie et le soin et former des médecins réflexifs.",
            },
            "zh-hans": {
                "term": "医学人文",
                "pinyin": "yīxué rénwén",
                "synonyms": ["医学人文学"],
                "definition": "综合运用文学、历史、哲学、艺术和社会科学来理解疾病与照护、培养善于反思的医生的交叉学科领域。",
            },
        },
    },
    {
        "slug": "traditional-chinese-medicine",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "traditional Chinese medicine",
                "synonyms": ["Chinese medicine", "TCM"],
                "definition": "The medical system developed in China over two millennia, with its own theory of yin-yang, qi and organ systems and therapies including herbal medicine and acupuncture.",
            },
            "fr": {
                "term": "médecine traditionnelle chinoise",
                "synonyms": ["médecine chinoise", "MTC"],
                "definition": "Système médical élaboré en Chine depuis plus de deux millénaires, doté de sa propre théorie du yin-yang, du qi et des organes, et de thérapeutiques comme la pharmacopée et l'acupuncture.",
            },
            "zh-hans": {
                "term": "中医",
                "pinyin": "zhōngyī",
                "synonyms": ["中医学", "中医药"],
                "definition": "在中国两千多年实践中形成的医学体系，以阴阳、气和脏腑等理论为基础，治疗手段包括中药与针灸等。",
            },
        },
    },
    {
        "slug": "yin-yang",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "yin-yang",
                "synonyms": ["yin and yang"],
                "definition": "The paired, complementary and mutually transforming aspects of all phenomena in Chinese thought; in Chinese medicine, health is their dynamic balance and disease their imbalance.",
            },
            "fr": {
                "term": "yin et yang",
                "synonyms": ["yin-yang"],
                "definition": "Dans la pensée chinoise, aspects couplés, complémentaires et se transformant l'un en l'autre de tout phénomène ; en médecine chinoise, la santé tient à leur équilibre dynamique.",
            },
            "zh-hans": {
                "term": "阴阳",
                "pinyin": "yīnyáng",
                "synonyms": ["阴阳学说"],
                "definition": "中国古代思想中概括事物对立统一、相互转化两个方面的范畴；中医认为阴阳的动态平衡即健康，失衡则致病。",
            },
        },
    },
    {
        "slug": "qi",
        "themes": ["culture"],
        "text": {
            "en": {
                "term": "qi",
                "synonyms": [],
                "definition": "In Chinese thought and medicine, the dynamic substance and activity that constitutes and animates the body and the world; illness is often described as its deficiency or obstruction.",
            },
            "fr": {
                "term": "qi",
                "synonyms": [],
                "definition": "Dans la pensée et la médecine chinoises, substance et activité dynamiques qui constituent et animent le corps comme le monde ; la maladie y est souvent décrite comme son insuffisance ou son blocage.",
            },
            "zh-hans": {
                "term": "气",
                "pinyin": "qì",
                "synonyms": [],
                "definition": "中国古代哲学和中医学中构成并推动人体与万物运动变化的基本物质与功能；许多疾病被理解为气的不足或运行不畅。",
            },
        },
    },
    {
        "slug": "holism",
        "themes": ["culture", "critical-thinking"],
        "text": {
            "en": {
                "term": "holism",
                "synonyms": ["holistic approach"],
                "definition": "The view that a person must be understood as an integrated whole of body, mind and social and natural environment, central to Chinese medicine and to person-centred care.",
            },
            "fr": {
                "term": "holisme",
                "synonyms": ["approche holistique"],
                "definition": "Conception selon laquelle la personne doit être comprise comme un tout intégrant corps, esprit et environnement social et naturel ; elle est centrale en médecine chinoise comme dans les soins centrés sur la personne.",
            },
            "zh-hans": {
                "term": "整体观念",
                "pinyin": "zhěngtǐ guānniàn",
                "synonyms": ["整体观"],
                "definition": "把人视为身体、心理与社会及自然环境相统一的整体来认识的观点，是中医学的基本特点，也与以人为中心的照护相通。",
            },
        },
    },
    {
        "slug": "pattern-differentiation",
        "themes": ["culture", "critical-thinking"],
        "text": {
            "en": {
                "term": "pattern differentiation",
                "synonyms": ["syndrome differentiation", "bianzheng lunzhi"],
                "definition": "The core method of Chinese medicine: identifying a patient's pattern from the four examinations and tailoring treatment to it, so one disease may receive different treatments.",
            },
            "fr": {
                "term": "différenciation des syndromes",
                "synonyms": ["bianzheng lunzhi"],
                "definition": "Méthode centrale de la médecine chinoise : identifier le syndrome du patient à partir des quatre examens et y adapter le traitement, si bien qu'une même maladie peut être traitée différemment.",
            },
            "zh-hans": {
                "term": "辨证论治",
                "pinyin": "biànzhèng lùnzhì",
                "synonyms": ["辨证施治"],
                "definition": "中医诊疗的核心方法：通过四诊收集资料、辨明证候，再据此确定治法，因而同一种病可因证不同而治法不同。",
            },
        },
    },
    {
        "slug": "critical-appraisal",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "critical appraisal",
                "synonyms": [],
                "definition": "The systematic assessment of a study's validity, results and relevance to a given patient or setting before its findings are trusted or applied.",
            },
            "fr": {
                "term": "lecture critique",
                "synonyms": ["lecture critique d'article", "évaluation critique"],
                "definition": "Évaluation méthodique de la validité d'une étude, de ses résultats et de leur pertinence pour un patient ou un contexte donné, avant de s'y fier ou de les appliquer.",
            },
            "zh-hans": {
                "term": "批判性评价",
                "pinyin": "pīpànxìng píngjià",
                "synonyms": ["严格评价"],
                "definition": "在采信或应用研究结论之前，系统评估其真实性、结果及对特定患者或情境的适用性的过程。",
            },
        },
    },
    {
        "slug": "evidence-based-medicine",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "evidence-based medicine",
                "synonyms": ["EBM"],
                "definition": "The conscientious integration of the best available research evidence with clinical expertise and the patient's values and circumstances in decisions about individual care.",
            },
            "fr": {
                "term": "médecine fondée sur les preuves",
                "synonyms": ["médecine factuelle", "médecine fondée sur des données probantes"],
                "definition": "Intégration rigoureuse des meilleures données de la recherche disponibles, de l'expertise clinique et des valeurs et de la situation du patient dans les décisions de soin individuelles.",
            },
            "zh-hans": {
                "term": "循证医学",
                "pinyin": "xúnzhèng yīxué",
                "synonyms": [],
                "definition": "在个体诊疗决策中，将当前可得的最佳研究证据、医生的临床经验与患者的价值观和具体情况审慎结合的医学实践。",
            },
        },
    },
    {
        "slug": "placebo",
        "themes": ["critical-thinking", "culture"],
        "text": {
            "en": {
                "term": "placebo",
                "synonyms": ["placebo effect"],
                "definition": "An inert treatment used as a comparator in trials; by extension, the improvement produced by the context of care, expectation and ritual rather than by a specific effect.",
            },
            "fr": {
                "term": "placebo",
                "synonyms": ["effet placebo"],
                "definition": "Traitement sans principe actif servant de comparateur dans les essais ; par extension, amélioration due au contexte du soin, aux attentes et au rituel plutôt qu'à un effet spécifique.",
            },
            "zh-hans": {
                "term": "安慰剂",
                "pinyin": "ānwèijì",
                "synonyms": ["安慰剂效应"],
                "definition": "临床试验中用作对照的无特定药理作用的干预；引申指由诊疗情境、患者期待和仪式感而非特异性作用带来的改善。",
            },
        },
    },
    {
        "slug": "cognitive-bias",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "cognitive bias",
                "synonyms": [],
                "definition": "A systematic deviation in judgement arising from mental shortcuts, such as anchoring or availability, that can lead clinicians to wrong diagnoses and decisions.",
            },
            "fr": {
                "term": "biais cognitif",
                "synonyms": [],
                "definition": "Déviation systématique du jugement due à des raccourcis mentaux, comme l'ancrage ou la disponibilité, qui peut conduire le clinicien à des erreurs de diagnostic ou de décision.",
            },
            "zh-hans": {
                "term": "认知偏差",
                "pinyin": "rènzhī piānchā",
                "synonyms": ["认知偏倚"],
                "definition": "由锚定、易得性等思维捷径造成的系统性判断偏离，可能使医生作出错误的诊断与决策。",
            },
        },
    },
    {
        "slug": "clinical-reasoning",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "clinical reasoning",
                "synonyms": ["diagnostic reasoning"],
                "definition": "The thinking by which clinicians gather and interpret findings, generate and test hypotheses and reach diagnostic and management decisions, combining intuition and analysis.",
            },
            "fr": {
                "term": "raisonnement clinique",
                "synonyms": ["raisonnement diagnostique"],
                "definition": "Processus de pensée par lequel le clinicien recueille et interprète les données, formule et teste des hypothèses, puis décide du diagnostic et de la prise en charge, entre intuition et analyse.",
            },
            "zh-hans": {
                "term": "临床推理",
                "pinyin": "línchuáng tuīlǐ",
                "synonyms": ["临床思维", "诊断推理"],
                "definition": "医生收集并解读临床资料、提出和检验假设，进而作出诊断与处理决策的思维过程，兼具直觉判断与分析推理。",
            },
        },
    },
    {
        "slug": "diagnostic-error",
        "themes": ["critical-thinking", "ethics"],
        "text": {
            "en": {
                "term": "diagnostic error",
                "synonyms": ["misdiagnosis"],
                "definition": "A diagnosis that is missed, wrong or delayed, or not communicated to the patient, often arising from a combination of cognitive and system factors.",
            },
            "fr": {
                "term": "erreur diagnostique",
                "synonyms": ["erreur de diagnostic"],
                "definition": "Diagnostic manqué, erroné ou retardé, ou non communiqué au patient, qui résulte le plus souvent d'une combinaison de facteurs cognitifs et organisationnels.",
            },
            "zh-hans": {
                "term": "诊断错误",
                "pinyin": "zhěnduàn cuòwù",
                "synonyms": ["误诊"],
                "definition": "诊断被遗漏、错误或延误，或未能告知患者的情况，通常由认知因素与系统因素共同造成。",
            },
        },
    },
    {
        "slug": "medical-error",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "medical error",
                "synonyms": [],
                "definition": "A preventable failure in planning or carrying out care, whether or not it harms the patient, best analysed as a product of systems as well as individuals.",
            },
            "fr": {
                "term": "erreur médicale",
                "synonyms": [],
                "definition": "Défaillance évitable dans la conception ou la réalisation d'un soin, qu'elle cause ou non un dommage, à analyser comme le produit de l'organisation autant que des individus.",
            },
            "zh-hans": {
                "term": "医疗差错",
                "pinyin": "yīliáo chācuò",
                "synonyms": ["医疗过错"],
                "definition": "在诊疗计划或执行中本可避免的失误，无论是否对患者造成伤害，都应同时从系统和个人两个层面加以分析。",
            },
        },
    },
    {
        "slug": "error-disclosure",
        "themes": ["ethics", "empathy"],
        "text": {
            "en": {
                "term": "disclosure of medical error",
                "synonyms": ["error disclosure", "open disclosure"],
                "definition": "Honest communication to a patient and family that an error or adverse event has occurred, with an explanation, an apology and the steps taken to prevent recurrence.",
            },
            "fr": {
                "term": "annonce d'un dommage associé aux soins",
                "synonyms": ["annonce d'un événement indésirable"],
                "definition": "Information loyale donnée au patient et à ses proches sur la survenue d'une erreur ou d'un événement indésirable, avec des explications, des excuses et les mesures prises pour éviter qu'il se reproduise.",
            },
            "zh-hans": {
                "term": "医疗差错告知",
                "pinyin": "yīliáo chācuò gàozhī",
                "synonyms": ["不良事件告知"],
                "definition": "如实告诉患者及家属发生了差错或不良事件，说明经过、表达歉意，并介绍为防止再次发生所采取的措施。",
            },
        },
    },
    {
        "slug": "uncertainty",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "uncertainty",
                "synonyms": ["clinical uncertainty", "medical uncertainty"],
                "definition": "The irreducible limits of knowledge about a patient's diagnosis, prognosis or response to treatment, which clinicians must acknowledge, communicate and tolerate.",
            },
            "fr": {
                "term": "incertitude",
                "synonyms": ["incertitude médicale"],
                "definition": "Limites irréductibles de la connaissance sur le diagnostic, le pronostic ou la réponse au traitement d'un patient, que le médecin doit reconnaître, expliquer et apprendre à tolérer.",
            },
            "zh-hans": {
                "term": "不确定性",
                "pinyin": "bùquèdìngxìng",
                "synonyms": ["医学不确定性"],
                "definition": "对患者诊断、预后或治疗反应的认识所固有的局限；医生需要承认它、向患者说明它，并学会与之共处。",
            },
        },
    },
    {
        "slug": "reflective-practice",
        "themes": ["critical-thinking"],
        "text": {
            "en": {
                "term": "reflective practice",
                "synonyms": [],
                "definition": "The habit, described by Donald Schön, of examining one's actions during and after clinical work in order to learn from experience and improve future practice.",
            },
            "fr": {
                "term": "pratique réflexive",
                "synonyms": [],
                "definition": "Habitude, décrite par Donald Schön, d'examiner ses actions pendant et après l'activité clinique afin d'apprendre de l'expérience et d'améliorer sa pratique.",
            },
            "zh-hans": {
                "term": "反思性实践",
                "pinyin": "fǎnsīxìng shíjiàn",
                "synonyms": ["反思实践"],
                "definition": "舍恩提出的理念：在临床工作中和工作之后审视自己的行为，从经验中学习，以改进今后的实践。",
            },
        },
    },
    {
        "slug": "reflexivity",
        "themes": ["critical-thinking", "culture"],
        "text": {
            "en": {
                "term": "reflexivity",
                "synonyms": [],
                "definition": "Critical awareness of how one's own position, values, culture and power shape what one perceives and does, in research as in clinical encounters.",
            },
            "fr": {
                "term": "réflexivité",
                "synonyms": [],
                "definition": "Conscience critique de la manière dont sa propre position, ses valeurs, sa culture et son pouvoir orientent ce que l'on perçoit et ce que l'on fait, en recherche comme en clinique.",
            },
            "zh-hans": {
                "term": "反身性",
                "pinyin": "fǎnshēnxìng",
                "synonyms": ["自反性"],
                "definition": "对自身立场、价值观、文化背景和权力如何影响自己的观察与行动保持批判性的觉察，在研究和临床中都同样重要。",
            },
        },
    },
    {
        "slug": "professional-identity-formation",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "professional identity formation",
                "synonyms": ["professional identity"],
                "definition": "The gradual process through which learners internalise the values, norms and ways of being of the profession until they come to think, act and feel like physicians.",
            },
            "fr": {
                "term": "formation de l'identité professionnelle",
                "synonyms": ["identité professionnelle", "construction identitaire"],
                "definition": "Processus progressif par lequel l'étudiant intériorise les valeurs, les normes et les manières d'être de la profession jusqu'à penser, agir et se sentir médecin.",
            },
            "zh-hans": {
                "term": "职业认同形成",
                "pinyin": "zhíyè rèntóng xíngchéng",
                "synonyms": ["职业认同", "职业身份认同"],
                "definition": "学习者逐步内化医学职业的价值观、规范和行为方式，直到能像医生一样思考、行动和感受的过程。",
            },
        },
    },
    {
        "slug": "professionalism",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "professionalism",
                "synonyms": ["medical professionalism"],
                "definition": "The commitments that justify society's trust in physicians: competence, integrity, putting patients' interests first, accountability and the continuous improvement of care.",
            },
            "fr": {
                "term": "professionnalisme",
                "synonyms": ["professionnalisme médical"],
                "definition": "Engagements qui fondent la confiance de la société envers les médecins : compétence, intégrité, primauté de l'intérêt du patient, responsabilité et amélioration continue des soins.",
            },
            "zh-hans": {
                "term": "医学职业精神",
                "pinyin": "yīxué zhíyè jīngshén",
                "synonyms": ["职业精神", "职业素养"],
                "definition": "社会据以信任医生的一系列承诺，包括专业能力、正直诚信、将患者利益置于首位、承担责任和持续改进医疗质量。",
            },
        },
    },
    {
        "slug": "hidden-curriculum",
        "themes": ["critical-thinking", "ethics"],
        "text": {
            "en": {
                "term": "hidden curriculum",
                "synonyms": [],
                "definition": "The values and behaviours that students absorb from the culture, routines and role models of clinical settings, which may contradict what the formal curriculum teaches.",
            },
            "fr": {
                "term": "curriculum caché",
                "synonyms": ["programme caché"],
                "definition": "Valeurs et comportements que les étudiants intègrent à partir de la culture, des routines et des modèles des milieux cliniques, parfois en contradiction avec l'enseignement officiel.",
            },
            "zh-hans": {
                "term": "隐性课程",
                "pinyin": "yǐnxìng kèchéng",
                "synonyms": ["隐蔽课程"],
                "definition": "学生从临床环境的文化、日常做法和身边榜样中潜移默化习得的价值观与行为，可能与正式课程所教的内容相互矛盾。",
            },
        },
    },
    {
        "slug": "conflict-of-interest",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "conflict of interest",
                "synonyms": ["competing interests"],
                "definition": "A situation in which a professional judgement about patients or research risks being unduly influenced by a secondary interest, such as financial ties to industry.",
            },
            "fr": {
                "term": "conflit d'intérêts",
                "synonyms": ["lien d'intérêts"],
                "definition": "Situation où un jugement professionnel concernant des patients ou une recherche risque d'être indûment influencé par un intérêt secondaire, par exemple des liens financiers avec l'industrie.",
            },
            "zh-hans": {
                "term": "利益冲突",
                "pinyin": "lìyì chōngtū",
                "synonyms": [],
                "definition": "医生或研究者对患者或研究的专业判断可能受到次要利益（如与企业的经济往来）不当影响的情形。",
            },
        },
    },
    {
        "slug": "research-ethics",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "research ethics",
                "synonyms": [],
                "definition": "The principles and review procedures that protect the rights, safety and welfare of research participants and ensure the integrity of studies involving humans.",
            },
            "fr": {
                "term": "éthique de la recherche",
                "synonyms": [],
                "definition": "Principes et procédures d'examen qui protègent les droits, la sécurité et le bien-être des participants et garantissent l'intégrité des recherches impliquant la personne humaine.",
            },
            "zh-hans": {
                "term": "研究伦理",
                "pinyin": "yánjiū lúnlǐ",
                "synonyms": ["科研伦理"],
                "definition": "保护受试者权利、安全与福祉，并确保涉及人的研究真实可靠的一系列原则和审查程序。",
            },
        },
    },
    {
        "slug": "clinical-equipoise",
        "themes": ["ethics", "critical-thinking"],
        "text": {
            "en": {
                "term": "clinical equipoise",
                "synonyms": ["equipoise"],
                "definition": "Genuine uncertainty within the expert community about which of the compared treatments is better, the condition that makes it ethical to randomise patients in a trial.",
            },
            "fr": {
                "term": "équilibre clinique",
                "synonyms": ["équipoise clinique"],
                "definition": "Incertitude réelle de la communauté des experts quant au meilleur des traitements comparés ; c'est la condition qui rend éthique la répartition aléatoire des patients dans un essai.",
            },
            "zh-hans": {
                "term": "临床均势",
                "pinyin": "línchuáng jūnshì",
                "synonyms": [],
                "definition": "专业群体对所比较的几种治疗孰优孰劣确实没有定论；这一状态是在试验中对患者进行随机分组的伦理前提。",
            },
        },
    },
    {
        "slug": "moral-distress",
        "themes": ["ethics", "empathy"],
        "text": {
            "en": {
                "term": "moral distress",
                "synonyms": [],
                "definition": "The anguish felt when one believes one knows the ethically right course of action but institutional or hierarchical constraints prevent one from taking it.",
            },
            "fr": {
                "term": "détresse morale",
                "synonyms": [],
                "definition": "Souffrance éprouvée lorsque l'on pense savoir ce qu'il serait juste de faire mais que des contraintes institutionnelles ou hiérarchiques empêchent d'agir en conséquence.",
            },
            "zh-hans": {
                "term": "道德困扰",
                "pinyin": "dàodé kùnrǎo",
                "synonyms": ["道德痛苦"],
                "definition": "当事人自认为知道在伦理上应当怎么做，却因制度或上下级关系的限制而无法付诸行动时所产生的痛苦。",
            },
        },
    },
    {
        "slug": "medical-paternalism",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "medical paternalism",
                "synonyms": ["paternalism"],
                "definition": "Overriding or bypassing a patient's wishes or information needs for the sake of their own good, on the assumption that the doctor or family knows best.",
            },
            "fr": {
                "term": "paternalisme médical",
                "synonyms": ["paternalisme"],
                "definition": "Attitude qui passe outre les souhaits ou le besoin d'information du patient au nom de son propre bien, en présumant que le médecin ou la famille savent mieux que lui.",
            },
            "zh-hans": {
                "term": "医疗家长主义",
                "pinyin": "yīliáo jiāzhǎng zhǔyì",
                "synonyms": ["家长主义", "家长式作风"],
                "definition": "以为患者好为由，认定医生或家属更清楚什么对患者有利，从而忽视或绕过患者本人意愿与知情需求的做法。",
            },
        },
    },
    {
        "slug": "confidentiality",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "confidentiality",
                "synonyms": ["medical confidentiality", "patient confidentiality"],
                "definition": "The duty not to disclose information learned in the course of care without the patient's consent, except in narrowly defined legal or safety situations.",
            },
            "fr": {
                "term": "secret médical",
                "synonyms": ["secret professionnel", "confidentialité"],
                "definition": "Obligation de ne pas révéler sans le consentement du patient les informations connues à l'occasion des soins, sauf dans les cas strictement prévus par la loi.",
            },
            "zh-hans": {
                "term": "医疗保密",
                "pinyin": "yīliáo bǎomì",
                "synonyms": ["保密义务", "保密"],
                "definition": "医务人员对诊疗中获知的患者信息负有不经本人同意不得泄露的义务，法律明确规定或涉及他人安全的情形除外。",
            },
        },
    },
    {
        "slug": "filial-piety",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "filial piety",
                "synonyms": ["xiao"],
                "definition": "The Confucian virtue of respect, care and devotion toward one's parents, which in China strongly shapes how adult children act as decision-makers and caregivers for ill parents.",
            },
            "fr": {
                "term": "piété filiale",
                "synonyms": ["xiao"],
                "definition": "Vertu confucéenne de respect, de soin et de dévouement envers ses parents ; en Chine, elle façonne fortement le rôle des enfants adultes dans les décisions et les soins d'un parent malade.",
            },
            "zh-hans": {
                "term": "孝道",
                "pinyin": "xiàodào",
                "synonyms": [],
                "definition": "儒家倡导的尊敬、奉养和顺从父母的德行，在我国深刻影响着成年子女在父母患病时如何参与决策与照护。",
            },
        },
    },
    {
        "slug": "benevolence",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "benevolence",
                "synonyms": ["ren"],
                "definition": "The central Confucian virtue of humane love for others, rooted in commiseration; Chinese tradition calls medicine 'the art of benevolence' because healing expresses it.",
            },
            "fr": {
                "term": "bienveillance",
                "synonyms": ["ren"],
                "definition": "Vertu confucéenne cardinale d'amour humain envers autrui, enracinée dans la compassion ; la tradition chinoise qualifie la médecine d'« art de la bienveillance » parce que soigner l'exprime.",
            },
            "zh-hans": {
                "term": "仁",
                "pinyin": "rén",
                "synonyms": ["仁爱"],
                "definition": "儒家的核心德性，指爱人、以恻隐之心待人；中国传统称医学为“仁术”，正是因为治病救人体现了仁。",
            },
        },
    },
    {
        "slug": "great-physician",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "excellence and sincerity of the great physician",
                "synonyms": ["On the Absolute Sincerity of Great Physicians", "great physician", "dayi jingcheng"],
                "definition": "Sun Simiao's seventh-century essay and ideal: the great physician joins refined skill (jing) with sincere compassion (cheng) and treats all patients alike, rich or poor.",
            },
            "fr": {
                "term": "excellence et sincérité du grand médecin",
                "synonyms": ["dayi jingcheng"],
                "definition": "Texte de Sun Simiao (VIIe siècle) et idéal qu'il fonde : le grand médecin unit la maîtrise de son art (jing) à une compassion sincère (cheng) et soigne chacun à l'égal des autres, riche ou pauvre.",
            },
            "zh-hans": {
                "term": "大医精诚",
                "pinyin": "dàyī jīngchéng",
                "synonyms": [],
                "definition": "唐代孙思邈的医德名篇及其理想：大医须医术精湛（精）、心怀至诚与恻隐（诚），对求医者不问贵贱贫富，一视同仁。",
            },
        },
    },
    {
        "slug": "hippocratic-oath",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "Hippocratic Oath",
                "synonyms": [],
                "definition": "The ancient Greek oath of physicians, attributed to the Hippocratic school, whose modern versions still express duties toward patients, teachers and the profession.",
            },
            "fr": {
                "term": "serment d'Hippocrate",
                "synonyms": [],
                "definition": "Serment des médecins de la Grèce antique, attribué à l'école hippocratique, dont les versions modernes énoncent encore les devoirs envers les patients, les maîtres et la profession.",
            },
            "zh-hans": {
                "term": "希波克拉底誓言",
                "pinyin": "Xībōkèlādǐ shìyán",
                "synonyms": [],
                "definition": "古希腊医生的誓词，传统上归于希波克拉底学派，其现代版本至今仍表达医生对患者、师长和同行的责任。",
            },
        },
    },
    {
        "slug": "medical-ethics",
        "themes": ["ethics"],
        "text": {
            "en": {
                "term": "medical ethics",
                "synonyms": ["biomedical ethics"],
                "definition": "The reasoned study of the moral questions raised by medical practice and research, and the norms that guide clinicians in resolving them.",
            },
            "fr": {
                "term": "éthique médicale",
                "synonyms": ["éthique biomédicale"],
                "definition": "Réflexion argumentée sur les questions morales que posent la pratique et la recherche médicales, et normes qui guident les soignants pour y répondre.",
            },
            "zh-hans": {
                "term": "医学伦理",
                "pinyin": "yīxué lúnlǐ",
                "synonyms": ["医学伦理学", "生物医学伦理"],
                "definition": "对医疗实践和医学研究中所产生的道德问题进行系统论证的研究，以及指导医务人员处理这些问题的规范。",
            },
        },
    },
    {
        "slug": "medical-morality",
        "themes": ["ethics", "culture"],
        "text": {
            "en": {
                "term": "medical morality",
                "synonyms": ["yide", "physician virtue"],
                "definition": "In the Chinese tradition, the moral character and conduct expected of a physician, such as sincerity, humility and impartiality, cultivated as personal virtue rather than codified as rules.",
            },
            "fr": {
                "term": "morale médicale",
                "synonyms": ["vertu médicale"],
                "definition": "Dans la tradition chinoise, qualités morales et conduite attendues du médecin, comme la sincérité, l'humilité et l'impartialité, cultivées comme vertus personnelles plutôt qu'énoncées en règles.",
            },
            "zh-hans": {
                "term": "医德",
                "pinyin": "yīdé",
                "synonyms": ["医德医风"],
                "definition": "医生应具备的道德品质与行为规范，如至诚、谦逊、一视同仁；中国传统更重视将其作为个人德性来修养，而非条文化的规则。",
            },
        },
    },
    {
        "slug": "confucian-ethics",
        "themes": ["culture", "ethics"],
        "text": {
            "en": {
                "term": "Confucian ethics",
                "synonyms": ["Confucian bioethics"],
                "definition": "A moral tradition centred on benevolence, filial piety and harmonious relationships, which sees persons as embedded in families and informs family-centred approaches to medical decisions.",
            },
            "fr": {
                "term": "éthique confucéenne",
                "synonyms": ["éthique confucianiste"],
                "definition": "Tradition morale centrée sur la bienveillance, la piété filiale et l'harmonie des relations, qui conçoit la personne comme insérée dans sa famille et inspire des décisions médicales familiales.",
            },
            "zh-hans": {
                "term": "儒家伦理",
                "pinyin": "rújiā lúnlǐ",
                "synonyms": ["儒家伦理学"],
                "definition": "以仁、孝和人际和谐为核心的道德传统，把个人视为家庭关系中的一员，并影响着以家庭为中心的医疗决策方式。",
            },
        },
    },
    {
        "slug": "integrative-medicine",
        "themes": ["culture", "critical-thinking"],
        "text": {
            "en": {
                "term": "integrative medicine",
                "synonyms": ["integrated Chinese and Western medicine"],
                "definition": "The coordinated use of biomedicine and traditional or complementary therapies, in China chiefly the combination of Chinese and Western medicine in diagnosis and treatment.",
            },
            "fr": {
                "term": "médecine intégrative",
                "synonyms": ["médecine intégrée"],
                "definition": "Usage coordonné de la biomédecine et de thérapeutiques traditionnelles ou complémentaires ; en Chine, il s'agit surtout d'associer médecine chinoise et médecine occidentale dans le diagnostic et le traitement.",
            },
            "zh-hans": {
                "term": "中西医结合",
                "pinyin": "zhōngxīyī jiéhé",
                "synonyms": ["中西医结合医学"],
                "definition": "在诊断和治疗中把中医与西医协调结合起来的医学实践；在国际上与整合生物医学和传统、补充疗法的做法相对应。",
            },
        },
    },
    {
        "slug": "grief",
        "themes": ["empathy", "culture"],
        "text": {
            "en": {
                "term": "grief",
                "synonyms": ["bereavement", "mourning"],
                "definition": "The emotional, physical and social response to loss, above all the death of someone close, shaped by culture and ritual and sometimes prolonged enough to need support.",
            },
            "fr": {
                "term": "deuil",
                "synonyms": ["travail de deuil"],
                "definition": "Réaction émotionnelle, physique et sociale à une perte, surtout la mort d'un proche, façonnée par la culture et les rites, et qui peut se prolonger au point d'exiger un accompagnement.",
            },
            "zh-hans": {
                "term": "哀伤",
                "pinyin": "āishāng",
                "synonyms": ["居丧"],
                "definition": "面对丧失、尤其是亲人离世时产生的情绪、身体与社会反应，受文化和仪式的深刻影响，持续过久时需要专业支持。",
            },
        },
    },
]
