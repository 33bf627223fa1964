MODULE = {
    "slug": "accompagner-la-fin-de-vie",
    "institution": "lyon",
    "contributing_institutions": [],
    "language": "fr",
    "title": "Accompagner la fin de vie : soins palliatifs, droit et décisions",
    "summary": (
        "Soins palliatifs, loi Claeys-Leonetti, sédation profonde et continue, directives anticipées et personne de confiance : "
        "les outils et les questions de la fin de vie en France, jusqu'au débat sur l'aide à mourir."
    ),
    "objectives": [
        "Exposer les principales dispositions des lois de 1999, 2005 et 2016 relatives aux soins palliatifs et à la fin de vie.",
        "Appliquer les conditions et la procédure de la sédation profonde et continue maintenue jusqu'au décès à une situation clinique réelle.",
        "Rechercher et interpréter la volonté d'un patient hors d'état de s'exprimer à partir de ses directives anticipées et du témoignage de sa personne de confiance.",
        "Présenter de façon équilibrée les arguments du débat français sur l'aide active à mourir en distinguant rigoureusement les notions en jeu.",
    ],
    "themes": ["ethics", "empathy"],
    "level": "postgraduate",
    "license": "cc-by-nc",
    "keywords": [
        "soins palliatifs",
        "loi claeys-leonetti",
        "sédation profonde et continue",
        "directives anticipées",
        "personne de confiance",
        "aide à mourir",
    ],
    "authors": [
        {
            "key": "isabelle-fauconnet",
            "name": "Isabelle Fauconnet",
            "title": "Médecin de soins palliatifs, praticienne hospitalière",
            "institution": "lyon",
            "bio": (
                "Isabelle Fauconnet exerce au sein d'une équipe mobile de soins palliatifs des Hospices Civils de Lyon. "
                "Elle participe à la formation des internes inscrits dans la formation spécialisée transversale de médecine palliative "
                "et s'intéresse particulièrement aux décisions de limitation et d'arrêt des traitements."
            ),
            "orcid": "",
        },
        {
            "key": "bertrand-lacombe",
            "name": "Bertrand Lacombe",
            "title": "Maître de conférences en philosophie morale",
            "institution": "lyon",
            "bio": (
                "Bertrand Lacombe enseigne la philosophie morale et l'éthique du soin à l'Université Jean Moulin Lyon 3. "
                "Ses travaux portent sur la vulnérabilité, la dignité et la délibération collective en situation d'incertitude. "
                "Il anime des séminaires d'éthique clinique avec des équipes hospitalières de la région."
            ),
            "orcid": "",
        },
        {
            "key": "nadia-benhamou",
            "name": "Nadia Benhamou",
            "title": "Maîtresse de conférences en droit de la santé",
            "institution": "lyon",
            "bio": (
                "Nadia Benhamou enseigne le droit de la santé et le droit des personnes à l'Université Jean Moulin Lyon 3. "
                "Elle travaille sur les droits des patients en fin de vie et sur la responsabilité médicale, et intervient régulièrement dans la formation continue des soignants."
            ),
            "orcid": "",
        },
    ],
    "references": [
        {
            "authors": "Comité consultatif national d'éthique",
            "title": "Avis 139. Questions éthiques relatives aux situations de fin de vie : autonomie et solidarité",
            "venue": "CCNE",
            "year": 2022,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Haute Autorité de santé",
            "title": "Comment mettre en œuvre une sédation profonde et continue maintenue jusqu'au décès ? Guide du parcours de soins",
            "venue": "HAS",
            "year": 2018,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Temel JS, Greer JA, Muzikansky A, et al.",
            "title": "Early palliative care for patients with metastatic non-small-cell lung cancer",
            "venue": "New England Journal of Medicine",
            "year": 2010,
            "doi": "",
            "url": "",
        },
        {
            "authors": "Hennezel M de",
            "title": "La Mort intime",
            "venue": "Robert Laffont",
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
            "slug": "soins-palliatifs-et-loi-claeys-leonetti",
            "title": "Des soins palliatifs à la loi Claeys-Leonetti : soulager, limiter, endormir",
            "duration_minutes": 90,
            "introduction": (
                "Cette séance rappelle ce que sont les soins palliatifs, présente le cadre légal français de la fin de vie, "
                "puis l'applique à une demande d'arrêt de ventilation chez un patient atteint de sclérose latérale amyotrophique."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Soigner quand on ne peut plus guérir",
                        "text": (
                            "<p>Selon la définition de l'Organisation mondiale de la santé (2002), les soins palliatifs visent à améliorer la qualité de vie des patients "
                            "et de leurs proches face aux conséquences d'une maladie qui menace la vie, en prévenant et en soulageant la souffrance grâce à un repérage précoce, "
                            "une évaluation rigoureuse et le traitement de la douleur et des autres problèmes physiques, psychologiques, sociaux et spirituels. "
                            "La notion de « douleur totale », forgée par Cicely Saunders, fondatrice du St Christopher's Hospice à Londres en 1967, résume cette approche : "
                            "la souffrance d'un mourant n'est jamais seulement somatique.</p>"
                            "<p>En France, la circulaire Laroque de 1986 organise pour la première fois l'accompagnement des malades en phase terminale ; la première unité de soins palliatifs "
                            "ouvre à Paris en 1987. La loi du 9 juin 1999 garantit à toute personne dont l'état le requiert le droit d'accéder à des soins palliatifs. "
                            "Vingt-cinq ans plus tard, l'accès demeure inégal selon les territoires, comme l'ont souligné plusieurs rapports publics.</p>"
                            "<p>Les soins palliatifs ne sont pas réservés aux derniers jours. L'essai de Temel et ses collègues (2010), chez des patients atteints d'un cancer bronchique "
                            "non à petites cellules métastatique, a montré qu'une prise en charge palliative précoce, associée aux soins oncologiques, améliorait la qualité de vie et l'humeur, "
                            "réduisait les traitements agressifs en fin de vie, et s'accompagnait même d'une survie médiane plus longue.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Le cadre légal : de la loi Leonetti à la loi Claeys-Leonetti",
                        "text": (
                            "<p>La loi du 22 avril 2005, dite loi Leonetti, puis la loi du 2 février 2016, dite Claeys-Leonetti, ont construit un cadre fondé sur trois idées.</p>"
                            "<ul>"
                            "<li><strong>Le refus de l'obstination déraisonnable</strong> (article L1110-5-1 du CSP) : les actes qui apparaissent inutiles, disproportionnés ou qui n'ont d'autre effet "
                            "que le seul maintien artificiel de la vie peuvent ne pas être entrepris ou être suspendus, conformément à la volonté du patient ou, s'il ne peut l'exprimer, "
                            "à l'issue d'une procédure collégiale. La nutrition et l'hydratation artificielles sont des traitements.</li>"
                            "<li><strong>Le droit de refuser tout traitement</strong> (article L1111-4), y compris lorsque ce refus met la vie en danger : le médecin informe, s'assure que la décision est réitérée "
                            "dans un délai raisonnable, et continue d'accompagner le patient en dispensant des soins palliatifs.</li>"
                            "<li><strong>Le devoir de soulager</strong> (article L1110-5-3) : le médecin met en place les traitements analgésiques et sédatifs nécessaires face à une souffrance réfractaire "
                            "en phase avancée ou terminale, même s'ils peuvent avoir pour effet d'abréger la vie.</li>"
                            "</ul>"
                            "<p>La loi de 2016 crée en outre un droit à la <strong>sédation profonde et continue maintenue jusqu'au décès</strong> (SPCMD, article L1110-5-2), associée à une analgésie "
                            "et à l'arrêt de l'ensemble des traitements de maintien en vie. À la demande du patient, elle est possible dans deux situations : lorsqu'il est atteint d'une affection grave "
                            "et incurable, que son pronostic vital est engagé à court terme et qu'il présente une souffrance réfractaire aux traitements ; ou lorsque sa décision d'arrêter un traitement "
                            "engage son pronostic vital à court terme et est susceptible d'entraîner une souffrance insupportable. Lorsque le patient ne peut exprimer sa volonté et qu'un traitement "
                            "de maintien en vie est arrêté au titre du refus de l'obstination déraisonnable, le médecin met également en œuvre cette sédation. "
                            "Dans tous les cas, une procédure collégiale vérifie que les conditions sont réunies, et la décision est inscrite au dossier. "
                            "La HAS entend par « court terme » un pronostic de quelques heures à quelques jours.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Sédation et euthanasie : une distinction à expliquer",
                        "text": (
                            "<p>Le guide de la HAS (2018) distingue la sédation profonde et continue de l'euthanasie sur six points : l'intention, le moyen, la procédure, le résultat, la temporalité et la législation. "
                            "Les trois premiers sont les plus parlants au lit du malade : l'<strong>intention</strong> (soulager une souffrance, et non provoquer la mort), "
                            "les <strong>moyens</strong> (des sédatifs, le plus souvent le midazolam, à doses titrées pour obtenir une perte de conscience, et non une substance létale) "
                            "et le <strong>résultat</strong> (le décès survient du fait de la maladie ou de l'arrêt des traitements, dans un délai qui ne peut être prévu, et non rapidement du fait du produit). "
                            "Cette distinction structure la pratique des équipes de soins palliatifs et fonde l'interdit actuel.</p>"
                            "<p>Elle n'est pas pour autant à l'abri de la discussion. Certains font valoir que, lorsque la sédation accompagne l'arrêt d'une ventilation dont le patient dépend totalement, "
                            "la frontière vécue par les proches et les soignants est ténue ; d'autres répondent que c'est précisément l'intention et la proportionnalité des doses qui font la différence morale. "
                            "Un clinicien doit savoir exposer cette distinction clairement, y compris à des familles qui soupçonnent qu'on « fait mourir » leur proche.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "artwork",
                        "text": (
                            "Dans l'intérieur modeste d'une chaumière, une petite fille malade est couchée sur deux chaises rapprochées, la tête calée sur des coussins. "
                            "Assis tout près d'elle, un médecin en redingote, penché en avant, le menton appuyé sur la main, la regarde sans rien faire d'autre. "
                            "Une lampe posée sur la table éclaire l'enfant et le visage du médecin : c'est la seule lumière vive du tableau. "
                            "Au fond, dans la pénombre, la mère a enfoui son visage contre la table ; le père, debout, une main posée sur son épaule, regarde le médecin. "
                            "Par la fenêtre, une lueur pâle annonce l'aube."
                        ),
                        "source": "Luke Fildes, The Doctor (1891), huile sur toile, Tate Britain, Londres (description rédigée pour ce module)",
                        "commentary": (
                            "<p>Fildes, qui avait perdu un jeune fils en 1877, peint un médecin qui ne prescrit rien, n'ausculte pas, ne parle pas : il veille. "
                            "Le tableau a souvent été lu comme une icône de la présence médicale quand la technique a atteint ses limites, ce qui est l'un des sens du soin palliatif. "
                            "On peut aussi le lire de façon critique : les parents sont relégués dans l'ombre, et toute la lumière est pour la relation entre le médecin et l'enfant. "
                            "Où sont les proches, dans nos propres décisions de fin de vie ?</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "« J'ai dit au revoir, je veux qu'on enlève le masque »",
                        "presentation": (
                            "<p>M. Patrice Moreau, 58 ans, ancien chef de chantier, est atteint d'une sclérose latérale amyotrophique à début bulbaire diagnostiquée il y a trois ans. "
                            "Il est nourri par gastrostomie depuis dix-huit mois. Tétraparétique, il communique par une tablette à commande oculaire ; l'évaluation neuropsychologique récente "
                            "ne met pas en évidence de trouble cognitif. Sa ventilation non invasive, d'abord nocturne, est devenue nécessaire vingt heures sur vingt-quatre depuis quatre mois. "
                            "Il a refusé la trachéotomie, et ce refus figure dans ses directives anticipées.</p>"
                            "<p>Hospitalisé pour une décompensation respiratoire, il écrit à l'interne : « J'ai dit au revoir à tout le monde. Je veux qu'on enlève le masque, "
                            "mais je ne veux pas étouffer. » Il a répété cette demande à trois reprises en dix jours, devant sa femme Nathalie et ses deux enfants de 19 et 23 ans. "
                            "Sa femme le soutient ; son fils aîné demande « qu'on attende encore un peu ». Une infirmière du service confie qu'elle se sent mal à l'aise à l'idée de « débrancher » un patient conscient.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Simulation d'une procédure collégiale",
                        "duration_minutes": 30,
                        "group_size": "5-6",
                        "instructions": (
                            "<ol>"
                            "<li>Répartissez les rôles : médecin en charge du patient, médecin consultant extérieur au service et sans lien hiérarchique, infirmière, aide-soignante, psychologue, et un secrétaire de séance.</li>"
                            "<li>En 15 minutes, examinez la demande de M. Moreau : la décision est-elle libre, éclairée et réitérée ? Une dépression curable a-t-elle été recherchée ? "
                            "Les conditions de l'article L1110-5-2 sont-elles réunies ? Quelles alternatives ont été proposées ?</li>"
                            "<li>Définissez concrètement les modalités : moment choisi avec le patient, présence des proches, traitement de la dyspnée, sédation obtenue avant le retrait du masque, "
                            "arrêt de la nutrition par gastrostomie, soins de bouche, soutien de l'équipe.</li>"
                            "<li>Le secrétaire rédige en 10 lignes la traçabilité de la décision telle qu'elle figurerait au dossier.</li>"
                            "<li>Mise en commun : chaque groupe lit sa note et signale le point qui a le plus divisé.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Dans laquelle des situations prévues par la loi se trouve M. Moreau ? En quoi sa demande diffère-t-elle d'une demande d'euthanasie ?",
                            "Comment répondre à la demande du fils « d'attendre encore un peu » sans trahir la volonté du patient ni ignorer la souffrance du fils ?",
                            "Le malaise de l'infirmière est-il une objection à prendre en compte dans la décision, ou une souffrance de l'équipe à accompagner ? Les deux ?",
                            "Que répondriez-vous à un proche qui demande, deux heures après la sédation : « C'est vous qui l'avez tué ? »",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Les soins palliatifs sont une démarche globale, utile bien avant les derniers jours, et dont l'accès reste inégal en France.",
                            "Le droit français interdit l'obstination déraisonnable, reconnaît le droit de refuser tout traitement et impose de soulager, même au risque d'abréger la vie.",
                            "La sédation profonde et continue maintenue jusqu'au décès obéit à des conditions précises, vérifiées en procédure collégiale et tracées au dossier.",
                            "La distinction entre sédation et euthanasie repose sur l'intention, les moyens et le résultat ; elle doit pouvoir être expliquée simplement aux proches.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Haute Autorité de santé",
                                "title": "Comment mettre en œuvre une sédation profonde et continue maintenue jusqu'au décès ? Guide du parcours de soins",
                                "venue": "HAS",
                                "year": 2018,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Temel JS, Greer JA, Muzikansky A, et al.",
                                "title": "Early palliative care for patients with metastatic non-small-cell lung cancer",
                                "venue": "New England Journal of Medicine",
                                "year": 2010,
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
                            "<p><strong>Déroulé conseillé (90 min).</strong> 10 min : tableau de Fildes projeté, réactions libres ; 25 min : les trois sections ; 30 min : simulation de procédure collégiale ; "
                            "20 min : discussion ; 5 min : synthèse.</p>"
                            "<p><strong>Éléments attendus.</strong> M. Moreau relève du refus de traitement (L1111-4) et de la deuxième situation de l'article L1110-5-2 : l'arrêt de la ventilation engage "
                            "son pronostic vital à court terme et risque d'entraîner une souffrance insupportable (dyspnée asphyxique). Sa demande est ancienne, cohérente avec ses directives anticipées, réitérée, "
                            "et son discernement est préservé. La procédure collégiale associe l'équipe et au moins un médecin consultant sans lien hiérarchique ; elle ne « décide » pas à la place du patient, "
                            "elle vérifie les conditions et organise la mise en œuvre. Sur le plan pratique : anticipation des symptômes, titration d'un opioïde pour la dyspnée, sédation par midazolam "
                            "avec une profondeur vérifiée par une échelle (Rudkin ou RASS) avant le retrait du masque, présence des proches s'ils le souhaitent, information sur le délai imprévisible du décès.</p>"
                            "<p><strong>Pièges.</strong> Des internes confondent encore « limitation des traitements » et « abandon » ; d'autres pensent que la famille doit donner son accord. "
                            "Rappelez que la volonté d'un patient conscient prévaut, et que l'accompagnement des proches est un soin à part entière, pas une négociation. "
                            "Le malaise de l'infirmière doit être entendu : une réunion de reprise après le décès est une bonne pratique.</p>"
                            "<p><strong>Vigilance émotionnelle.</strong> Des participants ont pu vivre récemment la mort d'un patient ou d'un proche. Annoncez le thème en début de séance. "
                            "Ne demandez pas de témoignage personnel. <strong>Évaluation</strong> : la note de traçabilité rédigée par chaque groupe est un bon support de correction formative.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 2
        # ------------------------------------------------------------------
        {
            "slug": "directives-anticipees-et-personne-de-confiance",
            "title": "Directives anticipées et personne de confiance : faire entendre une voix absente",
            "duration_minutes": 90,
            "introduction": (
                "Quand un patient ne peut plus s'exprimer, comment savoir ce qu'il aurait voulu ? Cette séance présente les directives anticipées et la personne de confiance, "
                "puis les met à l'épreuve d'un désaccord familial après un accident vasculaire cérébral grave."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Deux outils pour que la volonté du patient demeure",
                        "text": (
                            "<p>Les <strong>directives anticipées</strong> (article L1111-11 du CSP) permettent à toute personne majeure d'exprimer par écrit sa volonté relative à sa fin de vie, "
                            "pour le cas où elle serait un jour hors d'état de l'exprimer : poursuite, limitation, arrêt ou refus de traitements et d'actes médicaux. "
                            "Depuis 2016, elles n'ont plus de durée de validité, sont révisables et révocables à tout moment, et un modèle officiel, facultatif, distingue la situation "
                            "des personnes atteintes d'une maladie grave de celle des personnes qui se pensent en bonne santé. Surtout, elles <strong>s'imposent au médecin</strong>, "
                            "sauf en cas d'urgence vitale pendant le temps nécessaire à une évaluation complète, et lorsqu'elles apparaissent manifestement inappropriées ou non conformes à la situation médicale. "
                            "Dans ce dernier cas, le refus de les appliquer est pris à l'issue d'une procédure collégiale, inscrit au dossier et porté à la connaissance de la personne de confiance "
                            "ou, à défaut, de la famille ou des proches. Saisi en 2022, le Conseil constitutionnel a jugé ce dispositif conforme à la Constitution.</p>"
                            "<p>La <strong>personne de confiance</strong> (article L1111-6) est désignée par écrit, et la désignation est cosignée par la personne désignée ; "
                            "ce peut être un parent, un proche ou le médecin traitant. Elle peut accompagner le patient dans ses démarches et assister aux entretiens médicaux. "
                            "Lorsque le patient ne peut plus s'exprimer, elle rend compte de sa volonté, et <strong>son témoignage prévaut sur tout autre témoignage</strong>. "
                            "Elle ne décide pas à sa place : elle témoigne. Il ne faut pas la confondre avec la « personne à prévenir ».</p>"
                            "<p>Lorsque le patient est hors d'état d'exprimer sa volonté, le médecin doit donc rechercher, dans cet ordre, les directives anticipées, le témoignage de la personne de confiance, "
                            "puis, à défaut, tout autre témoignage de la famille ou des proches (article L1111-12).</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Interpréter une volonté",
                        "text": (
                            "<p>Dans la pratique, une minorité de Français ont rédigé des directives anticipées, et celles qui existent sont souvent rédigées en termes généraux : "
                            "« pas d'acharnement », « ne pas être maintenu en vie artificiellement ». Le médecin doit alors interpréter, à la lumière de la situation concrète, "
                            "ce que la personne a voulu dire. L'incertitude pronostique, fréquente dans les premiers jours après un accident vasculaire cérébral, rend l'exercice particulièrement délicat.</p>"
                            "<p>C'est pourquoi la littérature internationale insiste moins sur le document que sur la <strong>planification anticipée des soins</strong> : une conversation répétée, "
                            "de préférence avec le médecin traitant et en présence de la future personne de confiance, sur ce qui compte pour la personne, ce qu'elle jugerait inacceptable, "
                            "ce qu'elle redoute. L'essai de Detering et ses collègues (2010), mené chez des personnes âgées hospitalisées, a montré qu'une telle démarche augmentait la probabilité "
                            "que les souhaits du patient soient connus et respectés, et réduisait l'anxiété et la dépression des proches endeuillés.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Quand le désaccord s'installe",
                        "text": (
                            "<p>Les conflits entre proches sont fréquents et douloureux. L'affaire Vincent Lambert, du nom d'un homme en état végétatif chronique après un accident de la route en 2008, "
                            "a illustré en France, de 2013 à 2019, ce qui peut arriver en l'absence de directives anticipées quand une famille se divise : des années de procédures, "
                            "devant le Conseil d'État et la Cour européenne des droits de l'homme notamment, sur fond de souffrance de tous. Elle a conduit de nombreuses personnes à rédiger leurs directives.</p>"
                            "<p>Face à un désaccord, quelques repères : rappeler que la question n'est pas « que voulez-vous pour lui ? » mais « qu'aurait-il voulu ? » ; "
                            "réunir les proches, avec la personne de confiance, dans un lieu calme ; laisser du temps quand la situation médicale le permet ; "
                            "recourir si besoin à une consultation d'éthique clinique. La procédure collégiale n'a pas pour objet d'obtenir l'accord de chacun, mais de garantir que la décision "
                            "est fondée sur la volonté du patient et sur une évaluation médicale rigoureuse.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "La voisine et le fils",
                        "presentation": (
                            "<p>Mme Yvette Charrier, 84 ans, veuve, ancienne institutrice à Bourg-en-Bresse, vivait seule et autonome. Elle est admise à l'unité neurovasculaire pour un infarctus "
                            "sylvien gauche étendu, trop tardivement pour une thrombolyse ou une thrombectomie. À J5, elle présente une hémiplégie droite complète, une aphasie globale, "
                            "des troubles de la déglutition et une vigilance fluctuante. Le neurologue estime qu'une dépendance lourde est très probable, tout en reconnaissant qu'une récupération partielle "
                            "reste possible dans les semaines à venir. La question d'une alimentation par sonde nasogastrique se pose.</p>"
                            "<p>Le dossier contient des directives anticipées rédigées deux ans plus tôt sur le modèle officiel : « Si je me trouve durablement dans l'incapacité de communiquer avec mes proches, "
                            "sans espoir raisonnable d'amélioration, je refuse d'être alimentée par sonde et d'être réanimée. » Elle a désigné comme personne de confiance Mme Lucienne Aubert, "
                            "sa voisine et amie depuis quarante ans. Son fils unique, Philippe, arrive de Marseille : « Ma mère a toujours été une battante. Il faut tout faire. "
                            "Et depuis quand c'est la voisine qui décide ? »</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "Quand Yvette m'a demandé de signer ce papier, on a ri : je suis plus vieille qu'elle. Elle m'a dit : « Toi, au moins, tu ne pleureras pas devant le médecin, tu diras ce que je veux. » "
                            "Aujourd'hui, je pleure quand même. Philippe me regarde comme si je voulais la tuer. Je n'ai rien décidé, moi. Je répète ce qu'elle m'a dit cent fois, "
                            "au jardin, en écossant les petits pois, après l'enterrement de son frère. Ce n'est pas la voisine qui parle. C'est elle, avec ma voix."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>Ce témoignage fictif montre ce que porte une personne de confiance : non une décision, mais une parole reçue, souvent au fil de conversations ordinaires. "
                            "Il montre aussi le coût affectif de ce rôle, que les équipes sous-estiment. Le soutien de la personne de confiance fait partie de l'accompagnement.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Conduire une conversation de planification anticipée",
                        "duration_minutes": 25,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>Un participant joue M. Gilles Roche, 67 ans, atteint d'une bronchopneumopathie chronique obstructive sévère sous oxygène, hospitalisé deux fois cette année ; un autre joue son médecin ; le troisième observe.</li>"
                            "<li>Le « médecin » a 12 minutes pour explorer, sans formulaire : ce que M. Roche sait de sa maladie, ce qui compte le plus pour lui, ce qu'il jugerait inacceptable, "
                            "son avis sur une intubation en réanimation, et qui il souhaiterait désigner comme personne de confiance.</li>"
                            "<li>Ensemble, rédigez en trois ou quatre phrases des directives anticipées précises, adaptées à sa maladie, en évitant les formules vagues.</li>"
                            "<li>L'observateur relève les questions ouvertes, les silences respectés et les moments où le médecin a imposé ses propres valeurs.</li>"
                            "<li>Mise en commun : comparez les directives rédigées. Lesquelles seraient réellement utilisables par une équipe de réanimation à 3 heures du matin ?</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "À J5, peut-on affirmer que Mme Charrier est « sans espoir raisonnable d'amélioration » ? Que faire pendant le temps de l'incertitude ?",
                            "Les directives de Mme Charrier sont-elles « manifestement inappropriées » au sens de la loi ? Qui peut en juger, et comment ?",
                            "Comment expliquer au fils que le témoignage de Mme Aubert prévaut sur le sien, sans le disqualifier ni l'exclure ?",
                            "La pose d'une sonde nasogastrique temporaire, le temps d'évaluer la récupération, trahirait-elle les directives de Mme Charrier ?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Si vous deviez aujourd'hui désigner une personne de confiance, qui choisiriez-vous, et que voudriez-vous qu'elle sache ?",
                        "guidance": (
                            "Cette réflexion est strictement personnelle et ne sera pas partagée. Demandez-vous ce qui motive votre choix (proximité, capacité à garder son calme, connaissance de vos valeurs), "
                            "puis écrivez les trois phrases que vous aimeriez qu'elle puisse répéter à un médecin. Observez enfin la difficulté éventuelle de l'exercice : "
                            "elle vous renseigne sur ce que vous demandez aux patients."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Les directives anticipées s'imposent au médecin, sauf urgence vitale le temps de l'évaluation et caractère manifestement inapproprié constaté en procédure collégiale.",
                            "La personne de confiance témoigne de la volonté du patient ; son témoignage prévaut sur tout autre, mais elle ne décide pas.",
                            "L'ordre de recherche de la volonté est fixé par la loi : directives anticipées, personne de confiance, puis famille et proches.",
                            "Une conversation de planification anticipée vaut mieux qu'un formulaire vague ; c'est au médecin de l'initier.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Detering KM, Hancock AD, Reade MC, Silvester W",
                                "title": "The impact of advance care planning on end of life care in elderly patients: randomised controlled trial",
                                "venue": "BMJ",
                                "year": 2010,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Sudore RL, Fried TR",
                                "title": "Redefining the “planning” in advance care planning: preparing for end-of-life decision making",
                                "venue": "Annals of Internal Medicine",
                                "year": 2010,
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
                            "<p><strong>Déroulé conseillé (90 min).</strong> 20 min : les trois sections ; 10 min : cas et témoignage ; 25 min : conversation de planification anticipée ; "
                            "25 min : discussion du cas ; 10 min : synthèse et consigne de réflexion.</p>"
                            "<p><strong>Éléments attendus sur le cas.</strong> Les directives sont authentiques et récentes, mais leur condition d'application (« durablement », « sans espoir raisonnable d'amélioration ») "
                            "n'est peut-être pas encore établie à J5. Une position défendable consiste à réévaluer le pronostic à échéance définie, en respectant pendant ce temps l'esprit des directives "
                            "(pas de réanimation), et à discuter une alimentation temporaire comme un essai thérapeutique limité dans le temps, explicitement présenté comme tel à la personne de confiance. "
                            "D'autres groupes jugeront que la sonde, même temporaire, contredit la volonté exprimée : laissez le débat se développer, c'est le cœur de la séance. "
                            "Dans tous les cas, la décision finale d'arrêt ou de non-mise en œuvre relève d'une procédure collégiale tracée.</p>"
                            "<p><strong>Le fils.</strong> Aidez les participants à entendre sa culpabilité possible (l'éloignement) derrière son agressivité. Il doit être informé, reçu, associé ; "
                            "mais son souhait ne peut se substituer à la volonté de sa mère. Proposer une rencontre commune avec Mme Aubert, en présence d'un médecin senior, est souvent utile.</p>"
                            "<p><strong>Sensibilité.</strong> Cette séance touche à l'histoire familiale de chacun. Si un participant évoque un conflit vécu, remerciez-le sans approfondir en groupe, "
                            "et proposez d'en reparler individuellement. <strong>Évaluation</strong> : les directives rédigées dans l'activité peuvent être évaluées sur leur précision et leur utilisabilité clinique.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 3
        # ------------------------------------------------------------------
        {
            "slug": "le-debat-sur-l-aide-a-mourir",
            "title": "Le débat français sur l'aide à mourir : argumenter sans caricaturer",
            "duration_minutes": 90,
            "introduction": (
                "Cette séance clarifie le vocabulaire, situe la France parmi les législations étrangères, retrace l'évolution récente du débat parlementaire "
                "et présente les principaux arguments en présence, sans prendre parti."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Clarifier les mots",
                        "text": (
                            "<p>Le débat public souffre d'une grande confusion terminologique. Quelques définitions sont indispensables.</p>"
                            "<ul>"
                            "<li><strong>Euthanasie</strong> : acte par lequel un tiers, le plus souvent un médecin, administre une substance létale à une personne qui le demande, afin de provoquer sa mort.</li>"
                            "<li><strong>Suicide assisté</strong> : la personne s'administre elle-même une substance létale qui lui a été prescrite ou fournie.</li>"
                            "<li><strong>Aide à mourir</strong> : expression retenue par les textes français récents pour désigner l'un ou l'autre de ces gestes, dans un cadre légal défini.</li>"
                            "<li>Ne relèvent pas de ces catégories : la limitation ou l'arrêt des traitements, le refus de traitement par le patient, les traitements qui soulagent au risque d'abréger la vie, "
                            "et la sédation profonde et continue maintenue jusqu'au décès, tous autorisés par le droit actuel. L'expression « euthanasie passive », source de confusion, est à éviter.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Ce que font d'autres pays",
                        "text": (
                            "<p>Les Pays-Bas et la Belgique ont légalisé l'euthanasie en 2002, sous des conditions de demande volontaire et réfléchie et de souffrance insupportable ; "
                            "la Belgique l'a étendue aux mineurs en 2014. En Suisse, l'assistance au suicide n'est pas punissable lorsqu'elle n'obéit pas à un mobile égoïste, "
                            "et des associations l'organisent, y compris pour des personnes venues de l'étranger. L'Oregon autorise depuis 1997 le suicide assisté pour des patients "
                            "dont l'espérance de vie est estimée à moins de six mois. Le Canada a instauré en 2016 l'aide médicale à mourir, élargie en 2021 aux personnes dont la mort naturelle "
                            "n'est pas raisonnablement prévisible ; l'Espagne a légiféré en 2021. Ces modèles diffèrent par le geste autorisé, les critères d'accès, les procédures de contrôle "
                            "et la place donnée aux médecins ; leurs données, publiées par des commissions de contrôle, sont lues de manière très différente selon les positions.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Où en est le débat français",
                        "text": (
                            "<p>En 2022, le Comité consultatif national d'éthique (avis 139) a estimé qu'il existait une voie pour une application éthique d'une aide active à mourir, "
                            "à des conditions strictes et à condition de renforcer d'abord les soins palliatifs ; certains de ses membres ont exprimé des réserves. "
                            "La Convention citoyenne sur la fin de vie, réunie par le Conseil économique, social et environnemental de décembre 2022 à avril 2023, s'est prononcée majoritairement "
                            "en faveur d'une ouverture encadrée. Un projet de loi, examiné au printemps 2024, a été interrompu par la dissolution de l'Assemblée nationale.</p>"
                            "<p>Le texte a ensuite été scindé en deux propositions de loi. Le 27 mai 2025, l'Assemblée nationale a adopté en première lecture, à l'unanimité, la proposition relative aux soins palliatifs "
                            "et, par 305 voix contre 199, celle qui crée un droit à l'aide à mourir. Celle-ci réserve l'aide à mourir aux personnes majeures, de nationalité française ou résidant de façon stable en France, "
                            "atteintes d'une affection grave et incurable qui engage le pronostic vital en phase avancée ou terminale, présentant une souffrance physique ou psychologique liée à cette affection, "
                            "réfractaire aux traitements ou jugée insupportable, et aptes à manifester une volonté libre et éclairée ; la demande est examinée de façon collégiale, l'auto-administration est la règle, "
                            "et les professionnels disposent d'une clause de conscience. En janvier 2026, le Sénat a rejeté ce texte ; l'Assemblée nationale l'a adopté de nouveau en deuxième lecture en février 2026, "
                            "et la navette parlementaire s'est poursuivie.</p>"
                            "<p>L'état du droit peut donc avoir changé depuis la rédaction de ce module : vérifiez sur Légifrance si une loi a été définitivement adoptée et promulguée, et dans quels termes. "
                            "Tant qu'aucune loi n'est entrée en vigueur, le droit français n'autorise ni l'euthanasie ni l'assistance au suicide.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Les arguments en présence",
                        "text": (
                            "<p>Les arguments les plus souvent avancés en faveur d'une aide à mourir encadrée sont les suivants : le respect de l'autonomie de personnes capables de décider de leur propre mort ; "
                            "l'existence de souffrances que les meilleurs soins palliatifs ne parviennent pas à soulager, ou que certaines personnes refusent de vivre jusqu'au bout ; "
                            "l'inégalité entre ceux qui peuvent se rendre en Suisse ou en Belgique et les autres ; l'expérience de pays où ces pratiques sont encadrées et contrôlées depuis plus de vingt ans.</p>"
                            "<p>Les arguments les plus souvent avancés contre, ou pour appeler à la prudence, sont les suivants : l'interdit de donner la mort, jugé fondateur de la relation de soin ; "
                            "le risque de pressions, explicites ou intériorisées, sur les personnes âgées, handicapées, isolées ou pauvres, qui pourraient se sentir « de trop » ; "
                            "la crainte que l'aide à mourir pallie l'insuffisance des soins palliatifs au lieu de la corriger ; l'élargissement progressif des critères observé dans certains pays ; "
                            "la difficulté d'évaluer le caractère libre et durable d'une demande ; les conséquences pour les soignants. De nombreuses sociétés savantes de soins palliatifs, "
                            "dont la Société française d'accompagnement et de soins palliatifs, se sont déclarées opposées à la participation des soignants à un geste létal ; "
                            "d'autres associations, comme l'Association pour le droit de mourir dans la dignité, militent de longue date pour sa légalisation.</p>"
                            "<p>Un argumentaire rigoureux reconnaît la force des raisons adverses et distingue les questions de principe (peut-on autoriser ce geste ?) des questions de mise en œuvre "
                            "(à quelles conditions, avec quels contrôles, par qui ?).</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "literature",
                        "text": (
                            "Il faut apprendre à souffrir, ce qu'on ne peut eviter. Nostre vie est composée, comme l'harmonie du monde, de choses contraires, aussi de divers tons, "
                            "doux et aspres, aigus et plats, mols et graves : Le Musicien qui n'en aymeroit que les uns, que voudroit il dire ? Il faut qu'il s'en sçache servir en commun, et les mesler. "
                            "Et nous aussi, les biens et les maux, qui sont consubstantiels à nostre vie."
                        ),
                        "source": "Michel de Montaigne, Essais, livre III, chapitre 13, « De l'expérience » (1588)",
                        "commentary": (
                            "<p>« Souffrir » signifie ici supporter, endurer. Montaigne, alors tourmenté par sa lithiase, plaide pour une sagesse de l'acceptation. "
                            "Le texte peut être mobilisé par les deux camps : les uns y liront l'idée que la souffrance fait partie de la vie et peut être traversée ; "
                            "les autres souligneront qu'il s'agit d'une sagesse pour soi, que nul ne peut imposer à autrui, et que Montaigne parle de ce qu'on « ne peut éviter ». "
                            "Exercez-vous à lire le texte avec les yeux de la position que vous ne partagez pas.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "« Si la loi passe, vous m'aiderez ? »",
                        "presentation": (
                            "<p>M. Jacques Vidal, 69 ans, ancien professeur de mathématiques, est atteint d'un adénocarcinome du pancréas avec métastases hépatiques, en progression après deux lignes de chimiothérapie. "
                            "Il est suivi à domicile en hospitalisation à domicile avec l'appui de l'équipe mobile de soins palliatifs. Sa douleur est contrôlée par une analgésie morphinique ; "
                            "il est très fatigué, a perdu 15 kg et ne sort plus de chez lui. Son épouse est aidante à temps plein.</p>"
                            "<p>Lors d'une visite, il dit au médecin : « Je ne souffre pas tant que ça, docteur. Mais je ne veux pas de la fin. Je ne veux pas que ma femme me change. "
                            "J'ai pris contact avec une association en Suisse. Si la loi passe, vous m'aiderez ? Sinon, j'irai là-bas tant que je peux encore voyager. »</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Controverse structurée",
                        "duration_minutes": 35,
                        "group_size": "4",
                        "instructions": (
                            "<ol>"
                            "<li>Dans chaque groupe, un binôme reçoit la position « Le législateur devrait ouvrir une aide à mourir encadrée », l'autre la position inverse, indépendamment des convictions de chacun.</li>"
                            "<li>Chaque binôme prépare en 8 minutes ses trois meilleurs arguments, en s'appuyant sur les sections de la séance.</li>"
                            "<li>Présentation : 3 minutes par binôme, sans interruption. L'autre binôme reformule ensuite les arguments entendus jusqu'à ce que leurs auteurs s'estiment fidèlement compris.</li>"
                            "<li>Les binômes échangent leurs positions et ajoutent chacun un argument nouveau (5 minutes).</li>"
                            "<li>Le groupe abandonne les positions assignées et rédige ensemble trois points d'accord et un point de désaccord persistant, qu'il présente au reste de la salle.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Qu'est-ce qui, dans la demande de M. Vidal, relève de la douleur, de la peur, de la dignité, de la relation à son épouse ? Qu'est-ce que l'équipe peut encore proposer ?",
                            "Que peut, et que ne peut pas, répondre aujourd'hui le médecin à sa question, dans le respect du droit et de la relation de soin ?",
                            "La peur d'être « un poids » pour ses proches est-elle une raison recevable de demander à mourir, ou le signe d'un défaut d'accompagnement ? Peut-elle être les deux ?",
                            "Si une loi autorisait l'aide à mourir, comment un médecin devrait-il articuler sa clause de conscience avec son devoir de ne pas abandonner son patient ?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Euthanasie, suicide assisté, arrêt des traitements et sédation profonde et continue sont des notions distinctes qu'il faut employer avec précision.",
                            "Les pays qui ont légiféré diffèrent par le geste autorisé, les critères, les contrôles et le rôle des médecins.",
                            "Le débat parlementaire français, engagé depuis 2022, s'est poursuivi en 2025-2026 ; il faut vérifier l'état du droit à la date où l'on enseigne.",
                            "Des arguments sérieux existent des deux côtés ; comprendre la position adverse est une compétence professionnelle, pas une concession.",
                            "Face à une demande de mort, la première tâche du soignant est d'écouter ce qu'elle exprime et de ne pas abandonner le patient.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Comité consultatif national d'éthique",
                                "title": "Avis 139. Questions éthiques relatives aux situations de fin de vie : autonomie et solidarité",
                                "venue": "CCNE",
                                "year": 2022,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Commission de réflexion sur la fin de vie en France",
                                "title": "Penser solidairement la fin de vie. Rapport au Président de la République",
                                "venue": "La Documentation française",
                                "year": 2012,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Hennezel M de",
                                "title": "La Mort intime",
                                "venue": "Robert Laffont",
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
                            "<p><strong>Avant la séance.</strong> Vérifiez impérativement l'état du droit (Légifrance, site de l'Assemblée nationale et du Sénat) et actualisez la troisième section oralement si une loi a été promulguée "
                            "ou si la navette a évolué. Les chiffres de votes cités sont ceux des scrutins publics de 2025.</p>"
                            "<p><strong>Déroulé conseillé (90 min).</strong> 25 min : les quatre sections ; 35 min : controverse structurée ; 20 min : cas de M. Vidal et discussion ; 10 min : synthèse.</p>"
                            "<p><strong>Neutralité.</strong> L'objectif n'est pas de trancher mais d'apprendre à argumenter. Ne faites pas voter la salle et n'exprimez pas votre propre position pendant la séance ; "
                            "si on vous la demande, expliquez pourquoi vous la gardez pour vous dans ce cadre. Reprenez toute caricature (« les opposants veulent faire souffrir », "
                            "« les partisans veulent se débarrasser des vieux »), d'où qu'elle vienne.</p>"
                            "<p><strong>Éléments attendus sur le cas.</strong> La demande de M. Vidal porte moins sur la douleur que sur la dépendance, l'image de soi et la charge de son épouse. "
                            "L'équipe peut explorer ces peurs, proposer des aides humaines pour soulager l'épouse, un soutien psychologique, des directives anticipées détaillées, la désignation d'une personne de confiance, "
                            "et expliquer ce que permet la sédation profonde et continue. En l'état du droit sans loi nouvelle, le médecin ne peut ni prescrire ni administrer une substance létale ; "
                            "il peut en revanche continuer à le soigner quel que soit son projet, sans jugement. Évitez que les participants ne le réduisent à un « cas de dépression » ou à un « cas d'autonomie ».</p>"
                            "<p><strong>Vigilance.</strong> Le sujet touche des convictions profondes, religieuses ou non, et des deuils. Prévoyez un temps de retour en fin de séance et restez disponible ensuite.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {},
}
