MODULE = {
    "slug": "critical-appraisal-of-a-clinical-study",
    "institution": "ottawa",
    "contributing_institutions": [],
    "language": "en",
    "title": "Critical appraisal of a clinical study",
    "summary": (
        "From a patient's question to a trustworthy answer: framing questions with PICO, matching study designs to "
        "questions, reading a randomized trial critically, calculating absolute effects and NNT, and recognizing bias, "
        "spin and conflicts of interest."
    ),
    "objectives": [
        "Formulate an answerable clinical question using the PICO framework and identify the study design best suited to answer it.",
        "Explain the rationale and the limitations of the hierarchy of evidence, including the GRADE approach to rating certainty.",
        "Appraise the internal validity of a randomized controlled trial, including randomization, allocation concealment, blinding and intention-to-treat analysis.",
        "Calculate and interpret relative risk, relative risk reduction, absolute risk reduction and number needed to treat from trial data.",
        "Recognize publication bias, spin and conflicts of interest, and communicate evidence to patients in absolute, understandable terms.",
    ],
    "themes": ["critical-thinking"],
    "level": "preclinical",
    "license": "cc-by-nc-sa",
    "keywords": [
        "evidence-based medicine",
        "critical appraisal",
        "randomized controlled trials",
        "number needed to treat",
        "bias",
        "risk communication",
    ],
    "authors": [
        {
            "key": "rebecca-thornbury",
            "name": "Rebecca Thornbury",
            "title": "Associate Professor, School of Epidemiology and Public Health",
            "institution": "ottawa",
            "bio": (
                "Rebecca Thornbury is a clinical epidemiologist who teaches research methods and evidence-based medicine "
                "in the preclerkship curriculum. Her research concerns the reporting quality of randomized trials and the "
                "use of trial registries to detect selective outcome reporting."
            ),
            "orcid": "",
        },
        {
            "key": "etienne-gauthier",
            "name": "Étienne Gauthier",
            "title": "Assistant Professor, Division of General Internal Medicine, Department of Medicine",
            "institution": "ottawa",
            "bio": (
                "Étienne Gauthier is a general internist at The Ottawa Hospital who attends on the clinical teaching unit "
                "and runs the residents' journal club. He is interested in shared decision-making and in how clinicians "
                "explain risk to patients with multiple chronic conditions."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Guyatt G, Rennie D, Meade MO, Cook DJ (eds)",
            "title": "Users' Guides to the Medical Literature: A Manual for Evidence-Based Clinical Practice, 3rd edition",
            "venue": "JAMA / McGraw-Hill Education",
            "year": 2015,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Sackett DL, Rosenberg WMC, Gray JAM, Haynes RB, Richardson WS",
            "title": "Evidence based medicine: what it is and what it isn't",
            "venue": "BMJ 312:71-72",
            "year": 1996,
            "doi": "10.1136/bmj.312.7023.71",
            "url": "",
        },
        {
            "authors": "Schulz KF, Altman DG, Moher D, for the CONSORT Group",
            "title": "CONSORT 2010 Statement: updated guidelines for reporting parallel group randomised trials",
            "venue": "BMJ 340:c332",
            "year": 2010,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Guyatt GH, Oxman AD, Vist GE, Kunz R, Falck-Ytter Y, Alonso-Coello P, Schünemann HJ",
            "title": "GRADE: an emerging consensus on rating quality of evidence and strength of recommendations",
            "venue": "BMJ 336:924-926",
            "year": 2008,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Greenhalgh T, Howick J, Maskrey N",
            "title": "Evidence based medicine: a movement in crisis?",
            "venue": "BMJ 348:g3725",
            "year": 2014,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ LESSON 1
        {
            "slug": "asking-the-question",
            "title": "Asking the question: PICO, study designs and the hierarchy of evidence",
            "duration_minutes": 75,
            "introduction": (
                "This lesson shows how to turn a patient's question into an answerable one, which study designs answer which "
                "kinds of question, and why the familiar hierarchy of evidence is both useful and contested."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "From a patient's question to an answerable question",
                        "text": (
                            "<p>In 1996, David Sackett and colleagues defined evidence-based medicine as “the conscientious, "
                            "explicit, and judicious use of current best evidence in making decisions about the care of individual "
                            "patients”. The same editorial insisted that evidence never decides on its own: it must be integrated with "
                            "clinical expertise and with the patient's values and circumstances. Sackett — who had founded one of the "
                            "first departments of clinical epidemiology, at McMaster University in Hamilton — was answering critics "
                            "who feared “cookbook medicine”. His reply was that external evidence can inform individual clinical "
                            "judgment but never replace it.</p>"
                            "<p>The first practical step is to turn a vague worry into a question the literature can answer. "
                            "<em>Background</em> questions (“What is atrial fibrillation?”) are answered by textbooks. "
                            "<em>Foreground</em> questions, about a specific decision for a specific kind of patient, are answered by "
                            "studies, and are usefully framed with PICO:</p>"
                            "<ul>"
                            "<li><strong>P — Patient or population:</strong> who, exactly? Age, sex, condition, setting, relevant "
                            "risk factors.</li>"
                            "<li><strong>I — Intervention or exposure:</strong> the treatment, test or exposure of interest.</li>"
                            "<li><strong>C — Comparison:</strong> the alternative — placebo, usual care, another drug, no test.</li>"
                            "<li><strong>O — Outcome:</strong> what matters, over what period. Prefer outcomes patients care about "
                            "(death, stroke, function, quality of life) to surrogate markers (blood pressure, LDL cholesterol, "
                            "tumour size).</li>"
                            "</ul>"
                            "<p>PICO is not bureaucracy. Writing down the outcome forces you to ask whether you are interested in what "
                            "matters to the patient or in what is easy to measure; writing down the population makes you notice when a "
                            "study's participants differ from the person in front of you.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Mr. Karimi's question",
                        "presentation": (
                            "<p>Ahmad Karimi, 62, a retired high-school chemistry teacher, sees his family physician for a routine "
                            "visit. He has had type 2 diabetes for eight years, treated with metformin; his blood pressure is well "
                            "controlled and he takes a statin. He has never had a heart attack or a stroke. His older brother, who had "
                            "a heart attack two years ago, takes “a baby aspirin” every day and has urged him to do the same.</p>"
                            "<p>Mr. Karimi asks: “Should I be taking aspirin to protect my heart? It's cheap, and it comes from willow "
                            "bark, so it's natural, isn't it?”</p>"
                            "<p>The first-year medical student spending the morning in the clinic is asked to look into it and report "
                            "back. Her first attempt at a search question is: “Is aspirin good for the heart?”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Matching study designs to questions",
                        "text": (
                            "<p>Different questions call for different designs, and each design has characteristic strengths and "
                            "weaknesses.</p>"
                            "<ul>"
                            "<li><strong>Randomized controlled trials (RCTs)</strong> allocate participants by chance, so that known "
                            "and unknown prognostic factors are, on average, balanced between groups. They are the design of choice "
                            "for questions about the effects of treatment, but they are expensive, often short, and usually too small "
                            "to detect rare harms.</li>"
                            "<li><strong>Cohort studies</strong> follow exposed and unexposed people over time. They answer questions "
                            "about prognosis and harm, and about exposures that cannot ethically be randomized (smoking, occupation), "
                            "but they are vulnerable to confounding: people who choose a treatment differ from those who do not.</li>"
                            "<li><strong>Case-control studies</strong> start from people with and without an outcome and look back at "
                            "their exposures. They are efficient for rare outcomes — the link between diethylstilbestrol taken in "
                            "pregnancy and vaginal adenocarcinoma in daughters was identified this way — but are prone to recall and "
                            "selection bias.</li>"
                            "<li><strong>Cross-sectional studies</strong> measure exposure and outcome at a single point. They "
                            "estimate prevalence, and they are the usual design for diagnostic accuracy, in which a test is compared "
                            "with a reference standard in the same patients.</li>"
                            "<li><strong>Case reports and case series</strong> cannot establish causation, but they often sound the "
                            "first alarm: the 1961 letters linking thalidomide to limb malformations, or the 1981 reports of "
                            "<em>Pneumocystis</em> pneumonia in previously healthy young men that heralded the AIDS epidemic.</li>"
                            "<li><strong>Qualitative studies</strong> answer questions about experience and meaning — why patients "
                            "stop a medication, what a diagnosis means to a family — that numbers cannot.</li>"
                            "<li><strong>Systematic reviews and meta-analyses</strong> identify, appraise and, where appropriate, "
                            "statistically combine all the studies that address a question.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "On the 20th of May, 1747, I took twelve patients in the scurvy, on board the Salisbury at sea. Their "
                            "cases were as similar as I could have them. They all in general had putrid gums, the spots and lassitude, "
                            "with weakness of the knees. […] The consequence was, that the most sudden and visible good effects were "
                            "perceived from the use of the oranges and lemons; one of those who had taken them, being at the end of "
                            "six days fit for duty."
                        ),
                        "source": "James Lind, A Treatise of the Scurvy (1753)",
                        "commentary": (
                            "<p>Lind's experiment is often called the first controlled clinical trial. He tried to make his groups "
                            "comparable (“as similar as I could have them”), kept their lodging and diet the same, and compared six "
                            "remedies concurrently, two sailors to each, rather than relying on memory or authority. Yet he did not "
                            "randomize, his groups were tiny, and the outcome was judged by Lind himself, who knew who had received "
                            "what. The sequel is also instructive: Lind did not fully grasp the significance of his own result, and "
                            "the Royal Navy did not adopt a regular issue of lemon juice until 1795, nearly fifty years after the "
                            "experiment. Producing evidence and acting on it are two different problems.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The hierarchy of evidence — and its critics",
                        "text": (
                            "<p>Evidence-based medicine popularized a hierarchy, often drawn as a pyramid, with systematic reviews of "
                            "RCTs at the top, followed by individual RCTs, cohort studies, case-control studies, case series and "
                            "expert opinion. The rationale is real: designs higher in the pyramid are less exposed to bias. The "
                            "classic cautionary tale is menopausal hormone therapy. Large observational studies, including the "
                            "Nurses' Health Study, suggested that women taking estrogen had fewer coronary events, and hormone therapy "
                            "was widely prescribed partly for heart protection. In 2002, the Women's Health Initiative randomized "
                            "trial found that estrogen plus progestin offered no coronary protection — coronary events were in fact "
                            "more frequent — and increased the risk of stroke, venous thromboembolism and breast cancer. Women who had "
                            "chosen hormone therapy in the observational studies were healthier in many ways than those who had not, "
                            "a confounding that statistical adjustment had not removed.</p>"
                            "<p>Yet the pyramid has been criticized on several grounds, and a critical thinker should know them.</p>"
                            "<ul>"
                            "<li><strong>Design is not quality.</strong> A small, poorly conducted RCT that loses a third of its "
                            "participants may be less trustworthy than a large, careful cohort study. The GRADE approach, now used by "
                            "most guideline developers, reflects this: evidence from RCTs starts as high certainty but can be rated "
                            "down for risk of bias, inconsistency, indirectness, imprecision or publication bias; observational "
                            "evidence starts low but can be rated up when the effect is large, when there is a dose–response gradient, "
                            "or when plausible confounding would have reduced the observed effect.</li>"
                            "<li><strong>Some questions do not need, or cannot have, an RCT.</strong> In a 2003 Christmas article in "
                            "the BMJ, Smith and Pell “systematically reviewed” randomized trials of parachutes and found none — a "
                            "satire of the idea that only randomized evidence counts. When effects are dramatic (insulin in diabetic "
                            "ketoacidosis, defibrillation for ventricular fibrillation), observational evidence can be decisive.</li>"
                            "<li><strong>Trials answer narrow questions.</strong> Participants are often younger and healthier than "
                            "real patients; older adults, pregnant people and those with multimorbidity have often been excluded. "
                            "Applying a result to the patient in front of you is a separate judgment.</li>"
                            "<li><strong>The pyramid leaves out whole kinds of knowledge.</strong> Qualitative research, mechanistic "
                            "reasoning and clinical experience do not fit neatly on it, yet they are indispensable for understanding "
                            "why an intervention works, for whom, and how it will be lived.</li>"
                            "</ul>"
                            "<p>In 2014, Greenhalgh, Howick and Maskrey asked whether evidence-based medicine had become “a movement in "
                            "crisis”, pointing to the distortion of the evidence base by vested interests, an unmanageable volume of "
                            "guidelines, statistically significant but clinically marginal benefits, and rule-following at the expense "
                            "of judgment. Their remedy was not to abandon evidence-based medicine but to return to its founding idea: "
                            "the best evidence, integrated with expertise, in the service of an individual patient.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Building PICO questions",
                        "duration_minutes": 20,
                        "group_size": "2",
                        "instructions": (
                            "<ol>"
                            "<li>In pairs, rewrite the student's search question about Mr. Karimi (“Is aspirin good for the heart?”) "
                            "as a PICO question. Be specific about the population (primary prevention, diabetes, age) and name at "
                            "least one benefit outcome and one harm outcome, with a time frame.</li>"
                            "<li>Do the same for two further questions: (a) a 34-year-old woman asks whether a home pregnancy test "
                            "done on the first day of a missed period is reliable; (b) the parents of a three-year-old ask whether "
                            "his first febrile seizure means he is likely to develop epilepsy.</li>"
                            "<li>For each question, name its type (therapy, diagnosis, prognosis or harm) and the study design that "
                            "would best answer it.</li>"
                            "<li>Swap with another pair and critique each other's questions: would your PICO retrieve studies that "
                            "actually apply to the patient?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Why is “Is aspirin good for the heart?” a poor search question? What kinds of studies would it retrieve?",
                            "Mr. Karimi calls aspirin “natural”. How might a patient's framing of a treatment influence the way you present evidence to him?",
                            "The Women's Health Initiative contradicted years of observational data. Does that mean observational studies should be distrusted? When are they indispensable?",
                            "Is the parachute satire a fair criticism of evidence-based medicine? At what point does it stop being fair?",
                            "Sackett's definition gives patients' values a place. In practice, at what point in searching for and appraising evidence do those values enter?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Evidence-based medicine integrates the best available evidence with clinical expertise and the patient's values; evidence alone does not make decisions.",
                            "A well-built PICO question — population, intervention, comparison, outcome — is the foundation of any search and appraisal.",
                            "Each type of question has a preferred design: RCTs for therapy, cohort studies for prognosis and harm, cross-sectional comparison with a reference standard for diagnosis.",
                            "The hierarchy of evidence reflects vulnerability to bias, but design is not quality; GRADE rates the certainty of a body of evidence, not a study type.",
                            "Observational evidence can mislead through confounding (hormone therapy) and can also be decisive when effects are dramatic (parachutes).",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Smith GCS, Pell JP",
                                "title": "Parachute use to prevent death and major trauma related to gravitational challenge: systematic review of randomised controlled trials",
                                "venue": "BMJ 327:1459-1461",
                                "year": 2003,
                                "doi": "10.1136/bmj.327.7429.1459",
                                "url": "",
                            },
                            {
                                "authors": "Writing Group for the Women's Health Initiative Investigators",
                                "title": "Risks and benefits of estrogen plus progestin in healthy postmenopausal women: principal results from the Women's Health Initiative randomized controlled trial",
                                "venue": "JAMA 288(3):321-333",
                                "year": 2002,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Greenhalgh T",
                                "title": "How to Read a Paper: The Basics of Evidence-Based Medicine and Healthcare, 6th edition",
                                "venue": "Wiley-Blackwell",
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
                            "<p><strong>Timing (75 min).</strong> 10 min: Sackett's definition and PICO. 5 min: Mr. Karimi's case, "
                            "introduced as a puzzle. 15 min: study designs (ask students to supply an example of each before you do). "
                            "5 min: the Lind excerpt. 15 min: the hierarchy and its critics. 20 min: PICO activity and debrief. "
                            "5 min: takeaways. Discussion questions can be woven through the session.</p>"
                            "<p><strong>Model answer for Mr. Karimi.</strong> P: adults of about 50 to 70 with type 2 diabetes and no "
                            "known cardiovascular disease (primary prevention). I: daily low-dose aspirin (75 to 100 mg). C: placebo "
                            "or no aspirin. O: serious vascular events (myocardial infarction, stroke, vascular death) and major "
                            "bleeding (gastrointestinal, intracranial), over about five years. Type: therapy, with benefit and harm; "
                            "best design: RCTs and systematic reviews of RCTs. You may mention, without going into detail, that "
                            "several large trials published in 2018 (ASCEND in people with diabetes, ARRIVE, and ASPREE in older "
                            "adults) found that modest reductions in vascular events, where present, were offset to a large extent "
                            "by increases in major bleeding, so that routine aspirin for primary prevention is no longer recommended "
                            "for most people and the decision is individualized. Keep the focus on the question rather than the "
                            "answer; lesson 3 returns to how to discuss such trade-offs with a patient.</p>"
                            "<p><strong>The other PICO questions.</strong> (a) Diagnosis: women with a possible early pregnancy; home "
                            "urine hCG test on the first day of a missed period; reference standard (serum hCG or later confirmation "
                            "of pregnancy); outcomes: sensitivity and specificity; cross-sectional design. (b) Prognosis: children "
                            "after a first febrile seizure (with or without features such as a complex seizure or a family history of "
                            "epilepsy); outcome: epilepsy diagnosed in the following years; cohort design. The aim is to recognize the "
                            "type of question, not to know the answer.</p>"
                            "<p><strong>Pitfalls.</strong> Preclinical students may take the pyramid as dogma or, once they hear the "
                            "criticisms, dismiss it entirely. Aim for the nuanced position: the hierarchy is a sensible default about "
                            "vulnerability to bias, to be applied with judgment. Ask students to name the design behind a health "
                            "headline they saw recently; most will not know, which makes the point.</p>"
                            "<p><strong>Assessment hint.</strong> Give a clinical scenario and ask for a PICO question, the question "
                            "type, the best design and one reason an RCT might be impossible or unnecessary. This discriminates well "
                            "between rote and real understanding.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 2
        {
            "slug": "reading-a-randomized-trial",
            "title": "Reading a randomized trial: concealment, blinding, intention-to-treat and the numbers that matter",
            "duration_minutes": 90,
            "introduction": (
                "This lesson walks through the key questions to ask of a randomized controlled trial — how participants were "
                "allocated, who was blinded, how the analysis handled those who did not follow the protocol — and then works "
                "through the arithmetic of relative and absolute effects using a fictional trial."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Randomization and allocation concealment",
                        "text": (
                            "<p>Randomization has two distinct components, and a trial report should describe both. The first is "
                            "<strong>sequence generation</strong>: a genuinely random schedule (computer-generated, often in blocks and "
                            "stratified by site or by key prognostic factors) rather than a quasi-random rule such as alternate days, "
                            "birth dates or chart numbers. The second is <strong>allocation concealment</strong>: the person enrolling "
                            "a participant must not know, or be able to guess, which group the next participant will join. If a "
                            "recruiting clinician knows that the next envelope contains the active drug, she may — consciously or not "
                            "— enrol a sicker or a healthier patient, and the balance that randomization was meant to create is "
                            "lost.</p>"
                            "<p>Concealment is achieved by central allocation (a web-based or telephone service contacted only after "
                            "the participant has been enrolled) or, less securely, by sequentially numbered, opaque, sealed envelopes. "
                            "It matters. In a landmark 1995 analysis of trials in pregnancy and childbirth, Schulz and colleagues found "
                            "that trials with inadequate or unclearly reported concealment produced substantially larger estimates of "
                            "treatment effect than trials with adequate concealment. Note that concealment is possible in every trial, "
                            "even surgical trials in which blinding is not. When reading a methods section, look for words such as "
                            "“central”, “web-based” or “sequentially numbered opaque sealed envelopes” — and be wary when none "
                            "appear.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Blinding",
                        "text": (
                            "<p>Blinding (or masking) prevents knowledge of the allocated treatment from influencing what happens "
                            "<em>after</em> allocation. Up to five groups can be blinded: participants, clinicians delivering care, "
                            "data collectors, outcome adjudicators and data analysts. The term “double-blind” is ambiguous — authors "
                            "use it for different combinations — which is why the CONSORT statement asks trialists to state exactly "
                            "who was blinded and how. (CONSORT, first published in 1996 and revised in 2001 and 2010, was updated again "
                            "in 2025; its checklist is the best single guide to what a trial report should contain.)</p>"
                            "<p>How much blinding matters depends on the outcome. All-cause mortality is hard to influence by "
                            "expectation; pain, fatigue, function, or a clinician's decision to admit a patient to hospital are highly "
                            "susceptible. When participants cannot be blinded — comparing surgery with physiotherapy, for instance — a "
                            "trial can still blind outcome assessors and favour objective outcomes. Ask: could knowledge of the "
                            "allocation have changed how outcomes were measured, or which other treatments were given?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Intention-to-treat and loss to follow-up",
                        "text": (
                            "<p>In every trial, some participants stop their medication, cross over to the other arm or never receive "
                            "the intervention. The <strong>intention-to-treat</strong> (ITT) principle analyses all participants in the "
                            "groups to which they were randomized, whatever they actually received. This can seem counter-intuitive — "
                            "why count people who never took the drug? — but it preserves the balance created by randomization, "
                            "because people who adhere to treatment differ from those who do not. In the Coronary Drug Project, a large "
                            "trial of lipid-lowering drugs in men who had survived a myocardial infarction, a 1980 analysis showed that "
                            "men who took at least 80 per cent of their <em>placebo</em> had markedly lower five-year mortality than "
                            "those who took less: adherence itself was a marker of better prognosis. A per-protocol analysis that "
                            "keeps only adherent participants can therefore make a useless drug look effective.</p>"
                            "<p>ITT requires outcome data on everyone randomized, so loss to follow-up is a threat. A useful test is to "
                            "ask whether the conclusion would change if the participants lost from the treatment group had all done "
                            "badly and those lost from the control group had all done well; if so, the result is fragile. ITT "
                            "estimates the effect of a policy of offering a treatment, which is usually what clinicians and patients "
                            "need to know. (In non-inferiority trials, where ITT can bias results towards “no difference”, both "
                            "analyses should be reported.)</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Absolute versus relative effects: a worked example",
                        "text": (
                            "<p>Consider a fictional trial, LOWER-CV, in which 4,000 adults aged 50 to 75 with at least one "
                            "cardiovascular risk factor are randomized to a new lipid-lowering drug or placebo, 2,000 per group, and "
                            "followed for five years. The primary outcome is a major cardiovascular event (myocardial infarction, "
                            "stroke or cardiovascular death).</p>"
                            "<ul>"
                            "<li>Placebo group: 120 events among 2,000 participants. Control event rate (CER) = 120 ÷ 2,000 = "
                            "<strong>6.0%</strong>.</li>"
                            "<li>Drug group: 90 events among 2,000 participants. Experimental event rate (EER) = 90 ÷ 2,000 = "
                            "<strong>4.5%</strong>.</li>"
                            "</ul>"
                            "<p>From these two numbers, four measures follow.</p>"
                            "<ol>"
                            "<li><strong>Relative risk (RR)</strong> = EER ÷ CER = 4.5 ÷ 6.0 = <strong>0.75</strong>. Participants "
                            "on the drug had three-quarters of the risk of those on placebo.</li>"
                            "<li><strong>Relative risk reduction (RRR)</strong> = 1 − RR = <strong>25%</strong>. This is the figure "
                            "most likely to appear in a press release: “New drug cuts heart attacks and strokes by a quarter.”</li>"
                            "<li><strong>Absolute risk reduction (ARR)</strong> = CER − EER = 6.0% − 4.5% = <strong>1.5 percentage "
                            "points</strong> (0.015).</li>"
                            "<li><strong>Number needed to treat (NNT)</strong> = 1 ÷ ARR = 1 ÷ 0.015 = 66.7, conventionally rounded "
                            "<em>up</em> to <strong>67</strong>. About 67 people must take the drug for five years for one of them to "
                            "avoid a major cardiovascular event; the other 66 take it without that particular benefit.</li>"
                            "</ol>"
                            "<p>Harms are handled the same way. Suppose muscle pain leading to discontinuation occurred in 40 of "
                            "2,000 participants on the drug (2.0%) and 20 of 2,000 on placebo (1.0%). The absolute risk increase is "
                            "1.0 percentage point, and the <strong>number needed to harm</strong> (NNH) is 1 ÷ 0.010 = "
                            "<strong>100</strong>: for every 100 people treated for five years, one additional person stops the drug "
                            "because of muscle pain.</p>"
                            "<p>Two further points matter. First, an NNT means little without its <strong>time frame</strong> and "
                            "<strong>baseline risk</strong>. If the same 25% relative reduction applies to a lower-risk population "
                            "whose five-year risk is 1.2%, treatment lowers it to 0.9%: the ARR is 0.3 percentage points and the NNT "
                            "rises to 334 (1 ÷ 0.003 = 333.3, rounded up). The relative effect is identical; its clinical meaning is "
                            "very different. Second, the NNT inherits the trial's <strong>uncertainty</strong>. Using a normal "
                            "approximation, the 95% confidence interval for the ARR in LOWER-CV runs from about 0.1 to 2.9 percentage "
                            "points, which corresponds to an NNT anywhere between about 35 and about 845. A precise-sounding “67” "
                            "conceals a wide range of plausible benefit.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Appraise and calculate: the fictional FLU-SHIELD trial",
                        "duration_minutes": 30,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Read this methods summary. In a trial of a new oral antiviral for adults aged 65 and over with "
                            "laboratory-confirmed influenza, 3,060 participants were allocated to the drug or placebo according to the "
                            "day of the week on which they came to the clinic. Study nurses who recorded symptoms knew which treatment "
                            "each participant was receiving. Participants who did not take their first dose were excluded from the "
                            "analysis: 45 in the drug group and 15 in the placebo group, leaving 1,500 per group. The primary outcome "
                            "was hospitalization within 28 days.</li>"
                            "<li>Identify at least three threats to internal validity in this description, and explain how each "
                            "might bias the result.</li>"
                            "<li>Results: 30 of 1,500 participants on the drug and 45 of 1,500 on placebo were hospitalized. Nausea "
                            "occurred in 9.0% of those on the drug and 5.0% of those on placebo. Calculate the RR, RRR, ARR and NNT for "
                            "hospitalization, and the NNH for nausea, each with its time frame.</li>"
                            "<li>Write the one-sentence headline a company press release might use. Then rewrite it in absolute terms, "
                            "in plain language, for a patient.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Why is allocation concealment possible in every trial when blinding is not? Give an example of a trial in which participants could not be blinded but outcome assessors could.",
                            "A classmate says: “Intention-to-treat underestimates the drug's effect, because it includes people who never took it.” How would you respond?",
                            "In LOWER-CV, which number — an RRR of 25% or an NNT of 67 over five years — would you want a patient to hear? Which would a health-system funder need? Why might the answers differ?",
                            "What more would you want to know before deciding whether the LOWER-CV result applies to a 52-year-old woman whose only risk factor is a family history of heart disease?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Randomization requires both an unpredictable sequence and concealed allocation; inadequate concealment is associated with exaggerated treatment effects.",
                            "Ask exactly who was blinded; subjective outcomes are the most vulnerable to unblinded assessment.",
                            "Intention-to-treat analysis preserves randomization; per-protocol analyses can make an ineffective treatment look effective because adherers differ from non-adherers.",
                            "Relative effects tend to be stable across baseline risks, absolute effects are not: always convert to ARR and NNT, with a time frame and a confidence interval.",
                            "Weigh the NNT against the NNH over the same time frame.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Schulz KF, Chalmers I, Hayes RJ, Altman DG",
                                "title": "Empirical evidence of bias: dimensions of methodological quality associated with estimates of treatment effects in controlled trials",
                                "venue": "JAMA 273(5):408-412",
                                "year": 1995,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Schulz KF, Grimes DA",
                                "title": "Allocation concealment in randomised trials: defending against deciphering",
                                "venue": "The Lancet 359:614-618",
                                "year": 2002,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Coronary Drug Project Research Group",
                                "title": "Influence of adherence to treatment and response of cholesterol on mortality in the Coronary Drug Project",
                                "venue": "New England Journal of Medicine 303(18):1038-1041",
                                "year": 1980,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Laupacis A, Sackett DL, Roberts RS",
                                "title": "An assessment of clinically useful measures of the consequences of treatment",
                                "venue": "New England Journal of Medicine 318(26):1728-1733",
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
                            "<p><strong>Timing (90 min).</strong> 15 min: randomization and concealment. 10 min: blinding. 15 min: "
                            "intention-to-treat and loss to follow-up. 20 min: worked example — do the arithmetic live on a whiteboard "
                            "and have students call out each step. 30 min: FLU-SHIELD activity and debrief. The discussion questions "
                            "can close the session or be set as preparation for lesson 3.</p>"
                            "<p><strong>FLU-SHIELD answers.</strong> Threats to validity: (1) allocation by day of the week is "
                            "quasi-random and cannot be concealed — staff can predict allocation and may, consciously or not, steer "
                            "patients; (2) unblinded nurses recording symptoms can bias subjective outcomes and may influence decisions "
                            "about hospitalization; (3) excluding participants who did not take the first dose violates "
                            "intention-to-treat, and the imbalance (45 versus 15) suggests exclusions related to the drug (early "
                            "intolerance) or to rapid deterioration, which could remove the patients most likely to be hospitalized "
                            "from the drug arm. Calculations: drug 30 ÷ 1,500 = 2.0%; placebo 45 ÷ 1,500 = 3.0%; RR = 2.0 ÷ 3.0 = "
                            "0.67; RRR = 33%; ARR = 1.0 percentage point; NNT = 1 ÷ 0.01 = 100, over 28 days. Nausea: 9.0% versus "
                            "5.0%; absolute risk increase = 4.0 percentage points; NNH = 1 ÷ 0.04 = 25. A plausible press release: "
                            "“New antiviral cuts influenza hospitalizations by a third in older adults.” A patient version: “In the "
                            "study, about 3 in 100 people who took a placebo ended up in hospital, compared with about 2 in 100 who "
                            "took the drug; about 4 more people in 100 had nausea on the drug. The study also had design weaknesses "
                            "that may make the drug look better than it is.”</p>"
                            "<p><strong>Common errors.</strong> Students confuse allocation concealment with blinding; confuse "
                            "percentage points with per cent (a fall from 6% to 4.5% is an absolute reduction of 1.5 percentage "
                            "points and a relative reduction of 25%); forget to round the NNT up; and quote NNTs without a time frame. "
                            "Insist on units and time frames every time.</p>"
                            "<p><strong>Going further.</strong> Stronger students can be asked why the odds ratio in LOWER-CV (about "
                            "0.74) is close to the relative risk — because the outcome is uncommon — and when the two diverge. Others "
                            "may ask why the confidence interval for the NNT is so asymmetrical: the NNT is the reciprocal of the ARR, "
                            "so small ARRs produce very large NNTs, and if the interval for the ARR crosses zero the NNT interval runs "
                            "from benefit through infinity to harm — one reason some authors prefer to report ARRs.</p>"
                            "<p><strong>Assessment hint.</strong> Give a 2×2 table from a fictional trial and ask for RR, RRR, ARR and "
                            "NNT with a time frame, plus one sentence explaining the result to a patient. Numeracy errors are common "
                            "even among strong students, so offer formative practice before any summative test.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 3
        {
            "slug": "bias-spin-and-talking-with-patients",
            "title": "Bias, spin and conflicts of interest — and how to talk about evidence with a patient",
            "duration_minutes": 75,
            "introduction": (
                "This lesson looks beyond the single trial at the distortions that shape the published evidence — selective "
                "publication, spin and conflicts of interest — and then asks how to convey what the evidence really shows to a "
                "patient facing a decision."
            ),
            "body": [
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "My daughter sent me the article: the new pill cut heart attacks by a quarter. A quarter! Why hadn't my "
                            "doctor told me? I went in ready for a fight. She didn't argue. She took out a "
                            "sheet with a hundred little faces on it and coloured in three. “That's about how many people like you "
                            "would have a heart attack or a stroke in the next five years without the pill,” she said. Then she shaded "
                            "out most of one face. “That's roughly what the pill changes.” She showed me the side effects the same "
                            "way. I laughed, because it was so much smaller than I'd imagined. I still haven't decided. But at least "
                            "now I know what I'm deciding about."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>The patient's shift from indignation to curiosity does not come from being told she was wrong, but "
                            "from seeing the same result in a different frame. Notice the elements: a common denominator (100), a time "
                            "frame (five years), her own baseline risk rather than the trial's, harms shown in the same format as "
                            "benefits, and room left for her decision. The physician did not tell her what to choose; she made the "
                            "choice intelligible.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Distortions in the body of evidence",
                        "text": (
                            "<p>Even if every individual trial were impeccable, the evidence available to clinicians could still "
                            "mislead, because what is published, and how, is not random.</p>"
                            "<ul>"
                            "<li><strong>Publication bias.</strong> Studies with positive results are more likely to be published, "
                            "to be published quickly and to appear in prominent journals. Turner and colleagues compared 74 "
                            "antidepressant trials registered with the US Food and Drug Administration with the published literature. "
                            "Judged by the journals, 94% of the trials were positive; judged by the FDA's own reviews, about half "
                            "were. Most of the negative or questionable trials had either not been published or had been published in "
                            "a way that conveyed a positive outcome.</li>"
                            "<li><strong>Selective outcome reporting.</strong> A trial may measure a dozen outcomes and emphasize the "
                            "ones that reached significance, or quietly switch its primary outcome. Prospective registration — "
                            "required by the International Committee of Medical Journal Editors for trials beginning enrolment after "
                            "1 July 2005 — allows readers to compare what was planned with what was reported.</li>"
                            "<li><strong>Surrogate outcomes.</strong> A drug that improves a laboratory marker does not necessarily "
                            "help patients. In the Cardiac Arrhythmia Suppression Trial, encainide and flecainide suppressed "
                            "ventricular ectopic beats after myocardial infarction — and increased mortality compared with "
                            "placebo.</li>"
                            "<li><strong>Composite outcomes</strong> combine events of very different importance (death, "
                            "hospitalization, a change in a laboratory value); a “significant” composite may be driven entirely by its "
                            "least important component.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Spin",
                        "text": (
                            "<p>Spin is reporting that makes results look more favourable than the data justify. Boutron and "
                            "colleagues examined randomized trials whose primary outcome was not statistically significant and found "
                            "spin in a substantial proportion of abstracts and main texts. Common forms include:</p>"
                            "<ul>"
                            "<li>highlighting a statistically significant secondary outcome or subgroup when the primary outcome was "
                            "negative;</li>"
                            "<li>reporting within-group improvement (“patients on the drug improved significantly from baseline”) "
                            "instead of the between-group comparison that randomization was designed to test;</li>"
                            "<li>reporting only relative effects, especially for rare outcomes;</li>"
                            "<li>describing a non-significant result as “a trend towards benefit”, or treating absence of a "
                            "significant difference as proof of equivalence;</li>"
                            "<li>conclusions that recommend the treatment despite uncertain or absent benefit.</li>"
                            "</ul>"
                            "<p>Spin travels, from abstract to press release to news story, often growing at each step. The practical "
                            "lesson is to read the methods and the results tables before the abstract's conclusion, and to ask of every "
                            "claim: compared with what, in whom, over what time, measured how?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Conflicts of interest",
                        "text": (
                            "<p>Most drug and device trials are funded by manufacturers, and industry funding is not in itself "
                            "evidence of bad science; many sponsored trials are methodologically rigorous. But systematic reviews, "
                            "including a Cochrane review by Lundh and colleagues, have found that industry-sponsored studies more often "
                            "report favourable efficacy results and conclusions than studies with other sources of funding — a "
                            "difference not explained by standard risk-of-bias assessments. Influence often operates through choices "
                            "that look technical: the comparator (a competitor at a suboptimal dose), the population, the outcomes, the "
                            "duration, and whether and how the results are published.</p>"
                            "<p>Conflicts of interest are not only financial. Researchers are invested in their hypotheses, careers and "
                            "earlier publications; clinicians are invested in the procedures they perform. Disclosure is necessary but "
                            "not sufficient, because it does not tell the reader how much to discount a result. Structural safeguards "
                            "help more: independent data analysis, registered protocols, data sharing, and guideline panels whose "
                            "members are free of relevant conflicts.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Talking about evidence with a patient",
                        "text": (
                            "<p>Appraisal is not complete until its result can be shared with the person who has to live with the "
                            "decision. Research on risk communication, notably by Gigerenzer and colleagues, supports several "
                            "practices:</p>"
                            "<ul>"
                            "<li><strong>Use absolute numbers, with a common denominator and a time frame</strong>: “Out of 100 people "
                            "like you who take this drug for five years, about 4 or 5 will have a heart attack or stroke, compared with "
                            "about 6 out of 100 who don't.” Avoid mixing denominators (“1 in 67” against “1 in 100”).</li>"
                            "<li><strong>Present benefits and harms in the same format</strong>, so that neither is made to look larger "
                            "than the other.</li>"
                            "<li><strong>Use pictures</strong>: icon arrays (grids of 100 or 1,000 figures) are generally understood "
                            "better than percentages, including by people with limited numeracy.</li>"
                            "<li><strong>Say what is uncertain</strong>, and whether the evidence comes from people like this "
                            "patient.</li>"
                            "<li><strong>Ask what matters to the patient.</strong> The same numbers can rightly lead to different "
                            "choices: one person will take a daily pill for a small reduction in risk; another will not.</li>"
                            "</ul>"
                            "<p>These practices are the building blocks of shared decision-making, in which clinician and patient "
                            "deliberate together about options in the light of the evidence and the patient's values. Patient decision "
                            "aids — many developed, tested and catalogued through work at the Ottawa Hospital Research Institute — "
                            "present options, outcomes and probabilities in balanced formats; a Cochrane review by Stacey and "
                            "colleagues found that they improve knowledge and the accuracy of risk perception and reduce decisional "
                            "conflict.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "The headline",
                        "presentation": (
                            "<p>Lucie Paquette, 63, a retired public servant who lives in Kanata, is a non-smoker with treated "
                            "hypertension and mildly elevated cholesterol. Using a cardiovascular risk calculator, her family "
                            "physician estimates her ten-year risk of a major cardiovascular event at about 6% — roughly 3% over five "
                            "years, the time frame of the trial she is about to mention.</p>"
                            "<p>She arrives with a printout of a news story about the (fictional) LOWER-CV trial from lesson 2. “New "
                            "drug slashes heart attacks and strokes by 25%,” reads the headline. The article quotes the trial's lead "
                            "investigator, who calls the result “a game-changer”. A line at the bottom notes that the trial was funded "
                            "by the drug's manufacturer and that the investigator has received consulting fees from the company.</p>"
                            "<p>Ms. Paquette says: “I don't want to wait until I have a heart attack. If this cuts my risk by a "
                            "quarter, I want it.”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Using her estimated five-year risk of 3% and the LOWER-CV relative risk of 0.75, what are Ms. Paquette's expected absolute risk reduction and NNT? How would you say this to her in words?",
                            "What would you want to know about the LOWER-CV trial before relying on it — its registration, outcomes, population and funding?",
                            "Does the investigator's consulting relationship with the manufacturer make the result untrustworthy? What would make you more, or less, confident?",
                            "If, after a balanced discussion, Ms. Paquette still wants the drug, is it your role to dissuade her? What if she decides against it?",
                            "Where have you met spin outside medicine — in politics, advertising or your own writing? What makes it persuasive?",
                        ],
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Translating evidence for a patient",
                        "duration_minutes": 25,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>In groups of three, prepare a two-minute explanation of the LOWER-CV evidence for Ms. Paquette, using "
                            "the numbers you calculated: absolute benefit, absolute harm (muscle pain leading to discontinuation in "
                            "about 1 additional person in 100 over five years), time frame and uncertainty.</li>"
                            "<li>Sketch an icon array of 100 figures showing, over five years, how many people like her would have an "
                            "event without the drug, how many with it, and how many would stop the drug because of muscle pain.</li>"
                            "<li>One student plays Ms. Paquette, one the physician, one observes. The physician presents the evidence "
                            "and then asks what matters most to her; the observer notes jargon, relative-only statements and mixed "
                            "denominators.</li>"
                            "<li>Debrief: did the explanation change the “patient's” view? Did the physician leave room for her to "
                            "decide?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a health claim you once believed — from a news story, a relative, social media or even a lecture "
                            "— that turned out to be exaggerated or wrong. Why did you find it convincing at the time?"
                        ),
                        "guidance": (
                            "Write half a page to a page. Identify the specific features that made the claim persuasive (a relative "
                            "number, an authority, a vivid story, your own hopes) and link at least one of them to a concept from this "
                            "module. End with one question you will now routinely ask when you meet a new claim."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "The published evidence is filtered: publication bias, selective outcome reporting and reliance on surrogate outcomes can distort it even when individual trials are sound.",
                            "Spin makes negative or modest results look positive; read the methods and results before the abstract's conclusion.",
                            "Industry funding is associated with more favourable results and conclusions; disclosure helps, but structural safeguards help more.",
                            "With patients, use absolute risks with a common denominator and a time frame, present benefits and harms in the same format, and use visual aids.",
                            "Appraisal serves a shared decision: the same evidence can rightly lead different patients to different choices.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Turner EH, Matthews AM, Linardatos E, Tell RA, Rosenthal R",
                                "title": "Selective publication of antidepressant trials and its influence on apparent efficacy",
                                "venue": "New England Journal of Medicine 358(3):252-260",
                                "year": 2008,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Boutron I, Dutton S, Ravaud P, Altman DG",
                                "title": "Reporting and interpretation of randomized controlled trials with statistically nonsignificant results for primary outcomes",
                                "venue": "JAMA 303(20):2058-2064",
                                "year": 2010,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Lundh A, Lexchin J, Mintzes B, Schroll JB, Bero L",
                                "title": "Industry sponsorship and research outcome",
                                "venue": "Cochrane Database of Systematic Reviews",
                                "year": 2017,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Echt DS, Liebson PR, Mitchell LB, et al.",
                                "title": "Mortality and morbidity in patients receiving encainide, flecainide, or placebo: the Cardiac Arrhythmia Suppression Trial",
                                "venue": "New England Journal of Medicine 324(12):781-788",
                                "year": 1991,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Gigerenzer G, Gaissmaier W, Kurz-Milcke E, Schwartz LM, Woloshin S",
                                "title": "Helping doctors and patients make sense of health statistics",
                                "venue": "Psychological Science in the Public Interest 8(2):53-96",
                                "year": 2007,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Stacey D, Légaré F, Lewis K, et al.",
                                "title": "Decision aids for people facing health treatment or screening decisions",
                                "venue": "Cochrane Database of Systematic Reviews",
                                "year": 2017,
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
                            "<p><strong>Timing (75 min).</strong> 5 min: read the testimony. 25 min: publication bias, spin and "
                            "conflicts of interest (bring a real abstract with spin from a recent journal if you can, but do not "
                            "ridicule named authors in front of students). 10 min: risk communication. 10 min: Ms. Paquette's case. "
                            "25 min: activity and debrief. Assign the reflection as homework.</p>"
                            "<p><strong>Ms. Paquette's numbers.</strong> Five-year baseline risk 3.0%; with the drug, 3.0% × 0.75 = "
                            "2.25%. ARR = 0.75 percentage points; NNT = 1 ÷ 0.0075 = 133.3, rounded up to 134 over five years. In "
                            "words: “Out of 1,000 people like you, about 30 would have a heart attack or stroke in the next five years "
                            "without the drug, and about 22 or 23 with it — so about 7 or 8 in 1,000 would be spared. About 10 in "
                            "1,000 would stop the drug because of muscle pain.” Point out that this assumes the relative effect applies "
                            "unchanged to her, that the trial population may have had higher risk than she does, that the confidence "
                            "interval is wide, and that the outcome is a composite. Students should also ask whether the trial was "
                            "registered, whether the reported primary outcome matches the registration, and whether other trials or a "
                            "systematic review exist.</p>"
                            "<p><strong>Conflicts of interest.</strong> Steer away from two extremes: “industry money means the result "
                            "is fake” and “disclosure solves the problem”. Good answers look for structural safeguards (independent "
                            "steering committee, academic statistical analysis, registered protocol, data availability) and for "
                            "independent replication.</p>"
                            "<p><strong>Respecting choice.</strong> Some students will feel that their job is to talk the patient out "
                            "of the drug. Remind them that shared decision-making aims at an informed choice consistent with the "
                            "patient's values, not at a particular choice. If Ms. Paquette, properly informed, still wants the drug, "
                            "that can be a reasonable decision; so can declining it.</p>"
                            "<p><strong>Assessment hint.</strong> Give students a real press release and the corresponding abstract; "
                            "ask them to identify the spin and to rewrite the key finding in absolute terms for a patient. The task "
                            "draws on all three lessons.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
