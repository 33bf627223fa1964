"""The sentences the benchmark's synthetic library is written with (no Django here: `make bench` reads
them too, to ask its searches)."""

LANGUAGES = ["en", "fr", "zh-hans"]
SENTENCES = {
    "en": [
        "Students compare two accounts of the same consultation and ask what each one leaves out.",
        "A patient's story is not a symptom list: it has an order, a voice and a reason for being told.",
        "Clinicians who name their uncertainty openly are trusted more, not less, by most patients.",
        "The seminar closes with a short written reflection that nobody else needs to read.",
        "Interpreters are members of the care team, and briefing them is part of the consultation.",
        "Consent is a conversation that continues after the form has been signed.",
        "Fatigue narrows attention; the ward round is where that narrowing shows first.",
        "Each group reports one disagreement it could not resolve, and why it mattered.",
    ],
    "fr": [
        "Les étudiants comparent deux récits de la même consultation et se demandent ce que chacun omet.",
        "Le récit d'un patient n'est pas une liste de symptômes : il a un ordre, une voix et une raison d'être.",
        "Le clinicien qui reconnaît son incertitude inspire davantage confiance à la plupart des patients.",
        "La séance se termine par une courte réflexion écrite que personne d'autre n'a besoin de lire.",
        "L'interprète fait partie de l'équipe soignante, et le préparer fait partie de la consultation.",
        "Le consentement est une conversation qui se poursuit après la signature du formulaire.",
        "La fatigue rétrécit l'attention ; c'est à la visite du matin que ce rétrécissement se voit d'abord.",
        "Chaque groupe présente un désaccord qu'il n'a pas pu trancher, et dit pourquoi il comptait.",
    ],
    "zh-hans": [
        "学生比较同一次问诊的两份记录，讨论每一份遗漏了什么。",
        "患者的叙述不是症状清单：它有顺序、有声音，也有讲述的理由。",
        "坦率说明不确定性的医生，往往更能赢得患者的信任。",
        "课程以一段简短的书面反思结束，这段文字不必给任何人看。",
        "医疗翻译是医疗团队的一员，向其介绍情况也是问诊的一部分。",
        "知情同意是一场对话，签完表格之后仍在继续。",
        "疲劳会使注意力变窄，而这种变窄最先出现在查房时。",
        "每个小组汇报一个未能解决的分歧，并说明它为何重要。",
    ],
}
TOPICS = {
    "en": ["Empathy", "Consent", "Uncertainty", "Narrative", "Interpreters", "Fatigue", "Dignity", "Trust"],
    "fr": ["Empathie", "Consentement", "Incertitude", "Récit", "Interprètes", "Fatigue", "Dignité", "Confiance"],
    "zh-hans": ["共情", "知情同意", "不确定性", "叙事", "医疗翻译", "疲劳", "尊严", "信任"],
}
