MODULE = {
    "slug": "evidence-and-tradition",
    "institution": "shutcm",
    "contributing_institutions": [],
    "language": "en",
    "title": "Evidence and tradition: reading research on traditional Chinese medicine critically",
    "summary": (
        "A module for teachers on appraising research on traditional Chinese medicine: what counts as evidence for a traditional practice, "
        "how to read acupuncture trials fairly, and how to help students discuss TCM with patients honestly and respectfully."
    ),
    "objectives": [
        "Distinguish historical use, clinical experience, mechanistic reasoning and controlled comparison as different kinds of warrant for a traditional practice.",
        "Explain why sham controls, blinding and expectation effects make acupuncture trials difficult to design and interpret.",
        "Appraise a report of an acupuncture trial using the STRICTA and CONSORT reporting items.",
        "Model for students a way of discussing TCM use with patients that is respectful, candid about uncertainty and attentive to safety.",
        "Design teaching activities that avoid both uncritical endorsement and reflexive dismissal of TCM.",
    ],
    "themes": ["critical-thinking", "culture"],
    "level": "faculty",
    "license": "cc-by",
    "keywords": [
        "traditional chinese medicine",
        "acupuncture",
        "evidence-based medicine",
        "sham control",
        "placebo",
        "patient communication",
    ],
    "authors": [
        {
            "key": "fang-qiyun",
            "name": "Fang Qiyun",
            "title": "Professor, Centre for Evidence-Based Chinese Medicine",
            "institution": "shutcm",
            "bio": (
                "Trained in internal medicine and clinical epidemiology, she teaches research methods to postgraduate students and runs the "
                "university's critical appraisal workshops for faculty. Her research concerns the design of pragmatic trials of individualised herbal treatment."
            ),
            "orcid": "",
        },
        {
            "key": "jiang-shuhan",
            "name": "Jiang Shuhan",
            "title": "Associate Professor, School of Acupuncture-Moxibustion and Tuina",
            "institution": "shutcm",
            "bio": (
                "A practising acupuncturist and clinical researcher, he has worked on sham-controlled trials in chronic pain and on the reporting quality "
                "of acupuncture studies. He coordinates the clinical communication teaching for acupuncture students."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Tu Y",
            "title": "The discovery of artemisinin (qinghaosu) and gifts from Chinese medicine",
            "venue": "Nature Medicine",
            "year": 2011,
            "doi": "",
            "url": "",
        },
        {
            "authors": "MacPherson H, Altman DG, Hammerschlag R, et al.",
            "title": "Revised STandards for Reporting Interventions in Clinical Trials of Acupuncture (STRICTA): extending the CONSORT statement",
            "venue": "PLoS Medicine",
            "year": 2010,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Vickers AJ, Cronin AM, Maschino AC, et al.",
            "title": "Acupuncture for chronic pain: individual patient data meta-analysis",
            "venue": "Archives of Internal Medicine",
            "year": 2012,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Howick J",
            "title": "The Philosophy of Evidence-Based Medicine",
            "venue": "Wiley-Blackwell",
            "year": 2011,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kaptchuk TJ",
            "title": "The Web That Has No Weaver: Understanding Chinese Medicine",
            "venue": "Congdon & Weed",
            "year": 1983,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "what-counts-as-evidence",
            "title": "What counts as evidence for a traditional practice?",
            "duration_minutes": 60,
            "introduction": (
                "This session helps teachers take apart the different kinds of warrant offered for traditional practices, and shows how tradition "
                "can be a rich source of hypotheses without becoming a substitute for testing them."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Four kinds of warrant",
                        "text": (
                            "<p>When a student says that a herbal formula “works”, the claim may rest on very different grounds. It helps to separate at least four kinds of warrant:</p>"
                            "<ol>"
                            "<li><strong>Textual and historical authority</strong>: the formula appears in the Shanghan lun, or has been used for centuries.</li>"
                            "<li><strong>Accumulated clinical experience</strong>: senior practitioners have seen many patients improve.</li>"
                            "<li><strong>Mechanistic reasoning</strong>, of two quite different kinds: reasoning within TCM theory (the formula clears heat and resolves dampness), "
                            "and laboratory findings about active compounds and pathways.</li>"
                            "<li><strong>Controlled comparison</strong>: patients who received the treatment did better than comparable patients who did not, in studies designed to limit bias.</li>"
                            "</ol>"
                            "<p>Each of these is evidence of something. Long use tells us that a practice was acceptable to patients and practitioners and rarely produced "
                            "harms that were obvious at the time. Clinical experience is the source of most good clinical questions. Mechanistic reasoning makes an effect "
                            "plausible. But only controlled comparison answers the question patients usually care about: am I more likely to get better with this than without it?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Why long use is not enough, in either direction",
                        "text": (
                            "<p>Experience and tradition are vulnerable to well-understood illusions. Many complaints for which people seek help are self-limiting or fluctuate; "
                            "patients tend to consult when they feel worst and would often have improved anyway (natural history and regression to the mean). Practitioners "
                            "remember striking successes and rarely hear about patients who quietly went elsewhere. None of this is peculiar to TCM. The same biases explain "
                            "why confidently used biomedical treatments, from bloodletting in the nineteenth century to hormone replacement therapy for cardiovascular "
                            "prevention in the late twentieth, were abandoned or revised once they were properly tested.</p>"
                            "<p>Long use is not evidence of safety either. Harms that are delayed, uncommon or resemble the underlying disease stay invisible without "
                            "systematic study. In the early 1990s, young women treated at a Belgian slimming clinic developed rapidly progressive renal fibrosis; the "
                            "herbal preparation was found to contain Aristolochia fangchi, apparently substituted for Stephania tetrandra because both were traded under "
                            "the name fangji. Aristolochic acid was later linked to urothelial cancers, and regulators in several countries, including China, restricted "
                            "Aristolochia-containing products. The lesson for students is not that herbs are dangerous, but that botanical identity, quality control and "
                            "pharmacovigilance matter as much for traditional medicines as for any other drug.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Tradition as a library of hypotheses: artemisinin",
                        "text": (
                            "<p>The most celebrated example of tradition feeding modern research is the discovery of artemisinin (qinghaosu). In 1969 Tu Youyou was "
                            "asked to lead a group within Project 523, a national programme launched in 1967 to find new antimalarials. Her team screened many "
                            "traditional remedies. Extracts of qinghao gave inconsistent results until she returned to a line in Ge Hong's fourth-century handbook of "
                            "emergency prescriptions, which describes soaking the herb in water and wringing out the juice rather than decocting it. This suggested that "
                            "heat might destroy the active principle. A low-temperature ether extraction yielded, in 1971, an extract that was highly effective against "
                            "malaria in animal models; clinical testing and determination of the structure followed. Tu Youyou shared the 2015 Nobel Prize in Physiology "
                            "or Medicine with William C. Campbell and Satoshi Ōmura, who were honoured for the discovery of avermectin.</p>"
                            "<p>The story is used rhetorically by enthusiasts and sceptics alike, so it is worth teaching precisely. The classical text supplied a clue about "
                            "preparation, not a proof of efficacy; the compound's value was established by extraction, animal experiments, clinical trials and chemistry. "
                            "Artemisinin-based combination therapies are now the recommended treatment for uncomplicated falciparum malaria, but they are not a traditional "
                            "decoction. The old text proved valuable because someone read it as a source of testable hypotheses. That stance, respectful curiosity joined "
                            "to rigorous testing, is the one we want our students to adopt.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "青蒿一握，以水二升渍，绞取汁，尽服之。 "
                            "“Take one handful of qinghao, steep it in two sheng of water, wring out the juice and drink all of it.”"
                        ),
                        "source": "Ge Hong, Zhouhou beiji fang (Handbook of Prescriptions for Emergencies), 4th century CE; English translation by the module authors",
                        "commentary": (
                            "<p>Eleven characters of instruction contain no theory at all: no pattern differentiation, no statement of why the remedy works. What they "
                            "do contain is a procedural detail, cold steeping, that a careful reader could turn into a hypothesis about chemistry. It is a good text for "
                            "showing students that the value of a classical source can lie in places its authors did not intend.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Matching the question to the method",
                        "text": (
                            "<p>Faculty at TCM universities often hear that randomised trials are “unsuitable” for an individualised medicine based on pattern differentiation "
                            "(bianzheng lunzhi). The objection deserves a serious answer. It is true that a trial of one fixed formula for a biomedical diagnosis may not test "
                            "what practitioners actually do. But randomisation does not require standardised treatment: patients can be randomised to individualised care "
                            "from experienced practitioners or to a comparison, with outcomes that matter to patients. Such pragmatic trials answer the question “does this "
                            "approach to care help?”, even if they cannot show which ingredient did the work. Explanatory trials ask whether a specific component has a specific "
                            "effect. Both are legitimate; confusion arises when a trial built for one question is read as answering the other.</p>"
                            "<p>Frameworks such as GRADE, moreover, rate the certainty of a body of evidence for a given outcome rather than simply ranking study designs. "
                            "Teachers can use this to move discussion away from “is TCM scientific?”, a question too broad to be useful, towards “for this intervention, in "
                            "these patients, for this outcome, how confident are we, and why?”</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Sorting claims",
                        "duration_minutes": 20,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Give each group eight short claims on cards, drawn from textbooks, patient leaflets, news reports and students' own statements, for example: "
                            "“This formula has been used for 1,800 years”; “A compound isolated from this herb inhibits tumour growth in mice”; “Acupuncture is included "
                            "in some national guidelines for migraine prevention”; “My grandmother's cough got better after she took stewed pear with fritillaria”.</li>"
                            "<li>Ask groups to label the kind of warrant each claim rests on, using the four categories above.</li>"
                            "<li>For each claim, write one sentence on what it does support and one on what it does not.</li>"
                            "<li>Choose one claim and outline the study that would raise our confidence in it: population, comparison, outcome, and how bias would be limited.</li>"
                            "<li>Debrief: which claims were hardest to classify, and why?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "In your own teaching, which kind of warrant do students rely on most readily, and which do they dismiss most readily?",
                            "Is the artemisinin story evidence for TCM, for modern pharmacology, or for something else? How would you present it, in the same room, to a sceptical international student and to a proud first-year TCM student?",
                            "Where does the objection that randomised trials cannot capture individualised treatment hold, and where does it fail?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Historical use, clinical experience, mechanistic reasoning and controlled comparison are different kinds of warrant, and each supports different conclusions.",
                            "Long use is evidence of acceptability, not proof of efficacy or safety; the aristolochic acid episode shows why identification, quality control and pharmacovigilance matter.",
                            "Tradition is best treated as a library of hypotheses: artemisinin came from reading a classical text as a clue and then testing it rigorously.",
                            "Pragmatic trials can test individualised care; what matters is matching the design to the question being asked.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Tu Y",
                                "title": "The discovery of artemisinin (qinghaosu) and gifts from Chinese medicine",
                                "venue": "Nature Medicine",
                                "year": 2011,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Vanherweghem JL, Depierreux M, Tielemans C, et al.",
                                "title": "Rapidly progressive interstitial renal fibrosis in young women: association with slimming regimen including Chinese herbs",
                                "venue": "The Lancet",
                                "year": 1993,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Howick J",
                                "title": "The Philosophy of Evidence-Based Medicine",
                                "venue": "Wiley-Blackwell",
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
                            "<p><strong>Timing (60 minutes):</strong> four kinds of warrant, 10 minutes; long use and safety, 10 minutes; artemisinin and the excerpt, 10 minutes; "
                            "sorting activity, 20 minutes; discussion, 10 minutes.</p>"
                            "<p><strong>Setting the frame.</strong> Participants in mixed faculty groups (TCM clinicians, biomedical scientists, visiting colleagues from Lyon or "
                            "Ottawa) may arrive with strong and opposing commitments. State at the outset that the aim is to improve how we teach appraisal, not to settle the "
                            "value of TCM as a whole. Inviting a respected TCM clinician to co-facilitate helps.</p>"
                            "<p><strong>Points to get right.</strong> The classical name qinghao has been applied to more than one Artemisia species; the artemisinin-containing "
                            "plant is Artemisia annua, called huanghuahao in modern botanical usage. Some participants will know this, and acknowledging it models precision. "
                            "The volume of a sheng varied between periods, so avoid giving a modern equivalent. In the Belgian case, avoid the two easy readings, “herbs are "
                            "dangerous” and “it was only a Western labelling error”: the harm arose from naming and supply-chain confusion, which is exactly why pharmacognosy "
                            "and authentication, disciplines taught at TCM universities, matter.</p>"
                            "<p><strong>Expected answers in the sorting activity.</strong> The 1,800-year claim is historical authority; the mouse study is laboratory mechanism "
                            "and says nothing yet about patients; the guideline claim reports a judgement based on controlled comparison and is the strongest of the four; the "
                            "grandmother's cough is an anecdote whose most likely explanation is natural history.</p>"
                            "<p><strong>Assessment.</strong> Ask each participant to bring one claim from their own lecture slides, classify it, and revise the wording so that "
                            "it states no more than its warrant supports.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "reading-acupuncture-trials",
            "title": "Designing and reading trials of acupuncture: sham, blinding and expectation",
            "duration_minutes": 75,
            "introduction": (
                "This session examines why acupuncture is among the hardest interventions to test, what different sham controls can and cannot show, "
                "and how to read trials fairly, whatever their country of origin."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "What is the control for a needle?",
                        "text": (
                            "<p>In a drug trial a placebo tablet can be made indistinguishable from the active drug. Acupuncture has no such easy counterpart, and "
                            "researchers have used several kinds of control, each answering a different question:</p>"
                            "<ul>"
                            "<li><strong>No treatment or waiting list</strong>: shows whether patients who receive acupuncture do better than those who receive nothing extra, "
                            "but cannot separate needling from attention, ritual and expectation.</li>"
                            "<li><strong>Usual care</strong>: answers a pragmatic question about adding acupuncture to what patients would otherwise receive.</li>"
                            "<li><strong>Superficial or minimal needling at non-acupuncture points</strong>: controls for the ritual, but still penetrates the skin and may have physiological effects.</li>"
                            "<li><strong>Non-penetrating devices</strong>: retractable blunt needles, first described by Streitberger and Kleinhenz in 1998, whose shaft slides "
                            "into the handle while the patient feels a prick; or simulated needling with a blunt object tapped through a guide tube.</li>"
                            "</ul>"
                            "<p>The crucial point for teaching is that no sham is physiologically inert. Touching and pressing the skin, the ritual of locating points, "
                            "time spent lying quietly and the practitioner's attention can all change pain. A comparison of “real” with “sham” acupuncture therefore "
                            "estimates the added contribution of needle location and penetration, not the total benefit of the treatment a patient actually receives.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What the large trials found",
                        "text": (
                            "<p>This distinction explains a pattern that has puzzled many clinicians. In the German Acupuncture Trials (GERAC) for chronic low back pain, "
                            "published in 2007, about 48% of patients receiving verum acupuncture and 44% receiving sham acupuncture responded, against 27% receiving "
                            "guideline-based conventional therapy. A US trial by Cherkin and colleagues (2009) found much the same: individualised acupuncture, "
                            "standardised acupuncture and simulated acupuncture with a toothpick in a guide tube all did better than usual care, with little difference "
                            "among them. An individual patient data meta-analysis of almost 18,000 patients with chronic pain (Vickers and colleagues, 2012) concluded that "
                            "acupuncture was superior to both sham and no-acupuncture controls, but that the difference from sham was modest, whereas the difference from "
                            "no acupuncture was considerably larger.</p>"
                            "<p>These findings are read in opposite ways. Sceptics conclude that acupuncture is “just placebo”; enthusiasts conclude that sham is “active "
                            "acupuncture too”. Both readings go beyond the data. What the trials show is that patients receiving acupuncture in its full clinical context "
                            "improved more than those receiving usual care, and that much of this improvement does not depend on the precise points traditionally "
                            "prescribed. Whether that justifies offering acupuncture is a separate question, involving cost, safety, patient preference and the "
                            "alternatives available; no single trial answers it.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Blinding and expectation",
                        "text": (
                            "<p>Patients can be partly blinded, especially if they have never had acupuncture; people who have been needled before identify a sham more "
                            "easily, which matters in China, where acupuncture is familiar. Practitioners cannot be blinded, so their enthusiasm, words and manner may "
                            "differ between groups. Trials can standardise scripts and limit conversation, and outcome assessors and statisticians can and should be "
                            "blinded. Good trials also ask participants at the end which treatment they think they received, and report the answers.</p>"
                            "<p>Expectation is not a nuisance to be wished away; it is a subject of research in its own right. Analysing four large German trials, Linde "
                            "and colleagues (2007) found that patients with higher expectations of acupuncture reported better outcomes, whichever group they were in. "
                            "Kaptchuk and colleagues (2008) showed in irritable bowel syndrome that sham acupuncture delivered within a warm, attentive relationship "
                            "produced more improvement than the same sham delivered in a brief, businesslike way, which in turn did better than a waiting list. For "
                            "teachers these studies are a gift: they let students see that the context of care, meaning time, attention and explanation, has measurable "
                            "effects, in biomedicine as much as in TCM.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Reading fairly: reporting, country of origin and bias",
                        "text": (
                            "<p>The STRICTA guidelines (STandards for Reporting Interventions in Clinical Trials of Acupuncture), revised in 2010 as an official extension of "
                            "CONSORT, ask authors to report the rationale for the style of acupuncture; the details of needling (points, depth, response sought such as deqi, "
                            "stimulation, retention time, needle type); the treatment regimen; other components of treatment; the practitioners' background; and the "
                            "rationale and details of the control. A trial that cannot be reproduced from its report cannot be fairly judged, whether its result is "
                            "positive or negative.</p>"
                            "<p>Teachers will meet the finding, from a 1998 systematic review by Vickers and colleagues, that controlled trials of acupuncture from China "
                            "and several other East Asian countries were at that time almost uniformly positive, a pattern unlikely to arise by chance and suggestive of "
                            "publication bias or methodological weakness. It should be taught honestly, and also fairly. The review described the literature of its time, "
                            "not the ability of researchers in any country, and selective publication is just as real a concern in industry-funded drug trials worldwide. "
                            "Since then, large, carefully conducted and prospectively registered acupuncture trials led by Chinese investigators have appeared in major "
                            "general medical journals, for example a multicentre trial of electroacupuncture for stress urinary incontinence published in JAMA in 2017. "
                            "The right lesson is to judge each trial by its design, registration and reporting, not by its postcode.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Appraising a trial abstract",
                        "duration_minutes": 30,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Distribute this fictional abstract, written for the module: “In a single-centre randomised trial, 120 adults with chronic neck pain received "
                            "twelve sessions of either acupuncture at traditional points or sham acupuncture with superficial needling at non-points. At four weeks, pain "
                            "on a 0–10 scale was lower with acupuncture (mean difference 1.1 points, p = 0.03). We conclude that acupuncture is an effective treatment for "
                            "chronic neck pain.”</li>"
                            "<li>State in one sentence what question this comparison actually answers.</li>"
                            "<li>List the STRICTA and CONSORT items you would need before trusting the result (for example registration, allocation concealment, who was blinded, "
                            "blinding assessment, loss to follow-up, practitioner experience, needling details).</li>"
                            "<li>Discuss whether a 1.1-point difference is clinically important, with reference to commonly cited thresholds for a minimal important difference on pain scales.</li>"
                            "<li>Rewrite the conclusion so that it claims no more than the design supports, then compare versions across groups.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "If real and sham acupuncture give similar results but both beat usual care, should acupuncture be offered? What else would you need to know?",
                            "Is it ethical to use sham acupuncture in a trial? What must participants be told when they consent?",
                            "How would you respond to a student who says “Chinese trials can't be trusted”, and to another who says “Western trials use too little acupuncture to be fair”?",
                            "What would a trial look like that takes both acupuncture practice and the control of bias seriously?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Every acupuncture control answers a different question, and no sham is physiologically inert.",
                            "Real-versus-sham comparisons estimate the contribution of point location and penetration; comparisons with usual care estimate the value of the whole package of care.",
                            "Practitioners cannot be blinded, but patients, assessors and analysts often can, and the success of blinding should be reported.",
                            "Expectation and therapeutic context have measurable effects and are worth teaching in their own right.",
                            "Use STRICTA and CONSORT to judge each trial on its design and reporting, not on its country of origin or its result.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "MacPherson H, Altman DG, Hammerschlag R, et al.",
                                "title": "Revised STandards for Reporting Interventions in Clinical Trials of Acupuncture (STRICTA): extending the CONSORT statement",
                                "venue": "PLoS Medicine",
                                "year": 2010,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Haake M, Müller HH, Schade-Brittinger C, et al.",
                                "title": "German Acupuncture Trials (GERAC) for chronic low back pain: randomized, multicenter, blinded, parallel-group trial with 3 groups",
                                "venue": "Archives of Internal Medicine",
                                "year": 2007,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Cherkin DC, Sherman KJ, Avins AL, et al.",
                                "title": "A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain",
                                "venue": "Archives of Internal Medicine",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kaptchuk TJ, Kelley JM, Conboy LA, et al.",
                                "title": "Components of placebo effect: randomised controlled trial in patients with irritable bowel syndrome",
                                "venue": "BMJ",
                                "year": 2008,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Vickers A, Goyal N, Harland R, Rees R",
                                "title": "Do certain countries produce only positive results? A systematic review of controlled trials",
                                "venue": "Controlled Clinical Trials",
                                "year": 1998,
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
                            "<p><strong>Timing (75 minutes):</strong> controls and the large trials, 20 minutes; blinding and expectation, 10 minutes; reporting and fairness, "
                            "10 minutes; abstract appraisal, 30 minutes; wrap-up, 5 minutes.</p>"
                            "<p><strong>Handling the room.</strong> Colleagues from acupuncture departments may hear the sham literature as an attack on their life's work, and "
                            "biomedical colleagues may hear any defence of it as special pleading. Say explicitly that sham-controlled trials answer a narrow mechanistic "
                            "question, and that a small real-versus-sham difference is compatible both with a clinically worthwhile treatment and with one whose benefits are "
                            "mostly contextual. The point is to read precisely, not to win.</p>"
                            "<p><strong>Expected answers for the abstract.</strong> The comparison tests whether needling at traditional points adds to superficial needling at "
                            "non-points, over four weeks only. Missing information typically includes trial registration, allocation concealment, whether assessors were "
                            "blinded, whether blinding of patients was checked, dropout, practitioner training and the needling protocol. A difference of 1.1 points on a "
                            "0–10 scale falls at or below many published thresholds for a minimal important difference, so “effective” overstates the result. A fair "
                            "rewrite might read: “Acupuncture at traditional points produced a small short-term reduction in pain compared with superficial sham needling; "
                            "longer, adequately blinded multicentre trials are needed.”</p>"
                            "<p><strong>Sham and consent.</strong> Participants are usually told that they will receive one of two (or more) forms of needle treatment that "
                            "differ in technique, and that neither they nor the assessors will know which until the end; full debriefing follows. Ethics committees "
                            "generally accept this when no effective treatment is withheld.</p>"
                            "<p><strong>Assessment.</strong> Ask participants to appraise a recent acupuncture trial from their own field using STRICTA and to present, in five "
                            "minutes, what question it answered and what it did not.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "talking-with-patients-about-tcm",
            "title": "Teaching students to discuss TCM with patients respectfully and honestly",
            "duration_minutes": 60,
            "introduction": (
                "This session turns from reading research to the clinical encounter: how to help students ask about TCM use without judgement, "
                "share evidence honestly, and keep safety in view."
            ),
            "body": [
                (
                    "case",
                    {
                        "title": "Warfarin, danshen and a neighbour's advice",
                        "presentation": (
                            "<p>Mrs Liang, 71, a retired accountant, has atrial fibrillation and had a minor ischaemic stroke three years ago. She has taken warfarin since, "
                            "with her INR stable between 2.0 and 2.8 for two years. At a routine anticoagulation clinic visit her INR is 4.6. She has small bruises on both "
                            "forearms and her gums bleed when she brushes her teeth; there is no other bleeding and her blood pressure is normal. She has not changed her "
                            "warfarin dose, has not taken antibiotics and says her diet is unchanged.</p>"
                            "<p>Only when the resident asks a third time whether she is taking “anything else”, she mentions that three weeks ago a neighbour recommended "
                            "a proprietary Chinese medicine containing danshen (Salvia miltiorrhiza) “to keep the blood vessels clear”, which she has taken every day. "
                            "She had not mentioned it because “it's only Chinese medicine, it's natural”, and because, years earlier, a doctor had laughed when she said "
                            "she took herbs. The resident replies firmly: “You must stop all herbal medicines immediately. They're dangerous with warfarin.” Mrs Liang "
                            "says nothing more. The following week she misses her repeat INR appointment.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Why patients don't tell us",
                        "text": (
                            "<p>Surveys in many countries have found that a large share of patients who use complementary or traditional therapies do not mention them to "
                            "their doctors; in the national US survey by Eisenberg and colleagues published in 1993, most users had not told their physician. Mrs Liang "
                            "shows the usual reasons: she does not regard a “natural” product as medicine, nobody asked in a way that invited an answer, and experience has "
                            "taught her that disclosure may bring ridicule. In China, where TCM is part of the mainstream health system, the pattern takes a different form: "
                            "a patient may receive prescriptions from a TCM department and a cardiology department in the same hospital, or buy proprietary Chinese medicines "
                            "over the counter, without either prescriber seeing the full list.</p>"
                            "<p>Non-disclosure is not a moral failing of patients; it is a predictable result of how we ask. The single most effective change is routine, "
                            "neutral enquiry: “Many people take Chinese medicines, supplements or other remedies alongside their prescriptions. What are you taking at the "
                            "moment, including things you might not think of as medicine?”</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Honesty without contempt",
                        "text": (
                            "<p>Students tend to fall into one of two errors. Some, often those trained mainly in biomedicine, dismiss TCM as unscientific and let their tone "
                            "show it. Others, including many who grew up with TCM in their families, avoid saying anything that might sound critical. Both fail the patient: "
                            "the first destroys the trust needed to keep her safe, the second withholds information she needs. We teach a simple sequence:</p>"
                            "<ol>"
                            "<li><strong>Ask and listen</strong>: what are you taking, why, and what do you hope it will do? Kleinman's explanatory-model questions are useful here.</li>"
                            "<li><strong>Acknowledge the goal</strong>: Mrs Liang's aim, protecting her heart and brain, is reasonable and shared.</li>"
                            "<li><strong>Be specific about what is known</strong>: for this product and this purpose, is the evidence good, weak, absent or negative? Say so plainly, including “we don't know”.</li>"
                            "<li><strong>Put safety first</strong>: interactions, effects on liver and kidney, product quality, and delay of effective treatment.</li>"
                            "<li><strong>Plan together</strong>: agree on a next step the patient can accept, and invite her to bring any new product to the next visit.</li>"
                            "</ol>"
                            "<p>Honesty applies in both directions. Students should be as candid about the uncertainties of some biomedical treatments as about TCM, and should "
                            "know where the evidence for particular TCM interventions is reasonably good, for instance acupuncture for some chronic pain conditions, so that "
                            "their scepticism is calibrated rather than reflexive.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Keeping safety in view",
                        "text": (
                            "<p>Some risks are well described. Danshen and dong quai are among the herbs reported to increase the effect of warfarin; Polygonum multiflorum "
                            "(heshouwu) has been associated with drug-induced liver injury; and regulators in several countries have found some herbal and “natural” "
                            "products adulterated with undeclared pharmaceuticals such as corticosteroids. Students should learn to check reliable interaction resources, "
                            "involve a clinical pharmacist, and report suspected adverse reactions through the national pharmacovigilance system.</p>"
                            "<p>In Mrs Liang's case the right message is neither “all herbs are dangerous” nor “it's fine”, but something like: “This particular medicine can "
                            "make your warfarin stronger, which is probably why your blood test changed. Your aim of protecting your heart is a good one, so let's talk about "
                            "how to do that safely. And if you would like to keep seeing a Chinese medicine doctor, let's make sure each of us knows what the other is prescribing.”</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "For teachers: the hidden curriculum",
                        "text": (
                            "<p>Students learn more from how we talk about TCM in corridors than from our lectures. A sneer on a ward round, or an uncritical endorsement "
                            "in a TCM clinic, teaches a stance. Faculty at a TCM university carry a particular responsibility: our graduates will often be the clinicians "
                            "whom patients trust most to tell them the truth about the limits of TCM as well as its value. International partners, in turn, help most by "
                            "showing curiosity rather than condescension. A medication-history OSCE station that includes traditional remedies, with feedback on tone as "
                            "well as content, is one practical way to make this competence visible and assessable.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Building an OSCE station",
                        "duration_minutes": 25,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Draft a ten-minute OSCE station in which a simulated patient is taking a TCM product relevant to a common condition (for example, a "
                            "proprietary Chinese medicine alongside an antihypertensive, or a herbal formula for fatigue during chemotherapy).</li>"
                            "<li>Write a brief for the simulated patient, including what they will disclose only if asked openly and without judgement.</li>"
                            "<li>Write a marking scheme with items for enquiry, respect, accuracy about evidence, safety and shared planning, plus at least one global rating of tone.</li>"
                            "<li>Swap stations with another group and run a five-minute trial, with one member playing the student.</li>"
                            "<li>Debrief: which behaviours were easiest to assess, and which hardest?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "What did the resident get right in the encounter with Mrs Liang, and what went wrong?",
                            "Should a cardiologist ever advise a patient to continue a TCM product? Under what conditions?",
                            "How should a student respond when a senior clinician, in front of a patient, makes a claim about TCM, for or against, that the student believes the evidence does not support?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Recall a time when you spoke about traditional Chinese medicine, positively or negatively, in front of students or a patient. What stance did your words and tone convey, and is it the stance you would want students to copy?",
                        "guidance": (
                            "Write about 300 words for your teaching portfolio. Describe the situation factually, note what you believe the evidence showed in that "
                            "instance, and identify one specific phrase or habit you would keep or change. If you have not taught in a clinical setting, reflect on how "
                            "TCM was discussed when you were a student."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Non-disclosure of TCM use is predictable; routine, neutral questions make it safe to tell.",
                            "Honesty and respect go together: be specific about the evidence, including uncertainty, without contempt.",
                            "Keep safety in view: interactions, liver injury, product quality and delay of effective treatment.",
                            "Faculty model a stance through the hidden curriculum; make this communication skill observable and assessable.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Eisenberg DM, Kessler RC, Foster C, et al.",
                                "title": "Unconventional medicine in the United States: prevalence, costs, and patterns of use",
                                "venue": "New England Journal of Medicine",
                                "year": 1993,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kleinman A, Eisenberg L, Good B",
                                "title": "Culture, illness, and care: clinical lessons from anthropologic and cross-cultural research",
                                "venue": "Annals of Internal Medicine",
                                "year": 1978,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kaptchuk TJ",
                                "title": "The Web That Has No Weaver: Understanding Chinese Medicine",
                                "venue": "Congdon & Weed",
                                "year": 1983,
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
                            "<p><strong>Timing (60 minutes):</strong> case, 10 minutes; why patients don't tell and honesty without contempt, 15 minutes; safety and the hidden "
                            "curriculum, 10 minutes; OSCE station design, 25 minutes. The reflection is completed afterwards for the teaching portfolio.</p>"
                            "<p><strong>Clinical points in the case.</strong> An INR of 4.6 with minor bleeding should be managed according to the local anticoagulation protocol. "
                            "Danshen is a plausible contributor, but other causes should still be considered (intercurrent illness, reduced intake, dosing errors, other new "
                            "drugs, liver function). Note that the product is a licensed proprietary medicine widely used in China for cardiovascular indications; the "
                            "problem is the unsupervised combination with warfarin, not the existence of the product, and participants should avoid vilifying it.</p>"
                            "<p><strong>What the resident got right and wrong.</strong> Right: persistence in asking, and correctly identifying a likely interaction. Wrong: "
                            "the blanket claim about “all herbal medicines”, the absence of any acknowledgement of her goal, no explanation of why, and no plan for follow-up. "
                            "Her missed appointment is the real adverse outcome of the consultation. Ask participants to script a better two-minute response.</p>"
                            "<p><strong>Pitfalls.</strong> In groups with many TCM clinicians, discussion may drift towards defending TCM; in groups of biomedical faculty, towards "
                            "anecdotes of TCM harm. Both are understandable; bring the group back to the teaching question: what do we want a student to say and do in this room?</p>"
                            "<p><strong>Assessment.</strong> The OSCE stations produced in this session can be pooled, peer-reviewed and piloted with students; the global "
                            "rating of tone is often the item examiners find most revealing.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
