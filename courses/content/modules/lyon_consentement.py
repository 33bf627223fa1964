MODULE = {
    "slug": "le-consentement-eclaire-a-l-epreuve-des-cultures",
    "institution": "lyon",
    "contributing_institutions": ["sjtu"],
    "language": "fr",
    "title": "Le consentement éclairé à l'épreuve des cultures",
    "summary": (
        "Que signifie consentir quand la langue, la famille ou la culture s'interposent entre le médecin et le patient ? "
        "Cadre juridique français, décisions familiales et vérification de la compréhension, à partir de cas cliniques."
    ),
    "objectives": [
        "Expliquer les obligations d'information et de consentement posées par le droit français depuis la loi du 4 mars 2002.",
        "Distinguer le processus de consentement de sa trace écrite et repérer les situations où il est incomplet ou vicié.",
        "Analyser une demande familiale de non-divulgation du diagnostic en articulant le droit français et les conceptions relationnelles de l'autonomie.",
        "Conduire une consultation avec un interprète professionnel et vérifier la compréhension du patient par la méthode « teach-back ».",
    ],
    "themes": ["ethics", "culture"],
    "level": "clinical",
    "license": "cc-by",
    "keywords": [
        "consentement éclairé",
        "loi kouchner",
        "autonomie relationnelle",
        "interprétariat",
        "littératie en santé",
        "annonce du diagnostic",
    ],
    "authors": [
        {
            "key": "helene-marchetti",
            "name": "Hélène Marchetti",
            "title": "Professeure d'éthique médicale",
            "institution": "lyon",
            "bio": (
                "Hélène Marchetti enseigne l'éthique médicale et le droit de la santé à la faculté de médecine Lyon Est "
                "(Université Claude Bernard Lyon 1). Ses travaux portent sur l'information du patient et la décision partagée. "
                "Elle coordonne les enseignements d'éthique du deuxième cycle des études médicales."
            ),
            "orcid": "",
        },
        {
            "key": "julien-berthaud",
            "name": "Julien Berthaud",
            "title": "Praticien hospitalier en oncologie digestive",
            "institution": "lyon",
            "bio": (
                "Julien Berthaud exerce aux Hospices Civils de Lyon, où il participe au dispositif d'annonce en cancérologie. "
                "Il s'intéresse à l'accueil des patients allophones et au travail clinique avec les interprètes professionnels."
            ),
            "orcid": "",
        },
        {
            "key": "yaqin-zhou",
            "name": "周雅琴",
            "title": "Professeure associée d'éthique médicale",
            "institution": "sjtu",
            "bio": (
                "Zhou Yaqin enseigne l'éthique médicale à l'École de médecine de l'Université Jiao Tong de Shanghai. "
                "Ses recherches portent sur la place de la famille dans l'annonce du diagnostic et la décision médicale en Chine. "
                "Elle a apporté à ce module le regard chinois de la deuxième séance."
            ),
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
            "authors": "Haute Autorité de santé",
            "title": "Délivrance de l'information à la personne sur son état de santé. Recommandation de bonne pratique",
            "venue": "HAS",
            "year": 2012,
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
            "authors": "Fadiman A",
            "title": "The Spirit Catches You and You Fall Down",
            "venue": "Farrar, Straus and Giroux",
            "year": 1997,
            "doi": "",
            "url": "",
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Séance 1
        # ------------------------------------------------------------------
        {
            "slug": "informer-pour-consentir-le-cadre-francais",
            "title": "Informer pour consentir : le cadre éthique et juridique français",
            "duration_minutes": 75,
            "introduction": (
                "Cette séance retrace le passage d'une médecine du silence bienveillant à une médecine du consentement, "
                "puis présente les règles françaises en vigueur : ce que le médecin doit dire, comment le dire, et ce que le patient peut refuser."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Du silence bienveillant au patient qui décide",
                        "text": (
                            "<p>Pendant des siècles, la bienfaisance médicale s'est fort bien accommodée du silence. Le médecin savait, "
                            "le malade obéissait ; dissimuler un pronostic passait pour une marque de tact, parfois même pour un devoir. "
                            "Le corpus hippocratique en témoigne (voir l'extrait ci-dessous), et cette conception est restée dominante en France "
                            "jusque tard dans le XXe siècle : beaucoup de patients atteints de cancer n'apprenaient jamais le nom de leur maladie.</p>"
                            "<p>Le renversement s'est fait par étapes. Dès 1942, l'arrêt Teyssier de la Cour de cassation rattache l'obligation de recueillir "
                            "le consentement du malade au respect de la personne humaine. En 1947, le Code de Nuremberg, rédigé à l'issue du procès des médecins nazis, "
                            "pose que le consentement volontaire du sujet de recherche est « absolument essentiel ». En 1997, l'arrêt Hédreul "
                            "fait peser sur le médecin la charge de prouver qu'il a bien informé son patient. Enfin, la loi du 4 mars 2002 relative aux droits des malades "
                            "et à la qualité du système de santé, dite loi Kouchner, adoptée dans le sillage des mobilisations de patients nées notamment de l'épidémie de sida, "
                            "inscrit dans le Code de la santé publique un véritable droit à l'information et un principe de décision partagée.</p>"
                        ),
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "historical",
                        "text": (
                            "Fais tout cela avec calme et adresse, en cachant au malade la plupart des choses pendant que tu le soignes. "
                            "Donne tes instructions avec bonne humeur et sérénité, détourne son attention de ce qu'on lui fait ; "
                            "reprends-le parfois avec fermeté, console-le parfois avec sollicitude, sans rien lui révéler de ce qui l'attend ni de son état présent."
                        ),
                        "source": "D'après Hippocrate, De la bienséance, § 16 (paraphrase française rédigée pour ce module)",
                        "commentary": (
                            "<p>Ce conseil n'est pas cynique : il procède d'une intention protectrice, l'idée que la vérité peut nuire au malade et entraver sa guérison. "
                            "C'est précisément cette intention que l'éthique contemporaine ne rejette pas, mais soumet à la volonté du patient. "
                            "Gardez ce texte en tête pour la deuxième séance : les familles qui demandent aujourd'hui qu'on taise un diagnostic raisonnent souvent de la même manière.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Ce que dit le droit français",
                        "text": (
                            "<p>Quatre textes structurent la matière. Il faut les connaître avec précision, car les étudiants les paraphrasent souvent de façon trop approximative.</p>"
                            "<ul>"
                            "<li><strong>Article 16-3 du Code civil</strong> : il ne peut être porté atteinte à l'intégrité du corps humain qu'en cas de nécessité médicale, "
                            "et le consentement de l'intéressé doit être recueilli préalablement, sauf si son état rend nécessaire une intervention à laquelle il n'est pas à même de consentir.</li>"
                            "<li><strong>Article L1111-2 du Code de la santé publique</strong> : toute personne a le droit d'être informée sur son état de santé. "
                            "L'information porte sur les investigations, traitements ou actions de prévention proposés, leur utilité, leur urgence éventuelle, leurs conséquences, "
                            "les risques fréquents ou graves normalement prévisibles, les autres solutions possibles et les conséquences prévisibles d'un refus. "
                            "Elle est délivrée au cours d'un entretien individuel ; seules l'urgence ou l'impossibilité d'informer en dispensent. "
                            "La volonté d'une personne d'être tenue dans l'ignorance d'un diagnostic ou d'un pronostic doit être respectée, sauf lorsque des tiers sont exposés à un risque de transmission. "
                            "En cas de litige, la preuve de l'information incombe au professionnel et peut être apportée par tout moyen.</li>"
                            "<li><strong>Article L1111-4</strong> : la personne prend, avec le professionnel de santé, les décisions concernant sa santé. "
                            "Aucun acte ni traitement ne peut être pratiqué sans son consentement libre et éclairé, qui peut être retiré à tout moment. "
                            "Le médecin doit respecter un refus après avoir informé la personne de ses conséquences ; si ce refus met sa vie en danger, elle doit le réitérer dans un délai raisonnable.</li>"
                            "<li><strong>Article R4127-35</strong> (Code de déontologie médicale) : le médecin doit à la personne une information <em>loyale, claire et appropriée</em>.</li>"
                            "</ul>"
                            "<p>Les trois adjectifs méritent qu'on s'y arrête. <em>Loyale</em> : sans mensonge ni omission destinée à orienter le choix. "
                            "<em>Claire</em> : compréhensible par cette personne-là, et non par un confrère. <em>Appropriée</em> : adaptée à son état, à son rythme, "
                            "à ce qu'elle souhaite savoir et au moment où elle peut l'entendre.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Le formulaire n'est pas le consentement",
                        "text": (
                            "<p>Dans la plupart des services, le consentement prend la forme d'une signature au bas d'un document. "
                            "Or, hors des situations où la loi exige un écrit (examens génétiques, recherches impliquant la personne humaine, assistance médicale à la procréation, par exemple), "
                            "le droit français n'impose pas de consentement écrit. La signature n'est qu'un élément de preuve parmi d'autres ; la recommandation de la HAS de 2012 "
                            "rappelle que le document écrit complète l'entretien oral sans jamais le remplacer, et qu'il faut tracer dans le dossier les informations données.</p>"
                            "<p>Le consentement est un <strong>processus</strong> : une information, un temps de réflexion, des questions, une décision, puis une réévaluation si la situation change. "
                            "Il peut être incomplet (le patient n'a pas compris), non libre (pression familiale, institutionnelle ou financière) ou donné par une personne "
                            "dont le discernement est altéré. Pour les mineurs et les majeurs protégés, la loi demande de rechercher systématiquement leur consentement "
                            "dès qu'ils sont aptes à exprimer leur volonté et à participer à la décision.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "« Donnez-moi le papier, je vous fais confiance »",
                        "presentation": (
                            "<p>M. Roger Peyrard, 74 ans, ancien plombier à Villeurbanne, veuf, est hospitalisé en neurologie après un accident ischémique transitoire : "
                            "pendant vingt minutes, il n'a plus trouvé ses mots et n'a plus pu serrer sa fourchette de la main droite. L'angioscanner montre une sténose "
                            "de 80 % de la carotide interne gauche. Le staff propose une endartériectomie carotidienne dans les quinze jours, conformément aux recommandations.</p>"
                            "<p>À 19 heures, l'interne de garde, qui n'opérera pas, passe avec le formulaire de consentement du service de chirurgie vasculaire. "
                            "M. Peyrard n'a pas mis ses appareils auditifs. Quand l'interne commence à évoquer les risques (un risque d'AVC ou de décès lié à l'intervention de l'ordre de quelques pour cent, "
                            "une atteinte le plus souvent transitoire d'un nerf crânien, un hématome cervical), il l'interrompt : « Mon frère a fait une attaque, il est dans un fauteuil depuis six ans. "
                            "Je ne veux pas savoir tout ça, ça m'angoisse. Vous êtes les docteurs, donnez-moi le papier, je signe. »</p>"
                            "<p>Sa fille, infirmière à Grenoble, doit venir le voir samedi.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "M. Peyrard exerce-t-il son droit de ne pas savoir, ou exprime-t-il d'abord une peur qu'il faudrait accueillir avant toute autre chose ? Comment faire la différence au lit du malade ?",
                            "Quelles informations minimales doit-il avoir reçues pour que son accord puisse être qualifié d'éclairé, même s'il refuse les détails ?",
                            "Que vaut, éthiquement et juridiquement, une signature recueillie à 19 heures par un interne qui ne réalisera pas le geste, auprès d'un patient qui n'entend pas bien ?",
                            "Quelles alternatives (traitement médical seul, angioplastie avec pose de stent) faut-il mentionner, et pourquoi leur absence rendrait-elle l'information déloyale ?",
                            "Parmi les trois exigences « loyale, claire et appropriée », laquelle vous paraît la plus difficile à tenir dans votre pratique de stage ?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Racontez une situation, clinique ou personnelle, où vous avez donné votre accord à quelque chose sans vraiment comprendre ce à quoi vous consentiez.",
                        "guidance": (
                            "Écrivez une page au plus, à la première personne. Décrivez d'abord les faits, puis ce que vous ressentiez au moment de dire oui "
                            "(confiance, fatigue, gêne de poser une question, pression du temps). Terminez en identifiant ce qui, dans l'attitude de votre interlocuteur, "
                            "aurait rendu votre accord plus éclairé. Ce texte n'est pas noté et n'a pas à être partagé."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Le droit français fait du patient le premier destinataire de l'information et l'auteur de la décision, avec le médecin (articles L1111-2 et L1111-4 du CSP).",
                            "L'information doit être loyale, claire et appropriée : elle porte aussi sur les risques graves, les alternatives et les conséquences d'un refus.",
                            "Le droit de ne pas savoir existe, mais il doit être exprimé par le patient lui-même et ne dispense pas de lui donner l'essentiel pour consentir.",
                            "La signature d'un formulaire n'est ni nécessaire en général ni suffisante : le consentement est un processus qu'il faut tracer dans le dossier.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Haute Autorité de santé",
                                "title": "Délivrance de l'information à la personne sur son état de santé. Recommandation de bonne pratique",
                                "venue": "HAS",
                                "year": 2012,
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
                            "<p><strong>Déroulé conseillé (75 min).</strong> 10 min : tour de table « une signature dont vous vous souvenez » ; 10 min : lecture de l'extrait hippocratique et réaction spontanée ; "
                            "20 min : présentation du cadre juridique, textes projetés ; 25 min : cas de M. Peyrard en petits groupes puis mise en commun ; 10 min : synthèse et consigne de la réflexion écrite.</p>"
                            "<p><strong>Éléments de réponse attendus.</strong> Le « je ne veux pas savoir » de M. Peyrard est d'abord l'expression d'une peur liée à l'histoire de son frère. "
                            "Avant de conclure à un refus d'information, il faut lui faire remettre ses appareils, s'asseoir, reconnaître cette peur et lui demander ce qu'il souhaite savoir. "
                            "Le droit de ne pas savoir n'efface pas le socle indispensable au consentement : la nature de l'intervention, son but (éviter un AVC constitué), "
                            "le principal risque grave, l'existence d'alternatives et la possibilité de refuser ou de différer. Il est raisonnable de lui proposer d'associer sa fille, "
                            "de lui laisser un document écrit et de reprendre la discussion avec le chirurgien. Tout cela doit être noté dans le dossier.</p>"
                            "<p><strong>Pièges fréquents.</strong> Les étudiants croient souvent que le consentement écrit est obligatoire pour tout acte invasif, ou qu'une signature protège le médecin. "
                            "Rappelez l'arrêt Hédreul (1997) et la preuve « par tout moyen ». D'autres opposent trop vite autonomie et bienfaisance : montrez que c'est la manière d'informer qui est en jeu.</p>"
                            "<p><strong>Vérification.</strong> Les articles cités sont régulièrement modifiés ; vérifiez leur rédaction en vigueur sur Légifrance avant la séance. "
                            "<strong>Évaluation possible</strong> : une question courte demandant de rédiger la note de dossier que l'interne aurait dû écrire ce soir-là.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 2
        # ------------------------------------------------------------------
        {
            "slug": "quand-la-famille-demande-a-decider",
            "title": "Quand la famille demande à décider : autonomie, proches et cultures",
            "duration_minutes": 90,
            "introduction": (
                "À partir du cas d'une patiente originaire de Chine dont le fils demande qu'on lui taise son cancer, cette séance confronte l'autonomie individuelle du droit français "
                "aux conceptions familiales de la décision, et propose une démarche concrète pour respecter à la fois la loi et la personne."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Deux manières de penser l'autonomie",
                        "text": (
                            "<p>Le droit français pense l'autonomie à partir de l'individu : c'est le patient qui est informé, c'est lui qui consent. "
                            "Les proches ne reçoivent d'information qu'avec son accord ; l'article L1110-4 du Code de la santé publique permet certes, en cas de diagnostic ou de pronostic grave, "
                            "que la famille reçoive les informations nécessaires pour soutenir le malade, mais seulement s'il ne s'y oppose pas.</p>"
                            "<p>Dans de nombreuses sociétés, la décision médicale grave est d'abord une affaire de famille. Protéger un parent âgé d'une nouvelle terrible peut y être un devoir moral, "
                            "et annoncer brutalement un cancer au malade lui-même, une cruauté qui lui ôterait l'espoir. L'enquête de Blackhall et ses collègues, menée à Los Angeles en 1995, "
                            "montrait déjà que des personnes âgées d'origine coréenne ou mexicaine étaient bien moins nombreuses que les personnes d'origine européenne ou afro-américaine "
                            "à penser qu'un patient doit être informé d'un diagnostic mortel. Rappelons aussi que cette position était majoritaire chez les médecins français il y a cinquante ans : "
                            "il ne s'agit pas d'un exotisme.</p>"
                            "<p>L'éthique contemporaine parle d'<strong>autonomie relationnelle</strong> : une personne décide toujours au sein de liens qui la constituent. "
                            "Respecter l'autonomie ne signifie pas isoler le patient de sa famille ; cela signifie s'assurer que c'est bien lui qui choisit la place qu'il donne aux siens.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Un regard depuis Shanghai",
                        "text": (
                            "<p>En Chine, la famille est traditionnellement l'interlocuteur privilégié du médecin. La piété filiale (孝, <em>xiao</em>) commande de protéger ses parents ; "
                            "beaucoup de familles redoutent que le mot « cancer » (癌, <em>ái</em>) fasse perdre au malade le goût de vivre. Dans les hôpitaux, il est courant que le formulaire "
                            "de consentement à une intervention soit signé par un proche.</p>"
                            "<p>Le droit chinois reflète cette tradition tout en l'encadrant. L'article 1219 du Code civil de la République populaire de Chine, en vigueur depuis 2021, "
                            "impose d'informer le patient et d'obtenir son accord explicite avant une intervention chirurgicale, un examen ou un traitement spécial ; "
                            "ce n'est que lorsqu'il n'est « pas possible ou pas opportun » de l'informer que le médecin s'adresse à ses proches parents. "
                            "Les pratiques évoluent : plusieurs enquêtes menées en Chine montrent qu'une majorité de patients disent souhaiter connaître leur diagnostic, "
                            "alors que leurs familles préfèrent souvent le taire. Les jeunes générations urbaines, l'essor des soins palliatifs (安宁疗护) et l'accès à l'information en ligne "
                            "rendent d'ailleurs la dissimulation de plus en plus difficile.</p>"
                            "<p>Il faut donc se garder de deux erreurs symétriques : croire que « les Chinois ne veulent pas savoir », et croire que la demande d'une famille "
                            "n'est qu'un obstacle à contourner. La culture n'est pas un diagnostic ; elle ouvre des questions qu'il faut poser à chaque patient.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "« Chez nous, on ne dit pas ça aux parents »",
                        "presentation": (
                            "<p>Mme Lin Guifang, 71 ans, originaire de Wenzhou, vit depuis six ans à Lyon chez son fils, qui tient un restaurant dans le 7e arrondissement. "
                            "Elle parle le dialecte de Wenzhou et comprend le mandarin, mais très peu le français. Adressée pour un amaigrissement de 8 kg et une anémie ferriprive, "
                            "elle a eu une gastroscopie : les biopsies d'une lésion ulcérée de l'antre montrent un adénocarcinome peu différencié. "
                            "Le scanner retrouve des métastases hépatiques et une carcinose péritonéale. La réunion de concertation pluridisciplinaire propose une chimiothérapie palliative, "
                            "qui nécessite la pose d'une chambre implantable ; l'objectif est de prolonger la vie de quelques mois en préservant sa qualité.</p>"
                            "<p>Avant la consultation d'annonce, son fils, M. Lin Wei, 44 ans, demande à voir le médecin seul : « Ne lui dites pas que c'est un cancer. "
                            "Chez nous, on ne dit pas ça aux parents, elle se laisserait mourir. Dites-lui que c'est un ulcère, qu'il faut un traitement par perfusion. "
                            "C'est moi qui déciderai, c'est mon devoir. » Jusqu'ici, c'est sa belle-fille qui traduisait pendant les consultations.</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "excerpt",
                    {
                        "kind": "testimony",
                        "text": (
                            "Quand mon père est tombé malade à Wenzhou, personne ne lui a dit le mot. Les médecins nous parlaient dans le couloir, à ma mère et à moi. "
                            "Il est mort tranquille, je crois, en pensant qu'il avait un mauvais estomac. Ici, on m'explique que ma mère a le droit de savoir. "
                            "Mais qui va rester avec elle la nuit, quand elle saura ? Ce n'est pas le médecin. C'est moi. "
                            "Je ne veux pas lui mentir ; je veux qu'elle n'ait pas peur. En France, on dirait que c'est la même chose. Pour moi, non."
                        ),
                        "source": "Composite testimony written for this module",
                        "commentary": (
                            "<p>Ce témoignage fictif fait entendre ce que la demande du fils a de légitime : la peur, l'amour, le sentiment d'une responsabilité qu'il portera seul. "
                            "Notez la distinction qu'il fait lui-même entre mentir et protéger : c'est un point d'appui pour la discussion, pas un obstacle.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Une démarche en cinq temps",
                        "text": (
                            "<ol>"
                            "<li><strong>Accueillir la demande</strong> sans la disqualifier : demander au fils ce qu'il craint, ce qui s'est passé pour son père, ce que sa mère sait ou soupçonne déjà.</li>"
                            "<li><strong>Dire honnêtement le cadre</strong> : l'équipe ne mentira pas à sa mère et ne pourra pas lui poser une chambre implantable ni commencer une chimiothérapie sans son accord. "
                            "En revanche, elle respectera ce que sa mère elle-même souhaite savoir.</li>"
                            "<li><strong>Rencontrer la patiente avec un interprète professionnel</strong>, et non avec sa belle-fille, pour lui poser la question préalable : "
                            "« Certaines personnes veulent connaître tous les détails de leur maladie, d'autres préfèrent que le médecin en parle surtout avec leur famille. Qu'est-ce qui est le mieux pour vous ? »</li>"
                            "<li><strong>Respecter sa réponse</strong>. Si elle délègue à son fils, on le note dans le dossier, on lui propose de le désigner comme personne de confiance (article L1111-6), "
                            "on recueille tout de même son accord sur le principe du traitement, et l'on reviendra régulièrement sur ce choix. Si elle veut savoir, l'annonce se fait avec tact, "
                            "au rythme qu'elle fixe, en présence de son fils si elle le souhaite.</li>"
                            "<li><strong>Soigner les mots</strong> : préparer avec l'interprète les termes qui seront utilisés, s'assurer qu'aucun mensonge n'est prononcé, "
                            "et prévoir l'accompagnement de l'infirmière d'annonce et des soins de support.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Jeu de rôle : la rencontre avec M. Lin",
                        "duration_minutes": 25,
                        "group_size": "3-4",
                        "instructions": (
                            "<ol>"
                            "<li>Répartissez les rôles : le médecin, M. Lin Wei, un observateur (et, à quatre, l'infirmière d'annonce). L'enseignant remet à « M. Lin » une fiche personnage confidentielle.</li>"
                            "<li>Jouez pendant 8 minutes l'entretien entre le médecin et le fils, avant toute rencontre avec la patiente. Objectif du médecin : comprendre la demande et expliquer le cadre sans rompre l'alliance.</li>"
                            "<li>L'observateur note les phrases qui ont ouvert ou fermé le dialogue, et le moment où le fils s'est senti entendu, s'il est arrivé.</li>"
                            "<li>Échangez les rôles et rejouez 5 minutes en tenant compte des remarques.</li>"
                            "<li>Retour en groupe : chaque trio propose une phrase qu'il garderait et une qu'il bannirait.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Peut-on dire à Mme Lin qu'elle a « un ulcère qui nécessite des perfusions » ? Où passe la frontière entre la délicatesse et le mensonge ?",
                            "Pourquoi la belle-fille ne devrait-elle pas traduire la question préalable ? Qu'est-ce qui changerait si elle le faisait ?",
                            "Si Mme Lin répond « faites ce que dit mon fils », son autonomie est-elle respectée ? À quelles conditions ?",
                            "En quoi la situation serait-elle différente si Mme Lin était atteinte de tuberculose pulmonaire plutôt que d'un cancer ?",
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Pensez à une décision médicale importante prise dans votre propre famille. Qui a été informé en premier, qui a décidé, et qu'en pensez-vous aujourd'hui ?",
                        "guidance": (
                            "Décrivez la situation sans nommer personne. Essayez de reconstituer les attentes implicites de chacun : qui devait savoir, qui devait protéger qui. "
                            "Demandez-vous ensuite si votre famille fonctionne plutôt selon un modèle individuel ou familial de la décision, et comment cela peut influencer "
                            "votre manière d'accueillir, demain, une famille qui ne vous ressemble pas."
                        ),
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "La demande d'une famille de taire un diagnostic procède généralement d'une intention protectrice qu'il faut entendre avant de répondre.",
                            "En France, on ne peut ni mentir au patient ni le traiter sans son accord ; on peut en revanche respecter son propre souhait de déléguer l'information à ses proches.",
                            "La question préalable (« que souhaitez-vous savoir, et avec qui ? ») se pose au patient lui-même, avec un interprète professionnel.",
                            "Le droit chinois admet que l'information soit donnée aux proches lorsqu'il n'est « pas possible ou pas opportun » d'informer le patient, mais les pratiques et les attentes évoluent.",
                            "La culture éclaire une situation ; elle ne dispense jamais de demander à la personne ce qu'elle veut.",
                        ],
                    },
                ),
                (
                    "further_reading",
                    {
                        "citations": [
                            {
                                "authors": "Blackhall LJ, Murphy ST, Frank G, Michel V, Azen S",
                                "title": "Ethnicity and attitudes toward patient autonomy",
                                "venue": "JAMA",
                                "year": 1995,
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
                                "authors": "Fadiman A",
                                "title": "The Spirit Catches You and You Fall Down",
                                "venue": "Farrar, Straus and Giroux",
                                "year": 1997,
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
                            "<p><strong>Déroulé conseillé (90 min).</strong> 15 min : les deux sections théoriques ; 10 min : lecture du cas et du témoignage ; 25 min : jeu de rôle ; "
                            "20 min : discussion ; 10 min : démarche en cinq temps présentée comme synthèse plutôt qu'en ouverture, pour ne pas donner la « bonne réponse » trop tôt ; 10 min : conclusion.</p>"
                            "<p><strong>Fiche personnage de M. Lin (à remettre discrètement).</strong> Vous aimez profondément votre mère. Quand votre père est mort, votre mère a été très déprimée pendant un an. "
                            "Vous craignez qu'elle arrête de manger si elle apprend la vérité. Vous vous méfiez un peu de l'hôpital, où l'on vous a déjà fait attendre des heures. "
                            "Vous vous détendez si le médecin vous demande comment va votre mère en ce moment et reconnaît vos efforts ; vous vous fermez s'il cite la loi d'emblée.</p>"
                            "<p><strong>Points à faire émerger.</strong> (1) « Ulcère » est un mensonge et engage la responsabilité de l'équipe ; « une maladie sérieuse de l'estomac, que nous allons traiter » "
                            "peut être une formulation honnête si la patiente ne souhaite pas davantage de détails. (2) Une tuberculose contagieuse relève de l'exception prévue par l'article L1111-2 "
                            "(risque de transmission aux tiers) : la patiente doit alors être informée. (3) Déléguer est un choix autonome s'il est libre, éclairé sur le fait qu'il existe une information à recevoir, et révocable.</p>"
                            "<p><strong>Vigilance.</strong> Certains étudiants sont eux-mêmes issus de familles où l'on protège les aînés du diagnostic ; d'autres ont vécu un deuil récent par cancer. "
                            "Évitez tout propos essentialisant (« les Asiatiques… ») et reprenez-le s'il survient, calmement, en revenant à la singularité du cas. "
                            "Le regard chinois de la deuxième section a été rédigé avec notre collègue de la SJTU : invitez, si possible, des étudiants en échange à le commenter.</p>"
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Séance 3
        # ------------------------------------------------------------------
        {
            "slug": "se-comprendre-interpretes-litteratie-teach-back",
            "title": "Se comprendre : interprètes, littératie en santé et méthode « teach-back »",
            "duration_minutes": 75,
            "introduction": (
                "Un consentement n'est éclairé que s'il est compris. Cette séance donne des outils concrets pour travailler avec un interprète professionnel, "
                "repérer les difficultés de littératie en santé et vérifier la compréhension du patient sans l'humilier."
            ),
            "body": [
                (
                    "section",
                    {
                        "heading": "Le consentement suppose la compréhension",
                        "text": (
                            "<p>On mesure rarement ce que le patient retient réellement d'une consultation. Les travaux sur la mémoire des informations médicales, synthétisés par Kessels en 2003, "
                            "montrent qu'une part importante de ce qui est dit est oubliée presque aussitôt, et que ce qui est retenu est souvent déformé, surtout quand l'anxiété est forte.</p>"
                            "<p>La <strong>littératie en santé</strong> désigne la capacité d'accéder à l'information de santé, de la comprendre, de l'évaluer et de l'utiliser pour prendre des décisions "
                            "(selon le modèle intégratif proposé par Sørensen et ses collègues en 2012). Elle ne se confond ni avec le niveau d'études ni avec la maîtrise du français : "
                            "un cadre supérieur effrayé par un diagnostic peut comprendre très peu de chose, et une personne peu scolarisée peut fort bien décider si on lui explique clairement. "
                            "D'où l'idée de « précautions universelles » : parler simplement et vérifier la compréhension avec tous les patients, sans chercher à deviner lesquels en ont besoin.</p>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Travailler avec un interprète professionnel",
                        "text": (
                            "<p>Lorsque le patient ne parle pas ou parle mal le français, le recours à un interprète professionnel (sur place, par téléphone ou en visioconférence) est la règle. "
                            "La loi de modernisation de notre système de santé de 2016 a reconnu l'interprétariat linguistique, et la HAS a publié en 2017 un référentiel de compétences et de bonnes pratiques. "
                            "L'interprète professionnel est tenu au secret, à la fidélité et à la neutralité.</p>"
                            "<p>Les interprètes improvisés (proches, collègues bilingues, enfants) commettent davantage d'erreurs cliniquement significatives : dans l'étude de Flores et ses collègues (2003), "
                            "les omissions étaient l'erreur la plus fréquente et les erreurs des interprètes ad hoc avaient plus souvent des conséquences cliniques potentielles que celles des interprètes de l'hôpital. "
                            "Un proche filtre, protège, abrège ; un enfant se voit chargé d'un poids qui n'est pas le sien. On ne fait jamais traduire un diagnostic grave ou un consentement par un mineur.</p>"
                            "<ul>"
                            "<li>Avant : briefer l'interprète (objectif, sujets sensibles, termes techniques).</li>"
                            "<li>Pendant : se placer face au patient, lui parler directement à la première personne (« Avez-vous mal ? » et non « Demandez-lui s'il a mal »), phrases courtes, une idée à la fois.</li>"
                            "<li>Après : un bref retour avec l'interprète, qui peut signaler un malentendu ou une réaction culturelle qu'il a perçue.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "section",
                    {
                        "heading": "Vérifier la compréhension : la méthode « teach-back »",
                        "text": (
                            "<p>« Vous avez bien compris ? » appelle presque toujours un « oui ». La méthode teach-back (« redites-le avec vos mots ») inverse la charge : "
                            "c'est le soignant qui vérifie s'il a bien expliqué. Elle tient en quelques principes :</p>"
                            "<ol>"
                            "<li>Découper l'information en deux ou trois messages essentiels.</li>"
                            "<li>Après chaque bloc, demander : « Pour être sûr d'avoir été clair, pouvez-vous me redire avec vos mots ce que nous allons faire et pourquoi ? »</li>"
                            "<li>Si la reformulation est inexacte, réexpliquer autrement (schéma, exemple concret), puis vérifier de nouveau.</li>"
                            "<li>Conclure par un document écrit simple et la possibilité de rappeler.</li>"
                            "</ol>"
                            "<p>Schillinger et ses collègues (2003) ont montré que, chez des patients diabétiques à faible littératie, les médecins vérifiaient rarement la compréhension, "
                            "et que cette vérification était associée à un meilleur équilibre glycémique. La méthode prend une à deux minutes ; elle en fait souvent gagner bien davantage.</p>"
                        ),
                    },
                ),
                (
                    "case",
                    {
                        "title": "Deux patients, un même « oui »",
                        "presentation": (
                            "<p><strong>M. Ahmad Rahimi</strong>, 46 ans, arrivé d'Afghanistan il y a huit mois et demandeur d'asile, parle dari. Il consulte aux urgences à 23 heures pour une douleur thoracique "
                            "apparue trois heures plus tôt. L'ECG montre un sous-décalage du segment ST en latéral, la troponine est élevée : le diagnostic de syndrome coronarien aigu sans sus-décalage est retenu "
                            "et une coronarographie est programmée dans les 24 heures. Son fils de 13 ans, scolarisé à Vaulx-en-Velin, parle très bien français et propose de traduire. "
                            "Le service d'interprétariat téléphonique de l'hôpital est joignable jour et nuit.</p>"
                            "<p><strong>Mme Josiane Vernay</strong>, 67 ans, ancienne ouvrière du textile à Villefranche-sur-Saône, est hospitalisée pour une fibrillation atriale découverte après des palpitations. "
                            "Elle est hypertendue et diabétique ; un anticoagulant oral direct lui est prescrit à raison de deux prises par jour. À chaque explication de l'interne, elle hoche la tête : « Oui, oui, j'ai compris. » "
                            "Invitée à redire comment elle prendra son traitement, elle répond : « Quand je sens que mon cœur s'emballe, je prends un comprimé. Et je l'arrête avant le dentiste, bien sûr. »</p>"
                        ),
                        "consent": "deidentified",
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Atelier teach-back en trios",
                        "duration_minutes": 25,
                        "group_size": "3",
                        "instructions": (
                            "<ol>"
                            "<li>Chaque trio choisit une situation : consentement à la coronarographie de M. Rahimi (avec un troisième étudiant jouant l'interprète), ou explication du traitement de Mme Vernay.</li>"
                            "<li>L'étudiant « médecin » prépare en 3 minutes trois messages essentiels, écrits en langage courant, sans jargon.</li>"
                            "<li>Il les délivre en 5 minutes en utilisant au moins deux fois la formule teach-back. Le « patient » reformule en introduisant volontairement une erreur.</li>"
                            "<li>L'observateur (ou l'« interprète ») note : jargon employé, questions fermées, manière dont l'erreur a été repérée et corrigée.</li>"
                            "<li>Tournez les rôles, puis mettez en commun les formules qui ont le mieux fonctionné.</li>"
                            "</ol>"
                        ),
                    },
                ),
                (
                    "discussion",
                    {
                        "questions": [
                            "Quels risques précis prendriez-vous en faisant traduire par le fils de M. Rahimi le consentement à la coronarographie ? Y a-t-il des moments où son aide reste acceptable ?",
                            "Le « oui, oui » de Mme Vernay relève-t-il d'un défaut de compréhension, de politesse, de fatigue, de honte ? Comment le savoir sans la mettre en difficulté ?",
                            "Quelles conséquences cliniques pourrait avoir l'erreur de Mme Vernay si elle n'avait pas été repérée ?",
                            "Pourquoi la méthode teach-back est-elle aussi un outil d'humilité pour le soignant ?",
                        ],
                    },
                ),
                (
                    "takeaways",
                    {
                        "items": [
                            "Un consentement ne vaut que ce que vaut la compréhension : celle-ci doit être vérifiée, non présumée.",
                            "La littératie en santé concerne tous les patients ; les « précautions universelles » évitent d'avoir à deviner qui en a besoin.",
                            "L'interprète professionnel est la règle ; un enfant ne traduit jamais un diagnostic grave ni un consentement.",
                            "La méthode teach-back fait porter la vérification sur la qualité de l'explication, et non sur l'intelligence du patient.",
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
                                "venue": "Pediatrics",
                                "year": 2003,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Schillinger D, Piette J, Grumbach K, et al.",
                                "title": "Closing the loop: physician communication with diabetic patients who have low health literacy",
                                "venue": "Archives of Internal Medicine",
                                "year": 2003,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Sørensen K, Van den Broucke S, Fullam J, et al.",
                                "title": "Health literacy and public health: a systematic review and integration of definitions and models",
                                "venue": "BMC Public Health",
                                "year": 2012,
                                "doi": "",
                                "url": "",
                            },
                            {
                                "authors": "Kessels RPC",
                                "title": "Patients' memory for medical information",
                                "venue": "Journal of the Royal Society of Medicine",
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
                            "<p><strong>Déroulé conseillé (75 min).</strong> 15 min : les trois sections (privilégier les exemples vécus en stage) ; 10 min : lecture des deux vignettes ; "
                            "25 min : atelier teach-back ; 15 min : discussion ; 10 min : synthèse.</p>"
                            "<p><strong>Éléments de réponse.</strong> Pour M. Rahimi, la coronarographie n'est pas une urgence immédiate : il y a le temps d'appeler l'interprète téléphonique. "
                            "Le fils risque d'omettre, d'adoucir ou de mal traduire ; il apprendrait peut-être que son père pourrait mourir, ce qui n'est pas son rôle. Il peut en revanche aider à l'accueil "
                            "ou rassurer son père, en présence de l'interprète. Pour Mme Vernay, l'erreur est double et dangereuse : une prise « à la demande » l'expose au risque d'AVC ; "
                            "un arrêt non encadré avant un soin dentaire l'expose aussi, alors que la conduite à tenir se discute avec le médecin ou le dentiste. "
                            "Soulignez que sa langue maternelle est le français : la littératie en santé n'est pas une question d'origine.</p>"
                            "<p><strong>Pièges.</strong> Certains étudiants vivent le teach-back comme un examen infligé au patient. Insistez sur la formulation qui porte la responsabilité sur le soignant "
                            "(« pour être sûr d'avoir été clair »). D'autres jouent un interprète qui résume au lieu de traduire : c'est l'occasion de montrer l'omission, erreur la plus fréquente.</p>"
                            "<p><strong>Évaluation.</strong> Une station d'ECOS peut être construite à partir de la vignette de Mme Vernay : grille centrée sur l'absence de jargon, l'usage du teach-back "
                            "et la correction bienveillante de l'erreur. Renseignez-vous sur le dispositif d'interprétariat de votre établissement avant la séance pour pouvoir indiquer aux étudiants comment y accéder.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "translations": {
        "en": {
            "slug": "informed-consent-across-cultures",
            "title": "Informed Consent Across Cultures",
            "summary": (
                "What does it mean to consent when language, family or culture stands between doctor and patient? "
                "The French legal framework, family-centred decisions and checking understanding, explored through clinical cases."
            ),
            "objectives": [
                "Explain the duties of disclosure and consent laid down in French law since the Act of 4 March 2002.",
                "Distinguish the process of consent from its written record and recognize situations in which consent is incomplete or flawed.",
                "Analyze a family's request not to disclose a diagnosis by bringing French law into dialogue with relational conceptions of autonomy.",
                "Conduct a consultation with a professional interpreter and check the patient's understanding using the teach-back method.",
            ],
            "keywords": [
                "informed consent",
                "kouchner act",
                "relational autonomy",
                "medical interpreting",
                "health literacy",
                "breaking bad news",
            ],
            "authors": [
                {
                    "key": "helene-marchetti",
                    "title": "Professor of Medical Ethics",
                    "bio": (
                        "Hélène Marchetti teaches medical ethics and health law at the Lyon Est Faculty of Medicine "
                        "(Université Claude Bernard Lyon 1). Her research focuses on patient information and shared decision-making. "
                        "She coordinates the ethics teaching of the second cycle of medical studies."
                    ),
                },
                {
                    "key": "julien-berthaud",
                    "title": "Consultant in Gastrointestinal Oncology",
                    "bio": (
                        "Julien Berthaud practises at the Hospices Civils de Lyon, where he takes part in the cancer diagnosis disclosure programme. "
                        "He is particularly interested in the care of patients who do not speak French and in clinical work with professional interpreters."
                    ),
                },
                {
                    "key": "yaqin-zhou",
                    "title": "Associate Professor of Medical Ethics",
                    "bio": (
                        "Zhou Yaqin teaches medical ethics at Shanghai Jiao Tong University School of Medicine. "
                        "Her research examines the role of the family in disclosing diagnoses and in medical decision-making in China. "
                        "She contributed the Chinese perspective in the second session of this module."
                    ),
                },
            ],
            "lessons": [
                # --------------------------------------------------------------
                # Session 1
                # --------------------------------------------------------------
                {
                    "slug": "informing-in-order-to-consent-the-french-framework",
                    "title": "Informing in Order to Consent: The French Ethical and Legal Framework",
                    "duration_minutes": 75,
                    "introduction": (
                        "This session traces the shift from a medicine of benevolent silence to a medicine of consent, "
                        "then sets out the French rules now in force: what the doctor must say, how to say it, and what the patient may refuse."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "From benevolent silence to the patient who decides",
                                "text": (
                                    "<p>For centuries, medical beneficence sat quite comfortably with silence. The doctor knew; "
                                    "the patient obeyed. Concealing a prognosis was seen as a mark of tact, sometimes even as a duty. "
                                    "The Hippocratic corpus bears witness to this (see the excerpt below), and the view remained dominant in France "
                                    "until well into the twentieth century: many patients with cancer never learned the name of their disease.</p>"
                                    "<p>The reversal came in stages. As early as 1942, the Teyssier ruling of the French Court of Cassation linked the duty to obtain "
                                    "the patient's consent to respect for the human person. In 1947, the Nuremberg Code, drafted after the trial of the Nazi doctors, "
                                    "declared the voluntary consent of the research subject “absolutely essential”. In 1997, the Hédreul ruling "
                                    "placed on the physician the burden of proving that the patient had been informed. Finally, the Act of 4 March 2002 on patients' rights "
                                    "and the quality of the health system, known as the loi Kouchner, passed in the wake of patient activism born in particular of the AIDS epidemic, "
                                    "wrote into the Public Health Code a genuine right to information and a principle of shared decision-making.</p>"
                                ),
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "historical",
                                "text": (
                                    "Do all this calmly and deftly, concealing most things from the patient while you are treating him. "
                                    "Give your instructions cheerfully and serenely, and turn his attention away from what is being done to him; "
                                    "sometimes reprove him firmly, sometimes comfort him with solicitude, revealing nothing of what lies ahead or of his present condition."
                                ),
                                "source": "After Hippocrates, Decorum, § 16 (paraphrase written for this module)",
                                "commentary": (
                                    "<p>This advice is not cynical: it springs from a protective intention, the belief that truth can harm the patient and hinder recovery. "
                                    "Contemporary ethics does not reject that intention; it subordinates it to the patient's own wishes. "
                                    "Keep this text in mind for the second session: families who today ask that a diagnosis be withheld often reason in exactly the same way.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "What French law says",
                                "text": (
                                    "<p>Four texts frame the subject. They need to be known precisely, because students often paraphrase them too loosely.</p>"
                                    "<ul>"
                                    "<li><strong>Article 16-3 of the Civil Code</strong>: the integrity of the human body may be breached only in case of medical necessity, "
                                    "and the person's consent must be obtained beforehand, unless their condition requires an intervention to which they are unable to consent.</li>"
                                    "<li><strong>Article L1111-2 of the Public Health Code</strong>: everyone has the right to be informed about their state of health. "
                                    "The information covers the proposed investigations, treatments or preventive measures, their usefulness, any urgency, their consequences, "
                                    "the frequent or serious risks that are normally foreseeable, the other possible options and the foreseeable consequences of refusal. "
                                    "It is given in an individual conversation; only emergency or impossibility exempts the professional from giving it. "
                                    "A person's wish to be kept unaware of a diagnosis or prognosis must be respected, except where third parties are exposed to a risk of transmission. "
                                    "In the event of a dispute, the burden of proving that information was given lies with the professional, and it may be proved by any means.</li>"
                                    "<li><strong>Article L1111-4</strong>: the person makes decisions about their health together with the health professional. "
                                    "No procedure or treatment may be carried out without their free and informed consent, which may be withdrawn at any time. "
                                    "The doctor must respect a refusal after informing the person of its consequences; if the refusal puts their life at risk, they must reiterate it within a reasonable time.</li>"
                                    "<li><strong>Article R4127-35</strong> (Code of Medical Ethics): the doctor owes the person information that is <em>fair, clear and appropriate</em> (loyale, claire et appropriée).</li>"
                                    "</ul>"
                                    "<p>The three adjectives deserve attention. <em>Fair</em> (loyale): without lies or omissions designed to steer the choice. "
                                    "<em>Clear</em>: understandable by this particular person, not by a colleague. <em>Appropriate</em>: suited to their condition, their pace, "
                                    "what they wish to know and the moment when they are able to hear it.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "The form is not the consent",
                                "text": (
                                    "<p>In most hospital departments, consent takes the form of a signature at the bottom of a document. "
                                    "Yet, outside the situations in which the law requires writing (genetic testing, research involving human participants, medically assisted reproduction, for example), "
                                    "French law does not require written consent. The signature is only one piece of evidence among others; the 2012 recommendation of the Haute Autorité de santé (HAS) "
                                    "points out that a written document complements the spoken conversation but never replaces it, and that the information given must be recorded in the patient's file.</p>"
                                    "<p>Consent is a <strong>process</strong>: information, time to reflect, questions, a decision, then reassessment if the situation changes. "
                                    "It may be incomplete (the patient has not understood), not free (family, institutional or financial pressure) or given by a person "
                                    "whose capacity is impaired. For minors and adults under legal protection, the law requires that their consent always be sought "
                                    "as soon as they are able to express their wishes and take part in the decision.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "“Give me the paper, I trust you”",
                                "presentation": (
                                    "<p>Mr Roger Peyrard, 74, a retired plumber from Villeurbanne and a widower, is admitted to the neurology ward after a transient ischaemic attack: "
                                    "for twenty minutes he could not find his words and could not grip his fork with his right hand. CT angiography shows an 80% stenosis "
                                    "of the left internal carotid artery. The team proposes a carotid endarterectomy within fifteen days, in line with guidelines.</p>"
                                    "<p>At 7 p.m., the resident on call, who will not be operating, comes by with the vascular surgery department's consent form. "
                                    "Mr Peyrard is not wearing his hearing aids. When the resident begins to describe the risks (a risk of stroke or death related to the operation of the order of a few per cent, "
                                    "damage to a cranial nerve that is usually temporary, a neck haematoma), he interrupts: “My brother had a stroke, he's been in a wheelchair for six years. "
                                    "I don't want to know all that, it makes me anxious. You're the doctors. Give me the paper, I'll sign.”</p>"
                                    "<p>His daughter, a nurse in Grenoble, is due to visit on Saturday.</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Is Mr Peyrard exercising his right not to know, or is he first expressing a fear that needs to be acknowledged before anything else? How can you tell the difference at the bedside?",
                                    "What minimum information must he have received for his agreement to count as informed, even if he declines the details?",
                                    "What is the ethical and legal value of a signature obtained at 7 p.m. by a resident who will not perform the procedure, from a patient who cannot hear well?",
                                    "Which alternatives (medical treatment alone, angioplasty with stenting) should be mentioned, and why would leaving them out make the information unfair?",
                                    "Of the three requirements “fair, clear and appropriate”, which seems hardest to meet in your own clinical placements?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Describe a situation, clinical or personal, in which you agreed to something without really understanding what you were consenting to.",
                                "guidance": (
                                    "Write no more than a page, in the first person. Start with the facts, then describe what you felt when you said yes "
                                    "(trust, fatigue, embarrassment about asking a question, time pressure). End by identifying what, in the other person's manner, "
                                    "would have made your agreement better informed. This text is not graded and need not be shared."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "French law makes the patient the primary recipient of information and the author of the decision, together with the doctor (Articles L1111-2 and L1111-4 of the Public Health Code).",
                                    "Information must be fair, clear and appropriate: it also covers serious risks, alternatives and the consequences of refusal.",
                                    "The right not to know exists, but it must be expressed by the patients themselves, and it does not excuse the doctor from giving them what is essential for consent.",
                                    "Signing a form is generally neither necessary nor sufficient: consent is a process that must be documented in the patient's file.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Haute Autorité de santé",
                                        "title": "Délivrance de l'information à la personne sur son état de santé. Recommandation de bonne pratique",
                                        "venue": "HAS",
                                        "year": 2012,
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
                                    "<p><strong>Suggested plan (75 min).</strong> 10 min: round-table, “a signature you remember”; 10 min: reading of the Hippocratic excerpt and first reactions; "
                                    "20 min: presentation of the legal framework, with the texts on screen; 25 min: Mr Peyrard's case in small groups, then plenary; 10 min: summary and instructions for the written reflection.</p>"
                                    "<p><strong>Expected points.</strong> Mr Peyrard's “I don't want to know” is first of all the expression of a fear rooted in his brother's story. "
                                    "Before concluding that he is refusing information, one should have him put his hearing aids in, sit down, acknowledge the fear and ask him what he wishes to know. "
                                    "The right not to know does not remove the minimum needed for consent: the nature of the operation, its purpose (preventing a completed stroke), "
                                    "the main serious risk, the existence of alternatives and the possibility of refusing or postponing. It is reasonable to suggest involving his daughter, "
                                    "to leave him a written document and to resume the discussion with the surgeon. All of this must be recorded in the file.</p>"
                                    "<p><strong>Common pitfalls.</strong> Students often believe that written consent is mandatory for every invasive procedure, or that a signature protects the doctor. "
                                    "Remind them of the Hédreul ruling (1997) and of proof “by any means”. Others are too quick to set autonomy against beneficence: show that what is at stake is the way information is given.</p>"
                                    "<p><strong>Check.</strong> The articles cited are amended from time to time; check their current wording on Légifrance before the session. "
                                    "<strong>Possible assessment</strong>: a short question asking students to write the note the resident should have entered in the file that evening.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # --------------------------------------------------------------
                # Session 2
                # --------------------------------------------------------------
                {
                    "slug": "when-the-family-asks-to-decide",
                    "title": "When the Family Asks to Decide: Autonomy, Relatives and Cultures",
                    "duration_minutes": 90,
                    "introduction": (
                        "Starting from the case of a patient from China whose son asks that her cancer be kept from her, this session sets the individual autonomy of French law "
                        "against family-centred views of decision-making, and proposes a concrete approach that respects both the law and the person."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "Two ways of thinking about autonomy",
                                "text": (
                                    "<p>French law thinks of autonomy in terms of the individual: it is the patient who is informed and the patient who consents. "
                                    "Relatives receive information only with the patient's agreement. Article L1110-4 of the Public Health Code does allow, in the case of a serious diagnosis or prognosis, "
                                    "the family to receive the information they need to support the patient, but only if the patient does not object.</p>"
                                    "<p>In many societies, a serious medical decision is first and foremost a family matter. Shielding an elderly parent from terrible news may be a moral duty, "
                                    "and bluntly telling the patient they have cancer a cruelty that would rob them of hope. The survey by Blackhall and colleagues, conducted in Los Angeles in 1995, "
                                    "already showed that older people of Korean or Mexican origin were far less likely than those of European or African American origin "
                                    "to think that a patient should be told of a terminal diagnosis. Remember, too, that this view was held by most French doctors fifty years ago: "
                                    "there is nothing exotic about it.</p>"
                                    "<p>Contemporary ethics speaks of <strong>relational autonomy</strong>: people always decide within the relationships that make them who they are. "
                                    "Respecting autonomy does not mean isolating the patient from the family; it means making sure that it is the patient who chooses the place their family will have.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "A view from Shanghai",
                                "text": (
                                    "<p>In China, the family has traditionally been the doctor's main interlocutor. Filial piety (孝, <em>xiao</em>) requires children to protect their parents; "
                                    "many families fear that the word “cancer” (癌, <em>ái</em>) will take away the patient's will to live. In hospitals it is common for the consent form "
                                    "for a procedure to be signed by a relative.</p>"
                                    "<p>Chinese law reflects this tradition while also setting limits on it. Article 1219 of the Civil Code of the People's Republic of China, in force since 2021, "
                                    "requires that the patient be informed and give explicit consent before surgery, a special examination or a special treatment; "
                                    "only when it is “impossible or inappropriate” to inform the patient does the doctor turn to the patient's close relatives. "
                                    "Practice is changing: several surveys conducted in China show that most patients say they want to know their diagnosis, "
                                    "whereas their families often prefer to keep it from them. Younger urban generations, the growth of palliative care (安宁疗护) and access to information online "
                                    "are in any case making concealment more and more difficult.</p>"
                                    "<p>Two mirror-image errors must therefore be avoided: believing that “Chinese people don't want to know”, and believing that a family's request "
                                    "is merely an obstacle to get around. Culture is not a diagnosis; it raises questions that have to be put to each patient.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "“Where we come from, you don't tell your parents that”",
                                "presentation": (
                                    "<p>Mrs Lin Guifang, 71, from Wenzhou, has lived in Lyon for six years with her son, who runs a restaurant in the 7th arrondissement. "
                                    "She speaks the Wenzhou dialect and understands Mandarin, but very little French. Referred for an 8 kg weight loss and iron-deficiency anaemia, "
                                    "she has undergone a gastroscopy: biopsies of an ulcerated lesion of the antrum show a poorly differentiated adenocarcinoma. "
                                    "The CT scan reveals liver metastases and peritoneal carcinomatosis. The multidisciplinary team meeting recommends palliative chemotherapy, "
                                    "which requires the insertion of an implantable port; the aim is to extend her life by a few months while preserving its quality.</p>"
                                    "<p>Before the disclosure consultation, her son, Mr Lin Wei, 44, asks to see the doctor alone: “Don't tell her it's cancer. "
                                    "Where we come from, you don't tell your parents that. She would give up and die. Tell her it's an ulcer and she needs treatment through a drip. "
                                    "I will make the decisions; it's my duty.” Until now, her daughter-in-law has interpreted during consultations.</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "excerpt",
                            {
                                "kind": "testimony",
                                "text": (
                                    "When my father fell ill in Wenzhou, nobody said the word to him. The doctors talked to us in the corridor, my mother and me. "
                                    "He died peacefully, I think, believing he had a bad stomach. Here they tell me my mother has the right to know. "
                                    "But who will be with her at night, once she knows? Not the doctor. Me. "
                                    "I don't want to lie to her; I want her not to be afraid. In France, it seems, that is the same thing. For me, it isn't."
                                ),
                                "source": "Composite testimony written for this module",
                                "commentary": (
                                    "<p>This fictional testimony lets us hear what is legitimate in the son's request: fear, love, the sense of a responsibility he will carry alone. "
                                    "Notice the distinction he himself draws between lying and protecting: it is something to build the discussion on, not an obstacle.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "A five-step approach",
                                "text": (
                                    "<ol>"
                                    "<li><strong>Acknowledge the request</strong> without dismissing it: ask the son what he fears, what happened with his father, what his mother already knows or suspects.</li>"
                                    "<li><strong>Be honest about the framework</strong>: the team will not lie to his mother, and cannot insert a port or start chemotherapy without her agreement. "
                                    "It will, however, respect what his mother herself wishes to know.</li>"
                                    "<li><strong>Meet the patient with a professional interpreter</strong>, not her daughter-in-law, and ask the preliminary question: "
                                    "“Some people want to know every detail of their illness; others prefer the doctor to talk mainly with their family. What would be best for you?”</li>"
                                    "<li><strong>Respect her answer</strong>. If she delegates to her son, record it in the file, suggest that she designate him as her trusted person (personne de confiance, Article L1111-6), "
                                    "still obtain her agreement to the principle of treatment, and come back to this choice regularly. If she wants to know, break the news with tact, "
                                    "at the pace she sets, with her son present if she wishes.</li>"
                                    "<li><strong>Take care with words</strong>: agree with the interpreter beforehand on the terms to be used, make sure no lie is told, "
                                    "and arrange support from the disclosure nurse and supportive care services.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Role play: meeting Mr Lin",
                                "duration_minutes": 25,
                                "group_size": "3-4",
                                "instructions": (
                                    "<ol>"
                                    "<li>Assign the roles: the doctor, Mr Lin Wei, an observer (and, in groups of four, the disclosure nurse). The facilitator gives “Mr Lin” a confidential character sheet.</li>"
                                    "<li>Play the 8-minute conversation between the doctor and the son, before any meeting with the patient. The doctor's goal: understand the request and explain the framework without breaking the relationship.</li>"
                                    "<li>The observer notes the sentences that opened or closed the dialogue, and the moment, if any, when the son felt heard.</li>"
                                    "<li>Swap roles and replay for 5 minutes, taking the comments into account.</li>"
                                    "<li>Plenary debrief: each group offers one sentence it would keep and one it would ban.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "Can Mrs Lin be told she has “an ulcer that needs drips”? Where is the line between tact and lying?",
                                    "Why should the daughter-in-law not interpret the preliminary question? What would change if she did?",
                                    "If Mrs Lin answers “do what my son says”, is her autonomy respected? Under what conditions?",
                                    "How would the situation differ if Mrs Lin had pulmonary tuberculosis rather than cancer?",
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Think of an important medical decision taken in your own family. Who was informed first, who decided, and what do you think of it today?",
                                "guidance": (
                                    "Describe the situation without naming anyone. Try to reconstruct each person's unspoken expectations: who was supposed to know, who was supposed to protect whom. "
                                    "Then ask yourself whether your family works more on an individual or a family model of decision-making, and how this might shape "
                                    "the way you will one day receive a family that is not like yours."
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "A family's request to withhold a diagnosis usually springs from a protective intention that must be heard before it is answered.",
                                    "In France, one may neither lie to the patient nor treat them without their agreement; one may, however, respect their own wish to delegate information to their relatives.",
                                    "The preliminary question (“what do you wish to know, and with whom?”) is put to the patient, with a professional interpreter.",
                                    "Chinese law allows information to be given to relatives when it is “impossible or inappropriate” to inform the patient, but practices and expectations are changing.",
                                    "Culture sheds light on a situation; it never excuses us from asking the person what they want.",
                                ],
                            },
                        ),
                        (
                            "further_reading",
                            {
                                "citations": [
                                    {
                                        "authors": "Blackhall LJ, Murphy ST, Frank G, Michel V, Azen S",
                                        "title": "Ethnicity and attitudes toward patient autonomy",
                                        "venue": "JAMA",
                                        "year": 1995,
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
                                        "authors": "Fadiman A",
                                        "title": "The Spirit Catches You and You Fall Down",
                                        "venue": "Farrar, Straus and Giroux",
                                        "year": 1997,
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
                                    "<p><strong>Suggested plan (90 min).</strong> 15 min: the two theoretical sections; 10 min: reading of the case and the testimony; 25 min: role play; "
                                    "20 min: discussion; 10 min: the five-step approach, presented as a synthesis rather than at the start, so as not to give away the “right answer” too early; 10 min: conclusion.</p>"
                                    "<p><strong>Character sheet for Mr Lin (to hand out discreetly).</strong> You love your mother deeply. When your father died, your mother was very depressed for a year. "
                                    "You are afraid she will stop eating if she learns the truth. You are a little wary of the hospital, where you have already been kept waiting for hours. "
                                    "You relax if the doctor asks how your mother is doing at the moment and acknowledges your efforts; you shut down if the doctor quotes the law straight away.</p>"
                                    "<p><strong>Points to bring out.</strong> (1) “Ulcer” is a lie and engages the team's responsibility; “a serious illness of the stomach, which we are going to treat” "
                                    "can be an honest formulation if the patient does not wish for more detail. (2) Infectious tuberculosis falls under the exception in Article L1111-2 "
                                    "(risk of transmission to third parties): the patient must then be informed. (3) Delegating is an autonomous choice if it is free, made in the knowledge that there is information to receive, and revocable.</p>"
                                    "<p><strong>Be alert.</strong> Some students come from families in which elders are shielded from diagnoses; others have recently lost someone to cancer. "
                                    "Avoid any essentializing remark (“Asians…”) and, if one is made, address it calmly by returning to the particulars of the case. "
                                    "The Chinese perspective in the second section was written with our SJTU colleague: if possible, invite exchange students to comment on it.</p>"
                                ),
                            },
                        ),
                    ],
                },
                # --------------------------------------------------------------
                # Session 3
                # --------------------------------------------------------------
                {
                    "slug": "understanding-each-other-interpreters-health-literacy-teach-back",
                    "title": "Understanding Each Other: Interpreters, Health Literacy and the Teach-Back Method",
                    "duration_minutes": 75,
                    "introduction": (
                        "Consent is informed only if it is understood. This session offers practical tools for working with a professional interpreter, "
                        "recognizing health literacy difficulties and checking the patient's understanding without embarrassing them."
                    ),
                    "body": [
                        (
                            "section",
                            {
                                "heading": "Consent presupposes understanding",
                                "text": (
                                    "<p>We rarely measure what patients actually remember from a consultation. Research on memory for medical information, reviewed by Kessels in 2003, "
                                    "shows that a large share of what is said is forgotten almost immediately, and that what is remembered is often distorted, especially when anxiety is high.</p>"
                                    "<p><strong>Health literacy</strong> refers to the ability to access health information, understand it, appraise it and use it to make decisions "
                                    "(following the integrated model proposed by Sørensen and colleagues in 2012). It is not the same as level of education or command of French: "
                                    "a senior executive frightened by a diagnosis may understand very little, while a person with little schooling may decide perfectly well if things are explained clearly. "
                                    "Hence the idea of “universal precautions”: speak plainly and check understanding with every patient, rather than trying to guess who needs it.</p>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Working with a professional interpreter",
                                "text": (
                                    "<p>When a patient does not speak French, or speaks it poorly, using a professional interpreter (on site, by telephone or by video) is the rule. "
                                    "The 2016 Act on the modernization of the French health system recognized linguistic interpreting, and in 2017 the HAS published a framework of competencies and good practice. "
                                    "Professional interpreters are bound by confidentiality, accuracy and impartiality.</p>"
                                    "<p>Ad hoc interpreters (relatives, bilingual colleagues, children) make more clinically significant errors: in the study by Flores and colleagues (2003), "
                                    "omissions were the most frequent error, and errors made by ad hoc interpreters were more likely to have potential clinical consequences than those made by hospital interpreters. "
                                    "A relative filters, protects, shortens; a child is made to carry a burden that is not theirs. A minor should never be asked to interpret a serious diagnosis or a consent discussion.</p>"
                                    "<ul>"
                                    "<li>Before: brief the interpreter (purpose, sensitive topics, technical terms).</li>"
                                    "<li>During: sit facing the patient and speak to them directly in the first person (“Are you in pain?”, not “Ask him if he's in pain”); short sentences, one idea at a time.</li>"
                                    "<li>After: a brief debrief with the interpreter, who may point out a misunderstanding or a cultural reaction they noticed.</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "section",
                            {
                                "heading": "Checking understanding: the teach-back method",
                                "text": (
                                    "<p>“Did you understand?” almost always gets a “yes”. The teach-back method (“tell it back in your own words”) reverses the burden: "
                                    "it is the clinician who checks whether they have explained well. It rests on a few principles:</p>"
                                    "<ol>"
                                    "<li>Break the information into two or three key messages.</li>"
                                    "<li>After each block, ask: “To be sure I've explained things clearly, could you tell me in your own words what we are going to do and why?”</li>"
                                    "<li>If the restatement is inaccurate, explain again in a different way (a drawing, a concrete example), then check again.</li>"
                                    "<li>Finish with a simple written document and a way to call back.</li>"
                                    "</ol>"
                                    "<p>Schillinger and colleagues (2003) showed that, with diabetic patients with low health literacy, physicians rarely checked understanding, "
                                    "and that checking was associated with better glycaemic control. The method takes one or two minutes; it often saves a great deal more.</p>"
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Two patients, the same “yes”",
                                "presentation": (
                                    "<p><strong>Mr Ahmad Rahimi</strong>, 46, arrived from Afghanistan eight months ago and is seeking asylum; he speaks Dari. He comes to the emergency department at 11 p.m. with chest pain "
                                    "that began three hours earlier. The ECG shows lateral ST-segment depression and troponin is raised: a diagnosis of non-ST-elevation acute coronary syndrome is made "
                                    "and coronary angiography is scheduled within 24 hours. His 13-year-old son, who goes to school in Vaulx-en-Velin, speaks excellent French and offers to interpret. "
                                    "The hospital's telephone interpreting service can be reached day and night.</p>"
                                    "<p><strong>Mrs Josiane Vernay</strong>, 67, a former textile worker from Villefranche-sur-Saône, is admitted with atrial fibrillation discovered after palpitations. "
                                    "She has hypertension and diabetes; a direct oral anticoagulant is prescribed twice daily. After each of the resident's explanations, she nods: “Yes, yes, I understand.” "
                                    "Asked to say how she will take her treatment, she replies: “When I feel my heart racing, I take a tablet. And I stop it before going to the dentist, of course.”</p>"
                                ),
                                "consent": "deidentified",
                            },
                        ),
                        (
                            "activity",
                            {
                                "title": "Teach-back workshop in threes",
                                "duration_minutes": 25,
                                "group_size": "3",
                                "instructions": (
                                    "<ol>"
                                    "<li>Each group of three chooses a situation: consent to Mr Rahimi's coronary angiography (with a third student playing the interpreter), or explaining Mrs Vernay's treatment.</li>"
                                    "<li>The student playing the doctor takes 3 minutes to prepare three key messages, written in everyday language, without jargon.</li>"
                                    "<li>They deliver them in 5 minutes, using the teach-back question at least twice. The “patient” restates the messages, deliberately introducing one error.</li>"
                                    "<li>The observer (or the “interpreter”) notes: jargon used, closed questions, how the error was detected and corrected.</li>"
                                    "<li>Rotate roles, then share the phrases that worked best.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "questions": [
                                    "What specific risks would you be taking if Mr Rahimi's son interpreted the consent discussion for the angiography? Are there moments when his help remains acceptable?",
                                    "Is Mrs Vernay's “yes, yes” a matter of not understanding, politeness, fatigue, shame? How can you find out without putting her on the spot?",
                                    "What clinical consequences could Mrs Vernay's mistake have had if it had not been detected?",
                                    "Why is the teach-back method also a tool of humility for the clinician?",
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "items": [
                                    "Consent is only as good as the understanding behind it: understanding must be checked, not assumed.",
                                    "Health literacy concerns every patient; “universal precautions” avoid having to guess who needs help.",
                                    "A professional interpreter is the rule; a child should never interpret a serious diagnosis or a consent discussion.",
                                    "The teach-back method tests the quality of the explanation, not the patient's intelligence.",
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
                                        "venue": "Pediatrics",
                                        "year": 2003,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Schillinger D, Piette J, Grumbach K, et al.",
                                        "title": "Closing the loop: physician communication with diabetic patients who have low health literacy",
                                        "venue": "Archives of Internal Medicine",
                                        "year": 2003,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Sørensen K, Van den Broucke S, Fullam J, et al.",
                                        "title": "Health literacy and public health: a systematic review and integration of definitions and models",
                                        "venue": "BMC Public Health",
                                        "year": 2012,
                                        "doi": "",
                                        "url": "",
                                    },
                                    {
                                        "authors": "Kessels RPC",
                                        "title": "Patients' memory for medical information",
                                        "venue": "Journal of the Royal Society of Medicine",
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
                                    "<p><strong>Suggested plan (75 min).</strong> 15 min: the three sections (draw on examples from students' placements); 10 min: reading of the two vignettes; "
                                    "25 min: teach-back workshop; 15 min: discussion; 10 min: summary.</p>"
                                    "<p><strong>Expected points.</strong> For Mr Rahimi, the angiography is not an immediate emergency: there is time to call the telephone interpreter. "
                                    "The son may omit, soften or mistranslate; he might also learn that his father could die, which is not his role. He can, however, help welcome his father "
                                    "or reassure him, with the interpreter present. For Mrs Vernay, the mistake is twofold and dangerous: taking the drug “as needed” exposes her to the risk of stroke; "
                                    "stopping it unsupervised before dental care is also risky, whereas what to do should be discussed with the doctor or the dentist. "
                                    "Stress that her mother tongue is French: health literacy is not a question of origin.</p>"
                                    "<p><strong>Pitfalls.</strong> Some students experience teach-back as a test imposed on the patient. Insist on the wording that places the responsibility on the clinician "
                                    "(“to be sure I've explained things clearly”). Others play an interpreter who summarizes instead of interpreting: use it to show omission, the most frequent error.</p>"
                                    "<p><strong>Assessment.</strong> An OSCE station can be built from Mrs Vernay's vignette, with a checklist focused on avoiding jargon, using teach-back "
                                    "and correcting the error kindly. Before the session, find out how interpreting is organized in your own hospital so that you can tell students how to access it.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    },
}
