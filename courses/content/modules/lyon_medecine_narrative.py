MODULE = {
    "slug": "medecine-narrative-lire-de-pres-pour-mieux-ecouter",
    "institution": "lyon",
    "contributing_institutions": [],
    "language": "fr",
    "title": "Médecine narrative : lire de près pour mieux écouter",
    "summary": (
        "Apprendre à lire un texte lentement pour apprendre à écouter un patient : la médecine narrative de Rita Charon, "
        "Montaigne aux prises avec sa « colique », et l'écriture du dossier parallèle."
    ),
    "objectives": [
        "Présenter les fondements de la médecine narrative et les trois mouvements décrits par Rita Charon : attention, représentation, affiliation.",
        "Appliquer une grille de lecture attentive (cadre, forme, temps, intrigue, désir) à un récit de patient et à un texte littéraire.",
        "Comparer ce que disent d'une même maladie un texte littéraire et une observation médicale, et identifier ce que chacun laisse dans l'ombre.",
        "Rédiger un dossier parallèle dans le respect du secret professionnel et discuter les limites de la démarche narrative.",
    ],
    "themes": ["empathy", "critical-thinking"],
    "level": "preclinical",
    "license": "cc-by-sa",
    "keywords": [
        "médecine narrative",
        "lecture attentive",
        "montaigne",
        "dossier parallèle",
        "écoute",
        "récit de maladie",
    ],
    "authors": [
        {
            "key": "mathilde-perrichon",
            "name": "Mathilde Perrichon",
            "title": "Maîtresse de conférences en littérature française",
            "institution": "lyon",
            "bio": (
                "Mathilde Perrichon enseigne la littérature de la Renaissance à l'Université Lumière Lyon 2. "
                "Spécialiste des Essais de Montaigne et des écritures de soi, elle anime depuis plusieurs années des ateliers de lecture "
                "auprès des étudiants en santé de Lyon."
            ),
            "orcid": "",
        },
        {
            "key": "antoine-delorme",
            "name": "Antoine Delorme",
            "title": "Médecin généraliste, maître de conférences associé de médecine générale",
            "institution": "lyon",
            "bio": (
                "Antoine Delorme exerce la médecine générale dans une maison de santé pluriprofessionnelle de la Croix-Rousse. "
                "Il enseigne à l'Université Claude Bernard Lyon 1, où il accompagne l'écriture des récits de situations complexes authentiques des internes "
                "et co-anime un groupe Balint."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Charon R",
            "title": "Narrative Medicine: Honoring the Stories of Illness",
            "venue": "Oxford University Press",
            "year": 2006,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Charon R, DasGupta S, Hermann N, Irvine C, Marcus ER, Rivera Colón E, Spencer D, Spiegel M",
            "title": "The Principles and Practice of Narrative Medicine",
            "venue": "Oxford University Press",
            "year": 2017,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Kleinman A",
            "title": "The Illness Narratives: Suffering, Healing, and the Human Condition",
            "venue": "Basic Books",
            "year": 1988,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hunter KM",
            "title": "Doctors' Stories: The Narrative Structure of Medical Knowledge",
            "venue": "Princeton University Press",
            "year": 1991,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Frank AW",
            "title": "The Wounded Storyteller: Body, Illness, and Ethics",
            "venue": "University of Chicago Press",
            "year": 1995,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Séance 1
        # ------------------------------------------------------------------
        {
            "slug": "attention-representation-affiliation",
            "title": "Attention, représentation, affiliation : qu'est-ce que la médecine narrative ?",
            "duration_minutes": 75,
            "introduction": (
                "Cette séance présente l'origine et les concepts clés de la médecine narrative, puis initie à la lecture attentive "
                "en l'appliquant au récit d'une patiente."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Une médecine qui sait lire",
                        "text": (
                            "<p>L'expression « médecine narrative » a été popularisée au tout début des années 2000 par Rita Charon, interniste new-yorkaise "
                            "qui a également soutenu un doctorat de littérature anglaise. À l'Université Columbia, elle a fondé un programme qui associe médecins, "
                            "écrivains, philosophes et spécialistes de littérature. Son idée est simple à énoncer et exigeante à pratiquer : les compétences qui permettent "
                            "de lire un texte difficile (attention au détail, tolérance à l'ambiguïté, sensibilité au point de vue) sont celles qui permettent d'entendre un patient.</p>"
                            "<p>Charon définit la <strong>compétence narrative</strong> comme la capacité de reconnaître, d'absorber, d'interpréter les récits et les détresses des autres, "
                            "et d'agir en conséquence. Elle s'inscrit dans une tradition plus large. Arthur Kleinman distinguait en 1988 la maladie telle que le médecin la décrit "
                            "(<em>disease</em>) de la maladie telle que la personne la vit (<em>illness</em>). Kathryn Montgomery Hunter montrait en 1991 que le raisonnement clinique lui-même "
                            "est narratif : un « cas » est une histoire, racontée selon des conventions. Arthur Frank, sociologue qui a traversé un cancer, distinguait en 1995 "
                            "trois grands types de récits de maladie : le récit de restitution (« j'étais malade, on m'a soigné, je vais bien »), le récit chaotique, "
                            "où aucune suite ne se dessine, et le récit de quête, où la maladie devient un chemin.</p>"
                            "<p>La tradition française n'est pas en reste : Georges Canguilhem rappelait que c'est parce que des hommes se sentent malades qu'il existe une médecine, "
                            "et non l'inverse. Autrement dit, la plainte précède le savoir.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Trois mouvements",
                        "text": (
                            "<p>Charon décrit la pratique narrative en trois mouvements qui s'enchaînent.</p>"
                            "<ul>"
                            "<li><strong>L'attention</strong> : un état de réceptivité totale, où le clinicien suspend un moment ses hypothèses pour recevoir ce que le patient dit, "
                            "et comment il le dit : les mots choisis, les silences, les gestes, l'ordre du récit.</li>"
                            "<li><strong>La représentation</strong> : donner une forme, souvent écrite, à ce qui a été perçu. Écrire n'est pas seulement consigner ; "
                            "c'est découvrir ce qu'on a entendu sans le savoir.</li>"
                            "<li><strong>L'affiliation</strong> : le lien qui naît de cette attention et de cette représentation, entre soignant et patient, mais aussi entre soignants, "
                            "et qui rend possible une décision réellement partagée.</li>"
                            "</ul>"
                            "<p>Ces mouvements ont une traduction très concrète. Dans une étude célèbre, Beckman et Frankel (1984) observaient que les médecins interrompaient "
                            "le récit initial de leurs patients au bout de dix-huit secondes en moyenne. Une étude menée à Bâle (Langewitz et collègues, 2002) a montré à l'inverse que des patients "
                            "laissés libres de parler terminaient le plus souvent leur exposé en moins de deux minutes. L'écoute coûte moins de temps qu'on ne le croit.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Lire de près : cinq questions",
                        "text": (
                            "<p>La lecture attentive (<em>close reading</em>) consiste à lire lentement, plusieurs fois, en s'intéressant autant à la manière dont un texte est fait "
                            "qu'à ce qu'il raconte. Charon propose de l'organiser autour de cinq éléments, que l'on peut transposer à la consultation :</p>"
                            "<ol>"
                            "<li><strong>Le cadre</strong> : d'où vient ce récit, à qui s'adresse-t-il, dans quelles circonstances est-il produit ?</li>"
                            "<li><strong>La forme</strong> : genre, registre, métaphores, répétitions, ce qui est dit longuement et ce qui est expédié.</li>"
                            "<li><strong>Le temps</strong> : l'ordre dans lequel les événements sont racontés, les accélérations, les retours en arrière, ce qui reste figé.</li>"
                            "<li><strong>L'intrigue</strong> : qu'est-ce qui arrive, et quel lien de cause le narrateur établit-il entre les événements ?</li>"
                            "<li><strong>Le désir</strong> : qu'attend le narrateur de son lecteur, et qu'est-ce que le texte éveille en moi qui le lis ?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "J'avais quinze ans la première fois qu'on m'a dit que c'était normal d'avoir mal. Ma mère aussi avait mal, ma grand-mère aussi : « les femmes de la famille ». "
                            "Alors j'ai compté autrement. Je comptais les jours où je ne pouvais pas aller en cours, puis les jours où je ne pouvais pas aller travailler. "
                            "Le jour où la radiologue a prononcé le mot endométriose, j'ai pleuré, et elle a cru que c'était de tristesse. C'était de soulagement. "
                            "Quelqu'un avait enfin vu ce que je racontais depuis quinze ans. Aujourd'hui, quand un médecin me demande « depuis quand ? », je ne sais jamais quoi répondre."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>Ce récit fictif condense des expériences très souvent rapportées par des patientes atteintes d'endométriose, maladie dont le diagnostic est connu pour être tardif. "
                            "Observez la manière dont le temps y est construit : la narratrice mesure sa vie en jours perdus, et la question médicale la plus banale, « depuis quand ? », "
                            "devient pour elle impossible. Notez aussi le malentendu sur les larmes : un geste mal lu.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Première lecture attentive",
                        "duration_minutes": 20,
                        "group_size": "2",
                        "instructions": (
                            "<ol>"
                            "<li>Lisez le témoignage à voix haute, une fois chacun, lentement.</li>"
                            "<li>Individuellement, soulignez trois mots ou expressions qui vous ont arrêté(e) et notez pourquoi (3 minutes).</li>"
                            "<li>À deux, répondez aux cinq questions (cadre, forme, temps, intrigue, désir) en vous appuyant uniquement sur le texte : citez-le à chaque fois.</li>"
                            "<li>Rédigez ensemble la question que vous poseriez à cette patiente à la place de « depuis quand ? ».</li>"
                            "<li>Mise en commun : chaque binôme lit sa question ; le groupe discute ce qu'elle ouvre.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Dans le témoignage, quelle place occupent les autres femmes de la famille ? Qu'est-ce que cela dit de la manière dont la douleur a été « normalisée » ?",
                            "Pourquoi la question « depuis quand ? » devient-elle difficile pour cette patiente ? Que révèle-t-elle des présupposés de l'interrogatoire médical ?",
                            "Dans lequel des trois types de récits décrits par Arthur Frank classeriez-vous ce témoignage ? La classification vous paraît-elle éclairante ou réductrice ?",
                            "Que risque-t-on à interrompre un patient au bout de dix-huit secondes ? Que risque-t-on, à l'inverse, à ne jamais l'interrompre ?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "La médecine narrative postule que savoir lire un texte aide à savoir écouter un patient.",
                            "Attention, représentation et affiliation sont les trois mouvements de la pratique narrative selon Rita Charon.",
                            "Cadre, forme, temps, intrigue et désir offrent une grille simple pour lire de près un récit, écrit ou oral.",
                            "Laisser le patient terminer son exposé initial prend en général moins de deux minutes et change la consultation.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Charon R",
                                "title": "The patient-physician relationship. Narrative medicine: a model for empathy, reflection, profession, and trust",
                                "venue": "JAMA",
                                "year": 2001,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Beckman HB, Frankel RM",
                                "title": "The effect of physician behavior on the collection of data",
                                "venue": "Annals of Internal Medicine",
                                "year": 1984,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Frank AW",
                                "title": "The Wounded Storyteller: Body, Illness, and Ethics",
                                "venue": "University of Chicago Press",
                                "year": 1995,
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
                            "<p><strong>Déroulé conseillé (75 min).</strong> 5 min : demander à chacun de raconter en une phrase une fois où il ne s'est pas senti écouté par un soignant ; "
                            "20 min : les trois sections, de façon dialoguée ; 20 min : activité de lecture en binômes ; 20 min : discussion ; 10 min : synthèse.</p>"
                            "<p><strong>Ce que l'on cherche.</strong> Des étudiants de deuxième ou troisième année ont tendance à résumer le texte ou à poser un diagnostic (« c'est une endométriose typique »). "
                            "Ramenez-les sans cesse au texte : « où le lisez-vous ? ». Les éléments attendus : le cadre implicite d'un récit adressé à un médecin ; la répétition de « j'avais mal / normal » ; "
                            "le temps compté en jours perdus ; l'intrigue qui culmine non dans la guérison mais dans la reconnaissance ; le désir d'être cru. "
                            "Bonnes questions de remplacement : « Racontez-moi comment ces douleurs ont pris de la place dans votre vie » ou « Qu'est-ce qui a changé récemment ? ».</p>"
                            "<p><strong>Sensibilité.</strong> Certaines étudiantes peuvent se reconnaître dans le témoignage. Restez sur le texte, ne sollicitez pas d'expérience personnelle, "
                            "et indiquez en fin de séance les ressources de santé universitaire. Sur le plan critique, signalez dès maintenant que la médecine narrative a ses détracteurs ; "
                            "la troisième séance y revient.</p>"
                            "<p><strong>Évaluation.</strong> La grille en cinq questions peut servir de trame à un court commentaire écrit (une page) d'un autre récit de patient choisi par l'enseignant.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 2
        # ------------------------------------------------------------------
        {
            "slug": "lire-montaigne-malade",
            "title": "Lire Montaigne malade : la « colique », le corps et le doute",
            "duration_minutes": 90,
            "introduction": (
                "Montaigne a souffert pendant près de quinze ans de lithiase urinaire et en a fait une matière de ses Essais. "
                "Cette séance lit de près deux passages de l'essai « De la ressemblance des enfants aux pères », les confronte à la satire de Molière, "
                "puis à un patient d'aujourd'hui."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Un malade qui écrit",
                        "text": (
                            "<p>Michel de Montaigne (1533-1592) commence à souffrir de ce qu'il appelle « la colique », « la gravelle » ou « la pierre » vers l'âge de quarante-cinq ans, "
                            "c'est-à-dire autour de 1578. Il s'agit, dans notre vocabulaire, d'une lithiase urinaire avec des crises de colique néphrétique. Son père, Pierre Eyquem, "
                            "était mort après plusieurs années de souffrance causée par une grosse pierre dans la vessie.</p>"
                            "<p>Montaigne ne se contente pas de subir : il observe. Pendant son voyage de 1580-1581, qui le mène par Plombières et Baden jusqu'aux bains de Lucques, "
                            "il note dans son journal, avec une précision qui surprend le lecteur moderne, les eaux qu'il boit, l'aspect de ses urines, les pierres et les « sables » qu'il rend. "
                            "Ce journal, resté manuscrit, ne fut publié qu'en 1774. Dans les Essais eux-mêmes, la maladie devient l'occasion d'une réflexion sur l'hérédité, "
                            "sur la douleur, sur la mort et sur la médecine, dont il se méfie profondément.</p>"
                            "<p>Lire Montaigne malade, c'est donc lire un patient qui raconte, qui théorise sa maladie et qui discute avec les médecins de son temps. "
                            "C'est aussi, pour de futurs cliniciens, une leçon d'humilité : ce que le patient sait de son corps n'est pas rien.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": (
                            "Je me suis envieilly de sept ou huict ans depuis que je commençay : ce n'a pas esté sans quelque nouvel acquest. "
                            "J'y ay pratiqué la colique par la liberalité des ans. Leur commerce et longue conversation ne se passe aisément sans quelque tel fruit. "
                            "Je voudroy bien, de plusieurs autres presens qu'ils ont à faire à ceux qui les hantent long temps, qu'ils en eussent choisi quelqu'un qui m'eust esté plus acceptable : "
                            "car ils ne m'en eussent sçeu faire que j'eusse en plus grande horreur, des mon enfance : c'estoit à point nommé, de tous les accidents de la vieillesse, celuy que je craignois le plus."
                        ),
                        "source": "Michel de Montaigne, Essais, livre II, chapitre 37, « De la ressemblance des enfans aux peres » (1580)",
                        "commentary": (
                            "<p>Lisez lentement. Les années sont des personnes avec qui l'on a « commerce » et « conversation » ; elles font des « presens » par « liberalité ». "
                            "La maladie arrive donc comme un cadeau empoisonné d'hôtes trop fréquentés : l'ironie tient la douleur à distance sans la nier. "
                            "Le verbe « pratiquer » signifie ici fréquenter, faire connaissance. Enfin, la dernière phrase renverse la chronologie : la peur a précédé la maladie, "
                            "elle date de l'enfance. Tout clinicien devrait se demander, devant un patient, quelle peur ancienne sa maladie vient réaliser.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": (
                            "Il est à croire que je dois à mon pere cette qualité pierreuse, car il mourut merveilleusement affligé d'une grosse pierre qu'il avoit en la vessie ; "
                            "il ne s'apperceut de son mal que le soixante-septiesme an de son aage, et avant cela il n'en avoit eu aucune menasse ou ressentiment aux reins, aux costez, ny ailleurs [...]. "
                            "Où se couvoit tant de temps la propension à ce defaut ? Et, lors qu'il estoit si loing du mal, cette legere piece de sa substance dequoy il me bastit, "
                            "comment en portoit elle pour sa part une si grande impression ?"
                        ),
                        "source": "Michel de Montaigne, Essais, livre II, chapitre 37, « De la ressemblance des enfans aux peres » (1580)",
                        "commentary": (
                            "<p>« Merveilleusement » signifie ici extraordinairement. Montaigne fait ce que fait tout patient : il cherche une cause et il la trouve dans sa lignée. "
                            "C'est ce que l'anthropologie médicale appelle un <em>modèle explicatif</em>. Remarquez pourtant que l'hypothèse reste interrogative : "
                            "l'étonnement devant le mystère de la transmission l'emporte sur la certitude. Un antécédent familial, dans une observation, tient en trois mots ; "
                            "ici, il ouvre une méditation.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": (
                            "ARGAN. — Mais enfin, venons au fait. Que faire donc quand on est malade ? BÉRALDE. — Rien, mon frère. ARGAN. — Rien ? "
                            "BÉRALDE. — Rien. Il ne faut que demeurer en repos. La nature, d'elle-même, quand nous la laissons faire, se tire doucement du désordre où elle est tombée. "
                            "C'est notre inquiétude, c'est notre impatience qui gâte tout, et presque tous les hommes meurent de leurs remèdes, et non pas de leurs maladies."
                        ),
                        "source": "Molière, Le Malade imaginaire, acte III, scène 3 (1673)",
                        "commentary": (
                            "<p>Un siècle après Montaigne, Molière, lui-même gravement malade, met en scène un hypocondriaque livré à ses médecins ; "
                            "pris d'un malaise lors de la quatrième représentation, en février 1673, il meurt le soir même. Béralde parle comme un lecteur de Montaigne. "
                            "Sa réplique, drôle et excessive, pose une question sérieuse : la iatrogénie, le surtraitement, le désir d'agir à tout prix. "
                            "Elle doit aussi être lue de manière critique : le scepticisme envers la médecine peut devenir, aujourd'hui, refus des vaccins ou des traitements efficaces.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Le tableur de M. Brossard",
                        "presentation": (
                            "<p>M. Laurent Brossard, 46 ans, comptable, consulte aux urgences pour sa troisième colique néphrétique en deux ans. Le scanner sans injection montre un calcul "
                            "de 7 mm dans l'uretère lombaire gauche, avec une dilatation modérée des cavités rénales. Il n'a pas de fièvre et sa fonction rénale est normale. "
                            "L'urologue lui propose une urétéroscopie programmée ; il refuse, comme il avait refusé la dernière fois.</p>"
                            "<p>Il sort de sa sacoche un classeur : depuis deux ans, il note dans un tableur chaque épisode douloureux, les litres d'eau bus, la couleur de ses urines, "
                            "les aliments consommés la veille. « La dernière fois, on m'a dit que ça passerait tout seul. Ça a duré cinq semaines et j'ai perdu un client. "
                            "Je ne veux plus qu'on décide pour moi sans regarder ça. Mon père a fini avec un rein en moins. » L'interne, pressé, note dans le dossier : "
                            "« Patient anxieux, refus de prise en charge, nombreuses recherches sur Internet. »</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "activity",
                    {
                        "title": "De l'essai à l'observation, et retour",
                        "duration_minutes": 30,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>À partir des deux extraits de Montaigne, rédigez en 10 minutes une observation médicale de cinq lignes au plus, dans le style d'un dossier hospitalier actuel "
                            "(motif, antécédents familiaux, histoire de la maladie).</li>"
                            "<li>Listez tout ce qui, dans le texte de Montaigne, a disparu de votre observation : la peur d'enfance, l'ironie, la question sur la transmission, etc.</li>"
                            "<li>Faites l'exercice inverse pour M. Brossard : écrivez, à la première personne et en dix lignes, ce qu'il aurait pu dire de sa maladie si on l'avait laissé parler.</li>"
                            "<li>Relisez la note de l'interne. Proposez une autre formulation, tout aussi brève, mais exacte et respectueuse.</li>"
                            "<li>Mise en commun : qu'est-ce que le dossier médical doit garder, et qu'est-ce qu'il n'a pas vocation à contenir ?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Qu'ont en commun le journal de voyage de Montaigne et le tableur de M. Brossard ? Que nous disent-ils du besoin de maîtrise du patient face à une maladie récidivante ?",
                            "La note de l'interne est-elle fausse ? En quoi est-elle néanmoins une mauvaise lecture ?",
                            "Béralde a-t-il raison ? Dans quelles situations cliniques actuelles « ne rien faire » est-il la meilleure décision, et comment le proposer sans paraître abandonner le patient ?",
                            "Montaigne et Molière se méfient des médecins. Que peut apprendre un étudiant en médecine de lecteurs qui ne l'aiment pas ?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Montaigne offre l'un des premiers récits de maladie à la première personne de la littérature française : un patient qui observe, doute et théorise.",
                            "La lecture attentive révèle dans un texte des éléments (peur ancienne, ironie, modèle explicatif) qu'une observation médicale élimine.",
                            "Le savoir que le patient a de son propre corps est une donnée clinique, pas un symptôme d'anxiété.",
                            "La satire de Molière invite à réfléchir à la iatrogénie, tout en exigeant une lecture critique du scepticisme envers la médecine.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Montaigne M de",
                                "title": "Les Essais, édition de Pierre Villey et Verdun-Louis Saulnier",
                                "venue": "Presses universitaires de France",
                                "year": 1965,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kleinman A",
                                "title": "The Illness Narratives: Suffering, Healing, and the Human Condition",
                                "venue": "Basic Books",
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
                            "<p><strong>Déroulé conseillé (90 min).</strong> 10 min : présentation de Montaigne malade ; 25 min : lecture à voix haute et commentaire guidé des trois extraits "
                            "(laisser les étudiants buter sur l'orthographe ancienne, c'est une bonne introduction à la lenteur) ; 30 min : activité ; 20 min : discussion et cas ; 5 min : synthèse.</p>"
                            "<p><strong>Aide à la lecture.</strong> Les extraits de Montaigne sont donnés dans une graphie ancienne proche de celle des éditions du XVIe siècle. "
                            "Expliquez « s'envieillir » (vieillir), « acquest » (acquisition), « commerce » (fréquentation), « sçeu » (su), « ressentiment » (ici, sensation, signe), "
                            "« se couver » (couver, être en germe). Une édition modernisée peut être distribuée en parallèle aux étudiants en difficulté.</p>"
                            "<p><strong>Points attendus sur le cas.</strong> Le tableur est une tentative de reprendre la main sur une maladie imprévisible ; il contient peut-être des informations utiles "
                            "(apports hydriques, facteurs alimentaires) pour la prévention des récidives et le bilan métabolique. Le refus de M. Brossard n'est pas irrationnel : il s'appuie sur une mauvaise expérience "
                            "et sur l'histoire de son père. Une formulation possible pour le dossier : « Refuse l'urétéroscopie ce jour après information ; souhaite que son suivi personnel soit pris en compte ; "
                            "surveillance et consignes de reconsultation en cas de fièvre données. » Rappelez que la fièvre sur obstacle est une urgence.</p>"
                            "<p><strong>Piège.</strong> Éviter l'anachronisme condescendant (« ils ne savaient rien à l'époque ») comme l'admiration béate. Montaigne n'est pas un modèle de patient ; "
                            "c'est un lecteur exigeant de sa propre expérience. Pour l'évaluation, l'observation de cinq lignes et la liste de ce qui a disparu peuvent être ramassées.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 3
        # ------------------------------------------------------------------
        {
            "slug": "le-dossier-parallele",
            "title": "Le dossier parallèle : écrire sur ses patients, avec eux en tête",
            "duration_minutes": 90,
            "introduction": (
                "Cette séance présente le dossier parallèle, outil d'écriture réflexive imaginé par Rita Charon, ses équivalents dans la formation médicale française "
                "et les règles éthiques qui encadrent l'écriture sur les patients. Elle se termine par un atelier d'écriture."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Ce qui n'a pas sa place dans le dossier officiel",
                        "text": (
                            "<p>Le dossier médical est un document indispensable, mais il obéit à des règles strictes : il consigne des faits, des examens, des décisions. "
                            "Il n'a pas vocation à accueillir le trouble de l'étudiant devant une patiente qui lui rappelle sa grand-mère, la colère ressentie contre une famille, "
                            "ou la honte de ne pas avoir su répondre à une question.</p>"
                            "<p>À partir des années 1990, Rita Charon a proposé à ses étudiants de tenir, pour chaque patient dont ils s'occupent, un <strong>dossier parallèle</strong> : "
                            "un texte bref, écrit en langage ordinaire, sur ce qu'ils vivent auprès de ce patient et qui ne peut figurer dans le dossier hospitalier. "
                            "Ces textes sont lus en petit groupe, avec un enseignant ; ils ne sont pas notés sur leur contenu émotionnel, et le groupe commente le texte, pas la personne.</p>"
                            "<p>Écrire oblige à choisir des mots, donc à préciser ce qu'on a ressenti. Lire son texte à d'autres permet de découvrir que l'on n'est pas seul à éprouver "
                            "la fatigue, l'impuissance ou la tendresse. Les travaux qui évaluent ces dispositifs sont encourageants mais hétérogènes ; il faut les présenter comme tels.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Des cousins français : RSCA, portfolio et groupes Balint",
                        "text": (
                            "<p>La formation médicale française connaît des pratiques voisines. En médecine générale, les internes rédigent des <strong>récits de situations complexes authentiques</strong> (RSCA) : "
                            "ils racontent une situation vécue, identifient les questions qu'elle soulève, font des recherches et en tirent des apprentissages. "
                            "Le RSCA est plus analytique que le dossier parallèle, mais il repose sur la même conviction : le récit est un instrument de formation.</p>"
                            "<p>Plus anciens encore, les <strong>groupes Balint</strong>, nés des travaux du psychanalyste Michael Balint à Londres dans les années 1950, réunissent des médecins "
                            "qui présentent oralement un cas ayant suscité en eux une difficulté relationnelle. Le groupe explore ce qui se joue dans la relation, sans chercher de solution technique.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Écrire sur les patients : une éthique",
                        "text": (
                            "<ul>"
                            "<li><strong>Le secret professionnel s'applique à vous.</strong> Les étudiants sont tenus au secret comme les professionnels ; sa violation est une infraction pénale "
                            "(article 226-13 du Code pénal). Changez les noms, les âges, les lieux et tout détail identifiant ; ne conservez pas vos textes sur des supports partagés.</li>"
                            "<li><strong>Jamais sur les réseaux sociaux</strong>, même anonymisé : un patient ou un proche peut se reconnaître dans un détail que vous jugiez anodin.</li>"
                            "<li><strong>Le récit du patient ne vous appartient pas.</strong> Toute publication exige au minimum une anonymisation rigoureuse et, le plus souvent, l'accord du patient.</li>"
                            "<li><strong>Respectez les textes des autres.</strong> En atelier, on commente le texte (ses images, son rythme, ce qu'il tait), on ne juge pas son auteur et l'on ne répète rien à l'extérieur.</li>"
                            "</ul>"
                            "<p>Il faut enfin entendre les critiques adressées à la médecine narrative. Le philosophe Galen Strawson a contesté l'idée que toute vie humaine se vive comme un récit : "
                            "certaines personnes vivent leur existence de manière épisodique, et leur imposer une mise en intrigue serait une violence. D'autres auteurs s'inquiètent "
                            "d'une appropriation de la souffrance d'autrui au profit du développement personnel du soignant. Ces objections ne disqualifient pas la démarche ; "
                            "elles rappellent qu'écrire sur un patient engage une responsabilité.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "« Il vient ce soir, Gaston ? »",
                        "presentation": (
                            "<p>Inès, étudiante de quatrième année, est en stage dans un service de gériatrie aiguë. Mme Odette Ferrand, 91 ans, est hospitalisée pour une pneumopathie ; "
                            "elle a des troubles neurocognitifs modérés et un syndrome confusionnel qui s'aggrave en fin de journée. Chaque soir, lorsque Inès passe prendre les constantes, "
                            "Mme Ferrand lui demande si son mari, Gaston, viendra ce soir. Le dossier indique qu'il est mort il y a dix ans.</p>"
                            "<p>Le premier soir, Inès a répondu la vérité ; Mme Ferrand a sangloté longtemps. Le deuxième soir, l'infirmière lui a glissé : « Dis-lui qu'il est en retard, ça la calme. » "
                            "Inès l'a fait, et n'a pas dormi de la nuit. Le troisième soir, elle s'est assise et a demandé : « Parlez-moi de lui. » Mme Ferrand a raconté le bal de 1953 à Vienne, "
                            "la moto, les vendanges. Elle s'est endormie en souriant. Inès a écrit ce soir-là son premier dossier parallèle.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "Troisième soir. Elle m'a encore demandé pour Gaston. J'avais préparé une phrase, je ne l'ai pas dite. Je me suis assise, ce qu'on ne fait jamais pendant le tour des constantes. "
                            "Elle m'a parlé de la moto rouge, de ses mains à lui qui sentaient le raisin. Je ne sais pas si j'ai menti en ne disant rien. "
                            "Je sais que pendant dix minutes elle n'avait plus peur, et moi non plus. Dans le dossier, j'ai écrit : « Patiente calme, TA 13/7. » C'est vrai aussi."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>Ce texte fictif est un exemple de dossier parallèle. Remarquez la coexistence de deux écritures exactes, celle du dossier et celle du récit, "
                            "et la question morale laissée ouverte (« je ne sais pas si j'ai menti »). Un bon dossier parallèle ne conclut pas forcément ; il rend une question pensable.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Atelier d'écriture : un premier dossier parallèle",
                        "duration_minutes": 35,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>Choisissez une rencontre avec un patient (stage, job d'été, bénévolat, ou à défaut la situation de Mme Ferrand vue par un autre soignant). Changez tous les éléments identifiants.</li>"
                            "<li>Écrivez pendant 12 minutes, sans vous arrêter ni vous relire, à partir de l'amorce : « Ce que je n'ai pas pu écrire dans le dossier, c'est… »</li>"
                            "<li>En trios, chacun lit son texte à voix haute, sans commentaire préalable ni excuse. Celui qui ne souhaite pas lire peut passer.</li>"
                            "<li>Les deux autres répondent uniquement à trois questions : qu'avez-vous remarqué dans le texte ? quelle image vous reste ? qu'est-ce que le texte ne dit pas ?</li>"
                            "<li>Retour en grand groupe sur l'expérience d'écrire et de lire, sans rapporter le contenu des textes des autres.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Inès a-t-elle menti le deuxième soir ? Et le troisième ? Quelle différence faites-vous entre mentir, taire et accompagner la réalité d'une personne confuse ?",
                            "Qu'est-ce que le dossier parallèle apporte que le RSCA n'apporte pas, et inversement ?",
                            "L'objection de Galen Strawson vous paraît-elle pertinente en clinique ? Avez-vous rencontré des patients qui ne « racontent » pas ?",
                            "Qui devrait lire les dossiers parallèles des étudiants, et qui ne devrait jamais les lire ?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "D'ici la prochaine séance, rédigez un dossier parallèle d'une page sur un patient rencontré pendant votre stage.",
                        "guidance": (
                            "Anonymisez entièrement le texte. Écrivez à la première personne, dans une langue ordinaire, sans termes médicaux inutiles. "
                            "Décrivez un moment précis plutôt qu'un séjour entier, et laissez une place à ce que vous n'avez pas compris. "
                            "Relisez ensuite votre texte avec la grille des cinq questions (cadre, forme, temps, intrigue, désir) et notez en deux lignes ce que cette relecture vous apprend."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Le dossier parallèle accueille ce que vit le soignant et qui n'a pas sa place dans le dossier médical.",
                            "RSCA et groupes Balint sont des pratiques françaises voisines, plus analytique pour l'un, centrée sur la relation pour l'autre.",
                            "Écrire sur un patient impose l'anonymisation, la confidentialité et le respect : le secret professionnel s'applique aux étudiants.",
                            "La médecine narrative a des limites et des critiques qu'il faut connaître, notamment le risque d'imposer un récit à qui n'en veut pas.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Charon R",
                                "title": "Narrative and medicine",
                                "venue": "New England Journal of Medicine",
                                "year": 2004,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Balint M",
                                "title": "The Doctor, His Patient and the Illness",
                                "venue": "Pitman Medical",
                                "year": 1957,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Strawson G",
                                "title": "Against narrativity",
                                "venue": "Ratio",
                                "year": 2004,
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
                            "<p><strong>Déroulé conseillé (90 min).</strong> 20 min : les trois sections, avec insistance sur les règles éthiques ; 10 min : cas d'Inès et extrait ; "
                            "35 min : atelier d'écriture ; 15 min : discussion ; 10 min : consigne du travail personnel.</p>"
                            "<p><strong>Cadre de l'atelier.</strong> Énoncez les règles avant d'écrire : confidentialité, droit de ne pas lire, commentaires portant sur le texte seulement. "
                            "Écrivez vous-même pendant les 12 minutes : cela légitime l'exercice. Chronométrez strictement, les étudiants de ce niveau ont tendance à se relire et à s'autocensurer.</p>"
                            "<p><strong>Gestion de l'émotion.</strong> L'écriture réveille parfois des souvenirs difficiles (décès d'un patient, deuil personnel, situation de maltraitance observée). "
                            "Si un étudiant est submergé, proposez-lui une pause, sans l'obliger à s'expliquer, et reprenez contact avec lui après la séance. "
                            "Si un texte révèle une situation préoccupante (maltraitance, harcèlement en stage), elle doit être traitée en dehors de l'atelier, avec l'étudiant, par les voies prévues par la faculté.</p>"
                            "<p><strong>Sur le cas.</strong> Il n'y a pas de réponse unique. Les approches de validation et de diversion sont utilisées en gériatrie ; annoncer à nouveau un deuil chaque soir à une personne "
                            "qui ne peut le mémoriser est une violence répétée. La réponse du troisième soir ne ment pas : elle déplace la conversation vers ce qui est vrai pour la patiente. "
                            "<strong>Évaluation.</strong> Le travail personnel peut être validé sur sa réalisation et sa relecture en deux lignes, jamais sur son contenu émotionnel.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
