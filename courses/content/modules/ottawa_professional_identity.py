MODULE = {
    "slug": "mentoring-professional-identity-formation",
    "institution": "ottawa",
    "contributing_institutions": [],
    "language": "en",
    "title": "Mentoring professional identity formation",
    "summary": (
        "For clinical teachers: what professional identity formation is, how the hidden curriculum shapes who learners "
        "become, and how to hold mentoring and feedback conversations — including with a resident whose idealism has "
        "turned to cynicism."
    ),
    "objectives": [
        "Explain the concept of professional identity formation and how it differs from teaching professionalism as a set of behaviours.",
        "Describe how socialization, role modelling and communities of practice shape learners' identities, including those of learners from groups under-represented in medicine.",
        "Identify manifestations of the hidden curriculum in one's own clinical setting and propose ways to make them visible and discussable.",
        "Conduct a structured mentoring conversation, using the R2C2 model, with a learner who expresses cynicism or distress.",
        "Recognize the limits of the mentoring role, including when to connect a learner with wellness support and when to address behaviour through formal processes.",
    ],
    "themes": ["ethics", "culture"],
    "level": "faculty",
    "license": "cc-by-nd",
    "keywords": [
        "professional identity formation",
        "hidden curriculum",
        "mentoring",
        "feedback",
        "role modelling",
        "faculty development",
    ],
    "authors": [
        {
            "key": "joanne-tessier",
            "name": "Joanne Tessier",
            "title": "Associate Professor, Department of Family Medicine; Faculty Development Lead",
            "institution": "ottawa",
            "bio": (
                "Joanne Tessier is a family physician who practises at a rural teaching site in eastern Ontario and "
                "coordinates faculty development for community preceptors. Her scholarly work focuses on role modelling and "
                "on how clinical teachers talk with learners about values."
            ),
            "orcid": "",
        },
        {
            "key": "kwame-asante",
            "name": "Kwame Asante",
            "title": "Assistant Professor, Department of Psychiatry",
            "institution": "ottawa",
            "bio": (
                "Kwame Asante is a psychiatrist at The Ottawa Hospital with a clinical interest in physician health. He has "
                "mentored residents for more than a decade and leads workshops on difficult feedback conversations and on "
                "recognizing burnout in trainees."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Cruess RL, Cruess SR, Boudreau JD, Snell L, Steinert Y",
            "title": "Reframing medical education to support professional identity formation",
            "venue": "Academic Medicine 89(11):1446-1451",
            "year": 2014,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Cruess RL, Cruess SR, Boudreau JD, Snell L, Steinert Y",
            "title": "A schematic representation of the professional identity formation and socialization of medical students and residents: a guide for medical educators",
            "venue": "Academic Medicine 90(6):718-725",
            "year": 2015,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Cruess RL, Cruess SR, Steinert Y (eds)",
            "title": "Teaching Medical Professionalism: Supporting the Development of a Professional Identity, 2nd edition",
            "venue": "Cambridge University Press",
            "year": 2016,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hafferty FW, Franks R",
            "title": "The hidden curriculum, ethics teaching, and the structure of medical education",
            "venue": "Academic Medicine 69(11):861-871",
            "year": 1994,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hafferty FW",
            "title": "Beyond curriculum reform: confronting medicine's hidden curriculum",
            "venue": "Academic Medicine 73(4):403-407",
            "year": 1998,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ LESSON 1
        {
            "slug": "what-is-professional-identity-formation",
            "title": "What is professional identity formation?",
            "duration_minutes": 60,
            "introduction": (
                "This lesson introduces professional identity formation as a goal of medical education, drawing on the work "
                "of Cruess, Cruess, Boudreau, Snell and Steinert at McGill University, and considers what it asks of clinical "
                "teachers."
            ),
            "body": [
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "The first time a patient called me “Doctor”, I corrected her. I was a clerk, three weeks into internal "
                            "medicine, and I felt like an impostor in someone else's coat. A month later a man I had admitted died "
                            "overnight, and in the morning my senior resident asked whether I wanted to come with her to speak to his "
                            "wife. I stood in the corner. Afterwards she didn't comment on the conversation; she just asked how I was "
                            "doing. Nobody had asked me that on the ward before. I think that's when something shifted. I still didn't "
                            "feel like a doctor, but I started to feel that I belonged among the people who were trying to be one."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>Several elements of identity formation are visible here: a symbol that arrives before the learner "
                            "feels entitled to it (the title “Doctor”), an emotionally charged experience (a first death on the ward), "
                            "and a role model whose simple act — asking how the student was — signalled that her feelings had a place "
                            "in the profession. Notice that the shift is described as belonging rather than competence. What might the "
                            "senior resident have taught if she had said nothing at all?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "From professionalism to professional identity",
                        "text": (
                            "<p>For two decades, medical schools responded to concerns about professionalism mainly by defining it. "
                            "Charters and frameworks listed attributes — altruism, integrity, accountability, respect — and "
                            "competency frameworks such as CanMEDS made “Professional” one of the physician's roles, with milestones "
                            "that could be observed and assessed. This work was valuable: it gave educators a shared language and made "
                            "lapses discussable. But it also invited a narrow view, in which professionalism is a set of behaviours to "
                            "be displayed when someone is watching.</p>"
                            "<p>In a series of papers beginning in 2014, Richard Cruess, Sylvia Cruess, J. Donald Boudreau, Linda "
                            "Snell and Yvonne Steinert, all at McGill University, argued that supporting <em>professional identity "
                            "formation</em> should become an explicit goal of medical education. They describe a physician's identity "
                            "as a representation of self, achieved in stages over time, through which the characteristics, values and "
                            "norms of the profession are internalized, so that the individual comes to think, act and feel like a "
                            "physician. The emphasis moves from <em>doing</em> professionalism to <em>being</em> a professional. "
                            "Behaviours still matter — they are how identity shows itself, and how we observe it — but the deeper aim "
                            "is that learners come to hold the profession's values as their own.</p>"
                            "<p>Jarvis-Selinger, Pratt and Regehr, at the University of British Columbia, made a related argument "
                            "under the title “Competency is not enough”: competencies describe what a physician does, whereas identity "
                            "concerns who the physician is becoming, and the two do not automatically coincide.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "How identities form",
                        "text": (
                            "<p>Identity cannot be delivered in a lecture. It forms largely through <strong>socialization</strong>, the "
                            "process by which newcomers acquire the knowledge, skills, values and dispositions of a community by "
                            "taking part in it. Lave and Wenger's notion of <em>communities of practice</em> is helpful: learners begin "
                            "at the periphery — observing, doing small tasks — and move towards full participation as they are "
                            "trusted with more. They learn not only what to do but who to be, and they learn it from the people around "
                            "them: attending physicians, residents, nurses and patients.</p>"
                            "<p>The McGill group's schematic representation of identity formation highlights several influences: role "
                            "models and mentors; clinical and non-clinical experiences, especially those with emotional weight (a first "
                            "death, a first error, a first patient who says “thank you, doctor”); explicit teaching; reflection; "
                            "assessment; and the symbols and rituals of the profession, from the white coat ceremony to the first note "
                            "signed with “Dr.” Drawing on developmental psychology, notably Robert Kegan's work, they also describe "
                            "learners moving through stages: from a self oriented to one's own needs and to following rules, to an "
                            "identity shaped by belonging and by the expectations of respected others, and towards a self-authored "
                            "identity in which values are held independently. Many students and residents are in the middle stage, "
                            "which makes them especially sensitive to what their teachers model.</p>"
                            "<p>Identity formation is lifelong. The transitions from student to resident, from resident to staff "
                            "physician, and later into leadership or teaching each reopen the question of who one is as a "
                            "physician — including for the clinical teachers reading this.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Multiple identities, belonging and difference",
                        "text": (
                            "<p>Learners do not arrive as blank slates. They bring identities shaped by family, gender, culture, "
                            "language, faith, class, sexuality and earlier careers. A professional identity does not replace these; it "
                            "is integrated with them, sometimes smoothly, sometimes with friction. Critical scholarship on professional "
                            "identity has pointed out that the traditional image of “the doctor” carries the norms of the groups that "
                            "historically dominated medicine, and that learners who differ from that image may experience identity "
                            "formation as pressure to assimilate — to soften an accent, keep a faith private, or laugh at jokes about "
                            "people like their own family.</p>"
                            "<p>In Canada this concerns, among others, Indigenous learners, Black learners, first-generation university "
                            "students, international medical graduates and francophone learners training in predominantly anglophone "
                            "settings. The Truth and Reconciliation Commission's Call to Action 24, which asks medical and nursing "
                            "schools to require all students to take a course on Aboriginal health issues, including the history and "
                            "legacy of residential schools, is a reminder that the profession's own identity has to be examined too. "
                            "For the clinical teacher, the implication is practical: ask, rather than assume, how learners see "
                            "themselves as future physicians, and make room for professional identities that do not look like your "
                            "own.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "What this asks of clinical teachers",
                        "text": (
                            "<ul>"
                            "<li><strong>Model, and name what you model.</strong> Learners watch everything. Making your reasoning "
                            "about values explicit (“I sat down because I wanted her to know I had time”) turns an invisible act into "
                            "teaching.</li>"
                            "<li><strong>Create occasions for guided reflection</strong> on emotionally significant experiences — "
                            "preferably as conversation rather than as a graded written assignment.</li>"
                            "<li><strong>Foster belonging.</strong> Identity forms in communities where learners are welcomed and "
                            "trusted with real work. Knowing their names, involving them in decisions and acknowledging their "
                            "contributions all matter.</li>"
                            "<li><strong>Attend to dissonance.</strong> When a learner sees something that contradicts what they were "
                            "taught, the teacher's response shapes whether the learner concludes that the formal values are real or "
                            "merely rhetorical.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "An identity timeline",
                        "duration_minutes": 20,
                        "group_size": "2",
                        "instructions": (
                            "<ol>"
                            "<li>Individually (7 minutes), draw a line representing your path from the decision to study medicine to "
                            "today. Mark three to five moments when your sense of yourself as a physician shifted — forwards or "
                            "backwards.</li>"
                            "<li>For each moment, note who was present and what they did or said.</li>"
                            "<li>In pairs (10 minutes), share one or two moments you are comfortable discussing. The listener asks only "
                            "open questions and offers no advice.</li>"
                            "<li>Together (3 minutes), identify the part teachers played in your moments — positive, negative or "
                            "absent — and one thing you want to start or stop doing as a teacher as a result.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Think of a learner you supervised recently. What do you know about how they see themselves as a future physician — as distinct from their competence?",
                            "If professional identity cannot be taught directly, what exactly is the clinical teacher's responsibility for it? Can it be assessed, and should it be?",
                            "What parts of your own identity did you feel you had to set aside to become a physician? Did any of them return later?",
                            "How might a francophone resident in a predominantly anglophone program, or an Indigenous student on a rural rotation, hear the invitation to “think, act and feel like a physician”?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Professional identity formation shifts the aim of education from performing professional behaviours to internalizing the profession's values.",
                            "Identity forms mainly through socialization in communities of practice: role models, emotionally significant experiences, reflection and belonging.",
                            "Learners integrate a professional identity with existing personal identities; those who differ from the traditional image of the physician may feel pressure to assimilate.",
                            "Clinical teachers support identity formation by modelling and naming values, fostering belonging and attending to dissonance.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Jarvis-Selinger S, Pratt DD, Regehr G",
                                "title": "Competency is not enough: integrating identity formation into the medical education discourse",
                                "venue": "Academic Medicine 87(9):1185-1190",
                                "year": 2012,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Lave J, Wenger E",
                                "title": "Situated Learning: Legitimate Peripheral Participation",
                                "venue": "Cambridge University Press",
                                "year": 1991,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Frank JR, Snell L, Sherbino J (eds)",
                                "title": "CanMEDS 2015 Physician Competency Framework",
                                "venue": "Royal College of Physicians and Surgeons of Canada",
                                "year": 2015,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Truth and Reconciliation Commission of Canada",
                                "title": "Truth and Reconciliation Commission of Canada: Calls to Action",
                                "venue": "Truth and Reconciliation Commission of Canada, Winnipeg",
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
                            "<p><strong>Audience and timing (60 min).</strong> Designed for a faculty development session with clinical "
                            "teachers from several specialties. 5 min: introductions and the testimony. 20 min: the four sections, "
                            "presented briefly and interactively. 20 min: identity timeline. 15 min: discussion.</p>"
                            "<p><strong>Anticipated resistance.</strong> Some participants will say that identity formation is “just "
                            "professionalism rebranded”, or that identity is a private matter outside their remit. Acknowledge the "
                            "overlap, then point to the practical difference: a behaviour-only model tends to respond to lapses with "
                            "remediation and rules, whereas an identity model also asks what the learner is experiencing and what the "
                            "environment is teaching. Others will ask whether identity can be assessed. The question is debated — the "
                            "McGill group have proposed adding an “Is” level to the top of Miller's pyramid — but most educators agree "
                            "that identity should not be graded like a skill. A reasonable position is to assess behaviours and the "
                            "quality of reflection, and to support identity through mentoring.</p>"
                            "<p><strong>The timeline exercise.</strong> It can bring back strong memories — mistreatment, a death, an "
                            "error. Emphasize that participants choose what to share, and model by briefly sharing a moderate example "
                            "of your own. If someone discloses something distressing, acknowledge it and offer to talk afterwards; "
                            "remind everyone that what is shared stays in the room.</p>"
                            "<p><strong>Difference and belonging.</strong> Participants from under-represented groups may have much to "
                            "say about the third section but should not be made responsible for educating their colleagues. If the "
                            "group is homogeneous, say so, note whose voices are missing, and consider inviting learners to a later "
                            "session.</p>"
                            "<p><strong>Follow-up.</strong> Ask participants to notice, over the next two weeks, one moment when they "
                            "modelled a value, and to try naming it aloud to a learner. Lesson 2 can open with these "
                            "observations.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 2
        {
            "slug": "the-hidden-curriculum",
            "title": "The hidden curriculum: what our settings teach without meaning to",
            "duration_minutes": 60,
            "introduction": (
                "This lesson explores Hafferty's distinction between the formal, informal and hidden curricula, helps clinical "
                "teachers recognize what their own settings teach unintentionally, and considers how to make the hidden "
                "curriculum visible."
            ),
            "body": [
                (
                    "reflection",
                    {
                        "prompt": (
                            "What did you learn during your own training that nobody formally taught you — about patients, about "
                            "colleagues, about what a “good doctor” is? Which of those lessons do you still carry, and which would you "
                            "prefer your learners not to learn from you?"
                        ),
                        "guidance": (
                            "Write for ten minutes without editing. Be specific: a phrase you heard, a scene you witnessed, a comment "
                            "on an evaluation. Then reread what you wrote and underline one lesson you will deliberately pass on and "
                            "one you will try to interrupt. You will not be asked to read your text aloud."
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Three curricula",
                        "text": (
                            "<p>In 1994, Frederic Hafferty and Ronald Franks argued that much of the ethical formation of physicians "
                            "takes place not in ethics courses but in a “hidden curriculum” embedded in the structure and culture of "
                            "medical training. In a 1998 article, Hafferty distinguished three overlapping curricula:</p>"
                            "<ul>"
                            "<li>the <strong>formal curriculum</strong>: what is stated, intended and officially offered — objectives, "
                            "lectures, the CanMEDS roles, the code of ethics;</li>"
                            "<li>the <strong>informal curriculum</strong>: the unscripted, largely interpersonal teaching that happens on "
                            "rounds, in corridors and at the bedside, among faculty, residents, students and other staff;</li>"
                            "<li>the <strong>hidden curriculum</strong>: the lessons taught by the institution itself — its structures, "
                            "policies, rewards, use of time and space, and the language in which it speaks about patients and about "
                            "itself.</li>"
                            "</ul>"
                            "<p>The central insight is that when the formal and hidden curricula conflict, learners tend to believe the "
                            "hidden one. A school can teach patient-centred care in first year; if on the wards the only thing praised "
                            "is speed and the only thing assessed is medical knowledge, students learn what really counts.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Where the hidden curriculum lives",
                        "text": (
                            "<p>Hafferty suggested looking for the hidden curriculum in an institution's policies, its evaluation "
                            "practices, its allocation of resources and its slang. A clinical teacher can extend the search by "
                            "looking closely at an ordinary day on the ward.</p>"
                            "<ul>"
                            "<li><strong>Language.</strong> “The liver in bed 12.” “A frequent flyer.” “She failed chemo.” “He's a "
                            "train wreck.” Such phrases teach that patients are diseases, nuisances, or to blame for treatments that "
                            "did not work.</li>"
                            "<li><strong>Humour.</strong> Gallows humour can be a way of coping with distress; it also draws lines "
                            "about whose suffering is laughable — often people who use drugs, people living with obesity or mental "
                            "illness, or those who do not speak English.</li>"
                            "<li><strong>Hierarchy.</strong> Who speaks first at rounds, who is interrupted, whose name is known, "
                            "whether nurses' concerns are heard, how a student's question is received.</li>"
                            "<li><strong>Time and reward.</strong> What is praised, assessed, documented and billed. If a forty-minute "
                            "family meeting is invisible while a fast discharge is applauded, learners notice.</li>"
                            "<li><strong>Responses to error.</strong> Whether mistakes are met with blame and silence or with "
                            "disclosure and learning.</li>"
                            "<li><strong>Stories.</strong> Tales told in the residents' lounge about heroic saves, “difficult” "
                            "patients and legendary attendings carry the culture's values more powerfully than any curriculum "
                            "document.</li>"
                            "</ul>"
                            "<p>The effects appear to be measurable. In a longitudinal study at Jefferson Medical College, Hojat and "
                            "colleagues found that students' self-reported empathy declined significantly during the third year, the "
                            "first year of intensive clinical exposure. A systematic review by Neumann and colleagues found similar "
                            "declines across studies of students and residents and linked them to factors including mistreatment, "
                            "heavy workload and negative role models. Measuring empathy by self-report is open to debate, but the "
                            "pattern is consistent enough to take seriously.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "Imperturbability means coolness and presence of mind under all circumstances, calmness amid storm, "
                            "clearness of judgment in moments of grave peril … Keen sensibility is doubtless a virtue of high order … "
                            "but for the practitioner in his working-day world, a callousness which thinks only of the good to be "
                            "effected, and goes ahead regardless of smaller considerations, is the preferable quality."
                        ),
                        "source": "William Osler, “Aequanimitas”, valedictory address, University of Pennsylvania (1889)",
                        "commentary": (
                            "<p>Osler — born in Ontario, trained at McGill, and still a patron saint of Canadian medicine — gave this "
                            "address to graduating students in 1889. It is often read as an endorsement of detachment, although Osler "
                            "scholars have argued that his ideal was closer to measured, controlled emotion than to its absence, and "
                            "that he did not want to frighten patients for whom little could be done. Either way, the passage shows "
                            "how a profession can celebrate a genuine virtue — composure — which, taught without its counterweight, "
                            "becomes a hidden curriculum of emotional suppression. What would today's learners take from hearing the "
                            "word “callousness” praised by an admired attending?</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "The hidden curriculum can also teach well",
                        "text": (
                            "<p>The hidden curriculum is not only negative. The channels that teach cynicism can also teach care. An "
                            "attending who knows the name of the environmental services worker, who admits uncertainty in front of the "
                            "team, who sits down at every bedside, who says “I was wrong” at morning report, or who pauses rounds to "
                            "acknowledge that a patient died overnight, teaches through the same channels as one who mocks a patient. "
                            "Educators increasingly speak of making the hidden curriculum visible: naming what is happening, inviting "
                            "learners to discuss what they observed, and bringing what is rewarded into line with what is "
                            "professed.</p>"
                            "<p>Practical strategies include debriefing after difficult events; asking learners “What did you notice "
                            "today that surprised you?”; reading your own evaluation forms to see what they actually reward; and "
                            "reconsidering the team's language, beginning with your own. None of this requires a new course. It "
                            "requires attention.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "A hidden-curriculum audit",
                        "duration_minutes": 25,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>In small groups, ideally with colleagues from the same service, reconstruct a typical day for a "
                            "learner on your service, from morning handover to sign-out.</li>"
                            "<li>For each part of the day, list what the learner is formally told matters and what the environment "
                            "actually teaches — through language, time, hierarchy, assessment, humour and responses to error.</li>"
                            "<li>Circle one element of your hidden curriculum that undermines the values you want to teach, and one "
                            "that supports them.</li>"
                            "<li>Propose one small, concrete change within your own control that you could make in the next month "
                            "(for example, retiring a phrase used at handover, adding a two-minute debrief after deaths, or adding a "
                            "question about communication to your feedback).</li>"
                            "<li>Report back to the whole group in one minute.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Which phrases used about patients in your setting would you not want a patient or family member to overhear? What do they teach learners?",
                            "When a learner witnesses a colleague behaving unprofessionally, what do they learn from your response — or from your silence?",
                            "Is gallows humour a legitimate way of coping, a form of disrespect, or both? Where would you draw the line, and who should draw it?",
                            "How do your evaluation forms and your day-to-day feedback reward, or ignore, the values you profess?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Hafferty distinguishes formal, informal and hidden curricula; when they conflict, learners tend to believe the hidden one.",
                            "The hidden curriculum lives in language, humour, hierarchy, time, assessment, responses to error and institutional stories.",
                            "Declines in self-reported empathy during clinical training have been linked to mistreatment, workload and negative role models.",
                            "The hidden curriculum can teach care as powerfully as cynicism; making it visible and discussable is itself a teaching act.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Hafferty FW",
                                "title": "Beyond curriculum reform: confronting medicine's hidden curriculum",
                                "venue": "Academic Medicine 73(4):403-407",
                                "year": 1998,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Hojat M, Vergare MJ, Maxwell K, et al.",
                                "title": "The devil is in the third year: a longitudinal study of erosion of empathy in medical school",
                                "venue": "Academic Medicine 84(9):1182-1191",
                                "year": 2009,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Neumann M, Edelhäuser F, Tauschel D, et al.",
                                "title": "Empathy decline and its reasons: a systematic review of studies with medical students and residents",
                                "venue": "Academic Medicine 86(8):996-1009",
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
                            "<p><strong>Timing (60 min).</strong> 10 min: reflection (individual writing). 15 min: the three curricula "
                            "and where the hidden curriculum lives. 5 min: the Osler excerpt. 25 min: hidden-curriculum audit. 5 min: "
                            "closing commitments. Use the discussion questions during the audit report-back.</p>"
                            "<p><strong>Tone.</strong> Faculty may hear this session as an accusation. Frame it from the start as an "
                            "examination of systems we all inherited and all sustain — the facilitator included. Sharing one phrase or "
                            "habit you have had to unlearn lowers defences considerably.</p>"
                            "<p><strong>Expected discussion.</strong> On humour, groups usually split. Helpful distinctions: humour "
                            "shared with patients, or aimed at the absurdities of the system, versus humour whose target is a patient "
                            "or a group; humour among peers after a hard event versus humour in front of learners who cannot safely "
                            "object. On evaluation, ask participants to look at an actual evaluation form from their program: many "
                            "contain no item that would capture a learner's kindness to a frightened patient.</p>"
                            "<p><strong>On the empathy literature.</strong> Some participants will challenge the evidence on empathy "
                            "decline (self-report instruments, attrition, response shift). Acknowledge these limits; the point is not a "
                            "precise effect size but a consistent signal that matches learners' own accounts.</p>"
                            "<p><strong>On Osler.</strong> Resist turning Osler into a villain. The more productive question is how any "
                            "revered figure's words — or any revered attending's habits — are selectively transmitted, and what is lost "
                            "in transmission.</p>"
                            "<p><strong>Follow-up.</strong> Ask each group to share its proposed change with its service lead. "
                            "Revisiting the commitments at a later session, even briefly, greatly increases follow-through.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ LESSON 3
        {
            "slug": "mentoring-conversations-and-feedback",
            "title": "Mentoring conversations and feedback: when a resident becomes cynical",
            "duration_minutes": 90,
            "introduction": (
                "This lesson offers clinical teachers a framework for mentoring and feedback conversations that support identity "
                "formation, and applies it to the case of a resident whose early idealism has given way to cynicism."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Supervisor, coach, mentor",
                        "text": (
                            "<p>The words are often used interchangeably, but the roles differ, and confusing them can damage "
                            "trust.</p>"
                            "<ul>"
                            "<li>A <strong>clinical supervisor</strong> oversees a learner's work, is responsible for patient safety, "
                            "and usually assesses performance.</li>"
                            "<li>A <strong>coach</strong> helps a learner improve specific aspects of performance, typically through "
                            "observation and feedback; in competency-based programs such as the Royal College's Competence by Design, "
                            "academic coaches also help residents interpret their assessment data and plan their learning.</li>"
                            "<li>A <strong>mentor</strong> takes a longer and broader view: career, values, identity, balance, the "
                            "meaning of the work. Mentoring relationships are ideally chosen, confidential within clear limits, and "
                            "separate from assessment.</li>"
                            "</ul>"
                            "<p>In practice one person often wears several hats. That is manageable if the hats are named. A learner "
                            "who is unsure whether a conversation is mentoring or assessment will, reasonably, say less. Before a "
                            "sensitive conversation, say which role you are in, what will stay between you, and what you would be "
                            "obliged to act on — for example, a risk to patients or to the learner's own safety.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Understanding cynicism",
                        "text": (
                            "<p>Many residents who enter training with strong ideals pass through a period of cynicism. It is tempting "
                            "to treat cynicism as an attitude to be corrected; it is more useful to treat it as a symptom whose meaning "
                            "has to be explored. Cynicism may be:</p>"
                            "<ul>"
                            "<li>a sign of <strong>burnout</strong>: depersonalization — a detached, negative attitude towards "
                            "patients — is one of the three dimensions of burnout described by Christina Maslach, alongside emotional "
                            "exhaustion and a reduced sense of personal accomplishment;</li>"
                            "<li>an expression of <strong>moral distress</strong>: knowing the right thing to do but being prevented "
                            "from doing it by constraints such as bed shortages, time pressure or hierarchy. Cynicism can be a way of "
                            "no longer caring about what one cannot change;</li>"
                            "<li>a bid for <strong>belonging</strong>: in some settings, world-weary humour signals that one is an "
                            "insider, and learners adopt it as part of the hidden curriculum;</li>"
                            "<li>a form of <strong>protection</strong>: after a painful experience — a patient's death, a complaint, an "
                            "error — detachment can feel safer than investment;</li>"
                            "<li>or a sign of <strong>depression</strong>, or of difficulties outside work, that deserve attention in "
                            "their own right.</li>"
                            "</ul>"
                            "<p>Cynicism should also be distinguished from healthy scepticism. A resident who criticizes a system that "
                            "discharges frail patients too early may simply be right. The mentor's task is not to restore the learner's "
                            "naivety, but to help them hold high ideals in an imperfect system without abandoning either.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Jordan's change",
                        "presentation": (
                            "<p>Dr. Jordan Whitaker is a second-year internal medicine resident (PGY-2). As a clerk and first-year "
                            "resident he was known for his warmth with patients; a nurse once nominated him for a hospital award "
                            "after he stayed late to help an elderly patient phone her daughter in Vancouver. Over the past four "
                            "months, his attending physicians have noticed a change.</p>"
                            "<p>At handover, he describes a 58-year-old man with alcohol-related liver disease, admitted for the fourth "
                            "time this year, as “our frequent flyer — he'll be back in two weeks, guaranteed.” When a clerk spends "
                            "forty minutes with the daughter of a dying patient, he tells her, in front of the team, that she “will "
                            "learn soon enough that nobody has time for that.” Several of his discharge summaries are overdue. At a "
                            "team lunch, he jokes that medicine is “a customer-service job with worse hours”.</p>"
                            "<p>Dr. Sara Lindqvist, the attending on the clinical teaching unit this month, has known Jordan since he "
                            "was a student and was his assigned mentor in first year. She is also responsible for his end-of-rotation "
                            "assessment. The charge nurse has told her that Jordan seems “flat” and has been seen eating lunch alone in "
                            "his car. Dr. Lindqvist decides she needs to talk with him.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "section",
                    {
                        "heading": "A structure for the conversation: R2C2",
                        "text": (
                            "<p>Joan Sargeant and colleagues at Dalhousie University developed the R2C2 model for facilitated feedback "
                            "conversations. It rests on evidence that feedback is accepted and used when it comes within a trusted "
                            "relationship and when the recipient's reactions are explored rather than dismissed. Its four phases "
                            "adapt well to mentoring conversations about identity and well-being.</p>"
                            "<ol>"
                            "<li><strong>Build rapport and relationship.</strong> Choose a private place and enough time. Begin with "
                            "genuine interest in the person: “How are you doing — really? This rotation has been heavy.” Clarify your "
                            "role and the limits of confidentiality.</li>"
                            "<li><strong>Explore reactions.</strong> Offer specific observations rather than interpretations: “At "
                            "handover on Tuesday I heard you call Mr. B. a frequent flyer,” not “You've become cynical.” Then ask, and "
                            "listen: “I wondered what was going on for you. How did that seem to you?” Expect defensiveness and do not "
                            "argue with it; reactions are information.</li>"
                            "<li><strong>Explore content.</strong> Make sense together of what is happening. What has changed in the "
                            "past months? What is hardest? What still matters to him about medicine? This is where the possible "
                            "meanings of cynicism — exhaustion, moral distress, protection, belonging, depression — can be "
                            "explored.</li>"
                            "<li><strong>Coach for change.</strong> Invite the resident to name one or two things he would like to be "
                            "different, and agree on small, concrete steps: a conversation with the program director about the "
                            "schedule, a visit to the resident wellness office, a debrief of an event that seems to have started the "
                            "change, a plan for the overdue summaries. Set a time to meet again.</li>"
                            "</ol>"
                            "<p>Two skills run through all four phases. The first is <strong>curiosity</strong>: the mentor's question "
                            "is “What is this cynicism protecting?” rather than “How do I make it stop?” The second is "
                            "<strong>judicious self-disclosure</strong>: a brief account of a period in your own training when you felt "
                            "something similar can normalize the experience, provided the conversation quickly returns to the "
                            "learner.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Safety and the limits of mentoring",
                        "text": (
                            "<p>Medical learners and physicians report higher rates of burnout and depressive symptoms than their "
                            "peers in the general population, physicians have an elevated risk of suicide, and residents often hide "
                            "distress for fear it will affect their evaluations. If a conversation reveals hopelessness, withdrawal or "
                            "signs of depression, ask directly about thoughts of self-harm or suicide — asking does not increase risk "
                            "— and know how to connect the resident promptly with help: the faculty's resident wellness office, the "
                            "provincial physician health program, the resident's own family physician or, in an emergency, the "
                            "emergency department.</p>"
                            "<p>Mentoring also has limits in the other direction. Cynical remarks at handover are a matter for "
                            "mentoring; belittling a clerk in front of the team, or compromising patient care, are professionalism "
                            "concerns that may also need to go through the program's formal processes. Doing so is not a betrayal of "
                            "the mentoring relationship, provided the mentor has been honest from the start about what she is obliged "
                            "to act on. In Dr. Lindqvist's case, the dual role of mentor and assessor is a genuine tension; one option "
                            "is to hold the mentoring conversation now and ask a colleague or the program director to take part in, or "
                            "review, the formal assessment.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Role-playing the mentoring conversation",
                        "duration_minutes": 35,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>In groups of three, assign roles: Dr. Lindqvist (mentor), Jordan (resident) and an observer. Only "
                            "the “resident” reads the private briefing below.</li>"
                            "<li>Private briefing for Jordan: three months ago, a patient you had cared for over several admissions — a "
                            "44-year-old single mother with heart failure — died unexpectedly a week after a discharge you had argued "
                            "against. No one debriefed. You have been sleeping badly, you have stopped running, and you have begun to "
                            "wonder whether you chose the wrong career. You are wary of saying this to someone who is evaluating you. "
                            "Start defensive; open up only if the mentor is curious rather than corrective.</li>"
                            "<li>Hold a 12-minute conversation using the four phases of R2C2. The observer notes the mentor's opening, "
                            "the balance of talking and listening, how observations were phrased, whether the mentor explored rather "
                            "than corrected, and whether safety was assessed.</li>"
                            "<li>Debrief for 8 minutes: the “resident” speaks first about what made it easier or harder to open up, "
                            "then the observer, then the mentor.</li>"
                            "<li>If time allows, rotate roles and replay only the first three minutes with a new mentor, focusing on "
                            "the opening.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "What might Jordan's cynicism be protecting? What further information would help you distinguish burnout, moral distress, depression and a bid for belonging?",
                            "Should Dr. Lindqvist respond to the comment to the clerk in the moment, in front of the team, or later in private? What does each option teach the clerk and the rest of the team?",
                            "How should Dr. Lindqvist handle her dual role as mentor and assessor? What would you say about confidentiality at the start of the conversation?",
                            "What is the difference between helping a resident recover his ideals and asking him to ignore real problems in the system? How would you acknowledge those problems without endorsing cynicism?",
                            "Who mentored you through a period of disillusionment? What did they do that helped?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Write a short letter to yourself at the point in your training when you felt most disillusioned. What "
                            "would you have wanted a mentor to say to you then — and what would you not have wanted to hear?"
                        ),
                        "guidance": (
                            "Keep the letter to about a page and write in the second person (“You are…”). Afterwards, note which "
                            "elements of your letter correspond to the phases of R2C2, and which of them you find hardest to offer "
                            "your own learners."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Name your role — supervisor, coach or mentor — and the limits of confidentiality before a sensitive conversation.",
                            "Treat cynicism as a symptom to be understood: it may signal burnout, moral distress, self-protection, a bid for belonging or depression.",
                            "R2C2 — relationship, reactions, content, coaching — offers a structure that builds trust and leads to concrete change.",
                            "Open with specific observations rather than judgments, and stay curious about what the cynicism protects.",
                            "Ask about safety when a learner seems distressed and know the pathways to urgent support; address behaviour that harms patients or colleagues through appropriate formal processes.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Sargeant J, Lockyer J, Mann K, et al.",
                                "title": "Facilitated reflective performance feedback: developing an evidence- and theory-based model that builds relationship, explores reactions and content, and coaches for performance change (R2C2)",
                                "venue": "Academic Medicine 90(12):1698-1706",
                                "year": 2015,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Maslach C, Leiter MP",
                                "title": "Understanding the burnout experience: recent research and its implications for psychiatry",
                                "venue": "World Psychiatry 15(2):103-111",
                                "year": 2016,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Dyrbye LN, Thomas MR, Shanafelt TD",
                                "title": "Systematic review of depression, anxiety, and other indicators of psychological distress among U.S. and Canadian medical students",
                                "venue": "Academic Medicine 81(4):354-373",
                                "year": 2006,
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
                            "<p><strong>Timing (90 min).</strong> 10 min: supervisor, coach, mentor — ask participants which hats they "
                            "wear. 15 min: understanding cynicism and the case. 15 min: R2C2 and the limits of mentoring. 35 min: role "
                            "play and debrief. 15 min: discussion and close. The reflection can be completed after the session.</p>"
                            "<p><strong>What the case is testing.</strong> Most participants initially want to correct Jordan's "
                            "behaviour. The teaching point is sequence: relationship and curiosity first, behaviour second — without "
                            "dropping the behaviour. A good opening from Dr. Lindqvist might be: “Jordan, I wanted to find some time "
                            "with you away from the ward. I'm talking to you as someone who's known you since you were a student; I'm "
                            "also your attending this month, so I want to be clear about what that means. I've noticed a few things "
                            "that made me wonder how you're doing, and I'd like to hear from you first.” The comment to the clerk must "
                            "still be addressed — the clerk also needs support and should hear from someone that her forty minutes were "
                            "well spent — but this can be done without humiliating the resident in front of the team.</p>"
                            "<p><strong>Role-play pitfalls.</strong> Mentors tend to talk too much, offer solutions before the content "
                            "has been explored, or ask “why” questions that sound accusatory (“Why did you say that?”). Observers "
                            "should record these precisely. Some “residents” open up too quickly; remind them to reward curiosity, not "
                            "technique. The hidden briefing (an unexpected death after a contested discharge, with no debrief) should "
                            "emerge only if the mentor explores; in debrief, ask mentors who did not uncover it which question might "
                            "have.</p>"
                            "<p><strong>Safety.</strong> Make sure every mentor in the role play asks about safety if the resident's "
                            "distress warrants it, and discuss how to phrase the question naturally (“Sometimes when people feel this "
                            "worn down, they have thoughts of not wanting to be here. Has that happened to you?”). Before the session, "
                            "find the current contact information for your faculty's resident wellness office and for the provincial "
                            "physician health program, and share it; many teachers do not know it.</p>"
                            "<p><strong>Emotional impact.</strong> This scenario is close to many participants' own experience, as "
                            "former residents and as teachers who have lost patients. Leave time for this in the debrief and be "
                            "available to speak privately with anyone who is affected.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
