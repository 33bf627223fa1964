MODULE = {
    "slug": "cognitive-bias-and-diagnostic-reasoning",
    "institution": "sjtu",
    "contributing_institutions": [],
    "language": "en",
    "title": "Cognitive Bias and Diagnostic Reasoning",
    "summary": "A postgraduate module on how clinicians actually think: dual-process theory, the biases that derail diagnosis (anchoring, premature closure, availability) illustrated with emergency cases, and what the evidence says about debiasing, checklists and diagnostic time-outs.",
    "objectives": [
        "Describe dual-process theory and explain how fast, intuitive reasoning and slow, analytical reasoning interact in clinical diagnosis.",
        "Recognise anchoring, premature closure and availability bias in clinical narratives and identify the situational factors that make them more likely.",
        "Apply structured reflection, Bayesian reasoning and a diagnostic time-out to a realistic case.",
        "Evaluate critically the evidence for individual and system-level debiasing strategies, including its limits.",
    ],
    "themes": ["critical-thinking"],
    "level": "postgraduate",
    "license": "cc-by",
    "keywords": ["diagnostic error", "cognitive bias", "clinical reasoning", "dual-process theory", "debiasing"],
    "authors": [
        {
            "key": "haoran-qian",
            "name": "Qian Haoran",
            "title": "Associate Professor of Emergency Medicine, School of Medicine",
            "institution": "sjtu",
            "bio": "Qian Haoran is an emergency physician at a teaching hospital affiliated with Shanghai Jiao Tong University School of Medicine. He leads the department's morbidity and mortality conferences and has a particular interest in diagnostic error in crowded emergency departments.",
            "orcid": "",
        },
        {
            "key": "yiwen-tang",
            "name": "Tang Yiwen",
            "title": "Lecturer in Clinical Reasoning, Clinical Skills Training Centre, School of Medicine",
            "institution": "sjtu",
            "bio": "Tang Yiwen trained in internal medicine before moving into medical education. She designs the clinical reasoning curriculum for residents in standardised training and teaches cognitive psychology applied to medicine.",
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Croskerry P",
            "title": "The importance of cognitive errors in diagnosis and strategies to minimize them",
            "venue": "Academic Medicine",
            "year": 2003,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kahneman D",
            "title": "Thinking, Fast and Slow",
            "venue": "Farrar, Straus and Giroux",
            "year": 2011,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Graber ML, Franklin N, Gordon R",
            "title": "Diagnostic error in internal medicine",
            "venue": "Archives of Internal Medicine",
            "year": 2005,
            "doi": "",
            "url": "",
        },
        {
            "authors": "National Academies of Sciences, Engineering, and Medicine",
            "title": "Improving Diagnosis in Health Care",
            "venue": "The National Academies Press",
            "year": 2015,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Norman GR, Monteiro SD, Sherbino J, Ilgen JS, Schmidt HG, Mamede S",
            "title": "The causes of errors in clinical reasoning: cognitive biases, knowledge deficits, and dual process thinking",
            "venue": "Academic Medicine",
            "year": 2017,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1
        # ------------------------------------------------------------------
        {
            "slug": "two-systems-at-the-bedside",
            "title": "Two Systems at the Bedside: Dual-Process Theory and Clinical Diagnosis",
            "duration_minutes": 75,
            "introduction": "This lesson introduces dual-process theory and Croskerry's model of diagnostic reasoning, and asks when fast, intuitive judgement serves clinicians well and when it needs to be checked.",
            "body": [
                (
                    "section",
                    {
                        "heading": "Why diagnostic reasoning deserves our attention",
                        "text": (
                            "<p>Diagnosis is the hinge on which almost every other clinical decision turns. If it is wrong, treatment that is technically flawless may still harm the patient. Yet diagnostic error has long been less visible than medication or surgical error, because it is rarely witnessed as a single event: it unfolds over hours or days and is often discovered, if at all, by someone else.</p>"
                            "<p>The best available estimates are sobering. The 2015 report of the US National Academies, <em>Improving Diagnosis in Health Care</em>, concluded that most people will experience at least one diagnostic error in their lifetime. Singh and colleagues estimated that around 5% of US adults seen in outpatient care each year experience a diagnostic error. When Graber, Franklin and Gordon analysed 100 cases of diagnostic error in internal medicine, they found cognitive factors in 74% and system factors in 65%; most cases involved both, and the single most common cognitive failure was premature closure. Published data from Chinese hospitals are more limited, but there is no reason to believe that a crowded emergency department in Shanghai, where a resident may see dozens of patients on a night shift, is exempt from the same mechanisms.</p>"
                            "<p>This module concentrates on the cognitive part of the problem — how clinicians think — while keeping in view that thinking always happens inside a system that can make error more or less likely.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "System 1 and System 2",
                        "text": (
                            "<p>Dual-process theory, developed by cognitive psychologists over several decades and labelled “System 1” and “System 2” by Stanovich and West before Daniel Kahneman brought it to a wide audience in <em>Thinking, Fast and Slow</em>, proposes two broad modes of thought.</p>"
                            "<ul>"
                            "<li><strong>System 1</strong> is fast, automatic, effortless and largely unconscious. It works by recognising patterns: the experienced physician who glances at a breathless, barrel-chested smoker with pursed-lip breathing and thinks “COPD exacerbation” before the history has begun is using System 1. In clinical terms, it matches the patient against stored <em>illness scripts</em> — mental representations of how a disease typically presents.</li>"
                            "<li><strong>System 2</strong> is slow, deliberate, effortful and rule-based. It is what we use when we work systematically through a differential diagnosis, calculate a pre-test probability or apply a clinical decision rule.</li>"
                            "</ul>"
                            "<p>It is tempting to cast System 1 as the villain and System 2 as the hero. That would be a mistake. Most of the time, experienced clinicians' intuitions are right, and pattern recognition is how expertise shows itself: a senior nurse who says “this child looks unwell” is drawing on thousands of previous encounters. System 2 is also fallible; it can be applied to the wrong data, and it tires quickly. Norman and colleagues have argued that many diagnostic errors arise from gaps in knowledge and experience rather than from a faulty mode of thinking, and in their experiments simply instructing residents to slow down did not reliably improve accuracy.</p>"
                            "<p>The useful question is therefore not “which system is better?” but “when is System 1 likely to mislead me, and what should trigger a switch?”</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Croskerry's model: toggling between modes",
                        "text": (
                            "<p>Pat Croskerry, an emergency physician in Canada, proposed a model of diagnostic reasoning built on dual-process theory. A presentation that is recognised triggers System 1; one that is not recognised engages System 2. Three features of the model are particularly useful at the bedside.</p>"
                            "<ol>"
                            "<li><strong>Repetition moves reasoning from System 2 to System 1.</strong> The first time a junior doctor sees diabetic ketoacidosis, she reasons it out laboriously; by the fiftieth case, recognition is instant. This is how expertise develops, but it also means that a trainee's intuitions are only as good as the range of cases they have seen and the feedback they received.</li>"
                            "<li><strong>System 2 can override System 1.</strong> Croskerry calls this “executive override”: the clinician notices that something does not fit and deliberately stops to reconsider. This is the capacity we want to train.</li>"
                            "<li><strong>System 1 can also override System 2.</strong> A clinician may apply a decision rule, find that it recommends imaging, and then decide against it because the patient “doesn't look that sick”. Sometimes this is wise; often it is the moment at which an error is made.</li>"
                            "</ol>"
                            "<p>Croskerry and others also emphasise the conditions that push clinicians towards unchecked System 1 reasoning: fatigue and sleep deprivation, high cognitive load, frequent interruptions, overcrowding, time pressure, and strong emotion — including irritation with a “difficult” patient. These are the everyday conditions of many Chinese emergency departments and wards, which is why individual vigilance alone cannot be the whole answer.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": "“I have no data yet. It is a capital mistake to theorize before one has data. Insensibly one begins to twist facts to suit theories, instead of theories to suit facts.”",
                        "source": "Arthur Conan Doyle, “A Scandal in Bohemia”, The Adventures of Sherlock Holmes (1891)",
                        "commentary": (
                            "<p>Conan Doyle trained in medicine at Edinburgh, and he acknowledged the surgeon Joseph Bell, his teacher, as a model for Holmes's powers of observation. Holmes's warning describes confirmation bias with great precision: once we hold a theory, we unconsciously bend the facts towards it.</p>"
                            "<p>But notice the paradox. Clinicians cannot, and do not, wait for all the data before forming hypotheses. Classic studies of clinical reasoning by Elstein and colleagues showed that physicians generate a small number of hypotheses within the first minutes of an encounter and then use them to guide questioning. The realistic lesson is not “don't theorise early” but “hold early theories lightly, and keep asking which facts do not fit”.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "A familiar headache",
                        "presentation": (
                            "<p>At 23:00 on a busy Saturday, a 34-year-old woman attends the emergency department of a large teaching hospital. The triage note reads: “Known migraine. Headache. Requests analgesia.” She is placed in the waiting area and is seen by a second-year resident two hours later, who has been on duty since 08:00.</p>"
                            "<p>She has had migraines since her teens, usually preceded by visual aura and relieved by ibuprofen and sleep. Tonight's headache began suddenly while she was lifting her four-year-old son into the bath; she describes it as “like being hit on the back of the head” and says it was at its worst within a minute. She has vomited twice. She says, “This one is different. It's the worst I've ever had.” She had no aura.</p>"
                            "<p>On examination she is alert and orientated (GCS 15), blood pressure 152/94 mmHg, pulse 88, temperature 36.8 °C. There is no focal neurological deficit; pupils are equal and reactive. She reports some neck discomfort, and flexing her chin to her chest is uncomfortable but possible.</p>"
                            "<p>The resident's first thought, before entering the cubicle, was “another migraine”. He prescribes intravenous metoclopramide and paracetamol and plans to discharge her if she improves.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Reading the case: where should System 2 have been triggered?",
                        "text": (
                            "<p>Several features should have interrupted the migraine script. The patient herself said the headache was different from her usual attacks — one of the most important warning phrases in emergency medicine. Its onset was sudden, peaking within a minute (a “thunderclap” headache), during exertion, without her usual aura, and with neck discomfort and vomiting. Each of these raises the possibility of subarachnoid haemorrhage.</p>"
                            "<p>A System 2 tool exists precisely for this situation. The Ottawa Subarachnoid Haemorrhage Rule, derived and validated by Perry and colleagues for alert patients with a new, severe, non-traumatic headache reaching maximum intensity within an hour, states that investigation is required if any of the following is present: age 40 years or over, neck pain or stiffness, witnessed loss of consciousness, onset during exertion, thunderclap onset with instantly peaking pain, or limited neck flexion on examination. This patient has at least three. The rule cannot rule her out; she needs a non-contrast CT head and, depending on timing and result, further investigation.</p>"
                            "<p>Notice, too, how the setting primed the error: a triage label that told the story before the doctor heard it, a long shift, a full waiting room, and a young patient with a genuine history of migraine. A partial response to analgesia would not have been reassuring; headache from subarachnoid haemorrhage can ease with treatment.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Catching your own System 1",
                        "duration_minutes": 15,
                        "group_size": "2",
                        "instructions": (
                            "<ol>"
                            "<li>Without discussion, each participant writes down an answer to this question within ten seconds: “A bat and a ball cost 1.10 dollars in total. The bat costs 1.00 dollar more than the ball. How much does the ball cost?”</li>"
                            "<li>Compare answers with your partner, then work it out slowly. (The intuitive answer, 10 cents, is wrong.)</li>"
                            "<li>Together, write down one clinical presentation in which you, or a colleague, reached an intuitive “answer” that felt obviously right but turned out to be wrong. What cue was present that could have triggered System 2?</li>"
                            "<li>Each pair shares its example with the group in one minute. The facilitator lists the cues on a whiteboard.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "In your own specialty, which presentations do you diagnose almost instantly? How confident are you that your intuition is well calibrated for them, and what feedback have you had?",
                            "The triage note in the case was written by a competent nurse working under pressure. How should information from triage and handover be used without letting it frame the diagnosis?",
                            "If simply telling clinicians to “slow down” does not reliably improve accuracy, what does that imply for how we should teach clinical reasoning?",
                            "Which features of your current working environment push you most strongly towards unchecked fast thinking?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Describe a recent clinical decision you made quickly and with confidence. Reconstruct the cues you used, and write down what would have had to be different for you to change your mind.",
                        "guidance": "Aim for 300–400 words. Be specific about the moment of recognition: what did you see or hear first? Then list the findings that supported your conclusion, any that did not fit, and any that you did not look for. The point is not to judge whether the decision was right but to make your own reasoning visible to yourself.",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Diagnostic error is common, usually involves both cognitive and system factors, and is often detected late, if at all.",
                            "System 1 (pattern recognition) is the engine of expertise; it is not the enemy, but it needs known triggers for checking.",
                            "System 2 can override System 1 (“executive override”), but intuition can also override analysis — often at the moment an error is made.",
                            "A patient saying “this is different from usual” is a classic trigger for slowing down.",
                            "Fatigue, crowding, interruptions and strong emotion make unchecked fast thinking more likely.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Kahneman D",
                                "title": "Thinking, Fast and Slow",
                                "venue": "Farrar, Straus and Giroux",
                                "year": 2011,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Croskerry P",
                                "title": "A universal model of diagnostic reasoning",
                                "venue": "Academic Medicine",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Elstein AS, Shulman LS, Sprafka SA",
                                "title": "Medical Problem Solving: An Analysis of Clinical Reasoning",
                                "venue": "Harvard University Press",
                                "year": 1978,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Perry JJ, Stiell IG, Sivilotti MLA, Bullard MJ, Hohl CM, Sutherland J, et al.",
                                "title": "Clinical decision rules to rule out subarachnoid hemorrhage for acute headache",
                                "venue": "JAMA",
                                "year": 2013,
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
                            "<p><strong>Timing (75 minutes):</strong> why diagnosis matters, 10 minutes; System 1 and System 2, 10 minutes; Croskerry's model, 10 minutes; bat-and-ball activity, 15 minutes; the headache case and its analysis, 20 minutes; discussion and wrap-up, 10 minutes. Set the reflection as homework for the next session.</p>"
                            "<p><strong>The activity:</strong> The correct answer is 5 cents (ball 0.05 + bat 1.05 = 1.10). Typically a large proportion of participants, including highly educated ones, give 10 cents first; this is from Frederick's Cognitive Reflection Test. Present it with humour: the aim is to show that fluent, confident intuition can be wrong in intelligent people, not to embarrass anyone. If participants already know the puzzle, ask them to recall how it felt the first time.</p>"
                            "<p><strong>The case:</strong> Read the first three paragraphs, pause, and ask residents what they would do before revealing the resident's plan. Expected answers: CT head without contrast as soon as possible; if CT is performed within six hours of onset on a modern scanner and read by an experienced radiologist, a normal result makes subarachnoid haemorrhage very unlikely, while beyond that window lumbar puncture or CT angiography is usually needed according to local protocol. Do not let the session become a debate about the details of the SAH work-up; the point is the trigger. Ask: “What in the triage note made you think migraine before you had met her?”</p>"
                            "<p><strong>Pitfalls:</strong> Residents may conclude that intuition should never be trusted. Correct this firmly with the evidence that experts' fast judgements are usually accurate. Others may become defensive if colleagues' errors are discussed; insist on a just-culture framing — we analyse decisions, not people. Some residents may recall serious errors of their own during the reflection; make clear that reflections are private unless they choose to share, and be available afterwards.</p>"
                            "<p><strong>Assessment:</strong> The reflection can be used for formative feedback on metacognition: does the resident identify specific cues and consider disconfirming findings, or merely restate the diagnosis?</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 2
        # ------------------------------------------------------------------
        {
            "slug": "anchoring-premature-closure-availability",
            "title": "Anchoring, Premature Closure and Availability: A Casebook",
            "duration_minutes": 90,
            "introduction": "Through three emergency cases, this lesson examines three of the biases most often implicated in diagnostic error, and the features of clinical work that make each of them more likely.",
            "body": [
                (
                    "section",
                    {
                        "heading": "Heuristics and their predictable failures",
                        "text": (
                            "<p>In a landmark 1974 paper in <em>Science</em>, Amos Tversky and Daniel Kahneman described how people judging under uncertainty rely on a few mental shortcuts, or heuristics — among them representativeness, availability, and anchoring and adjustment. Heuristics are efficient and usually serviceable; their failures, however, are not random but systematic and predictable. These predictable failures are what we call cognitive biases.</p>"
                            "<p>In 2003 Croskerry catalogued more than thirty such “cognitive dispositions to respond” relevant to medicine. Rather than memorising a list, it is more useful to study a few biases in depth, in realistic cases, and to learn to recognise the situations that invite them. The three cases below are composites drawn from the kinds of events that appear regularly at morbidity and mortality conferences.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Case A — “Just drunk”",
                        "presentation": (
                            "<p>At 02:10, police bring a 46-year-old man to the emergency department after finding him lying at a bus stop. He smells strongly of alcohol, his speech is slurred and he is drowsy but rousable; GCS is recorded as 13 (E3 V4 M6). Triage records “alcohol intoxication”, and he is placed on a trolley in the corridor “to sleep it off”. Observations at 02:20 are unremarkable apart from a heart rate of 104. No capillary glucose is recorded. The department is full.</p>"
                            "<p>At 05:30, a nurse doing observations cannot rouse him. GCS is now 8, and his right pupil is larger than the left and sluggish. A careful examination finds a boggy swelling over the right occipital scalp, hidden by his hair. An urgent CT head shows an acute right-sided subdural haematoma with midline shift, and he is transferred to neurosurgery for evacuation.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Anchoring and diagnosis momentum",
                        "text": (
                            "<p><strong>Anchoring</strong> is the tendency to fix on the salient features of a presentation early on and to fail to adjust when new information arrives. In Case A the anchor was set before any doctor saw the patient: the smell of alcohol, and a triage label. Once written, such a label gathers <strong>diagnosis momentum</strong> — it is passed on at handover and repeated in the notes, and each repetition makes it look more like an established fact. Croskerry also describes <strong>triage cueing</strong>: where a patient is placed, and under what heading, shapes how they are subsequently seen.</p>"
                            "<p>Several safeguards were missed. Intoxication is a diagnosis of exclusion in a patient with a depressed level of consciousness. Hypoglycaemia, which is common in people who drink heavily, should be excluded immediately with a capillary glucose. The scalp should be examined in anyone found on the ground. Observations, including GCS and pupils, should be repeated at a defined interval, and any deterioration, or failure to improve as expected, should prompt reassessment and a low threshold for CT head.</p>"
                            "<p>There is also a moral dimension. Labels such as “drunk”, “frequent attender” or “psychiatric patient” often carry stigma, and stigma makes anchoring more likely: we are quicker to attribute symptoms to a person's character or habits than to look for an illness. When a label is attached to someone of low social status, be doubly careful.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Case B — “Just gastritis”",
                        "presentation": (
                            "<p>At 21:00, a 71-year-old woman is brought in by her daughter with epigastric discomfort, nausea and sweating that began an hour after a family banquet. She has had type 2 diabetes for fifteen years and takes medication for hypertension. She has “always had stomach trouble”, and her daughter thinks it was something she ate.</p>"
                            "<p>Blood pressure is 104/68 mmHg, pulse 56 and regular, oxygen saturation 97% on air. Her abdomen is soft with mild epigastric tenderness. The resident diagnoses acute gastritis and gives intravenous omeprazole and an antacid. Forty minutes later she says the discomfort is “a bit better”. She is discharged with oral omeprazole. No ECG was recorded.</p>"
                            "<p>At 07:00 the next morning she returns by ambulance, pale, clammy and hypotensive. The ECG shows ST elevation in leads II, III and aVF with complete heart block: an inferior ST-elevation myocardial infarction.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Premature closure and search satisficing",
                        "text": (
                            "<p><strong>Premature closure</strong> means accepting a diagnosis before it has been adequately verified — in Croskerry's phrase, once the diagnosis is made, the thinking stops. It was the most frequent cognitive failure in Graber's series. Its close relative, <strong>search satisficing</strong>, is calling off the search once something has been found: a plausible explanation (a big meal, a history of “stomach trouble”) ends the enquiry.</p>"
                            "<p>In Case B, several features should have kept the diagnosis open. Older people, women and people with diabetes are more likely to present with acute coronary syndromes without classic chest pain; epigastric discomfort, nausea and sweating are well-recognised presentations of inferior ischaemia. Her relatively low blood pressure and a heart rate of 56 were further clues, since inferior infarction commonly affects the conduction system. An ECG takes minutes, and in an older adult with vascular risk factors and unexplained epigastric symptoms it should be routine.</p>"
                            "<p>The partial improvement after the antacid was treated as confirmation. It was not: symptomatic relief after a “GI cocktail” does not reliably distinguish cardiac from gastrointestinal pain, and ischaemic symptoms often fluctuate on their own. Using a response to treatment as a diagnostic test is a common route to premature closure.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Case C — “Another flu”",
                        "presentation": (
                            "<p>It is mid-January and the emergency department is full of patients with influenza-like illness; the resident on duty has seen more than twenty that day. A 38-year-old engineer presents with two days of fever up to 39.4 °C, headache, myalgia and malaise. He looks tired but not toxic. Examination is unremarkable. A rapid influenza antigen test is negative, which the resident attributes to the test's limited sensitivity. He is discharged with oseltamivir and advice on fluids and rest. No travel history is taken.</p>"
                            "<p>Forty-eight hours later he is brought back confused and jaundiced. Platelets are 38 × 10⁹/L, bilirubin and creatinine are raised. A thick and thin blood film shows <em>Plasmodium falciparum</em>. His wife explains that he returned twelve days earlier from eighteen months on a construction project in West Africa, and that he took his antimalarial prophylaxis only irregularly. He is admitted to intensive care and treated with intravenous artesunate.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Availability — and why base rates are not enough",
                        "text": (
                            "<p>The <strong>availability</strong> heuristic judges how likely something is by how easily examples come to mind. After twenty cases of influenza in a day, influenza comes to mind very easily. In a striking experiment, Mamede and colleagues showed internal medicine residents a set of cases and then asked them to diagnose new cases that looked similar but had different diagnoses; residents who had recently seen the look-alike diagnoses made more errors, and structured reflection partly corrected this.</p>"
                            "<p>Availability is tricky because it is often partly right. In January, influenza <em>is</em> the most likely cause of fever and myalgia in a young adult. The error in Case C was not to think of influenza but to stop there without asking the question that would have changed the prior probability entirely: “Have you travelled recently?” Fever in someone returning from a malaria-endemic area is malaria until proven otherwise. China was certified malaria-free by the World Health Organization in 2021, which means that most doctors here have never seen a case — yet imported malaria continues, largely among workers returning from Africa and South-East Asia, and <em>P. falciparum</em> can kill within days.</p>"
                            "<p>Availability can also push in the opposite direction. After a department's conference on a missed pulmonary embolism, the rate of CT pulmonary angiography often rises for a few weeks — exposing many low-risk patients to contrast, radiation and incidental findings. Vivid recent experience distorts judgement both ways.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Relatives in the family of biases",
                        "text": (
                            "<ul>"
                            "<li><strong>Confirmation bias:</strong> seeking or weighting evidence that supports one's hypothesis and discounting evidence against it (the negative influenza test in Case C was explained away).</li>"
                            "<li><strong>Representativeness restraint:</strong> missing a disease because the patient does not look like the prototype (a 71-year-old woman without chest pain does not “look like” myocardial infarction).</li>"
                            "<li><strong>Framing effect:</strong> the way information is presented — by triage, by a colleague at handover, by the family — shapes how it is interpreted.</li>"
                            "<li><strong>Overconfidence:</strong> believing that one knows more than one does, and acting on incomplete information.</li>"
                            "</ul>"
                            "<p>In real cases, biases rarely occur alone. Case A combines framing, anchoring and diagnosis momentum; Case B, premature closure and representativeness; Case C, availability and confirmation bias.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Reconstructing the decision points",
                        "duration_minutes": 25,
                        "group_size": "4-5",
                        "instructions": (
                            "<ol>"
                            "<li>Each group takes one case (A, B or C) and draws a timeline from arrival to discovery of the error.</li>"
                            "<li>Mark every point at which a different question, examination or test would have changed the course. For each, name the bias most likely at work.</li>"
                            "<li>Mark, in a different colour, the features of the environment that contributed (time of day, crowding, handover, triage label, workload).</li>"
                            "<li>Agree on the single, most realistic change that would have prevented the error in your hospital. Is it an individual change or a system change?</li>"
                            "<li>Present your timeline to the whole group in three minutes.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "In each case, a doctor made a decision that felt reasonable at the time. What would a fair morbidity and mortality discussion of these cases look like, and what would an unfair one look like?",
                            "Labels such as “drunk” or “frequent attender” are sometimes accurate. How can we use accurate information about a patient's history without letting it close down our thinking?",
                            "Availability bias can lead to both under-testing and over-testing. Where is the balance in a Chinese tertiary-hospital emergency department, where patients often expect investigations?",
                            "Which of these three biases do you think you are most prone to, and why?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Biases are the predictable failure modes of useful heuristics; they are not signs of incompetence.",
                            "Anchoring is often set before the doctor arrives — by triage labels, handover and stigma — and gathers momentum with each repetition.",
                            "Premature closure is the most common cognitive failure in diagnostic error; a response to treatment is not a diagnostic test.",
                            "Availability can be partly right; the remedy is to ask the question that would change the prior probability, such as a travel history.",
                            "Biases cluster, and environments that are crowded, tired and rushed make all of them more likely.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Tversky A, Kahneman D",
                                "title": "Judgment under uncertainty: heuristics and biases",
                                "venue": "Science",
                                "year": 1974,
                                "doi": "10.1126/science.185.4157.1124",
                                "url": "",
                            },
                            {
                                "authors": "Croskerry P",
                                "title": "The importance of cognitive errors in diagnosis and strategies to minimize them",
                                "venue": "Academic Medicine",
                                "year": 2003,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Mamede S, van Gog T, van den Berge K, Rikers RMJP, van Saase JLCM, van Guldener C, Schmidt HG",
                                "title": "Effect of availability bias and reflective reasoning on diagnostic accuracy among internal medicine residents",
                                "venue": "JAMA",
                                "year": 2010,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Groopman J",
                                "title": "How Doctors Think",
                                "venue": "Houghton Mifflin",
                                "year": 2007,
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
                            "<p><strong>Timing (90 minutes):</strong> introduction to heuristics, 10 minutes; each case with its analysis, 12–15 minutes (present the case, ask “what would you do next?”, then reveal the outcome and discuss); relatives of bias, 5 minutes; timeline activity, 25 minutes; discussion, 10 minutes.</p>"
                            "<p><strong>Revealing outcomes:</strong> For each case, stop after the first paragraph and ask the group for their working diagnosis and plan. Residents will often make the same initial judgement as the doctor in the case, which is exactly the point. Resist the temptation to say “obviously” when the outcome is revealed; hindsight bias is itself a cognitive bias, and Case A will look far more obvious in retrospect than it did at 02:10 in a full corridor.</p>"
                            "<p><strong>Clinical points to confirm:</strong> Case A — check glucose in every patient with reduced consciousness; intoxication does not explain a falling GCS or unequal pupils; examine the scalp. Case B — ECG within ten minutes for suspected acute coronary syndrome, including atypical presentations in older, female and diabetic patients; inferior infarction with bradycardia and hypotension suggests conduction involvement and possibly right ventricular infarction. Case C — always take a travel history in fever; a single negative blood film does not exclude malaria, and films should be repeated if clinical suspicion persists; refer to local infectious diseases guidance for treatment of severe malaria.</p>"
                            "<p><strong>Pitfalls:</strong> Some residents will want to turn each case into a list of tests that “should have been done”. Steer them back to cognition: why did a competent doctor not think of it at the time? Others may recognise a real case from their own department; if so, anonymise firmly and keep the discussion on systems and thinking, not individuals.</p>"
                            "<p><strong>Assessment:</strong> Group timelines can be photographed and used as formative evidence. A good timeline names specific decision points and distinguishes cognitive from system contributions.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 3
        # ------------------------------------------------------------------
        {
            "slug": "debiasing-checklists-time-outs",
            "title": "Debiasing: Checklists, Diagnostic Time-outs and the Limits of Willpower",
            "duration_minutes": 90,
            "introduction": "This lesson reviews what actually helps to reduce diagnostic error — from individual reflective strategies to checklists, diagnostic time-outs and system design — and is frank about the limits of the evidence.",
            "body": [
                (
                    "section",
                    {
                        "heading": "Why knowing about bias is not enough",
                        "text": (
                            "<p>It would be convenient if learning the names of biases protected us from them. It does not. Psychologists have described a “bias blind spot”: people readily recognise biases in others' judgements while believing their own to be relatively free of them. In medicine, a controlled trial by Sherbino and colleagues found that teaching emergency medicine trainees about cognitive forcing strategies did not measurably reduce their diagnostic errors on test cases. Norman and colleagues, reviewing the field in 2017, argued that knowledge and experience remain the strongest determinants of diagnostic accuracy, and that exhortations to “be aware of bias” have little demonstrated effect.</p>"
                            "<p>This is not a counsel of despair. It suggests a layered approach: build knowledge and well-organised illness scripts; use specific reflective techniques at specific moments, rather than a general intention to be careful; and design systems that catch errors that individuals will inevitably make.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": "The human understanding when it has once adopted an opinion (either as being the received opinion or as being agreeable to itself) draws all things else to support and agree with it. And though there be a greater number and weight of instances to be found on the other side, yet these it either neglects and despises, or else by some distinction sets aside and rejects.",
                        "source": "Francis Bacon, Novum Organum, Book I, Aphorism 46 (1620), in the English translation of J. Spedding, R. L. Ellis and D. D. Heath",
                        "commentary": (
                            "<p>Four centuries before the term “confirmation bias” was coined, Bacon described it exactly — and, importantly, he did not think good intentions were the cure. His remedy was method: deliberately collecting negative instances and structuring inquiry so that contrary evidence could not be ignored. The debiasing strategies in this lesson are in the same spirit: they put the search for disconfirming evidence into the procedure rather than leaving it to willpower.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Individual strategies with some support",
                        "text": (
                            "<ul>"
                            "<li><strong>Structured reflection.</strong> In Mamede's studies, residents who, for a given case, listed the findings supporting each candidate diagnosis, the findings against it, and the findings that would be expected but were absent, were more accurate on complex cases and less susceptible to availability bias. The benefit is greatest when the case is difficult; for simple cases, reflection adds little.</li>"
                            "<li><strong>Ask the safety questions.</strong> The Australian general practitioner John Murtagh popularised a simple diagnostic strategy: what is the most probable diagnosis; what serious conditions must not be missed; what conditions are often missed; could this be one of the great masquerades; and is the patient trying to tell me something? The second question is the one that matters most in emergency settings.</li>"
                            "<li><strong>Think in probabilities.</strong> Estimate a pre-test probability, then ask how much a test result should change it. A test with a positive likelihood ratio of 10 moves a pre-test probability of 10% to roughly 50%; a negative likelihood ratio of 0.1 moves it to about 1%. Making numbers explicit exposes the over-interpretation of weak tests and the under-use of strong ones.</li>"
                            "<li><strong>Consider the opposite.</strong> Ask: “If my diagnosis turns out to be wrong, what is the most likely reason?” This question, asked out loud, is one of the simplest ways of summoning System 2.</li>"
                            "<li><strong>Know your own state.</strong> Clinicians are more error-prone when hungry, angry, late or tired. Noticing these states is a cue for extra checks, not a moral failing.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The diagnostic time-out",
                        "text": (
                            "<p>Surgery adopted the time-out — a brief, structured pause before incision — and the WHO Surgical Safety Checklist, whose evaluation by Haynes and colleagues was associated with reduced complications and mortality. A diagnostic time-out borrows the idea: a pause of one or two minutes at predictable high-risk moments. Suitable triggers include:</p>"
                            "<ul>"
                            "<li>before discharging a patient from the emergency department or clinic;</li>"
                            "<li>at handover, especially of patients with an unconfirmed working diagnosis;</li>"
                            "<li>when the patient is not improving as expected;</li>"
                            "<li>when a nurse, a relative or the patient expresses concern;</li>"
                            "<li>when a high-risk presentation has been diagnosed very quickly.</li>"
                            "</ul>"
                            "<p>A practical script might be: <em>What is my working diagnosis, and what is the evidence for it? What else could this be — especially, what must I not miss? Is there anything that does not fit? Have I taken the history and examination myself, or am I relying on someone else's? If I am wrong, what will happen to this patient, and have I told them when to come back?</em> The last question links the time-out to safety-netting: patients and families who know what warning signs to watch for become part of the error-catching system.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "The time-out that worked",
                        "presentation": (
                            "<p>A 63-year-old man, a smoker with hypertension, presents at 04:00 with sudden severe left flank pain radiating to the groin. He is restless and sweaty. Blood pressure 132/84 mmHg, pulse 98. Urine dipstick shows blood 2+. The resident diagnoses renal colic, gives intravenous analgesia, and his pain improves. Preparing to discharge him with a urology appointment, she follows her department's new habit of a pre-discharge time-out.</p>"
                            "<p>“What must I not miss?” Flank pain with haematuria in a 63-year-old smoker with no previous history of stones prompts the thought of abdominal aortic aneurysm. She palpates the abdomen again and is unsure whether there is a pulsatile mass. A bedside ultrasound by the senior doctor shows an infrarenal aortic aneurysm of 6.5 cm. CT angiography shows no free rupture, but the aneurysm is symptomatic, and he is admitted under vascular surgery for urgent repair.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Checklists and system-level strategies",
                        "text": (
                            "<p>Ely, Graber and Croskerry proposed three kinds of diagnostic checklist: a general checklist that prompts a sound process (take your own history, perform a focused examination, generate hypotheses, pause to reflect, ask what the worst-case scenario is); symptom-specific differential diagnosis checklists (for example, for chest pain, headache or dizziness); and checklists of common pitfalls. The evidence that they improve outcomes is still limited, and checklists that are too long or used mechanically breed “checklist fatigue”. They work best when they are short, targeted at genuinely high-risk situations, and owned by the clinicians who use them.</p>"
                            "<p>Because individual cognition will always fail sometimes, the most robust safeguards are systemic:</p>"
                            "<ul>"
                            "<li><strong>Close the feedback loop.</strong> Clinicians in emergency departments rarely learn what happened to their patients. Routine follow-up of unplanned returns, and tracking of results that come back after discharge (blood cultures, final radiology reports), improve calibration.</li>"
                            "<li><strong>Use existing structures deliberately.</strong> Chinese hospitals already have core quality systems such as three-level ward rounds, consultation, difficult-case discussion, handover and death-case review. Each can be used explicitly as a debiasing moment, for instance by asking at every difficult-case discussion: “What would we expect to find if the working diagnosis were wrong?”</li>"
                            "<li><strong>Make it safe to speak up.</strong> Nurses, junior doctors, pharmacists and families often notice what does not fit. A culture in which “I'm worried about bed 14” is welcomed rather than resented is a diagnostic safety tool.</li>"
                            "<li><strong>Protect thinking time.</strong> Workload, interruptions and shift length are not merely welfare issues; they are determinants of diagnostic accuracy.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Design a diagnostic time-out card for your department",
                        "duration_minutes": 25,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Form groups by specialty where possible (emergency, internal medicine, surgery, paediatrics, and so on).</li>"
                            "<li>Agree on two or three trigger moments in your setting at which a diagnostic time-out would be most valuable.</li>"
                            "<li>Write a time-out card of no more than five questions that fits on one side of a pocket card and can be completed in under two minutes.</li>"
                            "<li>Test your card on Case B from the previous lesson: would it have prevented the error? At which point, and who would have used it?</li>"
                            "<li>Identify one practical barrier to using the card in your department and one way of overcoming it. Present your card to the whole group.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "If teaching about biases does not by itself reduce error, should it remain in the curriculum? What should it be for?",
                            "Which of your hospital's existing routines — ward rounds, handover, case discussions — could be turned into debiasing moments with minimal extra time?",
                            "What might make a resident reluctant to call a diagnostic time-out in front of a senior doctor, and how could that be changed?",
                            "Where is the line between a healthy search for alternatives and defensive over-investigation?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Recall a near-miss or diagnostic error you were involved in or witnessed. With the benefit of this module, write an account of what happened and what might have intercepted it.",
                        "guidance": "Write 400–500 words, anonymising patients and colleagues. Distinguish cognitive factors (which biases, which knowledge gaps) from system factors (workload, handover, missing information). Be as fair to your past self as you would be to a colleague: the aim is learning, not self-criticism. End with one concrete change to your own practice and one change you would propose to your team.",
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Knowing the names of biases does not protect against them; the bias blind spot is real.",
                            "Structured reflection helps most on difficult cases; “what must I not miss?” and “what doesn't fit?” are the core questions.",
                            "Diagnostic time-outs work best at predictable high-risk moments such as discharge and handover, and should include safety-netting.",
                            "Checklists should be short, targeted and owned by their users; their evidence base is still developing.",
                            "The most robust safeguards are systemic: feedback on outcomes, a speak-up culture, and protected time to think.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Ely JW, Graber ML, Croskerry P",
                                "title": "Checklists to reduce diagnostic errors",
                                "venue": "Academic Medicine",
                                "year": 2011,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Sherbino J, Kulasegaram K, Howey E, Norman G",
                                "title": "Ineffectiveness of cognitive forcing strategies to reduce biases in diagnostic reasoning: a controlled trial",
                                "venue": "CJEM",
                                "year": 2014,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Haynes AB, Weiser TG, Berry WR, Lipsitz SR, Breizat AH, Dellinger EP, et al.",
                                "title": "A surgical safety checklist to reduce morbidity and mortality in a global population",
                                "venue": "New England Journal of Medicine",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "National Academies of Sciences, Engineering, and Medicine",
                                "title": "Improving Diagnosis in Health Care",
                                "venue": "The National Academies Press",
                                "year": 2015,
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
                            "<p><strong>Timing (90 minutes):</strong> why knowing is not enough and the Bacon excerpt, 10 minutes; individual strategies, 15 minutes (work through the likelihood-ratio example on the board); diagnostic time-out and the aortic aneurysm case, 15 minutes; checklists and systems, 10 minutes; card design activity, 25 minutes; discussion and wrap-up, 15 minutes.</p>"
                            "<p><strong>Likelihood ratios:</strong> Show the working: pre-test probability 10% = odds of 1:9 (about 0.11); multiplied by 10 gives odds of about 1.1, a probability of roughly 53%; multiplied by 0.1 gives odds of about 0.011, roughly 1%. Residents who are uncomfortable with odds can use a Fagan nomogram. The point is not arithmetic precision but the habit of asking how much a result should move belief.</p>"
                            "<p><strong>The aneurysm case:</strong> Emphasise that the resident's initial diagnosis was reasonable and that she did nothing heroic; a routine habit, combined with a senior colleague's bedside ultrasound, caught the error. Symptomatic aortic aneurysm misdiagnosed as renal colic is a classic pitfall in older patients, especially smokers and those without a previous history of stones.</p>"
                            "<p><strong>Pitfalls:</strong> Expect scepticism along the lines of “we see a hundred patients a night; we have no time for time-outs”. Take it seriously: ask the group to design cards that take under two minutes and are used only at specific triggers. Be honest that the evidence for checklists and cognitive debiasing is modest; overselling them undermines credibility with experienced clinicians. Avoid letting the discussion slide into advocating blanket investigation as a defence against error.</p>"
                            "<p><strong>Assessment:</strong> The reflective account can be used as a portfolio piece for residency training. Look for a balanced analysis of cognitive and system factors and a realistic, specific change in practice. If a resident discloses an error that has not been reported through proper channels, discuss privately how it can be addressed within the hospital's safety-reporting system.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
