MODULE = {
    "slug": "breaking-bad-news-with-empathy",
    "institution": "ottawa",
    "contributing_institutions": ["lyon"],
    "language": "en",
    "title": "Breaking bad news with empathy",
    "summary": (
        "How to deliver serious news honestly and humanely: the SPIKES protocol and its limits, responding to "
        "emotion with NURSE statements and silence, and disclosure across languages and cultures in a bilingual "
        "Canadian hospital."
    ),
    "objectives": [
        "Describe the six steps of the SPIKES protocol and explain what it helps with and what it cannot do.",
        "Recognize emotional cues in a bad-news conversation and respond to them with NURSE statements and deliberate silence.",
        "Explain the ethical and legal basis of truthful disclosure in Canada, including how to respond when a family asks that information be withheld.",
        "Plan and conduct a bad-news conversation with a professional interpreter, including the pre-briefing and the debriefing.",
        "Reflect on how the clinician's own emotions, language and cultural assumptions shape difficult conversations.",
    ],
    "themes": ["empathy", "ethics"],
    "level": "clinical",
    "license": "cc-by",
    "keywords": [
        "breaking bad news",
        "spikes",
        "empathy",
        "interpreters",
        "truth-telling",
        "serious illness communication",
    ],
    "authors": [
        {
            "key": "catherine-ouellette",
            "name": "Catherine Ouellette",
            "title": "Assistant Professor, Division of Palliative Care, Department of Medicine",
            "institution": "ottawa",
            "bio": (
                "Catherine Ouellette is a palliative care physician at The Ottawa Hospital, where she works on the "
                "inpatient consultation service and in the outpatient symptom clinic. She leads the serious-illness "
                "communication workshops for clerkship students and teaches in both English and French."
            ),
            "orcid": "",
        },
        {
            "key": "daniel-mensah",
            "name": "Daniel Mensah",
            "title": "Associate Professor, Department of Family Medicine",
            "institution": "ottawa",
            "bio": (
                "Daniel Mensah is a family physician at an Ottawa community health centre that serves many newcomers "
                "to Canada. He directs the communication skills curriculum in the undergraduate medical program and has "
                "a long-standing interest in working with interpreters."
            ),
            "orcid": "",
        },
        {
            "key": "berenice-montagnon",
            "name": "Bérénice Montagnon",
            "title": "Associate Professor of Medical Ethics (MCU-PH)",
            "institution": "lyon",
            "bio": (
                "Bérénice Montagnon is a physician and ethicist at Université Claude Bernard Lyon 1, where she teaches "
                "the ethics of information and consent. She co-developed the cross-cultural case material for this module "
                "as part of the Lyon–Ottawa teaching exchange."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Baile WF, Buckman R, Lenzi R, Glober G, Beale EA, Kudelka AP",
            "title": "SPIKES—A six-step protocol for delivering bad news: application to the patient with cancer",
            "venue": "The Oncologist 5(4):302-311",
            "year": 2000,
            "doi": "10.1634/theoncologist.5-4-302",
            "url": "",
        },
        {
            "authors": "Buckman R",
            "title": "How to Break Bad News: A Guide for Health Care Professionals",
            "venue": "Johns Hopkins University Press",
            "year": 1992,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Back A, Arnold R, Tulsky J",
            "title": "Mastering Communication with Seriously Ill Patients: Balancing Honesty with Empathy and Hope",
            "venue": "Cambridge University Press",
            "year": 2009,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kagawa-Singer M, Blackhall LJ",
            "title": "Negotiating cross-cultural issues at the end of life: “You got to go where he lives”",
            "venue": "JAMA 286(23):2993-3001",
            "year": 2001,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ LESSON 1
        {
            "slug": "spikes-and-its-limits",
            "title": "The SPIKES protocol and its limits",
            "duration_minutes": 60,
            "introduction": (
                "This lesson introduces SPIKES as a practical scaffold for disclosing serious news, places it in the "
                "history and law of truth-telling in Canada, and examines what a six-step protocol cannot capture."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Why breaking bad news is a clinical skill",
                        "text": (
                            "<p>Robert Buckman, a British-born oncologist who spent much of his career in Toronto and did much to make "
                            "this subject teachable, described bad news as any information that drastically and negatively alters a person's view of their own future. "
                            "The definition is deliberately centred on the patient rather than on the diagnosis. A new diagnosis of "
                            "type 2 diabetes may seem routine to a clinician; for a long-haul truck driver who learns he will need "
                            "insulin and immediately worries about his commercial licence, it may be devastating. Conversely, a "
                            "patient who has long feared cancer may hear a benign result as a reprieve, even when it comes with a "
                            "chronic diagnosis. What counts as “bad” is discovered by listening, not assumed.</p>"
                            "<p>For much of the twentieth century, North American physicians routinely withheld serious diagnoses. "
                            "In a survey published in 1961, Donald Oken found that about 90 per cent of responding physicians "
                            "preferred not to tell patients they had cancer; when Novack and colleagues repeated the survey in 1979, "
                            "97 per cent preferred to tell. That reversal reflected changes in treatment, in law and in the culture "
                            "of medicine. In Canada it is now anchored in the law of consent: since <em>Hopp v. Lepp</em> and "
                            "<em>Reibl v. Hughes</em> (both decided by the Supreme Court of Canada in 1980), physicians must disclose "
                            "the information a reasonable person in the patient's position would want in order to make decisions, "
                            "and Ontario's <em>Health Care Consent Act, 1996</em> makes informed consent a condition of treatment. "
                            "Truthful disclosure is therefore not a matter of personal style. <em>How</em> we disclose, however, "
                            "remains largely up to us — and patients remember it for years.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "Perform all this calmly and adroitly, concealing most things from the patient while you are attending "
                            "to him. Give necessary orders with cheerfulness and serenity, turning his attention away from what is "
                            "being done to him; sometimes reprove sharply and emphatically, and sometimes comfort with solicitude and "
                            "attention, revealing nothing of the patient's future or present condition."
                        ),
                        "source": "Hippocratic Corpus, Decorum, ch. XVI, after the translation by W. H. S. Jones (1923)",
                        "commentary": (
                            "<p>For most of medical history, concealment was presented as a form of care: the physician protected "
                            "the patient from despair by controlling what he knew. Notice what the passage takes for granted — that "
                            "the physician alone judges what the patient can bear, and that the patient's future is the doctor's to "
                            "reveal or withhold. Modern disclosure ethics rejects those assumptions but should not forget the concern "
                            "behind them: information delivered carelessly can indeed wound. The task is not to choose between "
                            "honesty and kindness, but to be honest kindly.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The six steps of SPIKES",
                        "text": (
                            "<p>SPIKES was published in 2000 by Walter Baile of the MD Anderson Cancer Center, Robert Buckman and "
                            "colleagues as a teaching tool for oncologists. Its six steps are best understood as tasks rather than as a "
                            "script.</p>"
                            "<ol>"
                            "<li><strong>S — Setting up the interview.</strong> Find a private space, sit down, hand off your pager, "
                            "invite the people the patient wants present, have tissues within reach and make sure you have enough "
                            "time. Review the results beforehand and rehearse the key message.</li>"
                            "<li><strong>P — Perception.</strong> Before telling, ask: “What have you been told so far?” or “What is "
                            "your understanding of why we did the scan?” The answer reveals what the patient knows, fears and hopes, "
                            "and the words they use.</li>"
                            "<li><strong>I — Invitation.</strong> Ask how the patient would like to receive information: “Some people "
                            "like all the details, others prefer the big picture. What would be best for you?” This step makes room "
                            "for patients who do not want everything at once, or who want a family member involved.</li>"
                            "<li><strong>K — Knowledge.</strong> Give a brief warning (“I'm afraid the results are not what we hoped "
                            "for”), then the news itself, in plain language and in small pieces, pausing to check understanding. "
                            "Avoid jargon (“adenocarcinoma”, “mets”) and phrases that shut doors, such as “There is nothing more we "
                            "can do.” Something can always be done, even when cure is not possible.</li>"
                            "<li><strong>E — Emotions.</strong> Notice and respond to the patient's emotional reaction before moving "
                            "on. This step is the subject of lesson 2.</li>"
                            "<li><strong>S — Strategy and summary.</strong> When the patient is ready, outline next steps, ask about "
                            "priorities, check what has been understood and agree on follow-up. Patients who leave with a plan feel "
                            "less abandoned.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What a protocol cannot do",
                        "text": (
                            "<p>SPIKES is widely taught because it is memorable and breaks a frightening task into manageable parts. "
                            "Its evidence base, however, is modest: studies mostly show greater confidence among trainees and better "
                            "performance in simulated encounters, rather than better outcomes for patients. It also carries "
                            "assumptions worth naming.</p>"
                            "<ul>"
                            "<li><strong>Bad news is rarely a single event.</strong> SPIKES imagines one planned conversation in a "
                            "quiet room. In reality, news often arrives in fragments — a worried look during an ultrasound, a remark "
                            "in the emergency department at 2 a.m., a result released to an online patient portal before anyone has "
                            "called — and understanding unfolds over several encounters.</li>"
                            "<li><strong>The steps are not linear.</strong> Emotion interrupts knowledge; a new question sends you "
                            "back to perception. A clinician who follows the sequence rigidly may keep delivering information long "
                            "after the patient has stopped listening.</li>"
                            "<li><strong>A protocol can become a ritual.</strong> Phrases lifted from a pocket card sound rehearsed, "
                            "and patients quickly notice when “I can see this is hard” is said without looking up.</li>"
                            "<li><strong>It says little about the clinician.</strong> Delivering bad news is stressful, and physicians "
                            "cope by rushing, by over-reassuring or by retreating into technical detail. Recognizing one's own "
                            "discomfort is part of the skill.</li>"
                            "<li><strong>It presumes a particular patient.</strong> The Invitation step opens the door to variation, "
                            "but the protocol was built around an individual, English-speaking patient. Lesson 3 examines what "
                            "changes when language, family and culture enter the room.</li>"
                            "</ul>"
                            "<p>None of this makes SPIKES useless. It is best treated as a scaffold for novices: something to lean on "
                            "until the underlying tasks — prepare, find out what the person knows and wants, tell the truth clearly, "
                            "respond to emotion, make a plan — become second nature.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "A result on a Friday afternoon",
                        "presentation": (
                            "<p>Marc, 41, is an electrician and the father of two children aged 8 and 11. He had a colonoscopy ten "
                            "days ago for rectal bleeding. On Friday at 4:40 p.m., the pathology report reaches his family physician: "
                            "the biopsy of a rectal mass shows adenocarcinoma. Staging investigations have not yet been done. The "
                            "clinic is about to close for the weekend, and the physician leaves on Monday for a week-long "
                            "conference.</p>"
                            "<p>At 4:45 p.m., Marc calls the clinic. He tells the receptionist that he saw on the hospital's patient "
                            "portal that “the pathology is back”, that he cannot make sense of the report, and that he is leaving "
                            "tonight with his children for the family cottage, where cell reception is poor. He asks to speak to the "
                            "doctor.</p>"
                            "<p>The physician has a few minutes. She knows that SPIKES recommends a face-to-face conversation in a "
                            "private setting. She also knows that Marc already suspects something, and that he may spend the weekend "
                            "trying to read the report on his own.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Should the physician disclose the diagnosis by telephone this afternoon? What are the risks of telling, and the risks of not telling?",
                            "If she does speak with Marc now, which elements of SPIKES can she adapt to a telephone call, and how? (Is he driving? Is he alone? Who can be with him?)",
                            "How has the release of results through patient portals changed the “setting” step? Who should be responsible for the first conversation about a new diagnosis?",
                            "Think of a time you saw serious news delivered well or badly. What made the difference — the words, the setting, or something else?",
                            "The Hippocratic author and a modern oncologist both want to protect the patient. From what, exactly, does each want to protect him?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Write about a time when you received, delivered or witnessed news that changed someone's sense of their "
                            "future — in a clinical setting or in your own life. What do you remember most clearly about how it was said?"
                        ),
                        "guidance": (
                            "Write for 10 to 15 minutes in the first person. Focus on concrete details: words, silences, where people "
                            "sat, what happened immediately afterwards. Then add two or three sentences on what this memory suggests "
                            "about the kind of clinician you want to be. You will not be asked to share what you write unless you "
                            "choose to."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "What counts as bad news is defined by the patient's sense of their future, not by the diagnosis.",
                            "In Canada, truthful disclosure rests on the law of informed consent and on professional ethics; how we disclose remains a matter of skill and judgment.",
                            "SPIKES breaks disclosure into six tasks: setting, perception, invitation, knowledge, emotions, and strategy and summary.",
                            "The protocol is a scaffold, not a script: real conversations are non-linear, spread over time and shaped by the clinician's own emotions.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Buckman R",
                                "title": "Breaking bad news: why is it still so difficult?",
                                "venue": "British Medical Journal 288:1597-1599",
                                "year": 1984,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Oken D",
                                "title": "What to tell cancer patients: a study of medical attitudes",
                                "venue": "JAMA 175:1120-1128",
                                "year": 1961,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Novack DH, Plumer R, Smith RL, Ochitill H, Morrow GR, Bennett JM",
                                "title": "Changes in physicians' attitudes toward telling the cancer patient",
                                "venue": "JAMA 241(9):897-900",
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
                            "<p><strong>Timing (60 min).</strong> 10 min: open with the reflection prompt (students write privately). "
                            "15 min: short presentation of the history, the legal context and the six steps. 5 min: the Hippocratic "
                            "excerpt. 20 min: Friday-afternoon case in small groups, then plenary. 10 min: takeaways and questions.</p>"
                            "<p><strong>Expected discussion of the case.</strong> There is no single correct answer, and students "
                            "should hear that experienced clinicians disagree. Arguments for speaking now: Marc already knows a result "
                            "exists; leaving him to decipher a pathology report alone at the cottage is arguably worse than a careful "
                            "phone call; delay will not change the diagnosis. Arguments for waiting: a new cancer diagnosis deserves a "
                            "face-to-face conversation; staging is incomplete, so many of his questions cannot yet be answered. Strong "
                            "answers find a middle path: call him back personally, check that he is not driving and can talk privately, "
                            "ask what he has seen and understood, and then either disclose honestly but briefly with a concrete plan "
                            "(an in-person appointment early next week with the covering colleague, urgent staging CT and surgical "
                            "referral, a named person and number to call), or, if he prefers, meet before he leaves. What is not "
                            "acceptable is false reassurance (“It's probably nothing”) or leaving him without a named contact while his "
                            "physician is away.</p>"
                            "<p><strong>On the law.</strong> Students sometimes overstate or understate the legal content. Keep it "
                            "simple: Canadian consent law and Ontario's <em>Health Care Consent Act, 1996</em> require that patients "
                            "receive the information a reasonable person in their position would need to make decisions. So-called "
                            "therapeutic privilege has at most a very narrow and contested place in Canadian law and should not be "
                            "presented to students as a routine option.</p>"
                            "<p><strong>Pitfalls.</strong> Students may treat SPIKES as a checklist to be completed. Redirect them to "
                            "the tasks behind the letters. Some will have recent personal experience of serious illness in their "
                            "family: say at the start that the reflection is private, that they may step out at any time, and where "
                            "student wellness support can be found.</p>"
                            "<p><strong>Assessment hint.</strong> Ask students to rewrite a poorly delivered disclosure (for example: "
                            "“The scan shows mets, unfortunately, so we're looking at palliation”) as the first two minutes of a real "
                            "conversation. This tests whether they can translate SPIKES into language a patient can hear.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 2
        {
            "slug": "responding-to-emotion",
            "title": "Responding to emotion: NURSE statements, silence and a new cancer diagnosis",
            "duration_minutes": 75,
            "introduction": (
                "This lesson focuses on the moment after the news: how to recognize emotion, how to respond to it with "
                "NURSE statements and silence, and why doing so is a precondition for any useful information that follows."
            ),
            "body": [
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "I don't remember one word the doctor said after the word “cancer”. Not the stage, not the name of the "
                            "drug, nothing. What I remember is that she pulled her chair closer, that she didn't look at her watch, and "
                            "that when I started to cry she just waited. When I could speak again, she asked me what I was most afraid "
                            "of. Nobody had asked me that. I told her: my daughter's wedding in June. Everything she said after that "
                            "was about getting me to June. I went home with a plan, and for the first time in weeks I felt that "
                            "someone was holding the other end of the rope."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>The patient remembers almost none of the medical content and almost all of the relational content: "
                            "the chair, the watch, the waiting. Note also the turning point — a single exploring question (“What are "
                            "you most afraid of?”) that allowed the rest of the conversation to be organized around what mattered to "
                            "her. Good emotional responses are not a detour from the medical task; they are what make it possible.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Emotion first, information later",
                        "text": (
                            "<p>When people hear serious news they are often flooded: heart rate rises, attention narrows and the "
                            "capacity to absorb detail falls sharply. Many patients later say they remembered nothing after the word "
                            "“cancer”. Clinicians, meanwhile, tend to respond to distress with more information — survival figures, "
                            "treatment options, the next scan. This is understandable: facts are our comfort zone, and explaining "
                            "feels like helping. But information given to a flooded patient is mostly lost, and the patient may "
                            "conclude that the physician did not notice how they felt.</p>"
                            "<p>Suchman and colleagues, analysing recorded medical interviews, described <em>empathic "
                            "opportunities</em>: moments when a patient expresses an emotion directly, or hints at one (“I went "
                            "through all this with my mother”). Physicians often let these moments pass and return to biomedical "
                            "topics. A related distinction, emphasized by Back, Arnold and Tulsky, is between cognitive and emotional "
                            "questions. “Are you sure?” or “How can this be happening?” sound like requests for data but are often "
                            "expressions of shock. Answering them with a technical account of the biopsy misses the point; "
                            "acknowledging the emotion usually opens the door to the real question.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "NURSE: five ways of responding to emotion",
                        "text": (
                            "<p>NURSE is a mnemonic for verbal responses to emotion, popularized in the serious-illness communication "
                            "literature. It is not a sequence; one well-chosen statement is often enough.</p>"
                            "<ul>"
                            "<li><strong>Naming.</strong> “It sounds as though this is really frightening.” Use tentative language and "
                            "let the patient correct you: you may see anger where there is fear, or sadness where there is relief.</li>"
                            "<li><strong>Understanding.</strong> “After everything you went through when your mother was ill, I can "
                            "understand why this word is so hard to hear.” Avoid “I know exactly how you feel”: you do not, and "
                            "patients know it.</li>"
                            "<li><strong>Respecting.</strong> “You've been carrying a lot these past weeks, waiting for results while "
                            "still going to work.” Acknowledge effort, courage, or the love behind a relative's insistent "
                            "questions.</li>"
                            "<li><strong>Supporting.</strong> “Whatever the next tests show, we will work on this together.” This is a "
                            "promise of non-abandonment, not a promise of outcome — and it must be one you can keep.</li>"
                            "<li><strong>Exploring.</strong> “Tell me more about what worries you most.” Exploring often reveals the "
                            "specific fear — pain, dependence, a child, money, work — that the rest of the conversation must "
                            "address.</li>"
                            "</ul>"
                            "<p>A related tool is the “I wish” statement (“I wish I had better news for you”), which lets the "
                            "clinician stand beside the patient's hope without offering false reassurance. Responses to avoid "
                            "include premature reassurance (“Don't worry, treatments are very good now”), minimizing (“At least it's "
                            "not…”) and unsolicited silver linings.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The uses of silence",
                        "text": (
                            "<p>Silence is perhaps the most underused response to emotion. After giving serious news, the clinician's "
                            "instinct is to fill the pause. Yet several seconds of silence — usually longer than feels comfortable; "
                            "counting slowly to ten helps — allow the patient to absorb the news, to feel, and then to speak first. "
                            "What the patient says after a silence is usually more important than anything we could have added.</p>"
                            "<p>Not all silences are alike. A companionable silence, in which the patient is thinking or weeping and "
                            "the clinician stays present, differs from a frozen silence, in which the patient seems stunned or "
                            "dissociated. If the patient seems stuck, a gentle invitation helps: “What's going through your mind right "
                            "now?” Non-verbal presence matters as well: sitting at the same level, turning away from the screen, "
                            "offering tissues without pushing them. Touch — a hand on the forearm — comforts some patients and intrudes "
                            "on others; when in doubt, ask, or let the patient lead.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Lorraine: a new diagnosis of lung cancer",
                        "presentation": (
                            "<p>Lorraine Séguin, 56, is a school-bus driver from Orléans, in the east end of Ottawa. She smoked from "
                            "her teens until two years ago. She consulted her family physician for a cough lasting three months and a "
                            "6-kg weight loss. A chest CT showed a 4-cm mass in the right upper lobe, enlarged mediastinal lymph nodes "
                            "and several liver lesions. A CT-guided biopsy of a liver lesion confirmed metastatic adenocarcinoma of "
                            "lung origin. Molecular testing (including EGFR, ALK and PD-L1) has been sent; results are expected in "
                            "about two weeks. The disease is stage IV: treatment can control it, sometimes for a long time, but will "
                            "not cure it.</p>"
                            "<p>Lorraine comes to the lung diagnostic clinic with her husband, Gilles. A second-year internal medicine "
                            "resident leads the conversation, supervised by the staff respirologist. The resident has established what "
                            "Lorraine already knows (“They told me there was a spot and that it might be serious”) and that she wants "
                            "to hear the results directly. After a warning shot, the resident says:</p>"
                            "<p><strong>Resident:</strong> “The biopsy shows that the mass in your lung is a cancer, and that it has "
                            "spread to the liver.”</p>"
                            "<p><em>Lorraine looks at the floor. Gilles takes her hand. About five seconds pass.</em></p>"
                            "<p><strong>Lorraine:</strong> “So that's it, then.”</p>"
                            "<p><strong>Resident:</strong> “Not at all — there are lots of options now. We've sent molecular tests, and "
                            "if there's an EGFR mutation, for example, there are targeted pills that work very well; otherwise there's "
                            "immunotherapy, sometimes with chemotherapy…”</p>"
                            "<p><strong>Lorraine</strong> (quietly): “I have my grandson on Saturdays.”</p>"
                            "<p><strong>Resident:</strong> “Right. So in terms of next steps, the oncology team will…”</p>"
                            "<p>The respirologist gently asks to step in. She waits, then says: “That's a lot to take in.” After a long "
                            "pause, Lorraine says: “I keep thinking about Mathis. He's four.” The respirologist answers: “Tell me about "
                            "Mathis.” Lorraine describes their Saturdays at the park; Gilles adds that she drove the school bus for "
                            "twenty-two years without missing a day. The respirologist says: “It sounds like being there for him "
                            "matters more than anything right now. We'll keep that in mind in every decision we make with you.” Only "
                            "then does Lorraine ask: “How long do I have?”</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Look at the resident's answer to “So that's it, then.” What was Lorraine probably expressing, and what did the resident hear?",
                            "Which NURSE statements did the respirologist use? What did her silence make possible?",
                            "When Lorraine asks “How long do I have?”, how would you find out what she is really asking before you answer?",
                            "Can NURSE statements become a technique that sounds hollow? What keeps them authentic?",
                            "How do you look after yourself after a conversation like this one, especially when the next patient is already waiting?",
                        ],
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Triads: responding to emotion",
                        "duration_minutes": 35,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>Form groups of three: clinician, patient and observer. Each person plays each role once (about ten "
                            "minutes per round, feedback included).</li>"
                            "<li>The “patient” chooses a scenario and reads it privately; the “clinician” receives only the medical "
                            "facts. Scenario A: Lorraine, two weeks later — molecular testing shows no targetable alteration. "
                            "Scenario B: a 29-year-old graduate student learns that a neck lymph node biopsy shows Hodgkin lymphoma; "
                            "the outlook with treatment is good, but chemotherapy will delay her thesis defence and raises questions "
                            "about fertility. Scenario C: a 67-year-old man learns that his MRI shows a large stroke and that he will "
                            "probably not drive his transport truck again.</li>"
                            "<li>The clinician delivers the key message in one or two sentences, then stops talking and responds to "
                            "whatever emerges, aiming for at least two NURSE statements and one deliberate silence.</li>"
                            "<li>The observer notes each emotional cue and the clinician's response, classifying it as empathic (N, U, "
                            "R, S or E), informational, or blocking (reassurance, change of subject, minimizing).</li>"
                            "<li>After each round, the patient speaks first (“What helped? When did you feel heard?”), then the "
                            "observer shares the tally, then the clinician reflects. Keep feedback specific and kind.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Flooded patients retain little information: respond to emotion before explaining.",
                            "Many questions that sound cognitive (“Are you sure?”) are emotional; answer the emotion first.",
                            "NURSE — naming, understanding, respecting, supporting, exploring — offers five ways to respond; one sincere statement is often enough.",
                            "Silence is an active intervention: wait, stay present, then invite the patient to speak.",
                            "Promise non-abandonment, not outcomes.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Suchman AL, Markakis K, Beckman HB, Frankel R",
                                "title": "A model of empathic communication in the medical interview",
                                "venue": "JAMA 277(8):678-682",
                                "year": 1997,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Back AL, Arnold RM, Quill TE",
                                "title": "Hope for the best, and prepare for the worst",
                                "venue": "Annals of Internal Medicine 138(5):439-443",
                                "year": 2003,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Back A, Arnold R, Tulsky J",
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
                            "<p><strong>Timing (75 min).</strong> 5 min: read the testimony aloud. 15 min: flooding, NURSE and silence "
                            "(model one or two statements yourself, including a deliberately poor one). 15 min: Lorraine's case and "
                            "discussion. 35 min: triads. 5 min: closing round.</p>"
                            "<p><strong>The case.</strong> Students usually notice that the resident answered an emotional statement "
                            "(“So that's it, then”) with information and premature reassurance, and that “I have my grandson on "
                            "Saturdays” was a second cue that went unheard. Be fair to the resident: the impulse to offer hope is kind, "
                            "and the content is accurate — targeted therapies for EGFR-mutated or ALK-rearranged lung adenocarcinoma "
                            "can control the disease for years. The problem is timing, not content. For “How long do I have?”, good "
                            "answers explore before answering (“That's an important question. Can you tell me what's behind it — is "
                            "there something you're planning for?”), ask how she would like the information, then give an honest range "
                            "that acknowledges uncertainty, particularly while molecular results are pending (“hope for the best, "
                            "prepare for the worst”).</p>"
                            "<p><strong>Running the triads.</strong> Keep time strictly. Common problems: the clinician gives a long "
                            "speech before stopping; the patient plays a caricature; observers give vague feedback. Call a time-out if "
                            "a triad is stuck and model a single NURSE statement. Some students find silence unbearable at first; ask "
                            "them to count to ten in their heads.</p>"
                            "<p><strong>Distress in the room.</strong> Role plays about cancer and stroke can evoke personal losses. "
                            "Tell students at the outset that they may choose a different scenario or take only the observer role. If "
                            "a student becomes upset, pause the triad, check in privately, follow up after the session, and know how to "
                            "reach student wellness services.</p>"
                            "<p><strong>Assessment hint.</strong> An OSCE station with a standardized patient who gives two or three "
                            "scripted emotional cues works well. Score the responses to cues, not the completion of SPIKES steps.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 3
        {
            "slug": "across-languages-and-cultures",
            "title": "Bad news across languages and cultures: interpreters and families in a bilingual hospital",
            "duration_minutes": 75,
            "introduction": (
                "This lesson examines bad-news conversations in which clinician, patient and family do not share a language, "
                "or do not share assumptions about who should know what, with particular attention to Ottawa's bilingual "
                "setting and to working with professional interpreters."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Language is a clinical variable",
                        "text": (
                            "<p>Ottawa sits on the border between Ontario and Quebec. It has a large francophone community and a "
                            "growing number of residents whose first language is neither English nor French. Ontario's <em>French "
                            "Language Services Act</em> (1986) guarantees services in French from provincial ministries and from "
                            "designated agencies, and several Ottawa health institutions, the Montfort Hospital among them, are "
                            "designated under the Act. Franco-Ontarian health advocates have long promoted the principle of the "
                            "<em>active offer</em>: services in French should be offered proactively, at first contact, rather than "
                            "only when a patient asks — because many francophones, used to being served in English, will not ask.</p>"
                            "<p>Language matters most precisely when the news is worst. A patient who manages a routine visit in a "
                            "second language may lose that ability under stress, when fear, fatigue or medication narrow cognitive "
                            "resources. “I speak English fine” may be true at the pharmacy and untrue in a family meeting about "
                            "prognosis. Research in Ontario and elsewhere has associated language discordance between patients and "
                            "physicians with poorer understanding and worse outcomes, including more adverse events in hospital. For "
                            "a conversation that will shape decisions about treatment and the end of life, the standard should be the "
                            "language in which the patient thinks best, not the language in which they can get by.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Working with professional interpreters",
                        "text": (
                            "<p>When clinician and patient do not share a language, the real choice is rarely between an interpreter "
                            "and none; it is between a professional interpreter and an ad hoc one — a relative, a bilingual colleague "
                            "without training or, worst of all, a child. Systematic reviews have found that professional interpreters "
                            "are associated with fewer communication errors, better comprehension and greater satisfaction, and that "
                            "errors with potential clinical consequences are more frequent with ad hoc interpreters. Family members are "
                            "caught in an impossible double role: they are grieving, and they may soften, omit or reframe the news to "
                            "protect the person they love.</p>"
                            "<p>Professional interpretation — in person, by video or by telephone — should be arranged in advance for "
                            "any planned serious conversation. A few practices make a large difference:</p>"
                            "<ul>"
                            "<li><strong>Pre-brief</strong> the interpreter for two or three minutes: the purpose of the meeting, the "
                            "key message, words that will be difficult (“cancer”, “palliative”, “resuscitation”) and any expected "
                            "family tension.</li>"
                            "<li><strong>Position</strong> yourself facing the patient, with the interpreter beside or slightly behind "
                            "the patient, and speak to the patient in the first person (“How are you feeling?”, not “Ask him how he "
                            "feels”).</li>"
                            "<li><strong>Speak in short segments</strong>, avoid idioms and euphemisms, and allow time: the "
                            "conversation will take roughly twice as long.</li>"
                            "<li><strong>Check understanding</strong> by asking the patient to explain in their own words what they "
                            "have heard (teach-back), not by asking “Do you understand?”</li>"
                            "<li><strong>Debrief</strong> afterwards: ask whether anything did not translate well, and acknowledge that "
                            "interpreting serious news can be distressing for the interpreter too.</li>"
                            "</ul>"
                            "<p>An interpreter's professional duties are accuracy, impartiality and confidentiality. Interpreters can "
                            "flag a possible cultural misunderstanding, but they are not cultural informants who can tell you what "
                            "a patient of a given background believes.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "When the family asks you not to tell",
                        "text": (
                            "<p>Requests to withhold a diagnosis are common — from families who come from places where non-disclosure "
                            "of serious illness has long been the norm, but also from many Canadian-born families. A classic American "
                            "study found that Korean-American and Mexican-American elders were less likely than European-American and "
                            "African-American elders to believe that patients should be told of a terminal prognosis or should make "
                            "end-of-life decisions themselves; within every group, however, opinions varied widely. Culture shapes "
                            "expectations; it does not predict what any individual wants.</p>"
                            "<p>In Canada, the information belongs to the patient. A capable patient has the right to know the "
                            "diagnosis and to make treatment decisions. The same patient may also choose how much to know and ask that a "
                            "family member take the lead — a legitimate exercise of autonomy, not a denial of it. The clinician's task "
                            "is therefore neither to override the family (“the law says I have to tell him”) nor to collude with it, "
                            "but to find out what the patient wants. In practice:</p>"
                            "<ol>"
                            "<li>Meet the family first, with curiosity: “Help me understand what you are afraid would happen if he "
                            "knew.”</li>"
                            "<li>Acknowledge their love and wish to protect, and be honest about your obligations: you will not force "
                            "information on him, and you will not lie to him if he asks.</li>"
                            "<li>Ask the patient, with a professional interpreter and with family present if he wishes: “Some people "
                            "want to know everything about their illness; others prefer that the doctors talk mainly with their family. "
                            "What would you prefer?”</li>"
                            "<li>Document the answer, respect it, and revisit it as the illness evolves.</li>"
                            "</ol>"
                            "<p>This approach reflects what Tervalon and Murray-García called <em>cultural humility</em>: a lifelong "
                            "commitment to self-critique and to learning from each patient, rather than a belief that one has mastered "
                            "another culture.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": (
                            "What tormented Ivan Ilych most was the deception, the lie, which for some reason they all accepted, that "
                            "he was not dying but was simply ill, and that he only need keep quiet and undergo a treatment and then "
                            "something very good would result. He however knew that do what they would nothing would come of it, only "
                            "still more agonizing suffering and death. This deception tortured him — their not wishing to admit what "
                            "they all knew and what he knew, but wanting to lie to him concerning his terrible condition, and wishing "
                            "and forcing him to participate in that lie."
                        ),
                        "source": "Leo Tolstoy, The Death of Ivan Ilych (1886), translated by Louise and Aylmer Maude",
                        "commentary": (
                            "<p>Tolstoy's dying judge is surrounded by people who love him, or say they do, and who have all agreed "
                            "to pretend. The lie spares the family and the doctors an unbearable conversation; it isolates Ivan Ilych "
                            "completely. The passage is a useful counterweight when a family asks for non-disclosure: concealment does "
                            "not necessarily spare the patient, who often already knows. Notice, too, that Ivan Ilych does not long for "
                            "statistics. He longs for someone who will stop pretending and stay with him — which, in the story, only "
                            "the young servant Gerasim does. Honesty, here, is a form of companionship.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Two patients, two languages, one afternoon",
                        "presentation": (
                            "<p><strong>Mr. Rahimi.</strong> Hamid Rahimi, 72, arrived in Ottawa in 2022 with his wife, his son and "
                            "his son's family, resettled as refugees from Afghanistan. He speaks Dari and very little English. He was "
                            "admitted to the internal medicine ward with progressive difficulty swallowing and a 10-kg weight loss. "
                            "Endoscopy and CT have shown an adenocarcinoma of the gastro-esophageal junction with liver and peritoneal "
                            "metastases. His son Farid, 34, who is fluent in English and works as an engineering technician, has "
                            "interpreted at every encounter so far. When the second-year resident mentions that the team would like to "
                            "meet his father to discuss the results, Farid takes her aside in the corridor: “Please don't tell my "
                            "father it's cancer. In our culture this would take away his hope, and he would die faster. Tell me, and "
                            "I'll decide what to tell him.”</p>"
                            "<p><strong>Mme Charbonneau.</strong> In the next room, Gisèle Charbonneau, 81, a widowed dairy farmer "
                            "from a village near Embrun, east of Ottawa, was admitted with jaundice and abdominal pain. A CT scan shows "
                            "a mass in the head of the pancreas with multiple liver metastases. Her first language is French; when the "
                            "team greeted her in English on admission, she replied, “It's OK, I understand English.” This morning the "
                            "attending physician explained the CT results to her in English. She nodded throughout. An hour later, she "
                            "asked the nurse, in French, whether she would be home in time to plant her garden next month. Her "
                            "daughter, who lives in Gatineau, will arrive tomorrow and has offered to “translate for Maman”.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "How should the resident respond to Farid in the corridor, in the next five minutes? Draft the first two or three sentences she might say.",
                            "What are the risks of continuing to rely on Farid as his father's interpreter? How does your hospital provide a professional Dari interpreter, and at what hours?",
                            "If Mr. Rahimi says he prefers that his son receive the information and make decisions with the team, is that a failure of autonomy or an exercise of it? How would you document it, and when would you revisit it?",
                            "What went wrong in Mme Charbonneau's care this morning, and when could it have been prevented? What would an active offer have looked like on admission?",
                            "Should Mme Charbonneau's daughter interpret tomorrow's family meeting? What are the alternatives?",
                        ],
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Pre-briefing and working with an interpreter",
                        "duration_minutes": 30,
                        "group_size": "4",
                        "instructions": (
                            "<ol>"
                            "<li>In groups of four, assign roles: physician, interpreter, patient and observer. If two group members "
                            "share a language other than English (French, for example), use it; otherwise the interpreter repeats the "
                            "physician's words in English after a short delay, which still exposes problems of pace and "
                            "segmenting.</li>"
                            "<li>Physician and interpreter hold a three-minute pre-brief for the meeting with Mr. Rahimi or Mme "
                            "Charbonneau: purpose, key message, difficult words, expected family dynamics.</li>"
                            "<li>Conduct the first ten minutes of the meeting: establish the patient's understanding, ask about his or "
                            "her information preferences and, if the patient wishes, deliver the diagnosis.</li>"
                            "<li>Hold a three-minute debrief between physician and interpreter.</li>"
                            "<li>The observer reports on seating, use of the first person, length of segments, jargon and euphemisms, "
                            "and whether understanding was checked by teach-back. Rotate roles once if time allows.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Recall a time when you had to understand or explain something important in a language that was not your "
                            "strongest — as a patient, a student, a traveller or a newcomer. What did you lose, and what did you need "
                            "from the other person?"
                        ),
                        "guidance": (
                            "Write about a page in the first person, focusing on sensations and specific moments rather than general "
                            "statements. If you have always worked in your first language, write instead about a conversation in which "
                            "you sensed a patient was not following and you did not stop to check. End by naming one concrete habit "
                            "you will adopt when working across languages."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Language matters most when the news is worst: offer care in the patient's best language, actively and from first contact.",
                            "Use professional interpreters for serious conversations; relatives, and especially children, should not be asked to interpret bad news.",
                            "Pre-brief, speak to the patient in the first person, use short segments, check understanding with teach-back and debrief the interpreter.",
                            "When a family asks you not to tell, neither override nor collude: ask the patient how they want to receive information and who should be involved.",
                            "Culture shapes expectations but does not predict individual preferences; approach each patient with cultural humility.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Flores G, Laws MB, Mayo SJ, Zuckerman B, Abreu M, Medina L, Hardt EJ",
                                "title": "Errors in medical interpretation and their potential clinical consequences in pediatric encounters",
                                "venue": "Pediatrics 111(1):6-14",
                                "year": 2003,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Karliner LS, Jacobs EA, Chen AH, Mutha S",
                                "title": "Do professional interpreters improve clinical care for patients with limited English proficiency? A systematic review of the literature",
                                "venue": "Health Services Research 42(2):727-754",
                                "year": 2007,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Blackhall LJ, Murphy ST, Frank G, Michel V, Azen S",
                                "title": "Ethnicity and attitudes toward patient autonomy",
                                "venue": "JAMA 274(10):820-825",
                                "year": 1995,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Tervalon M, Murray-García J",
                                "title": "Cultural humility versus cultural competence: a critical distinction in defining physician training outcomes in multicultural education",
                                "venue": "Journal of Health Care for the Poor and Underserved 9(2):117-125",
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
                            "<p><strong>Timing (75 min).</strong> 10 min: language and the active offer — invite francophone students, "
                            "if they wish, to describe their own experience of being served (or not) in French. 15 min: interpreters "
                            "and non-disclosure requests. 5 min: the Tolstoy excerpt. 15 min: case discussion. 30 min: interpreter "
                            "activity. The reflection can be assigned as homework.</p>"
                            "<p><strong>Mr. Rahimi.</strong> The aim is to move students away from two reflexes: “we have to tell him, "
                            "it's the law” and “we should respect their culture and not tell”. A good first response to Farid "
                            "acknowledges his love and fear, buys time and proposes a plan: “I can see how much you want to protect "
                            "your father. I won't force information on him. Could we talk about what he already suspects, and then ask "
                            "him together, with a professional interpreter, how he would like us to share information?” Point out that "
                            "a man who has lost 10 kg and had an endoscopy may already suspect cancer. Do not let the discussion "
                            "portray Afghan or Muslim families as uniformly favouring non-disclosure: preferences vary, and many "
                            "patients from every background want to know. If Mr. Rahimi delegates, the team records it clearly and "
                            "makes sure he knows he can change his mind; if he asks directly whether it is cancer, no one will lie to "
                            "him.</p>"
                            "<p><strong>Mme Charbonneau.</strong> Key points: nodding is not understanding; “I understand English” was "
                            "probably politeness or long habit, a pattern many Franco-Ontarians of her generation will recognize. The "
                            "conversation should be repeated in French, by a francophone physician or with a professional interpreter, "
                            "and understanding checked with teach-back. Her daughter should attend as a daughter, not as an "
                            "interpreter. Students should find out how their own hospital meets its obligations for French-language "
                            "services.</p>"
                            "<p><strong>Logistics.</strong> Before the session, find out how your hospital provides professional "
                            "interpretation (on site, video, telephone, after hours) and tell students; many do not know the service "
                            "exists. Where possible, invite a professional medical interpreter to co-facilitate: their account of being "
                            "asked by families to “soften” the news is usually the most memorable part of the session.</p>"
                            "<p><strong>Sensitive ground.</strong> Some students are newcomers themselves or interpreted for their "
                            "parents as children. Acknowledge this experience without asking anyone to disclose it. Keep discussion of "
                            "cultures general; when a student offers a generalization about a group, ask how much variation they "
                            "would expect within it.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {
        "fr": {
            "slug": "annoncer-une-mauvaise-nouvelle-avec-empathie",
            "title": "Annoncer une mauvaise nouvelle avec empathie",
            "summary": (
                "Comment annoncer une nouvelle grave avec honnêteté et humanité : le protocole SPIKES et ses limites, la "
                "réponse aux émotions par les énoncés NURSE et le silence, et l'annonce à travers les langues et les cultures "
                "dans un hôpital canadien bilingue."
            ),
            "objectives": [
                "Décrire les six étapes du protocole SPIKES et expliquer ce qu'il permet et ce qu'il ne permet pas.",
                "Reconnaître les indices émotionnels lors de l'annonce d'une mauvaise nouvelle et y répondre par des énoncés NURSE et un silence délibéré.",
                "Expliquer les fondements éthiques et juridiques de la divulgation honnête au Canada, notamment lorsqu'une famille demande que l'information soit tue au patient.",
                "Planifier et mener une rencontre d'annonce avec un interprète professionnel, y compris la préparation de l'interprète et le retour après la rencontre.",
                "Réfléchir à la manière dont les émotions, la langue et les présupposés culturels du clinicien façonnent les conversations difficiles.",
            ],
            "keywords": [
                "annonce d'une mauvaise nouvelle",
                "spikes",
                "empathie",
                "interprètes",
                "vérité due au patient",
                "communication en contexte de maladie grave",
            ],
            "authors": [
                {
                    "key": "catherine-ouellette",
                    "title": "Professeure adjointe, Division des soins palliatifs, Département de médecine",
                    "bio": (
                        "Catherine Ouellette est médecin en soins palliatifs à L'Hôpital d'Ottawa, où elle travaille au service "
                        "de consultation hospitalière et à la clinique externe de gestion des symptômes. Elle dirige les ateliers "
                        "de communication en contexte de maladie grave destinés aux externes et enseigne en français comme en "
                        "anglais."
                    ),
                },
                {
                    "key": "daniel-mensah",
                    "title": "Professeur agrégé, Département de médecine familiale",
                    "bio": (
                        "Daniel Mensah est médecin de famille dans un centre de santé communautaire d'Ottawa qui accueille de "
                        "nombreux nouveaux arrivants. Il dirige le volet communication du programme de doctorat en médecine et "
                        "s'intéresse depuis longtemps au travail avec les interprètes."
                    ),
                },
                {
                    "key": "berenice-montagnon",
                    "title": "Maîtresse de conférences en éthique médicale (MCU-PH)",
                    "bio": (
                        "Bérénice Montagnon est médecin et éthicienne à l'Université Claude Bernard Lyon 1, où elle enseigne "
                        "l'éthique de l'information et du consentement. Elle a coconçu les cas interculturels de ce module dans "
                        "le cadre des échanges pédagogiques entre Lyon et Ottawa."
                    ),
                },
            ],
            "lessons": [
                # -------------------------------------------------------------- LEÇON 1
                {
                    "slug": "spikes-and-its-limits",
                    "title": "Le protocole SPIKES et ses limites",
                    "duration_minutes": 60,
                    "introduction": (
                        "Cette leçon présente SPIKES comme un cadre pratique pour annoncer une nouvelle grave, le situe dans "
                        "l'histoire et le droit de la divulgation au Canada, et examine ce qu'un protocole en six étapes ne peut "
                        "pas saisir."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "Pourquoi l'annonce d'une mauvaise nouvelle est une compétence clinique",
                                "text": (
                                    "<p>Robert Buckman, oncologue d'origine britannique qui a fait l'essentiel de sa carrière à Toronto et "
                                    "qui a beaucoup fait pour rendre ce sujet enseignable, "
                                    "décrivait la mauvaise nouvelle comme toute information qui modifie de façon radicale et négative la "
                                    "vision qu'une personne a de son propre avenir. La définition est volontairement centrée sur le "
                                    "patient plutôt que sur le diagnostic. Un nouveau diagnostic de diabète de type 2 peut sembler "
                                    "banal au clinicien; pour un camionneur sur longues distances qui apprend qu'il aura besoin "
                                    "d'insuline et s'inquiète aussitôt pour son permis de conduire commercial, il peut être dévastateur. "
                                    "À l'inverse, un patient qui redoute un cancer depuis longtemps peut accueillir un résultat bénin "
                                    "comme un sursis, même s'il s'accompagne d'un diagnostic de maladie chronique. Ce qui constitue une "
                                    "« mauvaise » nouvelle se découvre en écoutant; cela ne se présume pas.</p>"
                                    "<p>Pendant une bonne partie du XXe siècle, les médecins nord-américains taisaient couramment les "
                                    "diagnostics graves. Dans une enquête publiée en 1961, Donald Oken constatait qu'environ 90 % des "
                                    "médecins répondants préféraient ne pas dire à leurs patients qu'ils avaient un cancer; lorsque "
                                    "Novack et ses collègues ont reproduit l'enquête en 1979, 97 % préféraient le dire. Ce renversement "
                                    "reflétait l'évolution des traitements, du droit et de la culture médicale. Au Canada, il est "
                                    "aujourd'hui ancré dans le droit du consentement : depuis les arrêts <em>Hopp c. Lepp</em> et "
                                    "<em>Reibl c. Hughes</em> (rendus tous deux par la Cour suprême du Canada en 1980), le médecin doit "
                                    "divulguer l'information qu'une personne raisonnable placée dans la situation du patient voudrait "
                                    "connaître pour prendre ses décisions, et la <em>Loi de 1996 sur le consentement aux soins de "
                                    "santé</em> de l'Ontario fait du consentement éclairé une condition de tout traitement. La "
                                    "divulgation honnête n'est donc pas une affaire de style personnel. La <em>manière</em> d'annoncer, "
                                    "en revanche, nous appartient largement — et les patients s'en souviennent pendant des années.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "historical",
                                "text": (
                                    "Fais tout cela avec calme et adresse, en cachant au malade la plupart des choses pendant que tu le "
                                    "soignes. Donne les ordres nécessaires avec gaieté et sérénité, en détournant son attention de ce "
                                    "qu'on lui fait; tantôt réprimande-le avec vigueur et sévérité, tantôt console-le avec sollicitude "
                                    "et attention, sans rien lui révéler de son état futur ou présent."
                                ),
                                "source": "Corpus hippocratique, De la bienséance, ch. XVI, traduit librement d'après la version anglaise de W. H. S. Jones (1923)",
                                "commentary": (
                                    "<p>Pendant la plus grande partie de l'histoire de la médecine, la dissimulation a été présentée "
                                    "comme une forme de soin : le médecin protégeait le malade du désespoir en contrôlant ce qu'il "
                                    "savait. Remarquez ce que le passage tient pour acquis — que le médecin est seul juge de ce que le "
                                    "malade peut supporter, et que l'avenir du malade appartient au médecin, libre de le révéler ou de "
                                    "le taire. L'éthique contemporaine de la divulgation rejette ces présupposés, mais elle ne devrait "
                                    "pas oublier la préoccupation qui les sous-tend : une information livrée sans égards peut "
                                    "réellement blesser. Il ne s'agit pas de choisir entre l'honnêteté et la bienveillance, mais d'être "
                                    "honnête avec bienveillance.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Les six étapes de SPIKES",
                                "text": (
                                    "<p>SPIKES a été publié en 2000 par Walter Baile, du MD Anderson Cancer Center, Robert Buckman et leurs "
                                    "collègues, comme outil pédagogique destiné aux oncologues. Ses six étapes se comprennent mieux "
                                    "comme des tâches que comme un texte à réciter.</p>"
                                    "<ol>"
                                    "<li><strong>S — <em>Setting</em> : préparer la rencontre.</strong> Trouvez un lieu privé, "
                                    "asseyez-vous, confiez votre téléavertisseur à un collègue, invitez les personnes que le patient "
                                    "souhaite avoir à ses côtés, gardez des mouchoirs à portée de main et assurez-vous d'avoir "
                                    "suffisamment de temps. Revoyez les résultats au préalable et répétez mentalement le message "
                                    "clé.</li>"
                                    "<li><strong>P — Perception.</strong> Avant d'annoncer, demandez : « Qu'est-ce qu'on vous a dit "
                                    "jusqu'ici? » ou « Selon vous, pourquoi vous a-t-on fait passer ce scan? » La réponse révèle ce "
                                    "que le patient sait, craint et espère, ainsi que les mots qu'il emploie.</li>"
                                    "<li><strong>I — Invitation.</strong> Demandez comment le patient souhaite recevoir l'information : "
                                    "« Certaines personnes veulent tous les détails, d'autres préfèrent les grandes lignes. Qu'est-ce "
                                    "qui vous conviendrait le mieux? » Cette étape fait place aux patients qui ne veulent pas tout savoir "
                                    "d'un coup, ou qui souhaitent qu'un proche soit associé.</li>"
                                    "<li><strong>K — <em>Knowledge</em> : transmettre l'information.</strong> Donnez d'abord un bref "
                                    "avertissement (« Je crains que les résultats ne soient pas ceux que nous espérions »), puis la "
                                    "nouvelle elle-même, en langage simple et par petites portions, en vérifiant la compréhension au fur "
                                    "et à mesure. Évitez le jargon (« adénocarcinome », « métas ») et les phrases qui ferment des "
                                    "portes, comme « Il n'y a plus rien à faire ». On peut toujours faire quelque chose, même quand la "
                                    "guérison n'est plus possible.</li>"
                                    "<li><strong>E — Émotions.</strong> Remarquez la réaction émotionnelle du patient et répondez-y "
                                    "avant de poursuivre. C'est l'objet de la leçon 2.</li>"
                                    "<li><strong>S — <em>Strategy and summary</em> : plan et synthèse.</strong> Quand le patient est "
                                    "prêt, présentez les prochaines étapes, demandez-lui quelles sont ses priorités, vérifiez ce qu'il a "
                                    "compris et convenez d'un suivi. Le patient qui repart avec un plan se sent moins abandonné.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Ce qu'un protocole ne peut pas faire",
                                "text": (
                                    "<p>SPIKES est largement enseigné parce qu'il est facile à retenir et qu'il découpe une tâche "
                                    "intimidante en parties maîtrisables. Ses assises scientifiques restent toutefois modestes : les "
                                    "études montrent surtout une confiance accrue chez les apprenants et de meilleures performances en "
                                    "simulation, plutôt que de meilleurs résultats pour les patients. Il repose en outre sur des "
                                    "présupposés qu'il vaut la peine de nommer.</p>"
                                    "<ul>"
                                    "<li><strong>La mauvaise nouvelle est rarement un événement unique.</strong> SPIKES imagine une "
                                    "seule conversation planifiée dans une pièce calme. En réalité, la nouvelle arrive souvent par "
                                    "fragments — un regard inquiet pendant une échographie, une remarque à l'urgence à 2 h du matin, un "
                                    "résultat publié sur un portail patient avant que quiconque ait appelé — et la compréhension se "
                                    "construit au fil de plusieurs rencontres.</li>"
                                    "<li><strong>Les étapes ne sont pas linéaires.</strong> L'émotion interrompt la transmission de "
                                    "l'information; une nouvelle question ramène à l'étape de la perception. Le clinicien qui suit la "
                                    "séquence de façon rigide risque de continuer à informer bien après que le patient a cessé "
                                    "d'écouter.</li>"
                                    "<li><strong>Un protocole peut devenir un rituel.</strong> Les formules tirées d'une carte de poche "
                                    "sonnent apprises par cœur, et les patients remarquent vite quand « Je vois que c'est difficile » "
                                    "est dit sans lever les yeux.</li>"
                                    "<li><strong>Il dit peu de choses du clinicien.</strong> Annoncer une mauvaise nouvelle est "
                                    "stressant, et les médecins y font face en se pressant, en rassurant à l'excès ou en se réfugiant "
                                    "dans les détails techniques. Reconnaître son propre malaise fait partie de la compétence.</li>"
                                    "<li><strong>Il présuppose un certain type de patient.</strong> L'étape de l'invitation ouvre la "
                                    "porte à la diversité, mais le protocole a été conçu autour d'un patient individuel et anglophone. "
                                    "La leçon 3 examine ce qui change lorsque la langue, la famille et la culture entrent dans la "
                                    "pièce.</li>"
                                    "</ul>"
                                    "<p>Rien de tout cela ne rend SPIKES inutile. Mieux vaut le considérer comme un échafaudage pour les "
                                    "novices : un appui, en attendant que les tâches sous-jacentes — se préparer, découvrir ce que la "
                                    "personne sait et veut savoir, dire la vérité clairement, répondre à l'émotion, établir un plan — "
                                    "deviennent une seconde nature.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Un résultat un vendredi après-midi",
                                "presentation": (
                                    "<p>Marc, 41 ans, est électricien et père de deux enfants de 8 et 11 ans. Il a passé une "
                                    "coloscopie il y a dix jours pour des rectorragies. Le vendredi à 16 h 40, le rapport de pathologie "
                                    "parvient à sa médecin de famille : la biopsie d'une masse rectale montre un adénocarcinome. Le "
                                    "bilan d'extension n'a pas encore été fait. La clinique s'apprête à fermer pour la fin de semaine, et "
                                    "la médecin part lundi pour un congrès d'une semaine.</p>"
                                    "<p>À 16 h 45, Marc appelle la clinique. Il explique à la réceptionniste qu'il a vu sur le portail "
                                    "patient de l'hôpital que « la pathologie est sortie », qu'il ne comprend rien au rapport et qu'il "
                                    "part ce soir avec ses enfants au chalet familial, où le cellulaire capte mal. Il demande à parler à "
                                    "la médecin.</p>"
                                    "<p>La médecin dispose de quelques minutes. Elle sait que SPIKES recommande une conversation en "
                                    "personne, dans un lieu privé. Elle sait aussi que Marc se doute déjà de quelque chose, et qu'il "
                                    "risque de passer la fin de semaine à essayer de déchiffrer seul le rapport.</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "La médecin devrait-elle annoncer le diagnostic par téléphone cet après-midi? Quels sont les risques de le dire, et ceux de ne pas le dire?",
                                    "Si elle parle à Marc maintenant, quels éléments de SPIKES peut-elle adapter à un appel téléphonique, et comment? (Est-il au volant? Est-il seul? Qui peut être avec lui?)",
                                    "En quoi la publication des résultats sur les portails patients a-t-elle modifié l'étape de la préparation? Qui devrait être responsable de la première conversation au sujet d'un nouveau diagnostic?",
                                    "Pensez à une situation où vous avez vu une nouvelle grave annoncée bien ou mal. Qu'est-ce qui a fait la différence : les mots, le cadre, ou autre chose?",
                                    "L'auteur hippocratique et l'oncologue d'aujourd'hui veulent tous deux protéger le patient. Contre quoi, exactement, chacun veut-il le protéger?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Racontez une situation où vous avez reçu, annoncé ou vu annoncer une nouvelle qui a changé la façon "
                                    "dont une personne envisageait son avenir — en milieu clinique ou dans votre propre vie. De quoi "
                                    "vous souvenez-vous le plus clairement dans la manière dont elle a été dite?"
                                ),
                                "guidance": (
                                    "Écrivez pendant 10 à 15 minutes, au « je ». Attachez-vous aux détails concrets : les mots, les "
                                    "silences, la place de chacun dans la pièce, ce qui s'est passé juste après. Ajoutez ensuite deux ou "
                                    "trois phrases sur ce que ce souvenir vous apprend du clinicien ou de la clinicienne que vous voulez "
                                    "devenir. On ne vous demandera pas de partager ce texte, à moins que vous ne le souhaitiez."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Ce qui constitue une mauvaise nouvelle se définit par la vision que le patient a de son avenir, et non par le diagnostic.",
                                    "Au Canada, la divulgation honnête repose sur le droit du consentement éclairé et sur l'éthique professionnelle; la manière d'annoncer demeure affaire de compétence et de jugement.",
                                    "SPIKES découpe l'annonce en six tâches : préparation, perception, invitation, information, émotions, plan et synthèse.",
                                    "Le protocole est un échafaudage, pas un texte à réciter : les vraies conversations ne sont pas linéaires, s'étalent dans le temps et sont façonnées par les émotions du clinicien.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Buckman R",
                                        "title": "Breaking bad news: why is it still so difficult?",
                                        "venue": "British Medical Journal 288:1597-1599",
                                        "year": 1984,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Oken D",
                                        "title": "What to tell cancer patients: a study of medical attitudes",
                                        "venue": "JAMA 175:1120-1128",
                                        "year": 1961,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Novack DH, Plumer R, Smith RL, Ochitill H, Morrow GR, Bennett JM",
                                        "title": "Changes in physicians' attitudes toward telling the cancer patient",
                                        "venue": "JAMA 241(9):897-900",
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
                                    "<p><strong>Déroulement (60 min).</strong> 10 min : ouvrir avec la consigne de réflexion (écriture "
                                    "individuelle). 15 min : brève présentation de l'histoire, du contexte juridique et des six étapes. "
                                    "5 min : l'extrait hippocratique. 20 min : cas du vendredi après-midi en petits groupes, puis mise en "
                                    "commun. 10 min : points clés et questions.</p>"
                                    "<p><strong>Discussion attendue du cas.</strong> Il n'y a pas de réponse unique, et il est utile que "
                                    "les étudiants entendent que des cliniciens expérimentés ne s'entendent pas. Arguments pour parler "
                                    "maintenant : Marc sait déjà qu'un résultat existe; le laisser déchiffrer seul un rapport de "
                                    "pathologie au chalet est sans doute pire qu'un appel soigneusement mené; attendre ne changera pas "
                                    "le diagnostic. Arguments pour attendre : un nouveau diagnostic de cancer mérite une conversation en "
                                    "personne; le bilan d'extension est incomplet, si bien que beaucoup de ses questions resteront sans "
                                    "réponse. Les meilleures réponses trouvent une voie médiane : le rappeler personnellement, vérifier "
                                    "qu'il n'est pas au volant et qu'il peut parler en privé, lui demander ce qu'il a vu et compris, puis "
                                    "soit annoncer honnêtement mais brièvement avec un plan concret (un rendez-vous en personne en début "
                                    "de semaine avec le collègue qui assure la relève, une TDM de stadification et une consultation en "
                                    "chirurgie demandées en priorité, le nom et le numéro d'une personne à joindre), soit, s'il le "
                                    "préfère, le rencontrer avant son départ. Ce qui n'est pas acceptable : la fausse réassurance (« Ce "
                                    "n'est sûrement rien ») ou le laisser sans personne-ressource nommée pendant l'absence de sa "
                                    "médecin.</p>"
                                    "<p><strong>Sur le droit.</strong> Les étudiants exagèrent ou minimisent parfois le volet juridique. "
                                    "Restez simple : le droit canadien du consentement et la <em>Loi de 1996 sur le consentement aux "
                                    "soins de santé</em> de l'Ontario exigent que le patient reçoive l'information dont une personne "
                                    "raisonnable dans sa situation aurait besoin pour décider. Le « privilège thérapeutique » n'a, au "
                                    "mieux, qu'une place très étroite et contestée en droit canadien et ne doit pas être présenté aux "
                                    "étudiants comme une option courante.</p>"
                                    "<p><strong>Écueils.</strong> Les étudiants peuvent traiter SPIKES comme une liste de vérification à "
                                    "cocher. Ramenez-les aux tâches derrière les lettres. Certains ont vécu récemment une maladie grave "
                                    "dans leur famille : précisez dès le départ que la réflexion est personnelle, qu'ils peuvent sortir à "
                                    "tout moment, et où trouver les services de mieux-être étudiant.</p>"
                                    "<p><strong>Piste d'évaluation.</strong> Demandez aux étudiants de réécrire une annonce maladroite "
                                    "(par exemple : « Le scan montre des métas, malheureusement, alors on s'en va vers du palliatif ») "
                                    "sous la forme des deux premières minutes d'une vraie conversation. L'exercice montre s'ils savent "
                                    "traduire SPIKES en paroles qu'un patient peut entendre.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # -------------------------------------------------------------- LEÇON 2
                {
                    "slug": "responding-to-emotion",
                    "title": "Répondre à l'émotion : énoncés NURSE, silence et nouveau diagnostic de cancer",
                    "duration_minutes": 75,
                    "introduction": (
                        "Cette leçon porte sur le moment qui suit l'annonce : comment reconnaître l'émotion, comment y répondre "
                        "par des énoncés NURSE et par le silence, et pourquoi c'est la condition de toute information utile par "
                        "la suite."
                    ),
                    "body": [
                        (
                            "excerpt",
                            {
                                "kind": "testimony",
                                "text": (
                                    "Je ne me souviens pas d'un seul mot de ce que la médecin a dit après le mot « cancer ». Ni le "
                                    "stade, ni le nom du médicament, rien. Ce dont je me souviens, c'est qu'elle a rapproché sa chaise, "
                                    "qu'elle n'a pas regardé sa montre et que, quand je me suis mise à pleurer, elle a simplement "
                                    "attendu. Quand j'ai pu parler de nouveau, elle m'a demandé ce qui me faisait le plus peur. Personne "
                                    "ne m'avait posé cette question. Je lui ai répondu : le mariage de ma fille, en juin. Tout ce qu'elle "
                                    "a dit ensuite visait à me rendre jusqu'en juin. Je suis repartie avec un plan et, pour la première "
                                    "fois depuis des semaines, j'ai senti que quelqu'un tenait l'autre bout de la corde."
                                ),
                                "source": "Témoignage composite rédigé pour ce module",
                                "commentary": (
                                    "<p>La patiente ne se souvient presque d'aucun contenu médical, et de presque tout le contenu "
                                    "relationnel : la chaise, la montre, l'attente. Notez aussi le point tournant — une seule question "
                                    "exploratoire (« Qu'est-ce qui vous fait le plus peur? ») qui a permis d'organiser toute la suite de "
                                    "la conversation autour de ce qui comptait pour elle. Bien répondre à l'émotion n'est pas un détour "
                                    "par rapport à la tâche médicale; c'est ce qui la rend possible.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "L'émotion d'abord, l'information ensuite",
                                "text": (
                                    "<p>À l'annonce d'une nouvelle grave, les personnes sont souvent submergées : le cœur s'accélère, "
                                    "l'attention se rétrécit et la capacité d'assimiler des détails chute brutalement. Nombre de "
                                    "patients racontent ensuite n'avoir rien retenu après le mot « cancer ». Les cliniciens, eux, ont "
                                    "tendance à répondre à la détresse par davantage d'information — taux de survie, options de "
                                    "traitement, prochain examen. C'est compréhensible : les faits sont notre zone de confort, et "
                                    "expliquer donne l'impression d'aider. Mais l'information donnée à un patient submergé est en "
                                    "grande partie perdue, et le patient peut conclure que le médecin n'a pas remarqué ce qu'il "
                                    "ressentait.</p>"
                                    "<p>En analysant des entrevues médicales enregistrées, Suchman et ses collègues ont décrit des "
                                    "<em>occasions d'empathie</em> : des moments où le patient exprime directement une émotion, ou la "
                                    "laisse deviner (« J'ai vécu tout ça avec ma mère »). Les médecins laissent souvent passer ces "
                                    "moments et reviennent aux sujets biomédicaux. Back, Arnold et Tulsky insistent sur une distinction "
                                    "voisine, entre questions cognitives et questions émotionnelles. « Vous êtes sûr? » ou « Comment "
                                    "est-ce possible? » ont l'air de demandes d'information, mais expriment souvent le choc. Y répondre "
                                    "par une explication technique de la biopsie passe à côté de l'essentiel; reconnaître l'émotion "
                                    "ouvre habituellement la porte à la vraie question.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "NURSE : cinq façons de répondre à l'émotion",
                                "text": (
                                    "<p>NURSE est un moyen mnémotechnique anglais qui regroupe des réponses verbales à l'émotion; il a "
                                    "été popularisé par la littérature sur la communication en contexte de maladie grave. Ce n'est pas "
                                    "une séquence : un seul énoncé bien choisi suffit souvent.</p>"
                                    "<ul>"
                                    "<li><strong>Nommer (<em>Naming</em>).</strong> « On dirait que c'est vraiment effrayant pour "
                                    "vous. » Restez au conditionnel et laissez le patient vous corriger : vous verrez peut-être de la "
                                    "colère là où il y a de la peur, ou de la tristesse là où il y a du soulagement.</li>"
                                    "<li><strong>Comprendre (<em>Understanding</em>).</strong> « Après tout ce que vous avez traversé "
                                    "quand votre mère était malade, je comprends que ce mot soit si difficile à entendre. » Évitez « Je "
                                    "sais exactement ce que vous ressentez » : ce n'est pas vrai, et les patients le savent.</li>"
                                    "<li><strong>Respecter (<em>Respecting</em>).</strong> « Vous avez porté beaucoup de choses ces "
                                    "dernières semaines, à attendre des résultats tout en continuant à travailler. » Reconnaissez "
                                    "l'effort, le courage, ou l'amour qui se cache derrière les questions insistantes d'un proche.</li>"
                                    "<li><strong>Soutenir (<em>Supporting</em>).</strong> « Quoi que montrent les prochains examens, "
                                    "nous allons faire face à cela ensemble. » C'est une promesse de non-abandon, pas une promesse de "
                                    "résultat — et elle doit pouvoir être tenue.</li>"
                                    "<li><strong>Explorer (<em>Exploring</em>).</strong> « Parlez-moi de ce qui vous inquiète le "
                                    "plus. » L'exploration révèle souvent la crainte précise — la douleur, la dépendance, un enfant, "
                                    "l'argent, le travail — dont le reste de la conversation devra tenir compte.</li>"
                                    "</ul>"
                                    "<p>Un outil voisin est l'énoncé de souhait (« J'aurais tellement aimé vous apporter de meilleures "
                                    "nouvelles »), qui permet au clinicien de se tenir aux côtés de l'espoir du patient sans le rassurer "
                                    "faussement. Réponses à éviter : la réassurance prématurée (« Ne vous inquiétez pas, les traitements "
                                    "sont très bons maintenant »), la minimisation (« Au moins, ce n'est pas… ») et les bons côtés que "
                                    "personne n'a demandés.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Les usages du silence",
                                "text": (
                                    "<p>Le silence est peut-être la réponse à l'émotion la plus sous-utilisée. Après avoir annoncé une "
                                    "nouvelle grave, le clinicien a l'instinct de combler la pause. Pourtant, quelques secondes de "
                                    "silence — généralement plus longues qu'on ne le voudrait; compter lentement jusqu'à dix aide — "
                                    "permettent au patient d'absorber la nouvelle, de ressentir, puis de parler le premier. Ce que le "
                                    "patient dit après un silence est habituellement plus important que tout ce que nous aurions pu "
                                    "ajouter.</p>"
                                    "<p>Tous les silences ne se ressemblent pas. Un silence partagé, pendant lequel le patient réfléchit "
                                    "ou pleure et où le clinicien reste présent, diffère d'un silence figé, où le patient semble sidéré "
                                    "ou absent. Si le patient paraît bloqué, une invitation douce aide : « Qu'est-ce qui vous passe par "
                                    "la tête en ce moment? » La présence non verbale compte aussi : s'asseoir à la même hauteur, se "
                                    "détourner de l'écran, offrir des mouchoirs sans insister. Le toucher — une main posée sur "
                                    "l'avant-bras — réconforte certains patients et en importune d'autres; dans le doute, demandez, ou "
                                    "laissez le patient guider.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Lorraine : un nouveau diagnostic de cancer du poumon",
                                "presentation": (
                                    "<p>Lorraine Séguin, 56 ans, est conductrice d'autobus scolaire à Orléans, dans l'est d'Ottawa. Elle "
                                    "a fumé de l'adolescence jusqu'à il y a deux ans. Elle a consulté sa médecin de famille pour une "
                                    "toux qui durait depuis trois mois et une perte de poids de 6 kg. La TDM thoracique a montré une "
                                    "masse de 4 cm au lobe supérieur droit, des ganglions médiastinaux augmentés de volume et plusieurs "
                                    "lésions hépatiques. Une biopsie d'une lésion hépatique guidée par TDM a confirmé un adénocarcinome "
                                    "métastatique d'origine pulmonaire. Des analyses moléculaires (notamment EGFR, ALK et PD-L1) ont été "
                                    "demandées; les résultats sont attendus dans environ deux semaines. La maladie est de stade IV : le "
                                    "traitement peut la contrôler, parfois longtemps, mais ne la guérira pas.</p>"
                                    "<p>Lorraine se présente à la clinique d'investigation pulmonaire avec son mari, Gilles. Un résident "
                                    "de deuxième année en médecine interne mène l'entretien, supervisé par la pneumologue traitante. Le "
                                    "résident a établi ce que Lorraine sait déjà (« On m'a dit qu'il y avait une tache et que ça pourrait "
                                    "être grave ») et qu'elle souhaite entendre les résultats directement. Après une phrase "
                                    "d'avertissement, il dit :</p>"
                                    "<p><strong>Résident :</strong> « La biopsie montre que la masse dans votre poumon est un cancer, et "
                                    "qu'il s'est propagé au foie. »</p>"
                                    "<p><em>Lorraine fixe le plancher. Gilles lui prend la main. Environ cinq secondes "
                                    "s'écoulent.</em></p>"
                                    "<p><strong>Lorraine :</strong> « Bon. C'est fini, donc. »</p>"
                                    "<p><strong>Résident :</strong> « Pas du tout — il y a plein d'options maintenant. On a envoyé des "
                                    "tests moléculaires et, s'il y a une mutation de l'EGFR par exemple, il existe des comprimés ciblés "
                                    "qui fonctionnent très bien; sinon, il y a l'immunothérapie, parfois avec de la chimiothérapie… »</p>"
                                    "<p><strong>Lorraine</strong> (à voix basse) : « J'ai mon petit-fils le samedi. »</p>"
                                    "<p><strong>Résident :</strong> « D'accord. Donc, pour la suite, l'équipe d'oncologie va… »</p>"
                                    "<p>La pneumologue demande doucement à prendre le relais. Elle attend, puis dit : « Ça fait beaucoup "
                                    "à encaisser. » Après un long silence, Lorraine dit : « Je n'arrête pas de penser à Mathis. Il a "
                                    "quatre ans. » La pneumologue répond : « Parlez-moi de Mathis. » Lorraine décrit leurs samedis au "
                                    "parc; Gilles ajoute qu'elle a conduit l'autobus scolaire pendant vingt-deux ans sans manquer une "
                                    "seule journée. La pneumologue dit : « On dirait qu'être là pour lui compte plus que tout en ce "
                                    "moment. Nous allons garder ça en tête dans chacune des décisions que nous prendrons avec vous. » "
                                    "C'est seulement alors que Lorraine demande : « Combien de temps il me reste? »</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Examinez la réponse du résident à « Bon. C'est fini, donc. » Qu'est-ce que Lorraine exprimait probablement, et qu'est-ce que le résident a entendu?",
                                    "Quels énoncés NURSE la pneumologue a-t-elle utilisés? Qu'est-ce que son silence a rendu possible?",
                                    "Quand Lorraine demande « Combien de temps il me reste? », comment découvririez-vous ce qu'elle demande vraiment avant de répondre?",
                                    "Les énoncés NURSE peuvent-ils devenir une technique qui sonne creux? Qu'est-ce qui les garde authentiques?",
                                    "Comment prenez-vous soin de vous après une conversation comme celle-ci, surtout quand le patient suivant attend déjà?",
                                ],
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Trios : répondre à l'émotion",
                                "duration_minutes": 35,
                                "group_size": "3",
                                "instructions": (
                                    "<ol>"
                                    "<li>Formez des groupes de trois : clinicien, patient et observateur. Chaque personne joue chaque "
                                    "rôle une fois (environ dix minutes par tour, rétroaction comprise).</li>"
                                    "<li>Le « patient » choisit un scénario et le lit en privé; le « clinicien » ne reçoit que les "
                                    "données médicales. Scénario A : Lorraine, deux semaines plus tard — les analyses moléculaires ne "
                                    "montrent aucune altération ciblable. Scénario B : une étudiante aux cycles supérieurs de 29 ans "
                                    "apprend que la biopsie d'un ganglion cervical montre un lymphome de Hodgkin; le pronostic avec "
                                    "traitement est bon, mais la chimiothérapie retardera la soutenance de sa thèse et soulève des "
                                    "questions sur sa fertilité. Scénario C : un homme de 67 ans apprend que son IRM montre un AVC "
                                    "étendu et qu'il ne pourra probablement plus conduire son camion de transport.</li>"
                                    "<li>Le clinicien transmet le message clé en une ou deux phrases, puis se tait et répond à ce qui "
                                    "émerge, en visant au moins deux énoncés NURSE et un silence délibéré.</li>"
                                    "<li>L'observateur note chaque indice émotionnel et la réponse du clinicien, en la classant comme "
                                    "empathique (N, U, R, S ou E), informative ou bloquante (réassurance, changement de sujet, "
                                    "minimisation).</li>"
                                    "<li>Après chaque tour, le patient parle en premier (« Qu'est-ce qui vous a aidé? À quel moment vous "
                                    "êtes-vous senti entendu? »), puis l'observateur présente ses notes, puis le clinicien fait part de "
                                    "sa réflexion. Gardez une rétroaction précise et bienveillante.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Un patient submergé retient peu d'information : répondez à l'émotion avant d'expliquer.",
                                    "Bien des questions qui semblent cognitives (« Vous êtes sûr? ») sont émotionnelles; répondez d'abord à l'émotion.",
                                    "NURSE — nommer, comprendre, respecter, soutenir, explorer — offre cinq façons de répondre; un seul énoncé sincère suffit souvent.",
                                    "Le silence est une intervention active : attendez, restez présent, puis invitez le patient à parler.",
                                    "Promettez de ne pas abandonner le patient, pas un résultat.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Suchman AL, Markakis K, Beckman HB, Frankel R",
                                        "title": "A model of empathic communication in the medical interview",
                                        "venue": "JAMA 277(8):678-682",
                                        "year": 1997,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Back AL, Arnold RM, Quill TE",
                                        "title": "Hope for the best, and prepare for the worst",
                                        "venue": "Annals of Internal Medicine 138(5):439-443",
                                        "year": 2003,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Back A, Arnold R, Tulsky J",
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
                                    "<p><strong>Déroulement (75 min).</strong> 5 min : lire le témoignage à voix haute. 15 min : "
                                    "submersion émotionnelle, NURSE et silence (modélisez vous-même un ou deux énoncés, dont un "
                                    "volontairement maladroit). 15 min : cas de Lorraine et discussion. 35 min : trios. 5 min : tour de "
                                    "table de clôture.</p>"
                                    "<p><strong>Le cas.</strong> Les étudiants remarquent habituellement que le résident a répondu à un "
                                    "énoncé émotionnel (« C'est fini, donc ») par de l'information et une réassurance prématurée, et que "
                                    "« J'ai mon petit-fils le samedi » était un second indice resté sans écho. Soyez juste envers le "
                                    "résident : l'élan d'offrir de l'espoir est bienveillant, et le contenu est exact — les thérapies "
                                    "ciblées de l'adénocarcinome pulmonaire avec mutation de l'EGFR ou réarrangement d'ALK peuvent "
                                    "contrôler la maladie pendant des années. Le problème tient au moment choisi, non au contenu. Pour "
                                    "« Combien de temps il me reste? », les bonnes réponses explorent avant de répondre (« C'est une "
                                    "question importante. Pouvez-vous me dire ce qu'il y a derrière — y a-t-il quelque chose que vous "
                                    "voulez prévoir? »), demandent comment elle souhaite recevoir l'information, puis donnent une "
                                    "fourchette honnête qui reconnaît l'incertitude, d'autant que les résultats moléculaires sont "
                                    "attendus (« espérer le meilleur, se préparer au pire »).</p>"
                                    "<p><strong>Animer les trios.</strong> Respectez strictement le minutage. Problèmes fréquents : le "
                                    "clinicien fait un long discours avant de se taire; le patient joue une caricature; les observateurs "
                                    "donnent une rétroaction vague. Faites un temps d'arrêt si un trio est bloqué et modélisez un seul "
                                    "énoncé NURSE. Certains étudiants trouvent d'abord le silence insupportable; demandez-leur de "
                                    "compter jusqu'à dix dans leur tête.</p>"
                                    "<p><strong>Détresse dans le groupe.</strong> Les jeux de rôle sur le cancer et l'AVC peuvent raviver "
                                    "des deuils personnels. Dites d'emblée aux étudiants qu'ils peuvent choisir un autre scénario ou ne "
                                    "jouer que l'observateur. Si un étudiant est bouleversé, interrompez le trio, parlez-lui en privé, "
                                    "faites un suivi après la séance et sachez comment joindre les services de mieux-être étudiant.</p>"
                                    "<p><strong>Piste d'évaluation.</strong> Une station d'ECOS avec un patient standardisé qui donne "
                                    "deux ou trois indices émotionnels scénarisés fonctionne bien. Évaluez les réponses aux indices, et "
                                    "non le fait d'avoir franchi toutes les étapes de SPIKES.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # -------------------------------------------------------------- LEÇON 3
                {
                    "slug": "across-languages-and-cultures",
                    "title": "Annoncer à travers les langues et les cultures : interprètes et familles dans un hôpital bilingue",
                    "duration_minutes": 75,
                    "introduction": (
                        "Cette leçon examine les conversations d'annonce dans lesquelles clinicien, patient et famille ne "
                        "partagent pas la même langue, ou pas les mêmes présupposés sur qui doit savoir quoi, en accordant une "
                        "attention particulière au contexte bilingue d'Ottawa et au travail avec des interprètes professionnels."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "La langue est une variable clinique",
                                "text": (
                                    "<p>Ottawa est située à la frontière de l'Ontario et du Québec. Elle compte une importante "
                                    "communauté francophone et un nombre croissant de résidents dont la première langue n'est ni "
                                    "l'anglais ni le français. La <em>Loi sur les services en français</em> de l'Ontario (1986) garantit "
                                    "des services en français de la part des ministères provinciaux et des organismes désignés, et "
                                    "plusieurs établissements de santé d'Ottawa, dont l'Hôpital Montfort, sont désignés en vertu de la "
                                    "Loi. Les défenseurs de la santé en français en Ontario promeuvent depuis longtemps le principe de "
                                    "l'<em>offre active</em> : les services en français doivent être offerts d'emblée, dès le premier "
                                    "contact, plutôt que seulement à la demande du patient — parce que beaucoup de francophones, "
                                    "habitués à être servis en anglais, ne le demanderont pas.</p>"
                                    "<p>La langue compte le plus précisément quand la nouvelle est la plus grave. Un patient qui se "
                                    "débrouille dans sa langue seconde lors d'une visite de routine peut perdre cette aisance sous "
                                    "l'effet du stress, lorsque la peur, la fatigue ou les médicaments réduisent ses ressources "
                                    "cognitives. « Je parle bien anglais » peut être vrai à la pharmacie et faux lors d'une rencontre "
                                    "familiale sur le pronostic. Des recherches menées en Ontario et ailleurs ont associé la discordance "
                                    "linguistique entre patients et médecins à une moins bonne compréhension et à de moins bons "
                                    "résultats, y compris davantage d'événements indésirables à l'hôpital. Pour une conversation qui "
                                    "orientera des décisions de traitement et de fin de vie, la norme devrait être la langue dans "
                                    "laquelle le patient pense le mieux, et non celle dans laquelle il se débrouille.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Travailler avec des interprètes professionnels",
                                "text": (
                                    "<p>Lorsque clinicien et patient ne partagent pas la même langue, le vrai choix se fait rarement "
                                    "entre un interprète et aucun; il se fait entre un interprète professionnel et un interprète "
                                    "improvisé — un proche, un collègue bilingue sans formation ou, pire encore, un enfant. Des revues "
                                    "systématiques ont montré que le recours à des interprètes professionnels est associé à moins "
                                    "d'erreurs de communication, à une meilleure compréhension et à une plus grande satisfaction, et que "
                                    "les erreurs susceptibles d'avoir des conséquences cliniques sont plus fréquentes avec des "
                                    "interprètes improvisés. Les membres de la famille sont pris dans un double rôle impossible : ils "
                                    "sont eux-mêmes bouleversés, et ils peuvent adoucir, omettre ou reformuler la nouvelle pour protéger "
                                    "la personne qu'ils aiment.</p>"
                                    "<p>L'interprétation professionnelle — en personne, par vidéo ou par téléphone — devrait être "
                                    "organisée à l'avance pour toute conversation grave planifiée. Quelques pratiques font une grande "
                                    "différence :</p>"
                                    "<ul>"
                                    "<li><strong>Préparez</strong> l'interprète pendant deux ou trois minutes : le but de la rencontre, "
                                    "le message clé, les mots qui seront difficiles (« cancer », « palliatif », « réanimation ») et les "
                                    "tensions familiales prévisibles.</li>"
                                    "<li><strong>Placez-vous</strong> face au patient, l'interprète à côté de lui ou légèrement en "
                                    "retrait, et adressez-vous directement au patient, à la première personne (« Comment vous "
                                    "sentez-vous? » et non « Demandez-lui comment il se sent »).</li>"
                                    "<li><strong>Parlez par courts segments</strong>, évitez les expressions idiomatiques et les "
                                    "euphémismes, et prévoyez du temps : la conversation durera environ deux fois plus longtemps.</li>"
                                    "<li><strong>Vérifiez la compréhension</strong> en demandant au patient de redire dans ses propres "
                                    "mots ce qu'il a entendu (méthode de reformulation, ou <em>teach-back</em>), et non en demandant "
                                    "« Vous comprenez? »</li>"
                                    "<li><strong>Faites un retour</strong> après la rencontre : demandez si quelque chose s'est mal "
                                    "traduit, et reconnaissez qu'interpréter une nouvelle grave peut aussi être éprouvant pour "
                                    "l'interprète.</li>"
                                    "</ul>"
                                    "<p>Les devoirs professionnels de l'interprète sont l'exactitude, l'impartialité et la "
                                    "confidentialité. L'interprète peut signaler un possible malentendu culturel, mais ce n'est pas un "
                                    "informateur culturel capable de vous dire ce que croit un patient d'une origine donnée.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Quand la famille demande de ne rien dire",
                                "text": (
                                    "<p>Les demandes de taire un diagnostic sont fréquentes — de la part de familles venant de pays où "
                                    "la non-divulgation des maladies graves a longtemps été la norme, mais aussi de nombreuses familles "
                                    "nées au Canada. Une étude américaine classique a montré que les aînés d'origine coréenne ou "
                                    "mexicaine étaient moins enclins que les aînés d'origine européenne et les aînés afro-américains à penser qu'il "
                                    "faut informer le patient d'un pronostic terminal, ou qu'il lui revient de prendre lui-même les "
                                    "décisions de fin de vie; dans chaque groupe, toutefois, les opinions variaient beaucoup. La culture "
                                    "façonne les attentes; elle ne prédit pas ce que veut chaque personne.</p>"
                                    "<p>Au Canada, l'information appartient au patient. Le patient apte a le droit de connaître son "
                                    "diagnostic et de prendre les décisions relatives à son traitement. Ce même patient peut aussi "
                                    "choisir ce qu'il veut savoir et demander qu'un proche prenne les devants — un exercice légitime de "
                                    "son autonomie, et non un renoncement à celle-ci. La tâche du clinicien n'est donc ni de passer outre "
                                    "à la famille (« la loi m'oblige à le lui dire ») ni de se faire son complice, mais de découvrir ce "
                                    "que veut le patient. Concrètement :</p>"
                                    "<ol>"
                                    "<li>Rencontrez d'abord la famille, avec curiosité : « Aidez-moi à comprendre ce que vous craignez "
                                    "qu'il arrive s'il savait. »</li>"
                                    "<li>Reconnaissez son amour et son désir de protéger, et soyez honnête quant à vos obligations : vous "
                                    "n'imposerez pas l'information au patient, et vous ne lui mentirez pas s'il pose la question.</li>"
                                    "<li>Demandez au patient, avec un interprète professionnel et en présence de sa famille s'il le "
                                    "souhaite : « Certaines personnes veulent tout savoir sur leur maladie; d'autres préfèrent que les "
                                    "médecins parlent surtout avec leur famille. Qu'est-ce que vous préférez? »</li>"
                                    "<li>Consignez sa réponse au dossier, respectez-la et revenez-y à mesure que la maladie évolue.</li>"
                                    "</ol>"
                                    "<p>Cette approche reflète ce que Tervalon et Murray-García ont appelé l'<em>humilité "
                                    "culturelle</em> : un engagement, tout au long de la vie, à l'autocritique et à l'apprentissage "
                                    "auprès de chaque patient, plutôt que la conviction d'avoir maîtrisé la culture d'autrui.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "literature",
                                "text": (
                                    "Ce qui tourmentait le plus Ivan Ilitch, c'était le mensonge, ce mensonge que, pour une raison ou une "
                                    "autre, tous acceptaient, selon lequel il n'était pas mourant mais simplement malade, et qu'il lui "
                                    "suffisait de rester tranquille et de suivre un traitement pour qu'il en résulte quelque chose de "
                                    "très bon. Lui savait pourtant que, quoi qu'on fasse, il n'en sortirait rien, sinon des souffrances "
                                    "plus atroces encore, et la mort. Ce mensonge le torturait — leur refus d'admettre ce qu'ils savaient "
                                    "tous et ce qu'il savait lui-même, leur volonté de lui mentir sur son état terrible, et de le forcer à "
                                    "prendre part à ce mensonge."
                                ),
                                "source": "Léon Tolstoï, La Mort d'Ivan Ilitch (1886), passage traduit pour ce module d'après la version anglaise de Louise et Aylmer Maude",
                                "commentary": (
                                    "<p>Le juge mourant de Tolstoï est entouré de gens qui l'aiment, ou qui le disent, et qui se sont "
                                    "tous entendus pour faire semblant. Le mensonge épargne à la famille et aux médecins une "
                                    "conversation insoutenable; il isole complètement Ivan Ilitch. Le passage offre un contrepoids utile "
                                    "lorsqu'une famille demande la non-divulgation : la dissimulation n'épargne pas nécessairement le "
                                    "patient, qui souvent sait déjà. Remarquez aussi qu'Ivan Ilitch ne réclame pas de statistiques. Il "
                                    "aspire à quelqu'un qui cesse de faire semblant et reste auprès de lui — ce que seul fait, dans le "
                                    "récit, le jeune domestique Guérassime. L'honnêteté est ici une forme de présence.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Deux patients, deux langues, un même après-midi",
                                "presentation": (
                                    "<p><strong>M. Rahimi.</strong> Hamid Rahimi, 72 ans, est arrivé à Ottawa en 2022 avec sa femme, son "
                                    "fils et la famille de celui-ci, réinstallés comme réfugiés en provenance d'Afghanistan. Il parle "
                                    "dari et très peu l'anglais. Il a été admis à l'unité de médecine interne pour une dysphagie "
                                    "progressive et une perte de poids de 10 kg. L'endoscopie et la TDM ont montré un adénocarcinome de "
                                    "la jonction œso-gastrique avec métastases hépatiques et péritonéales. Son fils Farid, 34 ans, qui "
                                    "parle couramment l'anglais et travaille comme technicien en génie, a servi d'interprète à chaque "
                                    "rencontre jusqu'ici. Lorsque la résidente de deuxième année mentionne que l'équipe aimerait "
                                    "rencontrer son père pour discuter des résultats, Farid la prend à part dans le corridor : « S'il "
                                    "vous plaît, ne dites pas à mon père que c'est un cancer. Dans notre culture, ça lui enlèverait "
                                    "tout espoir, et il mourrait plus vite. Dites-le-moi, et je déciderai de ce que je lui dirai. »</p>"
                                    "<p><strong>Mme Charbonneau.</strong> Dans la chambre voisine, Gisèle Charbonneau, 81 ans, "
                                    "productrice laitière veuve d'un village près d'Embrun, à l'est d'Ottawa, a été admise pour un ictère "
                                    "et des douleurs abdominales. La TDM montre une masse de la tête du pancréas avec de multiples "
                                    "métastases hépatiques. Sa langue maternelle est le français; lorsque l'équipe l'a accueillie en "
                                    "anglais à l'admission, elle a répondu : « It's OK, I understand English. » Ce matin, le médecin "
                                    "traitant lui a expliqué les résultats de la TDM en anglais. Elle a hoché la tête tout au long. Une "
                                    "heure plus tard, elle a demandé à l'infirmière, en français, si elle serait rentrée à temps pour "
                                    "planter son jardin le mois prochain. Sa fille, qui habite Gatineau, arrivera demain et a offert de "
                                    "« traduire pour maman ».</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Comment la résidente devrait-elle répondre à Farid dans le corridor, dans les cinq prochaines minutes? Rédigez les deux ou trois premières phrases qu'elle pourrait dire.",
                                    "Quels sont les risques de continuer à compter sur Farid comme interprète de son père? Comment votre hôpital fournit-il un interprète professionnel en dari, et à quelles heures?",
                                    "Si M. Rahimi dit préférer que son fils reçoive l'information et prenne les décisions avec l'équipe, est-ce un échec de l'autonomie ou un exercice de celle-ci? Comment le consigneriez-vous au dossier, et quand y reviendriez-vous?",
                                    "Qu'est-ce qui a mal tourné ce matin dans les soins de Mme Charbonneau, et à quel moment aurait-on pu l'éviter? À quoi aurait ressemblé une offre active à l'admission?",
                                    "La fille de Mme Charbonneau devrait-elle servir d'interprète lors de la rencontre familiale de demain? Quelles sont les autres options?",
                                ],
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Préparer un interprète et travailler avec lui",
                                "duration_minutes": 30,
                                "group_size": "4",
                                "instructions": (
                                    "<ol>"
                                    "<li>En groupes de quatre, répartissez les rôles : médecin, interprète, patient et observateur. Si "
                                    "deux membres du groupe partagent une autre langue (l'anglais, par exemple, ou une troisième "
                                    "langue), utilisez-la; sinon, l'interprète répète les paroles du médecin dans la même langue avec un "
                                    "court décalage, ce qui fait tout de même ressortir les problèmes de rythme et de "
                                    "segmentation.</li>"
                                    "<li>Le médecin et l'interprète tiennent une séance de préparation de trois minutes en vue de la "
                                    "rencontre avec M. Rahimi ou Mme Charbonneau : but, message clé, mots difficiles, dynamique "
                                    "familiale attendue.</li>"
                                    "<li>Menez les dix premières minutes de la rencontre : établissez ce que le patient comprend, "
                                    "demandez-lui comment il souhaite être informé et, s'il le souhaite, annoncez le diagnostic.</li>"
                                    "<li>Tenez un retour de trois minutes entre le médecin et l'interprète.</li>"
                                    "<li>L'observateur fait rapport sur la disposition des chaises, l'usage de la première personne, la "
                                    "longueur des segments, le jargon et les euphémismes, et sur la vérification de la compréhension par "
                                    "reformulation. Changez de rôles une fois si le temps le permet.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Rappelez-vous un moment où vous avez dû comprendre ou expliquer quelque chose d'important dans une "
                                    "langue qui n'était pas votre langue la plus forte — comme patient, étudiant, voyageur ou nouvel "
                                    "arrivant. Qu'avez-vous perdu, et de quoi aviez-vous besoin de la part de l'autre personne?"
                                ),
                                "guidance": (
                                    "Écrivez environ une page, au « je », en vous attachant aux sensations et aux moments précis plutôt "
                                    "qu'aux généralités. Si vous avez toujours travaillé dans votre première langue, écrivez plutôt sur "
                                    "une conversation où vous avez senti qu'un patient ne suivait pas, sans prendre le temps de vérifier. "
                                    "Terminez en nommant une habitude concrète que vous adopterez lorsque vous travaillerez d'une langue "
                                    "à l'autre."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "La langue compte le plus quand la nouvelle est la plus grave : offrez les soins dans la meilleure langue du patient, activement et dès le premier contact.",
                                    "Faites appel à des interprètes professionnels pour les conversations graves; on ne devrait pas demander à des proches, et encore moins à des enfants, d'interpréter une mauvaise nouvelle.",
                                    "Préparez l'interprète, parlez au patient à la première personne, procédez par courts segments, vérifiez la compréhension par reformulation et faites un retour avec l'interprète.",
                                    "Lorsqu'une famille demande de ne rien dire, ni passer outre ni se faire complice : demandez au patient comment il souhaite être informé et qui doit être associé.",
                                    "La culture façonne les attentes sans prédire les préférences individuelles; abordez chaque patient avec humilité culturelle.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Flores G, Laws MB, Mayo SJ, Zuckerman B, Abreu M, Medina L, Hardt EJ",
                                        "title": "Errors in medical interpretation and their potential clinical consequences in pediatric encounters",
                                        "venue": "Pediatrics 111(1):6-14",
                                        "year": 2003,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Karliner LS, Jacobs EA, Chen AH, Mutha S",
                                        "title": "Do professional interpreters improve clinical care for patients with limited English proficiency? A systematic review of the literature",
                                        "venue": "Health Services Research 42(2):727-754",
                                        "year": 2007,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Blackhall LJ, Murphy ST, Frank G, Michel V, Azen S",
                                        "title": "Ethnicity and attitudes toward patient autonomy",
                                        "venue": "JAMA 274(10):820-825",
                                        "year": 1995,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Tervalon M, Murray-García J",
                                        "title": "Cultural humility versus cultural competence: a critical distinction in defining physician training outcomes in multicultural education",
                                        "venue": "Journal of Health Care for the Poor and Underserved 9(2):117-125",
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
                                    "<p><strong>Déroulement (75 min).</strong> 10 min : la langue et l'offre active — invitez les "
                                    "étudiants francophones qui le souhaitent à raconter leur propre expérience d'être servis (ou non) en "
                                    "français. 15 min : interprètes et demandes de non-divulgation. 5 min : l'extrait de Tolstoï. "
                                    "15 min : discussion du cas. 30 min : activité avec interprète. La réflexion peut être donnée en "
                                    "devoir.</p>"
                                    "<p><strong>M. Rahimi.</strong> Le but est d'éloigner les étudiants de deux réflexes : « il faut le "
                                    "lui dire, c'est la loi » et « il faut respecter leur culture et ne rien dire ». Une bonne première "
                                    "réponse à Farid reconnaît son amour et sa peur, donne du temps et propose un plan : « Je vois à quel "
                                    "point vous voulez protéger votre père. Je ne lui imposerai aucune information. Pourrions-nous parler "
                                    "de ce qu'il soupçonne déjà, puis lui demander ensemble, avec un interprète professionnel, comment il "
                                    "aimerait que nous lui transmettions l'information? » Faites remarquer qu'un homme qui a perdu 10 kg "
                                    "et subi une endoscopie soupçonne peut-être déjà un cancer. Ne laissez pas la discussion présenter les "
                                    "familles afghanes ou musulmanes comme uniformément favorables à la non-divulgation : les préférences "
                                    "varient, et beaucoup de patients de toutes origines veulent savoir. Si M. Rahimi délègue, l'équipe "
                                    "le consigne clairement et s'assure qu'il sait pouvoir changer d'avis; s'il demande directement si "
                                    "c'est un cancer, personne ne lui mentira.</p>"
                                    "<p><strong>Mme Charbonneau.</strong> Points clés : hocher la tête n'est pas comprendre; « I "
                                    "understand English » relevait probablement de la politesse ou d'une longue habitude, un réflexe que "
                                    "reconnaîtront bien des Franco-Ontariens de sa génération. La conversation devrait être reprise en "
                                    "français, par un médecin francophone ou avec un interprète professionnel, et la compréhension "
                                    "vérifiée par reformulation. Sa fille devrait être présente comme fille, non comme interprète. Les "
                                    "étudiants devraient s'informer de la façon dont leur propre hôpital remplit ses obligations en "
                                    "matière de services en français.</p>"
                                    "<p><strong>Logistique.</strong> Avant la séance, renseignez-vous sur la façon dont votre hôpital "
                                    "offre l'interprétation professionnelle (sur place, par vidéo, par téléphone, en dehors des heures "
                                    "normales) et informez-en les étudiants; beaucoup ignorent que le service existe. Si possible, "
                                    "invitez un interprète médical professionnel à coanimer : son récit des familles qui lui demandent "
                                    "d'« adoucir » la nouvelle est habituellement le moment le plus marquant de la séance.</p>"
                                    "<p><strong>Terrain sensible.</strong> Certains étudiants sont eux-mêmes nouveaux arrivants ou ont "
                                    "servi d'interprètes à leurs parents pendant leur enfance. Reconnaissez cette expérience sans "
                                    "demander à quiconque de la dévoiler. Gardez la discussion sur les cultures à un niveau général; "
                                    "lorsqu'un étudiant avance une généralisation sur un groupe, demandez-lui quelle variation il "
                                    "s'attendrait à trouver au sein de ce groupe.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    },
}
