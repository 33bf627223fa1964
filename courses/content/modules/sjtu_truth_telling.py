MODULE = {
    "slug": "family-autonomy-and-truth-telling-in-chinese-clinical-practice",
    "institution": "sjtu",
    "contributing_institutions": [],
    "language": "en",
    "title": "Family, Autonomy and Truth-telling in Chinese Clinical Practice",
    "summary": "What should a doctor do when a family asks that a patient not be told he has cancer? This module sets Confucian family-centred ethics beside individual autonomy, works through a realistic case, and outlines the Chinese legal frame and practical ways to negotiate disclosure.",
    "objectives": [
        "Explain the main features of family-centred decision-making in Confucian ethics and contrast them with a model based on individual autonomy.",
        "Identify the motives behind family requests for non-disclosure and the clinical, ethical and relational costs of withholding a diagnosis.",
        "Summarise, in general terms, the duties to inform and obtain consent set out in the Civil Code of the People's Republic of China.",
        "Use a structured approach to negotiate disclosure with a family while respecting the patient's own wishes about information and decision-making.",
    ],
    "themes": ["ethics", "culture"],
    "level": "preclinical",
    "license": "cc-by-nc",
    "keywords": ["truth-telling", "informed consent", "confucian ethics", "relational autonomy", "breaking bad news"],
    "authors": [
        {
            "key": "lanxin-xu",
            "name": "Xu Lanxin",
            "title": "Associate Professor of Medical Ethics, School of Medicine",
            "institution": "sjtu",
            "bio": "Xu Lanxin teaches medical ethics to preclinical students and serves on a hospital ethics committee. Her research compares Confucian and liberal approaches to consent and family involvement in end-of-life care.",
            "orcid": "",
        },
        {
            "key": "mingzhe-fang",
            "name": "Fang Mingzhe",
            "title": "Chief Physician, Department of Medical Oncology, and Clinical Associate Professor",
            "institution": "sjtu",
            "bio": "Fang Mingzhe is a medical oncologist at a teaching hospital affiliated with Shanghai Jiao Tong University School of Medicine. He runs communication workshops for residents on breaking bad news and leading family meetings.",
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Beauchamp TL, Childress JF",
            "title": "Principles of Biomedical Ethics (8th edition)",
            "venue": "Oxford University Press",
            "year": 2019,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Fan R",
            "title": "Reconstructionist Confucianism: Rethinking Morality after the West",
            "venue": "Springer",
            "year": 2010,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Mackenzie C, Stoljar N (eds)",
            "title": "Relational Autonomy: Feminist Perspectives on Autonomy, Agency, and the Social Self",
            "venue": "Oxford University Press",
            "year": 2000,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Baile WF, Buckman R, Lenzi R, Glober G, Beale EA, Kudelka AP",
            "title": "SPIKES — a six-step protocol for delivering bad news: application to the patient with cancer",
            "venue": "The Oncologist",
            "year": 2000,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1
        # ------------------------------------------------------------------
        {
            "slug": "the-family-as-a-moral-unit",
            "title": "The Family as a Moral Unit: Confucian Ethics and Individual Autonomy",
            "duration_minutes": 60,
            "introduction": "This lesson compares two ways of thinking about who should know and who should decide in serious illness — the individual-autonomy model of contemporary bioethics and the family-centred model rooted in Confucian ethics — and asks whether they are really as opposed as they seem.",
            "body": [
                (
                    "section",
                    {
                        "heading": "Two pictures of the patient",
                        "text": (
                            "<p>In the model of bioethics that became dominant in North America and Western Europe from the 1970s, the patient is pictured as an individual who has the right to information about his or her own body and the final say over what is done to it. Respect for autonomy is one of the four principles set out by Beauchamp and Childress, and informed consent is its practical expression. On this view, telling a competent adult the truth about a cancer diagnosis is not optional: it is a precondition for the patient's own choices about treatment and about the rest of his or her life.</p>"
                            "<p>It is worth remembering how recent this consensus is. In a survey published in 1961, Oken found that about 90% of responding American physicians generally preferred not to tell patients they had cancer. When Novack and colleagues repeated a similar survey in 1979, 97% said they generally told. The change in less than twenty years had many causes: better treatments, the growth of patients' rights movements and consent law, and changing attitudes to death. Non-disclosure, in other words, is not a uniquely “Chinese” practice; it was once the norm in many countries.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The family in Confucian ethics",
                        "text": (
                            "<p>Confucian ethics offers a different starting point. Its central virtue, <em>ren</em> (humaneness), is learned and practised first within the family; in the opening chapter of the <em>Analects</em>, a disciple of Confucius calls filial piety (<em>xiao</em>) and respect for elder brothers the root of humaneness. The self is understood relationally: one is a son or daughter, a parent, a spouse, before one is an abstract individual. The family is a unit of shared life — shared resources, shared reputation, shared suffering — and it is natural, on this view, that grave decisions should be shared as well.</p>"
                            "<p>The philosopher Fan Ruiping has argued that this amounts to a distinct principle of “family-determination”, which he contrasts with the Western principle of “self-determination”: medical decisions for a family member are appropriately made by, or together with, the family. In Chinese hospitals this is reflected in familiar practices: the diagnosis is often discussed first with relatives; relatives frequently sign consent forms; and families may ask that a serious diagnosis be kept from the patient. Earlier Chinese health regulations explicitly recognised a tradition of “protective medical care” (<em>baohuxing yiliao</em>), under which information that might harm the patient could be given to the family instead.</p>"
                            "<p>The motives behind such requests are usually loving: to spare a parent fear and despair, to preserve hope, to carry the burden on their behalf. There is also a practical dimension. In a health system where families often pay a large share of the costs and provide most of the care, decisions about expensive treatment affect everyone.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": "The Duke of She informed Confucius, saying, “Among us here are those who may be styled upright in their conduct. If their father have stolen a sheep, they will bear witness to the fact.” Confucius said, “Among us, in our part of the country, those who are upright are different from this. The father conceals the misconduct of the son, and the son conceals the misconduct of the father. Uprightness is to be found in this.”",
                        "source": "Confucius, Analects 13.18, after the translation by James Legge (1861)",
                        "commentary": (
                            "<p>This famous and much-debated passage is not about medicine, but it shows why truth-telling looks different in Confucian ethics. Uprightness (<em>zhi</em>) is not an abstract duty owed equally to everyone; it is shaped by the relationships in which one stands. Protecting a family member can itself be a moral act.</p>"
                            "<p>Yet the same tradition also prizes sincerity (<em>cheng</em>) and trustworthiness (<em>xin</em>); the <em>Analects</em> elsewhere doubts how anyone without trustworthiness can get on in life. Confucian ethics does not simply license deception. The hard question it poses is: to whom, and within which relationships, is truthfulness owed?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Beyond a clash of civilisations",
                        "text": (
                            "<p>It is tempting to frame the issue as “Western autonomy versus Chinese family”. That framing hides as much as it reveals.</p>"
                            "<ul>"
                            "<li><strong>Chinese patients are not all alike.</strong> A young professional in Shanghai who reads medical information online may hold very different views from an elderly farmer in a rural county. Surveys in mainland Chinese hospitals have repeatedly found that many patients with cancer say they would want to be told — often more than their relatives assume.</li>"
                            "<li><strong>Western families protect too.</strong> Requests not to tell are common in Canada, Europe and elsewhere, especially among older patients and migrant communities.</li>"
                            "<li><strong>Autonomy can be relational.</strong> Feminist philosophers such as Mackenzie and Stoljar have argued that autonomy is always exercised through relationships, not in isolation from them. A patient may autonomously choose to let the family receive information and make decisions. What matters is that it is the <em>patient's</em> choice, not an assumption made on his behalf.</li>"
                            "<li><strong>Family involvement can support or pressure.</strong> As Anita Ho has pointed out, families can enable a patient's wishes or quietly override them. The clinician's task is to tell the difference.</li>"
                            "</ul>"
                            "<p>Seen this way, the question is less “autonomy or family?” than “how do we involve the family in a way that the patient himself would endorse?”</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Where do you stand?",
                        "duration_minutes": 15,
                        "group_size": "whole class",
                        "instructions": (
                            "<ol>"
                            "<li>The facilitator marks a line across the room. One end means “The patient must always be told first, and the family only with the patient's permission”; the other means “The family should decide what the patient is told”.</li>"
                            "<li>Students place themselves along the line. Two or three students from different positions explain their choice in one minute each.</li>"
                            "<li>The facilitator then changes one detail at a time (the patient is 35 rather than 80; the patient has asked directly; the patient said years ago “if I ever get cancer, don't tell me”; the family is paying for treatment), and students move if their view changes.</li>"
                            "<li>Finish by discussing which details moved people most, and why.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "In your own family, who would be told first if a grandparent were diagnosed with cancer? Who would decide what the grandparent is told? Is that how you would want it for yourself?",
                            "Is a patient who chooses to let the family make decisions exercising autonomy or giving it up?",
                            "Does the Analects passage support family requests for non-disclosure, or is there an important difference between concealing misconduct and concealing a diagnosis?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Imagine you have just been diagnosed with a serious illness. Write a short letter to your doctor saying how much you would want to know, who you would want to be told, and who should help you make decisions.",
                        "guidance": "Write 250–350 words. Be honest rather than “correct”; there is no right answer. Then add two sentences on whether your answer would change at age 80, and why. You will not be asked to share this letter unless you wish to.",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "The norm of full disclosure to the individual patient is historically recent, even in North America.",
                            "Confucian ethics treats the family as a moral unit and sees protection of a relative as an expression of care, but it also values sincerity and trust.",
                            "The contrast between “Western autonomy” and “Chinese family” is too simple: patients vary, and autonomy can be exercised through relationships.",
                            "The key question is whether family involvement reflects what the patient himself wants.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Fan R",
                                "title": "Self-determination vs. family-determination: two incommensurable principles of autonomy",
                                "venue": "Bioethics",
                                "year": 1997,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Ho A",
                                "title": "Relational autonomy or undue pressure? Family's role in medical decision-making",
                                "venue": "Scandinavian Journal of Caring Sciences",
                                "year": 2008,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Oken D",
                                "title": "What to tell cancer patients: a study of medical attitudes",
                                "venue": "JAMA",
                                "year": 1961,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Novack DH, Plumer R, Smith RL, Ochitill H, Morrow GR, Bennett JM",
                                "title": "Changes in physicians' attitudes toward telling the cancer patient",
                                "venue": "JAMA",
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
                            "<p><strong>Timing (60 minutes):</strong> two pictures of the patient, 10 minutes; the family in Confucian ethics and the Analects passage, 15 minutes; beyond a clash of civilisations, 10 minutes; “Where do you stand?”, 15 minutes; discussion, 10 minutes. Set the reflection as homework.</p>"
                            "<p><strong>Tone:</strong> These are preclinical students, many of whom will have lived through exactly this situation in their own families — sometimes very recently. Some will have helped keep a diagnosis from a grandparent. Avoid any suggestion that their families behaved unethically; the aim is understanding, not judgement. Equally, do not present Confucian ethics as a museum piece or as a simple justification for non-disclosure.</p>"
                            "<p><strong>The activity:</strong> Expect most students to cluster near the middle at first. The detail that usually moves people most is “the patient has asked directly”. Use this to introduce Lesson 2. If the class is large, run the line with a volunteer group of 10–12 while the others observe and comment.</p>"
                            "<p><strong>The excerpt:</strong> Scholars have long debated Analects 13.18 — some read it as endorsing family loyalty over public justice, others as a claim about where genuine uprightness begins. Do not try to settle the debate. Point out that concealing a father's theft from the authorities and concealing a diagnosis from the father himself are different kinds of concealment: in the second case, the person kept in ignorance is the one whose life is at stake.</p>"
                            "<p><strong>Assessment:</strong> The reflective letter can be revisited at the end of Lesson 3, when students can compare their own wishes with the legal and practical framework.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 2
        # ------------------------------------------------------------------
        {
            "slug": "please-dont-tell-him",
            "title": "“Please Don't Tell Him”: When the Family Asks for Non-disclosure",
            "duration_minutes": 90,
            "introduction": "Through a realistic case of advanced gastric cancer, this lesson examines why families ask clinicians to withhold a diagnosis, what non-disclosure costs the patient, the family and the clinical team, and why the first step is usually to find out what the patient himself wants.",
            "body": [
                (
                    "case",
                    {
                        "title": "Mr Zhou's biopsy result (part 1)",
                        "presentation": (
                            "<p>Mr Zhou, 67, is a retired secondary-school mathematics teacher who lives in Shanghai with his wife. He was admitted to the gastroenterology ward with three months of epigastric pain, early satiety and a weight loss of 6 kg. Gastroscopy showed an ulcerated mass in the gastric antrum; biopsy confirms adenocarcinoma. Contrast CT shows multiple liver metastases. He has stage IV disease. He is still walking independently and managing most daily activities.</p>"
                            "<p>The oncology team's view is that surgery cannot cure the disease, but that palliative systemic therapy could control symptoms and would probably extend his life by some months, at the cost of side effects such as fatigue, nausea and neuropathy. Without treatment, his survival is likely to be measured in months.</p>"
                            "<p>Before the morning ward round, his daughter, a 38-year-old accountant, stops the medical student attached to the team in the corridor. “Please don't tell my father it's cancer. He's a worrier. When my uncle was diagnosed he gave up and died within two months. Just tell him it's a stubborn ulcer. My brother and I will decide about the chemotherapy.” Her mother, standing behind her, nods and begins to cry.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Understanding the family's request",
                        "text": (
                            "<p>The daughter's request should not be dismissed as ignorance or as an obstacle. It usually comes from love and fear, and it may contain important information about the patient. Common reasons include:</p>"
                            "<ul>"
                            "<li><strong>Fear that the truth will destroy hope</strong> — the belief, sometimes expressed as “knowing will frighten him to death”, that despair will hasten death. Her uncle's experience makes this fear vivid.</li>"
                            "<li><strong>Filial duty</strong> — protecting a parent from suffering is what a good son or daughter does.</li>"
                            "<li><strong>Cultural discomfort with talking about death</strong>, which many families regard as inauspicious or cruel.</li>"
                            "<li><strong>Their own distress</strong> — the family may not yet be ready to face the conversation themselves, and fear being unable to hold themselves together in front of him.</li>"
                            "<li><strong>Practical control</strong> — in a family that pays for and organises care, decisions may feel like theirs to make.</li>"
                            "</ul>"
                            "<p>A clinician who begins by acknowledging these motives (“You clearly love your father very much, and you want to protect him”) is far more likely to be able to negotiate than one who begins with the law.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What non-disclosure costs",
                        "text": (
                            "<p>Against these motives must be weighed the costs of withholding the diagnosis.</p>"
                            "<ul>"
                            "<li><strong>Consent becomes impossible, or hollow.</strong> Mr Zhou cannot meaningfully decide whether to accept chemotherapy if he does not know why it is offered. He will be admitted to an oncology ward, sign forms, lose his hair or feel his fingers go numb; a “stubborn ulcer” story will not survive long.</li>"
                            "<li><strong>Trust is put at risk.</strong> When patients discover the truth — and most eventually do — they may lose trust in both their family and their doctors at the very time they most need them.</li>"
                            "<li><strong>The patient is deprived of his remaining time.</strong> He may have things he wants to do, say or settle: finances, a visit to his hometown, reconciliation, wishes about where and how he dies. These are not possible if he believes he has an ulcer.</li>"
                            "<li><strong>Isolation.</strong> The sociologists Glaser and Strauss described how dying patients and those around them can fall into “mutual pretence”: each knows or suspects, but everyone acts as though they do not. The result is often loneliness on both sides.</li>"
                            "<li><strong>Moral distress for staff.</strong> Nurses and junior doctors, who answer the patient's questions day to day, are left to maintain a story they may find dishonest.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Mr Zhou's question (part 2)",
                        "presentation": (
                            "<p>Later that morning, the medical student returns to examine Mr Zhou. He puts down his newspaper and says quietly, “Young doctor, the biopsy result is out, isn't it? My daughter has been strange all week. Is it something bad?” He pauses, then adds: “I want to go back to my hometown in Anhui before the Qingming festival, to sweep my parents' graves. Will I be able to?”</p>"
                            "<p>The student has been told by the resident not to discuss results with patients.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Ask before you tell",
                        "text": (
                            "<p>Mr Zhou has told us two important things. He already suspects something serious, and he has a concrete plan for his remaining time. Whatever the family wishes, a direct question from a competent patient cannot be met with a lie. But neither should a medical student — or anyone — disclose a diagnosis of metastatic cancer in a hurried bedside exchange, without the team's agreement and without preparing for what follows.</p>"
                            "<p>The student's best response is honest and holding: acknowledge the question, avoid deception, and make sure it reaches the right person quickly. For example: “That's a really important question, and you deserve a proper answer from the doctor in charge of your care. I'll make sure Dr Fang knows you've asked, and comes to talk with you today.” Then the student must actually tell the team.</p>"
                            "<p>For the senior doctor, the key step in protocols such as SPIKES is the <strong>invitation</strong>: finding out how much the patient wants to know and how he wants information handled. Questions such as “Some people like to know every detail about their illness; others prefer the doctors to talk mainly with their family. How would you like us to handle it?” respect both autonomy and family-centred values. If Mr Zhou says, “Tell me everything”, the family's request cannot override that. If he says, “My daughter handles these things — talk to her”, then involving the family more heavily is his own choice, and it can be honoured. Either way, the decision rests on what he says, not on what others assume.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": "Nobody told me. But when they moved me to the oncology building and the nurse hung up a bag with a yellow label, I understood. My son kept saying it was an inflammation. I played along, because I could see how frightened he was. For weeks we both pretended. What hurt most was not the cancer. It was that in the time I had left, my own son and I could not talk about it.",
                        "source": "Composite testimony written for this module",
                        "commentary": "<p>This composite voice illustrates what Glaser and Strauss called mutual pretence. The patient knew; the son knew; each protected the other, and both were left alone with it. Ask yourself: who was being protected here, and at what cost?</p>",
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Two conversations",
                        "duration_minutes": 30,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>In groups of three (clinician, family member or patient, observer), role-play two short conversations of about six minutes each.</li>"
                            "<li><strong>Conversation 1:</strong> the clinician responds to the daughter in the corridor. Aim to acknowledge her love and fear, explore what she is afraid of and what she knows of her father's wishes, and propose a next step — without promising non-disclosure and without quoting the law at her.</li>"
                            "<li><strong>Conversation 2:</strong> the medical student responds to Mr Zhou's question at the bedside, honestly and without disclosing the diagnosis alone.</li>"
                            "<li>After each conversation, the person in the family or patient role says how it felt; the observer notes one helpful phrase and one phrase that closed the conversation down.</li>"
                            "<li>Rotate roles so that everyone plays the clinician once. Share the most helpful phrases with the whole class.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Is telling Mr Zhou it is “a stubborn ulcer” a lie, a kindness, or both? Does it matter who says it — his daughter or his doctor?",
                            "What does Mr Zhou's question about going home for Qingming tell us about what matters to him, and how should that shape the conversation?",
                            "If the daughter's fear is based on her uncle's experience, how might the team respond to that specific fear?",
                            "What should the medical student do if the resident's instruction not to discuss results conflicts with a patient's direct question?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Write about a time when you, or someone in your family, kept difficult news from someone you love, or had news kept from you.",
                        "guidance": "Write 300 words. Describe what was withheld, by whom and why, and how it came out (if it did). Then consider: with hindsight, would the person who was protected have wanted to know? Use initials or no names at all. If this is too painful to write about, you may instead write about the case of Mr Zhou from his wife's perspective.",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Family requests for non-disclosure usually come from love and fear, and deserve an empathic response before any argument.",
                            "Non-disclosure has real costs: hollow consent, broken trust, lost time, isolation and moral distress for staff.",
                            "A competent patient's direct question should never be met with a lie, but disclosure should be planned, not improvised.",
                            "Ask before you tell: find out how much the patient wants to know and whom he wants involved.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Glaser BG, Strauss AL",
                                "title": "Awareness of Dying",
                                "venue": "Aldine",
                                "year": 1965,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Baile WF, Buckman R, Lenzi R, Glober G, Beale EA, Kudelka AP",
                                "title": "SPIKES — a six-step protocol for delivering bad news: application to the patient with cancer",
                                "venue": "The Oncologist",
                                "year": 2000,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Tse CY, Chong A, Fok SY",
                                "title": "Breaking bad news: a Chinese perspective",
                                "venue": "Palliative Medicine",
                                "year": 2003,
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
                            "<p><strong>Timing (90 minutes):</strong> case part 1 and understanding the family, 20 minutes; costs of non-disclosure, 10 minutes; case part 2 and “ask before you tell”, 15 minutes; testimony, 5 minutes; role-play, 30 minutes; discussion and wrap-up, 10 minutes.</p>"
                            "<p><strong>Running the case:</strong> Present part 1 alone and ask students, before any teaching, what they would say to the daughter. Typical first answers fall into two camps: “agree, it's their family” and “refuse, it's illegal”. Both close the conversation. The goal is a third option: acknowledge, explore, and propose a next step (for example, a family meeting with the senior doctor, and agreement that if Mr Zhou asks, the team will not lie to him). Then present part 2, which usually changes the mood of the room.</p>"
                            "<p><strong>The student's dilemma:</strong> Students often feel that honesty requires them to answer Mr Zhou fully there and then. Explain that honesty and timing are different: not lying is non-negotiable, but disclosure of a serious diagnosis belongs to the responsible clinician, with preparation and follow-up. What is also non-negotiable is that the student passes the question on promptly; a patient's direct question must not disappear into the hierarchy.</p>"
                            "<p><strong>Clinical accuracy:</strong> Keep prognostic statements general. For students who ask, explain that treatment for metastatic gastric cancer depends on tumour biology (for example HER2 status) and performance status, and that the aims are symptom control and life extension rather than cure.</p>"
                            "<p><strong>Emotional care:</strong> The reflection and the testimony may be painful for students who have recently lost a grandparent whose diagnosis was withheld. Offer the alternative prompt, never require sharing, and make clear that families who chose non-disclosure were acting in good faith within the norms available to them.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 3
        # ------------------------------------------------------------------
        {
            "slug": "law-practice-and-negotiation",
            "title": "The Legal Frame and the Art of Negotiation",
            "duration_minutes": 90,
            "introduction": "This lesson outlines, in general terms, what Chinese law requires about informing patients and obtaining consent, and then offers a practical, step-by-step approach to negotiating disclosure with families.",
            "body": [
                (
                    "section",
                    {
                        "heading": "What Chinese law says",
                        "text": (
                            "<p>The Civil Code of the People's Republic of China, adopted in 2020 and in force since 1 January 2021, contains the main general rule. Article 1219 provides that medical staff shall, in the course of diagnosis and treatment, explain the patient's condition and the medical measures to the patient. Where surgery, special examinations or special treatments are required, they shall explain the medical risks, alternative treatment options and related matters to the patient specifically and in good time, and obtain the patient's explicit consent. Where it is impossible or inappropriate to explain these matters to the patient, they shall be explained to the patient's close relatives, whose explicit consent shall be obtained. The same article makes the medical institution liable for harm caused by failure to fulfil these duties. The Physicians Law, in force since 2022, contains a closely parallel duty.</p>"
                            "<p>Three further points are relevant. Article 1220 allows necessary measures to be taken without consent, with the approval of the person in charge of the institution, when a patient's life is in danger and the views of neither the patient nor the close relatives can be obtained. Article 1226 requires medical institutions and staff to keep patients' privacy and personal information confidential. And earlier regulations had explicitly referred to “protective medical measures” and to avoiding adverse consequences for the patient, which helps explain why practice has long leaned towards telling families first.</p>"
                            "<p>This is a teaching summary, not legal advice; for specific situations, clinicians should consult their hospital's medical affairs department.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Reading the law carefully",
                        "text": (
                            "<p>Several consequences follow from the wording of Article 1219.</p>"
                            "<ul>"
                            "<li><strong>The patient is the default.</strong> The duty to explain is owed first to the patient. Informing relatives instead is the exception, not the rule.</li>"
                            "<li><strong>“Impossible” and “inappropriate” are different.</strong> “Impossible” covers situations such as unconsciousness or lack of decision-making capacity. “Inappropriate” is not defined in the Code and leaves room for clinical judgement — but it is a judgement about the <em>patient</em>, made by the clinician, not a right of the family to veto disclosure.</li>"
                            "<li><strong>Reasons should be documented.</strong> If the team concludes that explaining to the patient is inappropriate, the reasons, and who was informed instead, should be recorded in the notes.</li>"
                            "<li><strong>Delegation by the patient is different from exclusion by the family.</strong> Many Chinese hospitals ask patients to sign an authorisation naming a relative to receive information and sign consent forms on their behalf. When the patient understands and genuinely chooses this, it is an exercise of autonomy. When it is presented as a routine formality at admission, it is not.</li>"
                            "</ul>"
                            "<p>The law, in short, leaves room for family involvement but does not make the family the owner of the patient's information.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "A practical approach to negotiation",
                        "text": (
                            "<p>Legal clarity rarely resolves the conflict on its own. The following steps, adapted from common practice in palliative care and from the SPIKES protocol, are designed to keep both the family and the patient on side.</p>"
                            "<ol>"
                            "<li><strong>Meet the family first, in private, with a senior doctor.</strong> Sit down, allow enough time, and switch off distractions.</li>"
                            "<li><strong>Acknowledge their love and their fear.</strong> “You've looked after your father so carefully. I can see you're trying to protect him.”</li>"
                            "<li><strong>Explore.</strong> What exactly are they afraid will happen? What do they know about how he has dealt with bad news before? Has he ever said what he would want?</li>"
                            "<li><strong>Share the team's dilemma honestly.</strong> “He has asked us directly. We won't force information on him, but we can't lie to him. And we can't give him chemotherapy without him understanding why.”</li>"
                            "<li><strong>Propose asking the patient.</strong> Suggest that the doctor asks him, in the family's presence if they wish, how much he wants to know and who he wants involved. This respects the family's role and puts the decision where it belongs.</li>"
                            "<li><strong>Offer a staged, gentle disclosure.</strong> Information can be given in steps, at the patient's pace, with attention to hope — not only hope for cure, but hope for comfort, time at home, and things still possible. “Serious illness” and “tumour” can precede detailed prognosis.</li>"
                            "<li><strong>Plan the follow-up.</strong> Agree who will be present, what will be said first, and how the team will support the patient and family afterwards, including referral to palliative care and social work.</li>"
                            "<li><strong>Document.</strong> Record the discussions, the patient's stated preferences, and any agreed plan.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Mr Zhou: the family meeting",
                        "presentation": (
                            "<p>Dr Fang meets Mr Zhou's wife, daughter and son (who has travelled from Shenzhen) in the ward's interview room. After listening to their fears, he explains that their father has asked directly about his result, and that the team will not lie to him. The son becomes angry: “You doctors just want to protect yourselves. If he gives up, it's on you.” The daughter is quiet; the wife says that her husband once told her that he “would want to know, so he could arrange things”.</p>"
                            "<p>Dr Fang proposes that he asks Mr Zhou, with the family present, how he would like to receive information. The son agrees reluctantly, on condition that the words “terminal” and “months” are not used unless his father asks.</p>"
                            "<p>At the bedside, Mr Zhou listens to Dr Fang's question and says: “I'm a mathematics teacher. I prefer to know the numbers. But tell me slowly.”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "When agreement cannot be reached",
                        "text": (
                            "<p>Sometimes a family refuses every compromise. The clinician should then avoid both extremes: abrupt disclosure that breaks the relationship with the family, and indefinite concealment that betrays the patient. Reasonable steps include involving the senior doctor and the head of department; asking the hospital ethics committee or medical affairs department for advice; involving palliative care, psychology or social work; agreeing a time-limited plan (“we will not raise it first for the next two days, but if he asks, we will answer honestly”); and, throughout, never telling the patient a direct falsehood.</p>"
                            "<p>Legally, relatives' consent is recognised when explaining to the patient is inappropriate. Ethically, however, giving burdensome treatment to a competent adult who is asking questions, without his understanding what it is for, is very hard to justify, and in practice it rarely lasts.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "The family meeting",
                        "duration_minutes": 30,
                        "group_size": "5",
                        "instructions": (
                            "<ol>"
                            "<li>In groups of five, assign roles: Dr Fang, the wife, the daughter, the son, and an observer.</li>"
                            "<li>Role-play the family meeting described in the case for 12 minutes. Dr Fang should work through the negotiation steps; the family members should stay in role, including the son's anger.</li>"
                            "<li>Then role-play the bedside conversation in which Dr Fang asks Mr Zhou how he wants information handled (the observer plays Mr Zhou), for 5 minutes.</li>"
                            "<li>The observer leads a 10-minute debrief: which steps were followed; what was said in response to the son's accusation; was anything promised that could not be kept?</li>"
                            "<li>Each group reports one thing that worked and one thing they would do differently.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Does Article 1219 of the Civil Code support the family's request, the patient's right to know, or both? Which words in the article matter most?",
                            "The son agreed on condition that certain words would not be used. Was it right for Dr Fang to accept this condition? What would he do if Mr Zhou asks, “How long do I have?”",
                            "How should an authorisation form naming a family member be explained to patients at admission so that it reflects a real choice?",
                            "If you were on the hospital ethics committee and the family refused every compromise, what would you advise?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Under the Civil Code, the duty to explain is owed first to the patient; relatives are informed instead only when explaining to the patient is impossible or inappropriate.",
                            "“Inappropriate” calls for a documented clinical judgement about the patient, not a family veto.",
                            "A patient may choose to delegate information and decisions to family; this should be a genuine, informed choice.",
                            "Negotiation works best when it begins with the family's love and fear and ends with the patient's own answer about what he wants to know.",
                            "Never tell a competent patient a direct falsehood; when disagreement persists, seek senior, ethics committee and palliative care support.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "National People's Congress of the People's Republic of China",
                                "title": "Civil Code of the People's Republic of China",
                                "venue": "National People's Congress",
                                "year": 2020,
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
                                "authors": "Beauchamp TL, Childress JF",
                                "title": "Principles of Biomedical Ethics (8th edition)",
                                "venue": "Oxford University Press",
                                "year": 2019,
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
                            "<p><strong>Timing (90 minutes):</strong> the law and how to read it, 20 minutes; negotiation steps, 10 minutes; the family-meeting case, 10 minutes; role-play, 30 minutes; discussion, 15 minutes; return to the reflective letters from Lesson 1, 5 minutes.</p>"
                            "<p><strong>On the law:</strong> Have the Chinese text of Article 1219 on a slide and read it with the students; the key phrase is “不能或者不宜向患者说明的”. Avoid overstating what the law requires. It does not oblige doctors to tell every patient every detail against their wishes, and it does recognise relatives' consent in some circumstances; equally, it does not give families a general right to decide what a competent patient is told. If students ask about litigation, say that courts examine whether the duty to explain was fulfilled and documented, and that practice is still developing; refer detailed questions to the medical affairs department or a health-law colleague.</p>"
                            "<p><strong>The role-play:</strong> The son's accusation (“you just want to protect yourselves”) is the hardest moment. Good responses acknowledge the emotion without defensiveness (“I can hear how much you want to protect him, and how angry this makes you”) and restate the shared goal. Watch for students who promise “we will never tell him” or “he'll be fine”; these promises cannot be kept. Mr Zhou's answer (“I prefer to know the numbers, but tell me slowly”) is a gift: point out that it honours both his autonomy and his family's wish for gentleness.</p>"
                            "<p><strong>Pitfalls:</strong> Some students will conclude that the law settles the matter and that families should simply be overruled. Others will conclude that culture settles it the other way. Steer both towards the practical question: what sequence of conversations gives this patient the best chance of knowing what he wants to know, with his family beside him?</p>"
                            "<p><strong>Assessment:</strong> A short written task works well: “In 400 words, write the first three minutes of what you would say to the daughter in Lesson 2, and justify each step with reference to ethics and law.” Mark for empathy, honesty and accuracy about the legal frame.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
