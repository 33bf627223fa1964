"""Peer reviews of four demo modules, each by a reviewer of another institution, in the reviewer's words.

The loader runs them through the real workflow (submitted by the module's author, approved by the
reviewer), so the demo shows what a reviewed module looks like to readers and to its authors.
"""

REVIEWS = [
    {
        "module": "le-consentement-eclaire-a-l-epreuve-des-cultures",
        "author": "prof.lyon",
        "reviewer": "reviewer.ottawa",
        "accuracy": "strong",
        "accuracy_comment": (
            "Le rappel de la loi du 4 mars 2002 et de la jurisprudence sur le devoir d'information est exact. "
            "Il serait utile de préciser, en note, que la preuve de l'information incombe au médecin."
        ),
        "teaching_value": "strong",
        "teaching_value_comment": (
            "Les trois leçons progressent bien du cadre juridique vers la pratique ; la méthode « teach-back » "
            "donne aux étudiants un geste concret à essayer dès leur prochain stage."
        ),
        "cultural_sensitivity": "sound",
        "cultural_sensitivity_comment": (
            "Le cas de la famille qui demande à décider est traité avec respect. Je suggère d'ajouter la "
            "perspective d'un patient qui choisit lui-même de déléguer : ce n'est pas toujours la famille qui "
            "s'impose."
        ),
        "accessibility": "sound",
        "accessibility_comment": (
            "Langue claire, titres explicites. Les extraits juridiques sont longs : un encadré de synthèse "
            "aiderait les étudiants qui lisent en langue seconde."
        ),
        "overall_comment": (
            "Un module solide et directement utilisable à Ottawa comme à Lyon. Les suggestions ci-dessus sont "
            "facultatives ; j'approuve la publication."
        ),
    },
    {
        "module": "breaking-bad-news-with-empathy",
        "author": "prof.ottawa",
        "reviewer": "reviewer.sjtu",
        "accuracy": "strong",
        "accuracy_comment": (
            "SPIKES and the NURSE statements are described faithfully, and the module is honest about the "
            "limited evidence that protocols alone improve outcomes."
        ),
        "teaching_value": "strong",
        "teaching_value_comment": (
            "The role-play with a timed silence is excellent; our students in Shanghai rarely practise "
            "staying quiet, and this gives them permission to."
        ),
        "cultural_sensitivity": "sound",
        "cultural_sensitivity_comment": (
            "The third lesson handles family requests for non-disclosure well. It could mention that in China "
            "the family is often told first by law and custom, so that instructors there can adapt the case."
        ),
        "accessibility": "strong",
        "accessibility_comment": (
            "The SPIKES diagram has full alternative text and the worksheet is an editable document. "
            "Reading load is reasonable for one seminar."
        ),
        "overall_comment": (
            "Ready to publish. It pairs naturally with SJTU's module on family and truth-telling; a cross-link "
            "between the two would help instructors who teach both."
        ),
    },
    {
        "module": "family-autonomy-and-truth-telling-in-chinese-clinical-practice",
        "author": "prof.sjtu",
        "reviewer": "reviewer.ottawa",
        "accuracy": "sound",
        "accuracy_comment": (
            "The summary of the Civil Code provisions on informing patients is correct in general terms. "
            "Please give the article numbers so that students can look them up."
        ),
        "teaching_value": "strong",
        "teaching_value_comment": (
            "The case of the family who asks that their father not be told is realistic and leaves real room "
            "for discussion; the negotiation phrases in lesson three are immediately usable."
        ),
        "cultural_sensitivity": "strong",
        "cultural_sensitivity_comment": (
            "Confucian family-centred ethics is presented on its own terms, not as an obstacle to autonomy. "
            "Canadian students will learn as much about their own assumptions as about China."
        ),
        "accessibility": "sound",
        "accessibility_comment": (
            "Clear English. A short glossary of the Chinese terms used (孝, 家庭本位) would help readers who "
            "do not read Chinese."
        ),
        "overall_comment": (
            "An important module for the partnership: it shows why the same question gets different answers "
            "in our countries. Approved; the article numbers would be a welcome addition."
        ),
    },
    {
        "module": "dayi-jingcheng",
        "author": "prof.shutcm",
        "reviewer": "reviewer.sjtu",
        "accuracy": "strong",
        "accuracy_comment": "《大医精诚》原文引用准确，注释参考了通行校本；对生物医学伦理四原则的概括也没有问题。",
        "teaching_value": "strong",
        "teaching_value_comment": (
            "从文本细读到原则对照，再到只愿接受中医治疗的乳腺癌病例，层层递进，适合临床前阶段的学生讨论。"
        ),
        "cultural_sensitivity": "strong",
        "cultural_sensitivity_comment": (
            "对中医与生物医学两种传统都保持了尊重，没有把任何一方写成反面教材，病例讨论也顾及了患者的信念。"
        ),
        "accessibility": "sound",
        "accessibility_comment": "古文段落建议附上白话译文，方便非中医专业的学生和外国留学生阅读。",
        "overall_comment": "内容扎实，讨论设计用心，同意发布。若能补充白话译文，将更便于合作院校使用。",
    },
]
