"""Demo content for the integration portal, in Finnish, Swedish and English.

The text was written for this demo. It follows the structure of the real portal
(kotoutuminen.fi): audience pages, six section pages, news and calls for applications.
The facts of the July 2021 Nordic forum call come from the portal's public page. Every other
news item, call, person, figure and survey result is made up for the demo.

Times are naive Europe/Helsinki local times ("YYYY-MM-DDTHH:MM"), or
``{"days_ago": N, "time": "HH:MM"}`` relative to the day the content is loaded. This module
holds data only; ``cms.demo.loader`` builds the pages.
"""

AUDIENCES = [
    {
        "key": "decision-makers",
        "fi": {
            "name": "Päättäjät ja johto",
            "slug": "paattajat",
            "description": (
                "Kuntien ja valtionhallinnon päättäjät sekä johtotehtävissä työskentelevät, "
                "joiden ratkaisut vaikuttavat kotoutumiseen ja pakolaisten vastaanottoon."
            ),
        },
        "sv": {
            "name": "Beslutsfattare och ledning",
            "slug": "beslutsfattare",
            "description": (
                "Beslutsfattare och chefer i kommunerna och statsförvaltningen vars beslut "
                "påverkar integrationen och mottagandet av flyktingar."
            ),
        },
        "en": {
            "name": "Decision-makers and managers",
            "slug": "decision-makers",
            "description": (
                "Decision-makers and managers in municipalities and central government whose "
                "choices shape integration and the reception of refugees."
            ),
        },
    },
    {
        "key": "authorities",
        "fi": {
            "name": "Viranomaiset",
            "slug": "viranomaiset",
            "description": (
                "Kuntien, hyvinvointialueiden, työllisyysalueiden ja valtion viranomaiset, "
                "jotka järjestävät kotoutumispalveluja tai valvovat niiden toteutumista."
            ),
        },
        "sv": {
            "name": "Myndigheter",
            "slug": "myndigheter",
            "description": (
                "Myndigheter i kommunerna, välfärdsområdena, sysselsättningsområdena och "
                "staten som ordnar integrationstjänster eller övervakar dem."
            ),
        },
        "en": {
            "name": "Authorities",
            "slug": "authorities",
            "description": (
                "Authorities in municipalities, wellbeing services counties, employment areas "
                "and central government that organise or supervise integration services."
            ),
        },
    },
    {
        "key": "professionals",
        "fi": {
            "name": "Ammattilaiset",
            "slug": "ammattilaiset",
            "description": (
                "Kotoutumisen parissa työskentelevät ohjaajat, opettajat, sosiaali- ja "
                "terveysalan ammattilaiset sekä järjestöjen työntekijät."
            ),
        },
        "sv": {
            "name": "Yrkesverksamma",
            "slug": "yrkesverksamma",
            "description": (
                "Handledare, lärare, yrkesverksamma inom social- och hälsovården samt "
                "organisationsanställda som arbetar med integration."
            ),
        },
        "en": {
            "name": "Professionals",
            "slug": "professionals",
            "description": (
                "Counsellors, teachers, social and health care professionals and staff of "
                "civil society organisations who work with integration."
            ),
        },
    },
]

HOME = {
    "fi": {
        "title": "Kotoutuminen",
        "intro": (
            "Tietoa ja tukea kotoutumisen edistämiseen kunnissa, viranomaisissa ja "
            "järjestöissä. Sivustolta löydät kotoutumispalveluja koskevan lainsäädännön, "
            "toimijoiden tehtävät, ajankohtaiset uutiset ja avoimet haut."
        ),
    },
    "sv": {
        "title": "Integration",
        "intro": (
            "Information och stöd för integrationsfrämjande arbete i kommunerna, hos "
            "myndigheterna och i organisationerna. Här hittar du lagstiftningen om "
            "integrationstjänster, aktörernas uppgifter, aktuella nyheter och öppna ansökningar."
        ),
    },
    "en": {
        "title": "Integration",
        "intro": (
            "Information and support for promoting integration in municipalities, authorities "
            "and organisations. Find the legislation on integration services, the tasks of "
            "different actors, current news and open calls for applications."
        ),
    },
}

SECTIONS = [
    {
        "key": "services",
        "fi": {
            "title": "Palvelut",
            "slug": "palvelut",
            "intro": (
                "Kotoutumispalveluihin kuuluvat alkuvaiheen ohjaus, kotoutumiskoulutus ja "
                "monikielinen neuvonta. Tältä sivulta löydät myös tietoa ruotsinkielisestä "
                "kotoutumisesta ja asiakastuesta."
            ),
            "body": [
                ("heading", "Kotoutumispalvelut kunnissa"),
                (
                    "paragraph",
                    "<p>Kunta vastaa siitä, että maahanmuuttajat saavat tarvitsemansa tiedon, "
                    "ohjauksen ja neuvonnan mahdollisimman pian maahanmuuton jälkeen. "
                    "Kotoutumisen edistämisestä annetun lain mukaan kunnan on tarjottava "
                    "asiakkaalle osaamisen ja palvelutarpeen arviointi, laadittava hänen kanssaan "
                    "kotoutumissuunnitelma ja järjestettävä tarvittaessa monialaista tukea. "
                    "Työttömät työnhakijat ohjataan kotoutumiskoulutukseen kunnan "
                    "työllisyyspalvelujen kautta.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Mitä kotoutumispalveluihin kuuluu?",
                        "body": "<ul><li>monikielinen neuvonta ja ohjaus</li>"
                        "<li>osaamisen ja palvelutarpeen arviointi</li>"
                        "<li>kotoutumissuunnitelma</li>"
                        "<li>kotoutumiskoulutus ja muu kielikoulutus</li>"
                        "<li>yhteiskuntaorientaatio eli perustieto suomalaisesta "
                        "yhteiskunnasta</li></ul>",
                    },
                ),
                ("heading", "Monikielinen neuvonta"),
                (
                    "paragraph",
                    "<p>Neuvontapisteissä asiakas voi hoitaa asioitaan omalla äidinkielellään tai "
                    "muulla kielellä, jota hän ymmärtää. Monikielinen neuvonta auttaa esimerkiksi "
                    "asumiseen, terveyspalveluihin, opiskeluun ja työnhakuun liittyvissä "
                    "kysymyksissä. Kun palvelu on saavutettavaa ja selkeää, asiakkaan asiat "
                    "ratkeavat nopeammin ja viranomaisten työ kevenee. Neuvojat ohjaavat asiakkaan "
                    "tarvittaessa oikean viranomaisen luo ja auttavat täyttämään lomakkeita.</p>",
                ),
                ("heading", "Ruotsinkielinen kotoutuminen"),
                (
                    "paragraph",
                    "<p>Suomi on kaksikielinen maa, ja maahanmuuttaja voi kotoutua myös ruotsin "
                    "kielellä. Kaksikielisissä kunnissa asiakkaalle kerrotaan jo ensimmäisissä "
                    "tapaamisissa, että hän voi valita kotoutumiskoulutuksensa kielen. Valinta "
                    "tehdään yhdessä asiakkaan kanssa, ja siinä otetaan huomioon perheen, työn ja "
                    "opiskelun tarpeet. Ruotsinkielistä kotoutumiskoulutusta järjestetään "
                    "erityisesti Pohjanmaalla, Uudellamaalla ja Varsinais-Suomessa.</p>",
                ),
                (
                    "image",
                    {
                        "alt": "Neuvoja ja asiakas keskustelevat palvelupisteen tiskin ääressä.",
                        "caption": "Monikielinen neuvonta palvelupisteessä",
                    },
                ),
            ],
        },
        "sv": {
            "title": "Tjänster",
            "slug": "tjanster",
            "intro": (
                "Integrationstjänsterna omfattar vägledning i början, integrationsutbildning och "
                "flerspråkig rådgivning. Här finns också information om integration på svenska "
                "och om kundstöd."
            ),
            "body": [
                ("heading", "Integrationstjänster i kommunerna"),
                (
                    "paragraph",
                    "<p>Kommunen ansvarar för att invandrare får den information, handledning och "
                    "rådgivning de behöver så snart som möjligt efter att de flyttat till Finland. "
                    "Enligt lagen om främjande av integration ska kommunen erbjuda kunden en "
                    "bedömning av kompetens och servicebehov, utarbeta en integrationsplan "
                    "tillsammans med kunden och vid behov ordna sektorsövergripande stöd. "
                    "Arbetslösa arbetssökande hänvisas till integrationsutbildning via kommunens "
                    "arbetskraftsservice.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Vad ingår i integrationstjänsterna?",
                        "body": "<ul><li>flerspråkig rådgivning och handledning</li>"
                        "<li>bedömning av kompetens och servicebehov</li>"
                        "<li>integrationsplan</li>"
                        "<li>integrationsutbildning och annan språkutbildning</li>"
                        "<li>samhällsorientering, det vill säga grundläggande kunskap om det "
                        "finländska samhället</li></ul>",
                    },
                ),
                ("heading", "Flerspråkig rådgivning"),
                (
                    "paragraph",
                    "<p>Vid rådgivningspunkterna kan kunden sköta sina ärenden på sitt modersmål "
                    "eller på ett annat språk som hen förstår. Den flerspråkiga rådgivningen "
                    "hjälper till exempel med frågor om boende, hälsovård, studier och "
                    "arbetssökande. När tjänsten är tillgänglig och tydlig löses kundens ärenden "
                    "snabbare och myndigheternas arbete blir lättare. Rådgivarna hänvisar vid "
                    "behov "
                    "kunden till rätt myndighet och hjälper till att fylla i blanketter.</p>",
                ),
                ("heading", "Integration på svenska"),
                (
                    "paragraph",
                    "<p>Finland är ett tvåspråkigt land, och invandrare kan också integreras på "
                    "svenska. I de tvåspråkiga kommunerna berättar man redan vid de första mötena "
                    "att kunden kan välja på vilket språk integrationsutbildningen ordnas. Valet "
                    "görs tillsammans med kunden med hänsyn till familjens, arbetets och "
                    "studiernas behov. Svenskspråkig integrationsutbildning ordnas särskilt i "
                    "Österbotten, Nyland och Egentliga Finland.</p>",
                ),
                (
                    "image",
                    {
                        "alt": "En rådgivare och en kund samtalar vid disken på en servicepunkt.",
                        "caption": "Flerspråkig rådgivning på en servicepunkt",
                    },
                ),
            ],
        },
        "en": {
            "title": "Services",
            "slug": "services",
            "intro": (
                "Integration services cover early guidance, integration training and "
                "multilingual advice. This page also explains integration in Swedish and the "
                "customer support that is available."
            ),
            "body": [
                ("heading", "Integration services in municipalities"),
                (
                    "paragraph",
                    "<p>Municipalities are responsible for making sure that immigrants receive the "
                    "information, guidance and advice they need as soon as possible after moving "
                    "to Finland. Under the Act on the Promotion of Integration, the municipality "
                    "offers each client an assessment of skills and service needs, draws up an "
                    "integration plan together with the client and arranges multi-sectoral "
                    "support where needed. Unemployed jobseekers are referred to integration "
                    "training through the municipality's employment services.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "What do integration services include?",
                        "body": "<ul><li>multilingual advice and guidance</li>"
                        "<li>assessment of skills and service needs</li>"
                        "<li>integration plans</li>"
                        "<li>integration training and other language courses</li>"
                        "<li>civic orientation, that is, basic knowledge of Finnish "
                        "society</li></ul>",
                    },
                ),
                ("heading", "Multilingual advice"),
                (
                    "paragraph",
                    "<p>At advice points, clients can deal with their matters in their mother "
                    "tongue or in another language they understand. Multilingual advisers help "
                    "with questions about housing, health services, studies and job seeking. "
                    "When services are accessible and clear, clients get their matters resolved "
                    "faster and the workload of authorities eases. Advisers refer clients to the "
                    "right authority when needed and help them fill in forms.</p>",
                ),
                ("heading", "Integration in Swedish"),
                (
                    "paragraph",
                    "<p>Finland is a bilingual country, and immigrants can also integrate in "
                    "Swedish. In bilingual municipalities, clients are told at their first "
                    "meetings that they may choose the language of their integration training. "
                    "The choice is made together with the client, taking into account the needs "
                    "of the family, work and studies. Swedish-language integration training is "
                    "offered especially in Ostrobothnia, Uusimaa and Southwest Finland.</p>",
                ),
                (
                    "image",
                    {
                        "alt": "An adviser and a client talking at the counter of a service point.",
                        "caption": "Multilingual advice at a service point",
                    },
                ),
            ],
        },
    },
    {
        "key": "actors",
        "fi": {
            "title": "Toimijat ja tehtävät",
            "slug": "toimijat-ja-tehtavat",
            "intro": (
                "Kotoutumista edistetään paikallisesti, alueellisesti ja valtakunnallisesti. "
                "Kun eri hallinnonalojen toimijat tekevät yhteistyötä, työ on vaikuttavampaa."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Kotoutuminen ei ole yhden viranomaisen asia. Asuminen, varhaiskasvatus, "
                    "koulutus, työllisyys sekä sosiaali- ja terveyspalvelut vaikuttavat kaikki "
                    "siihen, miten maahanmuuttajat pääsevät osaksi suomalaista yhteiskuntaa. "
                    "Siksi kotoutumisen edistäminen edellyttää sujuvaa tiedonkulkua ja sovittua "
                    "työnjakoa.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Kotoutumisen edistämisen keskeiset toimijat",
                        "header": ["Taso", "Toimija", "Keskeiset tehtävät"],
                        "rows": [
                            [
                                "Paikallinen",
                                "Kunnat",
                                "Kotoutumispalvelujen yleinen ja koordinoiva vastuu, "
                                "työllisyyspalvelut ja kotoutumiskoulutus",
                            ],
                            [
                                "Paikallinen",
                                "Hyvinvointialueet",
                                "Sosiaali- ja terveyspalvelut sekä pelastustoimi",
                            ],
                            [
                                "Alueellinen",
                                "ELY-keskukset",
                                "Kuntien ohjaus ja tuki, kuntapaikoista sopiminen",
                            ],
                            [
                                "Valtakunnallinen",
                                "Työ- ja elinkeinoministeriö",
                                "Kotoutumisen edistämisen yleinen kehittäminen, suunnittelu ja "
                                "ohjaus",
                            ],
                            [
                                "Valtakunnallinen",
                                "Maahanmuuttovirasto",
                                "Oleskeluluvat, kansainvälistä suojelua hakevien vastaanotto",
                            ],
                        ],
                    },
                ),
                ("heading", "Järjestöt ja yhteisöt"),
                (
                    "paragraph",
                    "<p>Järjestöt, uskonnolliset yhteisöt ja vapaaehtoiset tavoittavat usein "
                    "ihmisiä, joita viranomaisten palvelut eivät tavoita. Ne tarjoavat "
                    "vertaistukea, harrastuksia ja kielenharjoittelua. Monessa kunnassa "
                    "järjestöt ovat mukana jo kotoutumisen edistämisen ohjelman "
                    "valmistelussa.</p>",
                ),
                ("heading", "Työnantajat"),
                (
                    "paragraph",
                    "<p>Työpaikka on monelle tärkein paikka oppia kieltä ja luoda verkostoja. "
                    "Työnantajat voivat edistää kotoutumista perehdyttämällä selkeästi, "
                    "tukemalla kielenoppimista työn ohessa ja tunnistamalla ulkomailla hankitun "
                    "osaamisen. Monet työnantajat tekevät tässä tiivistä yhteistyötä kunnan "
                    "työllisyyspalvelujen ja oppilaitosten kanssa.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Kotoutuminen onnistuu parhaiten, kun kunta, hyvinvointialue ja "
                        "järjestöt istuvat saman pöydän ääreen jo suunnitteluvaiheessa.",
                        "attribution": "Kotoutumiskoordinaattori, Esimerkkilän kaupunki",
                    },
                ),
            ],
        },
        "sv": {
            "title": "Aktörer och deras uppgifter",
            "slug": "aktorer-och-uppgifter",
            "intro": (
                "Integrationen främjas lokalt, regionalt och nationellt. När aktörer från olika "
                "förvaltningsområden samarbetar blir arbetet mer verkningsfullt."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Integration är inte en enskild myndighets sak. Boende, småbarnspedagogik, "
                    "utbildning, sysselsättning samt social- och hälsovård påverkar alla hur "
                    "invandrare blir en del av det finländska samhället. Därför kräver "
                    "integrationsfrämjandet ett smidigt informationsutbyte och en överenskommen "
                    "arbetsfördelning.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Centrala aktörer i integrationsfrämjandet",
                        "header": ["Nivå", "Aktör", "Centrala uppgifter"],
                        "rows": [
                            [
                                "Lokal",
                                "Kommunerna",
                                "Allmänt och samordnande ansvar för integrationstjänsterna, "
                                "arbetskraftsservice och integrationsutbildning",
                            ],
                            [
                                "Lokal",
                                "Välfärdsområdena",
                                "Social- och hälsovård samt räddningsväsende",
                            ],
                            [
                                "Regional",
                                "NTM-centralerna",
                                "Styrning av och stöd till kommunerna, avtal om kommunplatser",
                            ],
                            [
                                "Nationell",
                                "Arbets- och näringsministeriet",
                                "Allmän utveckling, planering och styrning av "
                                "integrationsfrämjandet",
                            ],
                            [
                                "Nationell",
                                "Migrationsverket",
                                "Uppehållstillstånd, mottagande av personer som söker "
                                "internationellt skydd",
                            ],
                        ],
                    },
                ),
                ("heading", "Organisationer och sammanslutningar"),
                (
                    "paragraph",
                    "<p>Organisationer, religiösa samfund och frivilliga når ofta människor som "
                    "myndigheternas tjänster inte når. De erbjuder kamratstöd, fritidsaktiviteter "
                    "och språkträning. I många kommuner deltar organisationerna redan i "
                    "beredningen av programmet för främjande av integration.</p>",
                ),
                ("heading", "Arbetsgivare"),
                (
                    "paragraph",
                    "<p>Arbetsplatsen är för många den viktigaste platsen att lära sig språket och "
                    "skapa nätverk. Arbetsgivare kan främja integration genom tydlig "
                    "introduktion, genom att stödja språkinlärning vid sidan av arbetet och genom "
                    "att erkänna kompetens som förvärvats utomlands.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Integrationen lyckas bäst när kommunen, välfärdsområdet och "
                        "organisationerna sitter vid samma bord redan i planeringsskedet.",
                        "attribution": "Integrationskoordinator, Exempelby stad",
                    },
                ),
            ],
        },
        "en": {
            "title": "Actors and their tasks",
            "slug": "actors-and-their-tasks",
            "intro": (
                "Integration is promoted at local, regional and national level. When actors "
                "from different administrative branches work together, the work has more impact."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Integration is not the business of a single authority. Housing, early "
                    "childhood education, schooling, employment and social and health services "
                    "all affect how immigrants become part of Finnish society. Promoting "
                    "integration therefore depends on a smooth flow of information and an agreed "
                    "division of work.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Key actors in the promotion of integration",
                        "header": ["Level", "Actor", "Main tasks"],
                        "rows": [
                            [
                                "Local",
                                "Municipalities",
                                "General and coordinating responsibility for integration "
                                "services, employment services and integration training",
                            ],
                            [
                                "Local",
                                "Wellbeing services counties",
                                "Social and health services and rescue services",
                            ],
                            [
                                "Regional",
                                "ELY Centres",
                                "Guidance and support for municipalities, agreements on "
                                "municipal placements",
                            ],
                            [
                                "National",
                                "Ministry of Economic Affairs and Employment",
                                "Overall development, planning and steering of integration",
                            ],
                            [
                                "National",
                                "Finnish Immigration Service",
                                "Residence permits, reception of applicants for international "
                                "protection",
                            ],
                        ],
                    },
                ),
                ("heading", "Organisations and communities"),
                (
                    "paragraph",
                    "<p>Civil society organisations, religious communities and volunteers often "
                    "reach people whom public services do not. They offer peer support, leisure "
                    "activities and opportunities to practise the language. In many "
                    "municipalities, organisations take part in preparing the local integration "
                    "programme from the start.</p>",
                ),
                ("heading", "Employers"),
                (
                    "paragraph",
                    "<p>For many immigrants, the workplace is the most important place to learn "
                    "the language and build networks. Employers can promote integration through "
                    "clear induction, by supporting language learning alongside work and by "
                    "recognising skills acquired abroad.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Integration works best when the municipality, the wellbeing "
                        "services county and organisations sit at the same table from the "
                        "planning stage onwards.",
                        "attribution": "Integration coordinator, City of Exampleton",
                    },
                ),
            ],
        },
    },
    {
        "key": "partnership",
        "fi": {
            "title": "Kumppanuusohjelma",
            "slug": "kumppanuusohjelma",
            "intro": (
                "Kotoutumisen kumppanuusohjelma kokoaa toimijat yhteen ja vahvistaa monialaista "
                "yhteistyötä. Ohjelmaan voivat liittyä kunnat, järjestöt, yritykset ja "
                "viranomaiset."
            ),
            "body": [
                ("heading", "Mikä kumppanuusohjelma on?"),
                (
                    "paragraph",
                    "<p>Kumppanuusohjelman tavoitteena on parantaa kotoutumista edistävän työn "
                    "vaikuttavuutta ja vahvistaa maahanmuuttajien osallisuutta. Ohjelma tuo "
                    "yhteen julkisen sektorin, järjestöjen, yritysten ja yhteisöjen toimijat, "
                    "jotka haluavat kehittää työtään yhdessä. Kumppanit jakavat osaamista, "
                    "tunnistavat yhteisiä haasteita ja rakentavat uusia "
                    "yhteistyömalleja. Ohjelmaa koordinoi työ- ja elinkeinoministeriö, mutta sen "
                    "sisältö syntyy kumppaneiden yhteisestä työstä: kumppanit järjestävät yhdessä "
                    "koulutuksia, jakavat materiaaleja ja kehittävät palveluja, joissa "
                    "maahanmuuttajien oma ääni kuuluu.</p>",
                ),
                ("heading", "Näin liityt mukaan"),
                (
                    "paragraph",
                    "<ol><li>Tutustu ohjelman tavoitteisiin ja toimintaperiaatteisiin.</li>"
                    "<li>Täytä liittymislomake ja kerro, miten organisaatiosi edistää "
                    "kotoutumista.</li>"
                    "<li>Osallistu verkostotapaamisiin ja valitse teemaryhmä, jonka työhön "
                    "haluat osallistua.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Kumppanuus ei edellytä suurta organisaatiota tai erillistä rahoitusta. "
                    "Moni "
                    "pieni yhdistys on löytänyt ohjelman kautta yhteistyökumppanin kunnasta, ja "
                    "kunnat ovat puolestaan saaneet järjestöiltä arvokasta tietoa asiakkaiden "
                    "arjesta ja tarpeista.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Kumppanuusohjelma lyhyesti",
                        "body": "<ul><li>Ohjelma on avoin kaikille kotoutumista edistäville "
                        "organisaatioille.</li>"
                        "<li>Kumppanit kokoontuvat verkostopäiviin ja webinaareihin useita "
                        "kertoja vuodessa.</li>"
                        "<li>Teemaryhmät kehittävät esimerkiksi työllisyyttä, osallisuutta ja "
                        "monikielistä viestintää.</li>"
                        "<li>Osallistuminen on maksutonta.</li></ul>",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Kumppanuusohjelman kautta löysimme kunnan, joka oli jo ratkaissut "
                        "saman ongelman, jonka parissa me painimme. Säästimme kuukausien työn.",
                        "attribution": "Järjestön toiminnanjohtaja, demoesimerkki",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "Lisätietoa kumppanuusohjelmasta",
                        "links": [
                            {
                                "text": "Kumppanuusohjelman toimintaperiaatteet",
                                "url": "https://example.fi/kumppanuusohjelma/periaatteet",
                            },
                            {
                                "text": "Liittymislomake",
                                "url": "https://example.fi/kumppanuusohjelma/liity",
                            },
                        ],
                    },
                ),
            ],
        },
        "sv": {
            "title": "Partnerskapsprogrammet",
            "slug": "partnerskapsprogrammet",
            "intro": (
                "Partnerskapsprogrammet för integration för samman aktörer och stärker det "
                "sektorsövergripande samarbetet. Kommuner, organisationer, företag och "
                "myndigheter kan ansluta sig till programmet."
            ),
            "body": [
                ("heading", "Vad är partnerskapsprogrammet?"),
                (
                    "paragraph",
                    "<p>Målet med partnerskapsprogrammet är att göra det integrationsfrämjande "
                    "arbetet mer verkningsfullt och stärka invandrarnas delaktighet. Programmet "
                    "för samman aktörer från den offentliga sektorn, organisationer, företag och "
                    "sammanslutningar som vill utveckla sitt arbete tillsammans. Partnerna delar "
                    "kunnande, identifierar gemensamma utmaningar och bygger nya "
                    "samarbetsmodeller. Programmet samordnas av arbets- och näringsministeriet, "
                    "men "
                    "innehållet skapas i partnernas gemensamma arbete: partnerna ordnar "
                    "utbildningar tillsammans, delar material och utvecklar tjänster där "
                    "invandrarnas egen röst hörs.</p>",
                ),
                ("heading", "Så här ansluter du dig"),
                (
                    "paragraph",
                    "<ol><li>Bekanta dig med programmets mål och principer.</li>"
                    "<li>Fyll i anslutningsblanketten och berätta hur din organisation främjar "
                    "integration.</li>"
                    "<li>Delta i nätverksträffarna och välj en temagrupp vars arbete du vill "
                    "delta i.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Partnerskap kräver ingen stor organisation eller särskild finansiering. "
                    "Många små föreningar har genom programmet hittat en samarbetspartner i "
                    "kommunen, och kommunerna har i sin tur fått värdefull kunskap av "
                    "organisationerna om kundernas vardag och behov.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Partnerskapsprogrammet i korthet",
                        "body": "<ul><li>Programmet är öppet för alla organisationer som "
                        "främjar integration.</li>"
                        "<li>Partnerna träffas på nätverksdagar och webbinarier flera gånger om "
                        "året.</li>"
                        "<li>Temagrupperna utvecklar till exempel sysselsättning, delaktighet "
                        "och flerspråkig kommunikation.</li>"
                        "<li>Deltagandet är avgiftsfritt.</li></ul>",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Genom partnerskapsprogrammet hittade vi en kommun som redan hade "
                        "löst samma problem som vi brottades med. Vi sparade månader av arbete.",
                        "attribution": "Verksamhetsledare för en organisation, demoexempel",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "Mer information om partnerskapsprogrammet",
                        "links": [
                            {
                                "text": "Partnerskapsprogrammets principer",
                                "url": "https://example.fi/partnerskapsprogrammet/principer",
                            },
                            {
                                "text": "Anslutningsblankett",
                                "url": "https://example.fi/partnerskapsprogrammet/anslut",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Partnership programme",
            "slug": "partnership-programme",
            "intro": (
                "The integration partnership programme brings actors together and strengthens "
                "multi-sectoral cooperation. Municipalities, organisations, companies and "
                "authorities can all join."
            ),
            "body": [
                ("heading", "What is the partnership programme?"),
                (
                    "paragraph",
                    "<p>The partnership programme aims to make work that promotes integration more "
                    "effective and to strengthen the participation of immigrants. It brings "
                    "together the public sector, civil society organisations, companies and "
                    "communities that want to develop their work jointly. Partners share "
                    "expertise, identify common challenges and build new models of "
                    "cooperation. The programme is coordinated by the Ministry of Economic Affairs "
                    "and Employment, but its content comes from the joint work of the partners: "
                    "they organise training together, share materials and develop services in "
                    "which "
                    "immigrants' own voices are heard.</p>",
                ),
                ("heading", "How to join"),
                (
                    "paragraph",
                    "<ol><li>Read the programme's objectives and operating principles.</li>"
                    "<li>Fill in the membership form and describe how your organisation "
                    "promotes integration.</li>"
                    "<li>Take part in network meetings and choose a thematic group whose work "
                    "you want to join.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Partnership does not require a large organisation or separate funding. "
                    "Many "
                    "small associations have found a partner in their municipality through the "
                    "programme, and municipalities in turn have gained valuable knowledge from "
                    "organisations about their clients' everyday lives and needs.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "The partnership programme in brief",
                        "body": "<ul><li>The programme is open to all organisations that "
                        "promote integration.</li>"
                        "<li>Partners meet at network days and webinars several times a "
                        "year.</li>"
                        "<li>Thematic groups work on topics such as employment, participation "
                        "and multilingual communication.</li>"
                        "<li>Taking part is free of charge.</li></ul>",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Through the partnership programme we found a municipality that "
                        "had already solved the very problem we were struggling with. It saved "
                        "us months of work.",
                        "attribution": "Executive director of an organisation, demo example",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "More about the partnership programme",
                        "links": [
                            {
                                "text": "Operating principles of the partnership programme",
                                "url": "https://example.org/partnership-programme/principles",
                            },
                            {
                                "text": "Membership form",
                                "url": "https://example.org/partnership-programme/join",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "legislation",
        "fi": {
            "title": "Lainsäädäntö",
            "slug": "lainsaadanto",
            "intro": (
                "Kotoutumisen edistämisen perustana on kotoutumislaki, mutta käytännön työtä "
                "säätelevät myös monet palvelukohtaiset lait."
            ),
            "body": [
                ("heading", "Laki kotoutumisen edistämisestä"),
                (
                    "paragraph",
                    "<p>Uusi laki kotoutumisen edistämisestä (681/2023) tuli voimaan 1.1.2025, ja "
                    "se korvasi aiemman lain vuodelta 2010. Laki selkeyttää kuntien vastuuta "
                    "kotoutumispalvelujen järjestämisessä ja kytkee kotoutumisen tiiviimmin "
                    "työllisyyspalveluihin. Lain tavoitteena on, että maahanmuuttajat saavat "
                    "kotoutumista tukevat palvelut nopeasti ja että palvelut vastaavat heidän "
                    "yksilöllisiin tarpeisiinsa.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Kotoutumiseen liittyviä keskeisiä säädöksiä",
                        "header": ["Säädös", "Numero", "Mitä se koskee"],
                        "rows": [
                            [
                                "Laki kotoutumisen edistämisestä",
                                "681/2023",
                                "Kotoutumispalvelut, kuntien tehtävät, valtion korvaukset",
                            ],
                            [
                                "Laki julkisen työvoima- ja yrityspalvelun järjestämisestä",
                                "380/2023",
                                "Kuntien järjestämät työllisyyspalvelut",
                            ],
                            [
                                "Ulkomaalaislaki",
                                "301/2004",
                                "Maahantulo, oleskeluluvat ja kansainvälinen suojelu",
                            ],
                            [
                                "Vastaanottolaki",
                                "746/2011",
                                "Kansainvälistä suojelua hakevien vastaanotto",
                            ],
                            [
                                "Yhdenvertaisuuslaki",
                                "1325/2014",
                                "Syrjinnän kielto ja viranomaisten edistämisvelvollisuus",
                            ],
                            ["Kielilaki", "423/2003", "Oikeus käyttää suomea ja ruotsia"],
                        ],
                    },
                ),
                ("heading", "Palvelukohtainen lainsäädäntö"),
                (
                    "paragraph",
                    "<p>Kotoutumislaki ei yksin riitä, kun palveluja suunnitellaan ja "
                    "järjestetään. Esimerkiksi sosiaalihuoltolaki, terveydenhuoltolaki, "
                    "varhaiskasvatuslaki ja perusopetuslaki määrittelevät, millaisia palveluja "
                    "maahanmuuttajilla on oikeus saada ja miten ne toteutetaan. Tarkista aina "
                    "myös asiakkaan oleskeluoikeus ja kotikunta, sillä ne vaikuttavat "
                    "palveluihin pääsyyn.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Muistilista kunnille",
                        "body": "<ul><li>Kirjaa kotoutumisen edistämisen tavoitteet "
                        "kuntastrategiaan tai erilliseen ohjelmaan.</li>"
                        "<li>Sovi työnjaosta hyvinvointialueen kanssa.</li>"
                        "<li>Hae valtion korvaukset ajallaan.</li></ul>",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "Säädökset verkossa",
                        "links": [
                            {
                                "text": "Laki kotoutumisen edistämisestä 681/2023",
                                "url": "https://example.fi/saadokset/681-2023",
                            },
                            {
                                "text": "Yhdenvertaisuuslaki 1325/2014",
                                "url": "https://example.fi/saadokset/1325-2014",
                            },
                        ],
                    },
                ),
            ],
        },
        "sv": {
            "title": "Lagstiftning",
            "slug": "lagstiftning",
            "intro": (
                "Grunden för integrationsfrämjandet är integrationslagen, men det praktiska "
                "arbetet styrs också av många servicespecifika lagar."
            ),
            "body": [
                ("heading", "Lagen om främjande av integration"),
                (
                    "paragraph",
                    "<p>Den nya lagen om främjande av integration (681/2023) trädde i kraft den 1 "
                    "januari 2025 och ersatte den tidigare lagen från 2010. Lagen förtydligar "
                    "kommunernas ansvar för att ordna integrationstjänster och knyter "
                    "integrationen närmare till arbetskraftsservicen. Syftet med lagen är att "
                    "invandrare snabbt ska få tjänster som stöder integrationen och att "
                    "tjänsterna ska motsvara deras individuella behov.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Centrala författningar om integration",
                        "header": ["Författning", "Nummer", "Vad den gäller"],
                        "rows": [
                            [
                                "Lagen om främjande av integration",
                                "681/2023",
                                "Integrationstjänster, kommunernas uppgifter, statlig ersättning",
                            ],
                            [
                                "Lagen om ordnande av offentlig arbetskrafts- och företagsservice",
                                "380/2023",
                                "Arbetskraftsservice som kommunerna ordnar",
                            ],
                            [
                                "Utlänningslagen",
                                "301/2004",
                                "Inresa, uppehållstillstånd och internationellt skydd",
                            ],
                            [
                                "Mottagandelagen",
                                "746/2011",
                                "Mottagande av personer som söker internationellt skydd",
                            ],
                            [
                                "Diskrimineringslagen",
                                "1325/2014",
                                "Förbud mot diskriminering och myndigheternas skyldighet att "
                                "främja likabehandling",
                            ],
                            ["Språklagen", "423/2003", "Rätten att använda finska och svenska"],
                        ],
                    },
                ),
                ("heading", "Servicespecifik lagstiftning"),
                (
                    "paragraph",
                    "<p>Integrationslagen räcker inte ensam när tjänster planeras och ordnas. Till "
                    "exempel socialvårdslagen, hälso- och sjukvårdslagen, lagen om "
                    "småbarnspedagogik och lagen om grundläggande utbildning anger vilka tjänster "
                    "invandrare har rätt till och hur de ska genomföras. Kontrollera också alltid "
                    "kundens uppehållsrätt och hemkommun, eftersom de påverkar tillgången till "
                    "tjänster.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Checklista för kommunerna",
                        "body": "<ul><li>Skriv in målen för integrationsfrämjandet i "
                        "kommunstrategin eller i ett separat program.</li>"
                        "<li>Kom överens om arbetsfördelningen med välfärdsområdet.</li>"
                        "<li>Ansök om statlig ersättning i tid.</li></ul>",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "Författningarna på nätet",
                        "links": [
                            {
                                "text": "Lagen om främjande av integration 681/2023",
                                "url": "https://example.fi/forfattningar/681-2023",
                            },
                            {
                                "text": "Diskrimineringslagen 1325/2014",
                                "url": "https://example.fi/forfattningar/1325-2014",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Legislation",
            "slug": "legislation",
            "intro": (
                "The Integration Act is the foundation for promoting integration, but many "
                "service-specific acts also govern the practical work."
            ),
            "body": [
                ("heading", "Act on the Promotion of Integration"),
                (
                    "paragraph",
                    "<p>The new Act on the Promotion of Integration (681/2023) entered into force "
                    "on 1 January 2025, replacing the previous act from 2010. The act clarifies "
                    "the responsibility of municipalities for organising integration services and "
                    "links integration more closely to employment services. Its aim is that "
                    "immigrants receive services supporting their integration quickly and that "
                    "the services meet their individual needs.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Key acts relating to integration",
                        "header": ["Act", "Number", "What it covers"],
                        "rows": [
                            [
                                "Act on the Promotion of Integration",
                                "681/2023",
                                "Integration services, tasks of municipalities, state compensation",
                            ],
                            [
                                "Act on Organising Public Employment and Business Services",
                                "380/2023",
                                "Employment services organised by municipalities",
                            ],
                            [
                                "Aliens Act",
                                "301/2004",
                                "Entry, residence permits and international protection",
                            ],
                            [
                                "Reception Act",
                                "746/2011",
                                "Reception of applicants for international protection",
                            ],
                            [
                                "Non-Discrimination Act",
                                "1325/2014",
                                "Prohibition of discrimination and the duty of authorities to "
                                "promote equality",
                            ],
                            ["Language Act", "423/2003", "The right to use Finnish and Swedish"],
                        ],
                    },
                ),
                ("heading", "Service-specific legislation"),
                (
                    "paragraph",
                    "<p>The Integration Act alone is not enough when services are planned and "
                    "organised. The Social Welfare Act, the Health Care Act, the Act on Early "
                    "Childhood Education and Care and the Basic Education Act, among others, "
                    "define which services immigrants are entitled to and how they are "
                    "delivered. Always check the client's right of residence and municipality of "
                    "residence too, as they affect access to services.</p>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Checklist for municipalities",
                        "body": "<ul><li>Set out your integration objectives in the municipal "
                        "strategy or in a separate programme.</li>"
                        "<li>Agree on the division of work with the wellbeing services "
                        "county.</li>"
                        "<li>Apply for state compensation on time.</li></ul>",
                    },
                ),
                (
                    "link_list",
                    {
                        "title": "The acts online",
                        "links": [
                            {
                                "text": "Act on the Promotion of Integration 681/2023",
                                "url": "https://example.org/legislation/681-2023",
                            },
                            {
                                "text": "Non-Discrimination Act 1325/2014",
                                "url": "https://example.org/legislation/1325-2014",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "key": "priorities",
        "fi": {
            "title": "Kotoutumisen edistämisen painopisteet",
            "slug": "painopisteet",
            "intro": (
                "Valtakunnalliset ohjelmat, monialainen yhteistyö ja eri toimijoiden "
                "kumppanuudet suuntaavat kotoutumisen edistämistä. Painopisteet nojaavat "
                "kotoutumista ohjaavaan lainsäädäntöön."
            ),
            "body": [
                ("heading", "Valtakunnallinen ohjaus"),
                (
                    "paragraph",
                    "<p>Valtioneuvosto linjaa kotoutumisen edistämisen tavoitteet ja "
                    "toimenpiteet hallituskausittain. Valtakunnallinen ohjelma kokoaa eri "
                    "ministeriöiden toimet yhteen ja antaa kunnille suuntaviivat oman "
                    "kotoutumistyönsä suunnitteluun. Ohjelman toteutumista seurataan "
                    "säännöllisesti, ja seurantatiedot julkaistaan tällä sivustolla. Erityistä "
                    "huomiota kiinnitetään ryhmiin, joiden kotoutuminen on jäänyt jälkeen, kuten "
                    "kotona lapsia hoitaviin vanhempiin ja nuoriin, jotka eivät ole työssä eivätkä "
                    "koulutuksessa.</p>",
                ),
                ("heading", "Tämän hetken painopisteet"),
                (
                    "paragraph",
                    "<ul><li><b>Työllisyys ja osaaminen:</b> ulkomailla hankitun osaamisen "
                    "tunnistaminen ja nopeampi pääsy työelämään.</li>"
                    "<li><b>Kielitaito:</b> kotoutumiskoulutuksen laatu ja kielenoppiminen "
                    "työpaikoilla.</li>"
                    "<li><b>Lapset, nuoret ja perheet:</b> varhaiskasvatuksen ja koulun tuki "
                    "sekä kotona lapsia hoitavien vanhempien tavoittaminen.</li>"
                    "<li><b>Yhdenvertaisuus:</b> rasismin ja syrjinnän ehkäisy sekä "
                    "luottamuksen vahvistaminen.</li>"
                    "<li><b>Asuinalueet:</b> alueellisen eriytymisen ehkäisy ja "
                    "asukkaiden osallisuus.</li></ul>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Painopisteet kunnan arjessa",
                        "body": "<p>Kunnat voivat hyödyntää valtakunnallisia painopisteitä "
                        "omassa ohjelmatyössään. Kannattaa valita muutama paikallisesti "
                        "tärkein tavoite ja sopia, miten niiden toteutumista mitataan. Alueelliset "
                        "yhteistyöryhmät auttavat tavoitteiden asettamisessa.</p>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "Työryhmä kokoaa muistilappuja seinälle työpajassa.",
                        "caption": "Kunnan kotoutumisohjelman työpaja",
                    },
                ),
                (
                    "paragraph",
                    "<p>Painopisteet eivät ole pysyviä, vaan niitä tarkistetaan "
                    "tutkimustiedon, tilastojen ja kuntien palautteen perusteella. Kerro meille, "
                    "mitkä teemat ovat teidän kunnassanne ajankohtaisia: kuntien kokemukset "
                    "auttavat kohdentamaan tukea sinne, missä sitä eniten tarvitaan.</p>",
                ),
            ],
        },
        "sv": {
            "title": "Prioriteringar i integrationsfrämjandet",
            "slug": "prioriteringar",
            "intro": (
                "Nationella program, sektorsövergripande samarbete och partnerskap mellan olika "
                "aktörer ger riktningen för integrationsfrämjandet. Prioriteringarna bygger på "
                "lagstiftningen om integration."
            ),
            "body": [
                ("heading", "Nationell styrning"),
                (
                    "paragraph",
                    "<p>Statsrådet drar upp målen och åtgärderna för integrationsfrämjandet för "
                    "varje regeringsperiod. Det nationella programmet samlar ministeriernas "
                    "åtgärder och ger kommunerna riktlinjer för planeringen av deras eget "
                    "integrationsarbete. Genomförandet följs upp regelbundet, och "
                    "uppföljningsdata publiceras på den här webbplatsen. Särskild uppmärksamhet "
                    "fästs vid grupper vars integration har släpat efter, till exempel föräldrar "
                    "som tar hand om barn hemma och unga som varken arbetar eller studerar.</p>",
                ),
                ("heading", "Aktuella prioriteringar"),
                (
                    "paragraph",
                    "<ul><li><b>Sysselsättning och kompetens:</b> erkännande av kompetens som "
                    "förvärvats utomlands och snabbare inträde på arbetsmarknaden.</li>"
                    "<li><b>Språkkunskaper:</b> integrationsutbildningens kvalitet och "
                    "språkinlärning på arbetsplatserna.</li>"
                    "<li><b>Barn, unga och familjer:</b> stöd i småbarnspedagogiken och skolan "
                    "samt att nå föräldrar som tar hand om barn hemma.</li>"
                    "<li><b>Likabehandling:</b> förebyggande av rasism och diskriminering samt "
                    "stärkt förtroende.</li>"
                    "<li><b>Bostadsområden:</b> förebyggande av segregation och invånarnas "
                    "delaktighet.</li></ul>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Prioriteringarna i kommunens vardag",
                        "body": "<p>Kommunerna kan använda de nationella prioriteringarna i sitt "
                        "eget programarbete. Det lönar sig att välja några lokalt viktiga mål "
                        "och komma överens om hur måluppfyllelsen mäts. De regionala "
                        "samarbetsgrupperna hjälper till med att ställa upp målen.</p>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "En arbetsgrupp sätter upp lappar på väggen under en workshop.",
                        "caption": "Workshop om kommunens integrationsprogram",
                    },
                ),
                (
                    "paragraph",
                    "<p>Prioriteringarna är inte bestående utan ses över utifrån forskning, "
                    "statistik och respons från kommunerna. Berätta för oss vilka teman som är "
                    "aktuella i er kommun: kommunernas erfarenheter hjälper oss att rikta stödet "
                    "dit där det behövs mest.</p>",
                ),
            ],
        },
        "en": {
            "title": "Priority areas in the promotion of integration",
            "slug": "priority-areas",
            "intro": (
                "National programmes, multi-sectoral cooperation and partnerships between "
                "actors set the direction for promoting integration. The priorities are rooted "
                "in the legislation on integration."
            ),
            "body": [
                ("heading", "National steering"),
                (
                    "paragraph",
                    "<p>The Government sets the objectives and measures for promoting integration "
                    "for each government term. The national programme brings together the "
                    "measures of different ministries and gives municipalities guidelines for "
                    "planning their own integration work. Implementation is monitored "
                    "regularly, and the monitoring data is published on this website. Particular "
                    "attention is paid to groups whose integration has lagged behind, such as "
                    "parents caring for children at home and young people who are neither working "
                    "nor studying.</p>",
                ),
                ("heading", "Current priorities"),
                (
                    "paragraph",
                    "<ul><li><b>Employment and skills:</b> recognising skills acquired abroad "
                    "and faster entry into working life.</li>"
                    "<li><b>Language skills:</b> the quality of integration training and "
                    "language learning at workplaces.</li>"
                    "<li><b>Children, young people and families:</b> support in early childhood "
                    "education and schools, and reaching parents who care for children at "
                    "home.</li>"
                    "<li><b>Equality:</b> preventing racism and discrimination and building "
                    "trust.</li>"
                    "<li><b>Neighbourhoods:</b> preventing segregation and involving "
                    "residents.</li></ul>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Priorities in municipalities' everyday work",
                        "body": "<p>Municipalities can draw on the national priorities in their "
                        "own programmes. It pays to choose a few locally important objectives "
                        "and agree on how progress will be measured. Regional cooperation groups "
                        "can help with setting the objectives.</p>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "A working group putting sticky notes on a wall during a workshop.",
                        "caption": "Workshop on a municipal integration programme",
                    },
                ),
                (
                    "paragraph",
                    "<p>The priorities are not fixed: they are reviewed in the light of research, "
                    "statistics and feedback from municipalities. Tell us which themes are "
                    "topical in your municipality, as the experiences of municipalities help us "
                    "direct support to where it is needed most.</p>",
                ),
            ],
        },
    },
    {
        "key": "learning",
        "fi": {
            "title": "Opi kotoutumisesta",
            "slug": "opi-kotoutumisesta",
            "intro": (
                "Maksuton verkkokoulutus perehdyttää kotoutumisen keskeisiin käsitteisiin, "
                "palveluihin ja työtapoihin. Se on suunniteltu erityisesti niille, jotka ovat "
                "vasta aloittaneet työnsä kotoutumisen parissa."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Kotoutumisen perusteet -verkkokoulutus antaa kattavan kuvan siitä, miten "
                    "kotoutumista edistetään Suomessa. Koulutus sopii kuntien, "
                    "hyvinvointialueiden ja järjestöjen uusille työntekijöille, mutta myös "
                    "kokeneemmat ammattilaiset voivat käyttää sitä osaamisensa "
                    "päivittämiseen. Koulutus koostuu viidestä osiosta, joissa teoriaa "
                    "havainnollistetaan asiakastapausten, videoiden ja lyhyiden tehtävien avulla. "
                    "Osiot voi suorittaa haluamassaan järjestyksessä, ja keskeneräistä koulutusta "
                    "voi jatkaa myöhemmin siitä, mihin jäi.</p>",
                ),
                ("heading", "Koulutuksen sisältö"),
                (
                    "paragraph",
                    "<ol><li>Kotoutuminen käsitteenä ja ilmiönä</li>"
                    "<li>Lainsäädäntö ja toimijoiden vastuut</li>"
                    "<li>Kotoutumispalvelut asiakkaan näkökulmasta</li>"
                    "<li>Kieli, vuorovaikutus ja selkeä viestintä</li>"
                    "<li>Yhdenvertaisuus ja syrjimättömyys</li></ol>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Käytännön tiedot",
                        "body": "<ul><li>Kesto noin kuusi tuntia, etenet omaan tahtiisi.</li>"
                        "<li>Kielet: suomi, ruotsi ja englanti.</li>"
                        "<li>Suorittaneet saavat todistuksen.</li>"
                        "<li>Koulutus on maksuton eikä vaadi ennakkotietoja.</li><li>Sisältö "
                        "päivitetään vuosittain lainsäädännön muuttuessa.</li>"
                        "<li>Kunnat ja järjestöt voivat käyttää koulutusta myös "
                        "ryhmäperehdytyksessä.</li></ul>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "Kannettavan tietokoneen näytöllä on verkkokoulutuksen aloitussivu.",
                        "caption": "Verkkokoulutuksen voi suorittaa omaan tahtiin",
                    },
                ),
                ("heading", "Vinkkejä esihenkilöille"),
                (
                    "paragraph",
                    "<p>Varaa uusille työntekijöille työaikaa koulutuksen suorittamiseen ja "
                    "keskustelkaa sen jälkeen, miten opittu näkyy omassa työyhteisössä. Koulutusta "
                    "voi käyttää myös tiimin yhteisenä perehdytyksenä. Hyvä käytäntö on, että "
                    "tiimi "
                    "käy koulutuksen läpi samaan aikaan ja pohtii yhdessä, miten oman "
                    "organisaation "
                    "palveluja voisi kehittää asiakaslähtöisemmiksi.</p>",
                ),
                (
                    "link_list",
                    {
                        "title": "Aloita koulutus",
                        "links": [
                            {
                                "text": "Kotoutumisen perusteet -verkkokoulutus",
                                "url": "https://example.fi/verkkokoulutus/kotoutumisen-perusteet",
                            }
                        ],
                    },
                ),
            ],
        },
        "sv": {
            "title": "Lär dig om integration",
            "slug": "lar-dig-om-integration",
            "intro": (
                "Den avgiftsfria webbutbildningen introducerar integrationens centrala begrepp, "
                "tjänster och arbetssätt. Den är särskilt avsedd för dem som nyss har börjat "
                "arbeta med integration."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Webbutbildningen Grunderna i integration ger en heltäckande bild av hur "
                    "integration främjas i Finland. Utbildningen passar nya anställda i "
                    "kommunerna, välfärdsområdena och organisationerna, men också mer erfarna "
                    "yrkesverksamma kan använda den för att uppdatera sina kunskaper. Utbildningen "
                    "består av fem delar där teorin åskådliggörs med kundfall, videor och korta "
                    "uppgifter. Delarna kan göras i valfri ordning, och en påbörjad utbildning kan "
                    "fortsättas senare där man slutade.</p>",
                ),
                ("heading", "Utbildningens innehåll"),
                (
                    "paragraph",
                    "<ol><li>Integration som begrepp och fenomen</li>"
                    "<li>Lagstiftningen och aktörernas ansvar</li>"
                    "<li>Integrationstjänsterna ur kundens perspektiv</li>"
                    "<li>Språk, växelverkan och tydlig kommunikation</li>"
                    "<li>Likabehandling och icke-diskriminering</li></ol>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Praktisk information",
                        "body": "<ul><li>Utbildningen tar cirka sex timmar och du går fram i "
                        "egen takt.</li>"
                        "<li>Språk: finska, svenska och engelska.</li>"
                        "<li>Den som slutför utbildningen får ett intyg.</li>"
                        "<li>Utbildningen är avgiftsfri och kräver inga "
                        "förkunskaper.</li><li>Innehållet uppdateras varje år när lagstiftningen "
                        "ändras.</li></ul>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "En bärbar dator som visar webbutbildningens startsida.",
                        "caption": "Webbutbildningen kan göras i egen takt",
                    },
                ),
                ("heading", "Tips för chefer"),
                (
                    "paragraph",
                    "<p>Reservera arbetstid för nya medarbetare att gå igenom utbildningen och "
                    "diskutera efteråt hur det de lärt sig syns i arbetsgemenskapen. Utbildningen "
                    "kan också användas som gemensam introduktion för ett helt team. Det är god "
                    "praxis att hela teamet går igenom utbildningen samtidigt och tillsammans "
                    "funderar på hur den egna organisationens tjänster kan bli mer "
                    "kundorienterade.</p>",
                ),
                (
                    "link_list",
                    {
                        "title": "Börja utbildningen",
                        "links": [
                            {
                                "text": "Webbutbildningen Grunderna i integration",
                                "url": "https://example.fi/webbutbildning/grunderna-i-integration",
                            }
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Learning about integration",
            "slug": "learning-about-integration",
            "intro": (
                "A free online course introduces the key concepts, services and working methods "
                "of integration. It is designed especially for people who have just started "
                "working in the field."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Basics of Integration online course gives a comprehensive picture of "
                    "how integration is promoted in Finland. It suits new employees of "
                    "municipalities, wellbeing services counties and organisations, and more "
                    "experienced professionals can use it to refresh their knowledge. The course "
                    "consists of five modules in which theory is illustrated with client cases, "
                    "videos and short exercises. The modules can be taken in any order, and you "
                    "can "
                    "return later to continue where you left off.</p>",
                ),
                ("heading", "Course content"),
                (
                    "paragraph",
                    "<ol><li>Integration as a concept and a phenomenon</li>"
                    "<li>Legislation and the responsibilities of actors</li>"
                    "<li>Integration services from the client's point of view</li>"
                    "<li>Language, interaction and clear communication</li>"
                    "<li>Equality and non-discrimination</li></ol>",
                ),
                (
                    "fact_box",
                    {
                        "title": "Practical information",
                        "body": "<ul><li>The course takes about six hours and you study at your "
                        "own pace.</li>"
                        "<li>Languages: Finnish, Swedish and English.</li>"
                        "<li>Participants who complete it receive a certificate.</li>"
                        "<li>The course is free and requires no prior knowledge.</li><li>The "
                        "content is updated every year as legislation changes.</li></ul>",
                    },
                ),
                (
                    "image",
                    {
                        "alt": "A laptop screen showing the start page of the online course.",
                        "caption": "The online course can be taken at your own pace",
                    },
                ),
                ("heading", "Tips for managers"),
                (
                    "paragraph",
                    "<p>Set aside working time for new employees to complete the course, and "
                    "discuss afterwards how what they learned shows in your work community. The "
                    "course also works as a shared induction for a whole team. A good practice is "
                    "for the whole team to take the course at the same time and discuss together "
                    "how the organisation's services could become more client-centred.</p>",
                ),
                (
                    "link_list",
                    {
                        "title": "Start the course",
                        "links": [
                            {
                                "text": "Basics of Integration online course",
                                "url": "https://example.org/online-course/basics-of-integration",
                            }
                        ],
                    },
                ),
            ],
        },
    },
]

ACCESSIBILITY = {
    "key": "accessibility",
    "fi": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuusseloste",
        "intro": (
            "Tässä selosteessa kerrotaan, miten kotoutumisportaali täyttää "
            "saavutettavuusvaatimukset, mitä puutteita sivustolla tiedetään olevan ja miten voit "
            "antaa palautetta."
        ),
        "body": [
            ("heading", "Sivuston saavutettavuuden tila"),
            (
                "paragraph",
                "<p>Sivusto täyttää osittain digitaalisten palvelujen tarjoamisesta annetun lain "
                "(306/2019) ja WCAG 2.1 -ohjeiden AA-tason vaatimukset. Arvio perustuu "
                "ylläpitäjän omaan testaukseen, jossa käytettiin automaattisia työkaluja, "
                "ruudunlukijaa ja pelkkää näppäimistöä.</p>",
            ),
            ("heading", "Tunnetut puutteet"),
            (
                "paragraph",
                "<ul><li>Osa vanhoista PDF-liitteistä ei ole saavutettavia. Korvaamme ne "
                "verkkosivuilla julkaistavilla teksteillä vuoden loppuun mennessä.</li>"
                "<li>Kaikissa vanhoissa videoissa ei ole tekstitystä.</li>"
                "<li>Joidenkin vanhojen uutisten taulukoista puuttuvat otsikkosolut.</li></ul>",
            ),
            ("heading", "Anna palautetta saavutettavuudesta"),
            (
                "paragraph",
                "<p>Jos huomaat sivustolla saavutettavuusongelman tai et pääse käsiksi "
                "tarvitsemaasi sisältöön, lähetä palautetta osoitteeseen "
                "saavutettavuus@example.fi. Vastaamme viimeistään 14 päivän kuluessa.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Valvontaviranomainen",
                    "body": "<p>Jos et ole tyytyväinen saamaasi vastaukseen tai et saa "
                    "vastausta kahden viikon aikana, voit tehdä ilmoituksen valvovalle "
                    "viranomaiselle. Demosivustolla valvontaviranomaisena mainitaan "
                    "Etelä-Suomen aluehallintoviraston saavutettavuuden valvonnan yksikkö.</p>",
                },
            ),
        ],
    },
    "sv": {
        "title": "Tillgänglighetsutlåtande",
        "slug": "tillganglighetsutlatande",
        "intro": (
            "I det här utlåtandet berättar vi hur integrationsportalen uppfyller "
            "tillgänglighetskraven, vilka brister som är kända och hur du kan ge respons."
        ),
        "body": [
            ("heading", "Webbplatsens tillgänglighet"),
            (
                "paragraph",
                "<p>Webbplatsen uppfyller delvis kraven i lagen om tillhandahållande av digitala "
                "tjänster (306/2019) och nivå AA i WCAG 2.1. Bedömningen bygger på "
                "administratörens egen testning med automatiska verktyg, skärmläsare och enbart "
                "tangentbord.</p>",
            ),
            ("heading", "Kända brister"),
            (
                "paragraph",
                "<ul><li>En del äldre PDF-bilagor är inte tillgängliga. Vi ersätter dem med "
                "texter på webbplatsen före årets slut.</li>"
                "<li>Alla äldre videor har inte undertexter.</li>"
                "<li>I tabellerna i vissa äldre nyheter saknas rubrikceller.</li></ul>",
            ),
            ("heading", "Ge respons om tillgängligheten"),
            (
                "paragraph",
                "<p>Om du upptäcker ett tillgänglighetsproblem eller inte kommer åt innehåll du "
                "behöver, skicka respons till saavutettavuus@example.fi. Vi svarar inom 14 "
                "dagar.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Tillsynsmyndighet",
                    "body": "<p>Om du inte är nöjd med svaret eller inte får något svar inom två "
                    "veckor kan du anmäla saken till tillsynsmyndigheten. På demowebbplatsen "
                    "anges enheten för tillgänglighetstillsyn vid Regionförvaltningsverket i "
                    "Södra Finland som tillsynsmyndighet.</p>",
                },
            ),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": (
            "This statement explains how the integration portal meets accessibility "
            "requirements, which shortcomings are known and how you can give feedback."
        ),
        "body": [
            ("heading", "Accessibility status"),
            (
                "paragraph",
                "<p>The website partially meets the requirements of the Act on the Provision of "
                "Digital Services (306/2019) and level AA of WCAG 2.1. The assessment is based on "
                "the maintainer's own testing with automated tools, a screen reader and the "
                "keyboard alone.</p>",
            ),
            ("heading", "Known limitations"),
            (
                "paragraph",
                "<ul><li>Some older PDF attachments are not accessible. We will replace them "
                "with web pages by the end of the year.</li>"
                "<li>Not all older videos have captions.</li>"
                "<li>Tables in some older news items lack header cells.</li></ul>",
            ),
            ("heading", "Give feedback on accessibility"),
            (
                "paragraph",
                "<p>If you notice an accessibility problem or cannot reach content you need, "
                "send feedback to saavutettavuus@example.fi. We will reply within 14 days.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Enforcement authority",
                    "body": "<p>If you are not satisfied with the reply, or receive no reply "
                    "within two weeks, you can notify the enforcement authority. On this demo "
                    "site, the authority named is the Accessibility Monitoring Unit of the "
                    "Regional State Administrative Agency for Southern Finland.</p>",
                },
            ),
        ],
    },
}

PRIVACY = {
    "key": "privacy",
    "fi": {
        "title": "Tietosuojaseloste: hakulomakkeet",
        "slug": "tietosuojaseloste",
        "intro": (
            "Kerromme, mitä henkilötietoja keräämme sivuston hakulomakkeilla, miksi tietoja "
            "käsitellään, kuinka kauan niitä säilytetään ja mitä oikeuksia sinulla on."
        ),
        "body": [
            (
                "fact_box",
                {
                    "title": "Rekisterinpitäjä",
                    "body": "<p>Rekisterinpitäjä on kotoutumisportaalin ylläpitäjä. Tietosuojaa "
                    "koskevat kysymykset voi lähettää osoitteeseen tietosuoja@example.fi.</p>",
                },
            ),
            ("heading", "Mitä tietoja keräämme ja miksi"),
            (
                "paragraph",
                "<p>Hakulomakkeella keräämme nimesi, sähköpostiosoitteesi, organisaatiosi ja "
                "vastauksesi hakulomakkeen kysymyksiin sekä lähetyksen ajankohdan. Puhelinnumeron "
                "antaminen on vapaaehtoista. Tietoja käytetään hakemusten käsittelyyn, "
                "valintojen tekemiseen ja hakijoille tiedottamiseen. Käsittely perustuu "
                "yleisen edun mukaisen tehtävän hoitamiseen.</p>",
            ),
            (
                "table",
                {
                    "caption": "Tietojen säilytysajat",
                    "header": ["Tiedot", "Säilytysaika"],
                    "rows": [
                        ["Valitsematta jääneiden hakemukset", "12 kuukautta haun päättymisestä"],
                        ["Valittujen hakemukset", "Toimikauden tai hankkeen ajan"],
                        ["Lomakkeen tekniset lokitiedot", "90 päivää"],
                    ],
                },
            ),
            ("heading", "Tietojen luovuttaminen"),
            (
                "paragraph",
                "<p>Jos haun järjestää toinen organisaatio, hakemukset luovutetaan sille "
                "valintaa varten. Tietoja ei siirretä EU- tai ETA-alueen ulkopuolelle.</p>",
            ),
            ("heading", "Oikeutesi"),
            (
                "paragraph",
                "<ul><li>oikeus saada pääsy omiin tietoihisi</li>"
                "<li>oikeus vaatia virheellisten tietojen oikaisemista</li>"
                "<li>oikeus vaatia tietojen poistamista tai käsittelyn rajoittamista</li>"
                "<li>oikeus vastustaa käsittelyä</li>"
                "<li>oikeus tehdä valitus tietosuojavaltuutetun toimistolle</li></ul>",
            ),
        ],
    },
    "sv": {
        "title": "Dataskyddsbeskrivning: ansökningsblanketter",
        "slug": "dataskyddsbeskrivning",
        "intro": (
            "Här berättar vi vilka personuppgifter vi samlar in med webbplatsens "
            "ansökningsblanketter, varför uppgifterna behandlas, hur länge de sparas och vilka "
            "rättigheter du har."
        ),
        "body": [
            (
                "fact_box",
                {
                    "title": "Personuppgiftsansvarig",
                    "body": "<p>Personuppgiftsansvarig är den som upprätthåller "
                    "integrationsportalen. Frågor om dataskydd kan skickas till "
                    "tietosuoja@example.fi.</p>",
                },
            ),
            ("heading", "Vilka uppgifter vi samlar in och varför"),
            (
                "paragraph",
                "<p>Med ansökningsblanketten samlar vi in ditt namn, din e-postadress, din "
                "organisation, dina svar på blankettens frågor och tidpunkten då ansökan "
                "skickades. Det är frivilligt att uppge telefonnummer. Uppgifterna används för "
                "att behandla ansökningar, göra urval och informera sökande. Behandlingen "
                "grundar sig på utförandet av en uppgift av allmänt intresse.</p>",
            ),
            (
                "table",
                {
                    "caption": "Lagringstider för uppgifterna",
                    "header": ["Uppgifter", "Lagringstid"],
                    "rows": [
                        ["Ansökningar som inte valts", "12 månader efter att ansökan stängts"],
                        ["Ansökningar som valts", "Under mandatperioden eller projektet"],
                        ["Blankettens tekniska loggar", "90 dagar"],
                    ],
                },
            ),
            ("heading", "Utlämnande av uppgifter"),
            (
                "paragraph",
                "<p>Om ansökan ordnas av en annan organisation lämnas ansökningarna ut till den "
                "för urvalet. Uppgifterna överförs inte utanför EU eller EES.</p>",
            ),
            ("heading", "Dina rättigheter"),
            (
                "paragraph",
                "<ul><li>rätt att få tillgång till dina uppgifter</li>"
                "<li>rätt att kräva att felaktiga uppgifter rättas</li>"
                "<li>rätt att kräva att uppgifterna raderas eller att behandlingen begränsas</li>"
                "<li>rätt att invända mot behandlingen</li>"
                "<li>rätt att lämna klagomål till dataombudsmannens byrå</li></ul>",
            ),
        ],
    },
    "en": {
        "title": "Privacy notice: application forms",
        "slug": "privacy-notice",
        "intro": (
            "This notice explains what personal data we collect through the application forms "
            "on this website, why it is processed, how long it is kept and what rights you have."
        ),
        "body": [
            (
                "fact_box",
                {
                    "title": "Controller",
                    "body": "<p>The controller is the maintainer of the integration portal. "
                    "Questions about data protection can be sent to tietosuoja@example.fi.</p>",
                },
            ),
            ("heading", "What data we collect and why"),
            (
                "paragraph",
                "<p>Through application forms we collect your name, email address, "
                "organisation, your answers to the form's questions and the time of "
                "submission. Giving a phone number is optional. The data is used to process "
                "applications, select candidates and inform applicants. Processing is based on "
                "the performance of a task carried out in the public interest.</p>",
            ),
            (
                "table",
                {
                    "caption": "Retention periods",
                    "header": ["Data", "Retention period"],
                    "rows": [
                        ["Applications not selected", "12 months after the call closes"],
                        ["Applications selected", "For the term of office or the project"],
                        ["Technical logs of the form", "90 days"],
                    ],
                },
            ),
            ("heading", "Disclosure of data"),
            (
                "paragraph",
                "<p>If a call is organised by another organisation, applications are disclosed "
                "to it for the selection. Data is not transferred outside the EU or EEA.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<ul><li>the right of access to your data</li>"
                "<li>the right to have inaccurate data rectified</li>"
                "<li>the right to erasure or to restriction of processing</li>"
                "<li>the right to object to processing</li>"
                "<li>the right to lodge a complaint with the Office of the Data Protection "
                "Ombudsman</li></ul>",
            ),
        ],
    },
}

AUDIENCE_PAGES = [
    {
        "key": "decision-makers",
        "audience": "decision-makers",
        "sections": ["services", "actors", "partnership", "legislation", "priorities", "learning"],
        "fi": {
            "title": "Tietoa päättäjille ja johdolle",
            "slug": "paattajille-ja-johdolle",
            "intro": (
                "Kunnanvaltuustoissa, kuntien johdossa ja valtionhallinnossa tehdään päätöksiä, "
                "jotka vaikuttavat maahanmuuttajien kotoutumiseen ja pakolaisten vastaanottoon. "
                "Tälle sivulle on koottu lainsäädäntöä, painopisteitä, tilastoja ja "
                "tutkimustietoa päätöksenteon tueksi."
            ),
            "hero_alt": "Ihmisiä keskustelemassa neuvotteluhuoneen pöydän ääressä.",
            "feed_title": "Uutisia päättäjille ja johdolle",
        },
        "sv": {
            "title": "Information för beslutsfattare och ledning",
            "slug": "for-beslutsfattare-och-ledning",
            "intro": (
                "I kommunfullmäktige, i kommunernas ledning och i statsförvaltningen fattas "
                "beslut som påverkar invandrares integration och mottagandet av flyktingar. Här "
                "har vi samlat lagstiftning, prioriteringar, statistik och forskning som stöd för "
                "beslutsfattandet."
            ),
            "hero_alt": "Människor som diskuterar kring ett bord i ett mötesrum.",
            "feed_title": "Nyheter för beslutsfattare och ledning",
        },
        "en": {
            "title": "Information for decision-makers and managers",
            "slug": "for-decision-makers-and-managers",
            "intro": (
                "Municipal councils, municipal management and central government take decisions "
                "that affect the integration of immigrants and the reception of refugees. This "
                "page brings together legislation, priorities, statistics and research to "
                "support decision-making."
            ),
            "hero_alt": "People talking around a table in a meeting room.",
            "feed_title": "News for decision-makers and managers",
        },
    },
    {
        "key": "authorities",
        "audience": "authorities",
        "sections": ["services", "actors", "partnership", "legislation", "priorities", "learning"],
        "fi": {
            "title": "Tietoa viranomaisille",
            "slug": "viranomaisille",
            "intro": (
                "Kuntien, hyvinvointialueiden ja valtion viranomaiset järjestävät palveluja, "
                "joilla on suuri merkitys maahanmuuttajien arjelle. Täältä löydät "
                "kotoutumispalvelujen järjestämistä ohjaavat säädökset, toimijoiden väliset "
                "vastuut ja ajankohtaiset ohjeet."
            ),
            "hero_alt": "Viranomaiset palaverissa neuvotteluhuoneessa, pöydällä kannettavia "
            "tietokoneita.",
            "feed_title": "Uutisia viranomaisille",
        },
        "sv": {
            "title": "Information för myndigheter",
            "slug": "for-myndigheter",
            "intro": (
                "Myndigheterna i kommunerna, välfärdsområdena och staten ordnar tjänster som har "
                "stor betydelse för invandrarnas vardag. Här hittar du författningarna som styr "
                "integrationstjänsterna, ansvarsfördelningen mellan aktörerna och aktuella "
                "anvisningar."
            ),
            "hero_alt": "Tjänstemän i ett möte i ett mötesrum med bärbara datorer på bordet.",
            "feed_title": "Nyheter för myndigheter",
        },
        "en": {
            "title": "Information for authorities",
            "slug": "for-authorities",
            "intro": (
                "Authorities in municipalities, wellbeing services counties and central "
                "government provide services that matter greatly in immigrants' everyday lives. "
                "Here you will find the acts governing integration services, the division of "
                "responsibilities between actors and current guidance."
            ),
            "hero_alt": "Officials in a meeting room with laptops on the table.",
            "feed_title": "News for authorities",
        },
    },
    {
        "key": "professionals",
        "audience": "professionals",
        "sections": ["learning", "services", "actors", "partnership", "legislation", "priorities"],
        "fi": {
            "title": "Tietoa ammattilaisille",
            "slug": "ammattilaisille",
            "intro": (
                "Ohjaajat, opettajat, sosiaali- ja terveysalan ammattilaiset ja järjestöjen "
                "työntekijät kohtaavat maahanmuuttajia työssään päivittäin. Tältä sivulta "
                "löydät koulutusta, työvälineitä ja tietoa monialaisesta yhteistyöstä."
            ),
            "hero_alt": "Ammattilaisia työpajassa neuvotteluhuoneessa.",
            "feed_title": "Uutisia ammattilaisille",
        },
        "sv": {
            "title": "Information för yrkesverksamma",
            "slug": "for-yrkesverksamma",
            "intro": (
                "Handledare, lärare, yrkesverksamma inom social- och hälsovården och anställda i "
                "organisationer möter invandrare i sitt arbete varje dag. Här hittar du "
                "utbildning, verktyg och information om sektorsövergripande samarbete."
            ),
            "hero_alt": "Yrkesverksamma i en workshop i ett mötesrum.",
            "feed_title": "Nyheter för yrkesverksamma",
        },
        "en": {
            "title": "Information for professionals",
            "slug": "for-professionals",
            "intro": (
                "Counsellors, teachers, social and health care professionals and staff of "
                "organisations meet immigrants in their work every day. This page offers "
                "training, practical tools and information on multi-sectoral cooperation."
            ),
            "hero_alt": "Professionals at a workshop in a meeting room.",
            "feed_title": "News for professionals",
        },
    },
]

NEWS_INDEX = {
    "fi": {
        "title": "Uutiset",
        "slug": "uutiset",
        "intro": (
            "Ajankohtaista kotoutumisen edistämisestä: uutiset, tiedotteet, tapahtumat ja "
            "avoimet haut."
        ),
    },
    "sv": {
        "title": "Nyheter",
        "slug": "nyheter",
        "intro": (
            "Aktuellt om integrationsfrämjande: nyheter, pressmeddelanden, evenemang och "
            "öppna ansökningar."
        ),
    },
    "en": {
        "title": "News",
        "slug": "news",
        "intro": (
            "Current news on promoting integration: news items, press releases, events and "
            "open calls for applications."
        ),
    },
}

NEWS = [
    {
        "key": "municipal-integration-programmes",
        "news_type": "news",
        "audiences": ["decision-makers", "authorities"],
        "original_published_at": {"days_ago": 12, "time": "09:30"},
        "translations": {
            "fi": {
                "title": "Kunnat päivittävät kotoutumisen edistämisen ohjelmiaan",
                "slug": "kunnat-paivittavat-kotoutumisohjelmiaan",
                "lead": (
                    "Yhä useampi kunta on kirjannut kotoutumisen edistämisen tavoitteet osaksi "
                    "kuntastrategiaa. Uusi opas tukee kuntia ohjelmatyön suunnittelussa ja "
                    "seurannassa."
                ),
                "published_at": {"days_ago": 12, "time": "09:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>Kotoutumisen edistämisestä annettu laki edellyttää, että kunnat "
                        "suunnittelevat kotoutumisen edistämistä pitkäjänteisesti. Moni kunta on "
                        "tänä vuonna päivittänyt ohjelmansa vastaamaan uutta työnjakoa, jossa "
                        "kunnat vastaavat sekä kotoutumispalveluista että "
                        "työllisyyspalveluista.</p>",
                    ),
                    ("heading", "Opas ohjelmatyön tueksi"),
                    (
                        "paragraph",
                        "<p>Nyt julkaistu opas kokoaa kokemuksia kunnista, jotka ovat jo "
                        "uudistaneet ohjelmansa. Oppaassa kerrotaan, miten maahanmuuttajat ja "
                        "järjestöt otetaan mukaan valmisteluun, miten tavoitteet kytketään "
                        "talousarvioon ja miten tuloksia seurataan vuosittain.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Oppaan keskeiset suositukset",
                            "body": "<ul><li>Nimeä ohjelmatyölle vastuuhenkilö.</li>"
                            "<li>Kuule maahanmuuttajia ja järjestöjä jo valmisteluvaiheessa.</li>"
                            "<li>Määrittele mitattavat tavoitteet.</li>"
                            "<li>Raportoi tuloksista valtuustolle kerran vuodessa.</li></ul>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": "Kun kotoutumisen tavoitteet ovat kuntastrategiassa, ne eivät "
                            "unohdu talousarvioneuvotteluissa.",
                            "attribution": "Kunnanjohtaja, Esimerkkilän kunta",
                        },
                    ),
                ],
                "further_information": [
                    {
                        "text": "Opas kuntien kotoutumisohjelmatyöhön",
                        "url": "https://example.fi/oppaat/kotoutumisohjelma",
                    }
                ],
            },
            "sv": {
                "title": "Kommunerna uppdaterar sina program för främjande av integration",
                "slug": "kommunerna-uppdaterar-integrationsprogram",
                "lead": (
                    "Allt fler kommuner har skrivit in målen för integrationsfrämjandet i "
                    "kommunstrategin. En ny handbok stöder kommunerna i planeringen och "
                    "uppföljningen av programarbetet."
                ),
                "published_at": {"days_ago": 12, "time": "14:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Lagen om främjande av integration förutsätter att kommunerna planerar "
                        "integrationsfrämjandet långsiktigt. Många kommuner har i år uppdaterat "
                        "sina program så att de motsvarar den nya arbetsfördelningen, där "
                        "kommunerna ansvarar både för integrationstjänsterna och för "
                        "arbetskraftsservicen.</p>",
                    ),
                    ("heading", "Handbok som stöd för programarbetet"),
                    (
                        "paragraph",
                        "<p>Handboken som nu publiceras samlar erfarenheter från kommuner som "
                        "redan har förnyat sina program. Den beskriver hur invandrare och "
                        "organisationer involveras i beredningen, hur målen kopplas till budgeten "
                        "och hur resultaten följs upp varje år.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Handbokens viktigaste rekommendationer",
                            "body": "<ul><li>Utse en ansvarsperson för programarbetet.</li>"
                            "<li>Hör invandrare och organisationer redan under beredningen.</li>"
                            "<li>Fastställ mätbara mål.</li>"
                            "<li>Rapportera resultaten till fullmäktige en gång om året.</li></ul>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": "När integrationsmålen finns i kommunstrategin glöms de inte "
                            "bort i budgetförhandlingarna.",
                            "attribution": "Kommundirektör, Exempelby kommun",
                        },
                    ),
                ],
                "further_information": [
                    {
                        "text": "Handbok för kommunernas integrationsprogram",
                        "url": "https://example.fi/handbocker/integrationsprogram",
                    }
                ],
            },
            "en": {
                "title": "Municipalities update their integration programmes",
                "slug": "municipalities-update-integration-programmes",
                "lead": (
                    "More and more municipalities have written their integration objectives "
                    "into the municipal strategy. A new guide supports municipalities in "
                    "planning and monitoring their programmes."
                ),
                "published_at": {"days_ago": 11, "time": "10:15"},
                "body": [
                    (
                        "paragraph",
                        "<p>The Act on the Promotion of Integration requires municipalities to "
                        "plan the promotion of integration for the long term. This year, many "
                        "municipalities have updated their programmes to reflect the new division "
                        "of work, in which municipalities are responsible for both integration "
                        "services and employment services.</p>",
                    ),
                    ("heading", "A guide to support programme work"),
                    (
                        "paragraph",
                        "<p>The guide published today collects experiences from municipalities "
                        "that have already renewed their programmes. It describes how to involve "
                        "immigrants and organisations in the preparation, how to link objectives "
                        "to the budget and how to monitor results every year.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Key recommendations of the guide",
                            "body": "<ul><li>Appoint a person responsible for the programme.</li>"
                            "<li>Consult immigrants and organisations from the preparation "
                            "stage.</li>"
                            "<li>Set measurable objectives.</li>"
                            "<li>Report results to the council once a year.</li></ul>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": "When integration objectives are in the municipal strategy, "
                            "they are not forgotten in budget negotiations.",
                            "attribution": "Municipal manager, Municipality of Exampleton",
                        },
                    ),
                ],
                "further_information": [
                    {
                        "text": "Guide to municipal integration programmes",
                        "url": "https://example.org/guides/integration-programmes",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Opas kuntien kotoutumisohjelmatyöhön",
                "url": "https://example.fi/oppaat/kotoutumisohjelma",
            }
        ],
    },
    {
        "key": "integration-act-in-force",
        "news_type": "press_release",
        "audiences": ["decision-makers", "authorities", "professionals"],
        "original_published_at": "2024-12-18T12:00",
        "translations": {
            "fi": {
                "title": "Uusi kotoutumislaki tulee voimaan vuoden alussa",
                "slug": "uusi-kotoutumislaki-voimaan",
                "lead": (
                    "Laki kotoutumisen edistämisestä tulee voimaan 1.1.2025. Kuntien vastuu "
                    "kotoutumispalveluista laajenee, ja palvelut kytketään tiiviimmin "
                    "työllisyyspalveluihin."
                ),
                "published_at": "2024-12-18T12:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Uudistuksen tavoitteena on nopeuttaa maahanmuuttajien työllistymistä "
                        "ja vahvistaa heidän osallisuuttaan yhteiskunnassa. Samaan aikaan kun "
                        "työllisyyspalvelut siirtyvät kuntien järjestettäviksi, kunnat saavat "
                        "aiempaa selkeämmän kokonaisvastuun kotoutumisen edistämisestä.</p>",
                    ),
                    ("heading", "Mikä muuttuu?"),
                    (
                        "paragraph",
                        "<ul><li>Kunnat vastaavat kotoutumispalveluista myös niille "
                        "maahanmuuttajille, jotka eivät ole työnhakijoita.</li>"
                        "<li>Alkukartoitus korvautuu osaamisen ja palvelutarpeen "
                        "arvioinnilla.</li>"
                        "<li>Yhteiskuntaorientaatio tulee uutena palveluna kaikkien "
                        "kotoutumispalveluja saavien ulottuville.</li>"
                        "<li>Kuntien ja hyvinvointialueiden yhteistyötä tiivistetään.</li></ul>",
                    ),
                    ("heading", "Tukea kunnille siirtymävaiheessa"),
                    (
                        "paragraph",
                        "<p>Kunnille järjestetään alkuvuoden aikana webinaareja, ja "
                        "ohjemateriaalit päivitetään tälle sivustolle. Kysymyksiä voi lähettää "
                        "osoitteeseen neuvonta@example.fi.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Laki kotoutumisen edistämisestä 681/2023",
                        "url": "https://example.fi/saadokset/681-2023",
                    }
                ],
            },
            "sv": {
                "title": "Den nya integrationslagen träder i kraft vid årsskiftet",
                "slug": "nya-integrationslagen-trader-i-kraft",
                "lead": (
                    "Lagen om främjande av integration träder i kraft den 1 januari 2025. "
                    "Kommunernas ansvar för integrationstjänsterna utvidgas, och tjänsterna "
                    "kopplas närmare till arbetskraftsservicen."
                ),
                "published_at": "2024-12-18T12:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Målet med reformen är att invandrare snabbare ska få arbete och "
                        "att deras delaktighet i samhället ska stärkas. Samtidigt som "
                        "arbetskraftsservicen överförs till kommunerna får kommunerna ett "
                        "tydligare helhetsansvar för integrationsfrämjandet.</p>",
                    ),
                    ("heading", "Vad ändras?"),
                    (
                        "paragraph",
                        "<ul><li>Kommunerna ansvarar för integrationstjänster också för "
                        "invandrare som inte är arbetssökande.</li>"
                        "<li>Den inledande kartläggningen ersätts med en bedömning av kompetens "
                        "och servicebehov.</li>"
                        "<li>Samhällsorientering blir en ny tjänst som alla som får "
                        "integrationstjänster kan ta del av.</li>"
                        "<li>Samarbetet mellan kommunerna och välfärdsområdena "
                        "fördjupas.</li></ul>",
                    ),
                    ("heading", "Stöd till kommunerna under övergången"),
                    (
                        "paragraph",
                        "<p>Under början av året ordnas webbinarier för kommunerna, och "
                        "anvisningarna uppdateras på den här webbplatsen. Frågor kan skickas till "
                        "neuvonta@example.fi.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Lagen om främjande av integration 681/2023",
                        "url": "https://example.fi/forfattningar/681-2023",
                    }
                ],
            },
            "en": {
                "title": "New Integration Act enters into force at the start of the year",
                "slug": "new-integration-act-enters-into-force",
                "lead": (
                    "The Act on the Promotion of Integration enters into force on 1 January "
                    "2025. Municipalities' responsibility for integration services grows, and "
                    "the services are linked more closely to employment services."
                ),
                "published_at": "2024-12-19T09:00",
                "body": [
                    (
                        "paragraph",
                        "<p>The reform aims to help immigrants find work faster and to "
                        "strengthen their participation in society. As employment services are "
                        "transferred to municipalities, municipalities also receive clearer "
                        "overall responsibility for promoting integration.</p>",
                    ),
                    ("heading", "What changes?"),
                    (
                        "paragraph",
                        "<ul><li>Municipalities provide integration services also to immigrants "
                        "who are not jobseekers.</li>"
                        "<li>The initial assessment is replaced by an assessment of skills and "
                        "service needs.</li>"
                        "<li>Civic orientation becomes a new service open to everyone who "
                        "receives integration services.</li>"
                        "<li>Cooperation between municipalities and wellbeing services counties "
                        "is strengthened.</li></ul>",
                    ),
                    ("heading", "Support for municipalities during the transition"),
                    (
                        "paragraph",
                        "<p>Webinars for municipalities will be held early in the year, and "
                        "guidance materials will be updated on this website. Questions can be "
                        "sent to neuvonta@example.fi.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Act on the Promotion of Integration 681/2023",
                        "url": "https://example.org/legislation/681-2023",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Laki kotoutumisen edistämisestä 681/2023",
                "url": "https://example.fi/saadokset/681-2023",
            }
        ],
    },
    {
        "key": "municipal-survey-resources",
        "news_type": "news",
        "audiences": ["decision-makers", "authorities"],
        "original_published_at": {"days_ago": 30, "time": "10:00"},
        "translations": {
            "fi": {
                "title": "Kuntakysely: kotoutumispalvelujen resursseissa on suuria eroja",
                "slug": "kuntakysely-kotoutumispalvelujen-resurssit",
                "lead": (
                    "Kevään kuntakyselyyn vastasi 184 kuntaa. Vastausten mukaan erityisesti "
                    "pienissä kunnissa kotoutumistyö on usein yhden työntekijän varassa."
                ),
                "published_at": {"days_ago": 30, "time": "10:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Kyselyllä selvitettiin, miten kunnat ovat järjestäneet "
                        "kotoutumispalvelunsa ja kuinka paljon henkilöstöä niihin on käytössä. "
                        "Erot kuntien välillä ovat suuria, ja ne selittyvät pääosin kunnan "
                        "koolla ja maahanmuuttajien määrällä.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Kuntakyselyn tuloksia kuntakoon mukaan (demoaineisto)",
                            "header": [
                                "Kuntakoko",
                                "Vastanneita kuntia",
                                "Kotoutumistyön henkilötyövuosia keskimäärin",
                                "Ohjelma hyväksytty, %",
                            ],
                            "rows": [
                                ["alle 10 000 asukasta", "112", "0,8", "54"],
                                ["10 000–50 000 asukasta", "52", "3,4", "79"],
                                ["yli 50 000 asukasta", "20", "17,5", "95"],
                            ],
                        },
                    ),
                    ("heading", "Monikielinen neuvonta puuttuu monesta kunnasta"),
                    (
                        "paragraph",
                        "<p>Noin kolmannes vastanneista kunnista kertoi, ettei niillä ole omaa "
                        "monikielistä neuvontaa. Näissä kunnissa asiakkaat ohjataan naapurikunnan "
                        "tai järjestöjen palveluihin. Kunnat toivoivat erityisesti yhteisiä "
                        "etäpalveluja ja tulkkauksen koordinointia.</p>",
                    ),
                    ("heading", "Seuraavat askeleet"),
                    (
                        "paragraph",
                        "<p>Tulokset käsitellään alueellisissa yhteistyöryhmissä syksyn aikana. "
                        "Kysely toistetaan vuoden kuluttua, jotta muutoksia voidaan "
                        "seurata.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Kommunenkät: stora skillnader i resurserna för integrationstjänster",
                "slug": "kommunenkat-resurser-for-integrationstjanster",
                "lead": (
                    "184 kommuner svarade på vårens kommunenkät. Enligt svaren vilar "
                    "integrationsarbetet särskilt i små kommuner ofta på en enda anställd."
                ),
                "published_at": {"days_ago": 30, "time": "12:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Enkäten kartlade hur kommunerna har ordnat sina integrationstjänster "
                        "och hur mycket personal som finns för dem. Skillnaderna mellan "
                        "kommunerna är stora och förklaras främst av kommunens storlek och "
                        "antalet invandrare.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Resultat av kommunenkäten enligt kommunstorlek (demodata)",
                            "header": [
                                "Kommunstorlek",
                                "Kommuner som svarat",
                                "Årsverken i integrationsarbetet i genomsnitt",
                                "Program godkänt, %",
                            ],
                            "rows": [
                                ["under 10 000 invånare", "112", "0,8", "54"],
                                ["10 000–50 000 invånare", "52", "3,4", "79"],
                                ["över 50 000 invånare", "20", "17,5", "95"],
                            ],
                        },
                    ),
                    ("heading", "Flerspråkig rådgivning saknas i många kommuner"),
                    (
                        "paragraph",
                        "<p>Ungefär en tredjedel av kommunerna som svarade har ingen egen "
                        "flerspråkig rådgivning. I dessa kommuner hänvisas kunderna till "
                        "grannkommunens eller organisationernas tjänster. Kommunerna önskade "
                        "särskilt gemensamma distanstjänster och samordnad tolkning.</p>",
                    ),
                    ("heading", "Nästa steg"),
                    (
                        "paragraph",
                        "<p>Resultaten behandlas i de regionala samarbetsgrupperna under hösten. "
                        "Enkäten upprepas om ett år så att förändringarna kan följas upp.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Municipal survey: large differences in resources for integration "
                "services",
                "slug": "municipal-survey-integration-resources",
                "lead": (
                    "A total of 184 municipalities responded to the spring survey. According to "
                    "the responses, integration work in small municipalities often depends on a "
                    "single employee."
                ),
                "published_at": {"days_ago": 29, "time": "09:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>The survey looked at how municipalities have organised their "
                        "integration services and how many staff work on them. Differences "
                        "between municipalities are large and are mainly explained by the size "
                        "of the municipality and the number of immigrants living there.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Survey results by size of municipality (demo data)",
                            "header": [
                                "Size of municipality",
                                "Municipalities responding",
                                "Average person-years in integration work",
                                "Programme adopted, %",
                            ],
                            "rows": [
                                ["under 10,000 residents", "112", "0.8", "54"],
                                ["10,000–50,000 residents", "52", "3.4", "79"],
                                ["over 50,000 residents", "20", "17.5", "95"],
                            ],
                        },
                    ),
                    ("heading", "Many municipalities lack multilingual advice"),
                    (
                        "paragraph",
                        "<p>About one third of the responding municipalities have no "
                        "multilingual advice service of their own. There, clients are referred "
                        "to services of neighbouring municipalities or organisations. "
                        "Municipalities especially called for shared remote services and "
                        "coordinated interpreting.</p>",
                    ),
                    ("heading", "Next steps"),
                    (
                        "paragraph",
                        "<p>The results will be discussed in the regional cooperation groups "
                        "during the autumn. The survey will be repeated in a year so that "
                        "changes can be monitored.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "basics-course-updated",
        "news_type": "announcement",
        "audiences": ["professionals"],
        "original_published_at": {"days_ago": 40, "time": "13:00"},
        "translations": {
            "fi": {
                "title": "Kotoutumisen perusteet -verkkokoulutus on uudistettu",
                "slug": "kotoutumisen-perusteet-verkkokoulutus-uudistettu",
                "lead": (
                    "Suosittu verkkokoulutus on päivitetty vastaamaan uutta kotoutumislakia. "
                    "Koulutukseen lisättiin osio selkeästä viestinnästä ja tulkkauksen "
                    "käytöstä."
                ),
                "published_at": {"days_ago": 40, "time": "13:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Verkkokoulutuksen on tähän mennessä suorittanut tuhansia kuntien, "
                        "hyvinvointialueiden ja järjestöjen työntekijöitä. Palautteen perusteella "
                        "koulutukseen toivottiin enemmän käytännön esimerkkejä ja tietoa "
                        "lainsäädännön muutoksista.</p>",
                    ),
                    ("heading", "Uutta koulutuksessa"),
                    (
                        "paragraph",
                        "<ul><li>lainsäädäntöosio päivitetty uuden kotoutumislain mukaiseksi</li>"
                        "<li>uusi osio selkeästä viestinnästä ja tulkin kanssa "
                        "työskentelystä</li>"
                        "<li>asiakastapauksia kunnista ja järjestöistä</li>"
                        "<li>parannettu saavutettavuus ja tekstitetyt videot</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Aiemmin suoritetut koulutukset ja todistukset ovat edelleen "
                        "voimassa. Suosittelemme kuitenkin käymään läpi päivitetyn "
                        "lainsäädäntöosion.</p>",
                    ),
                    (
                        "link_list",
                        {
                            "title": "Koulutukseen",
                            "links": [
                                {
                                    "text": "Kotoutumisen perusteet -verkkokoulutus",
                                    "url": "https://example.fi/verkkokoulutus/kotoutumisen-perusteet",
                                }
                            ],
                        },
                    ),
                ],
            },
            "sv": {
                "title": "Webbutbildningen Grunderna i integration har förnyats",
                "slug": "webbutbildningen-grunderna-i-integration-fornyad",
                "lead": (
                    "Den populära webbutbildningen har uppdaterats enligt den nya "
                    "integrationslagen. En ny del om tydlig kommunikation och användning av tolk "
                    "har lagts till."
                ),
                "published_at": {"days_ago": 40, "time": "13:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Tusentals anställda i kommuner, välfärdsområden och organisationer "
                        "har redan gått webbutbildningen. I responsen önskade deltagarna fler "
                        "praktiska exempel och information om ändringarna i "
                        "lagstiftningen.</p>",
                    ),
                    ("heading", "Nytt i utbildningen"),
                    (
                        "paragraph",
                        "<ul><li>lagstiftningsdelen är uppdaterad enligt den nya "
                        "integrationslagen</li>"
                        "<li>en ny del om tydlig kommunikation och arbete med tolk</li>"
                        "<li>kundfall från kommuner och organisationer</li>"
                        "<li>förbättrad tillgänglighet och textade videor</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Utbildningar och intyg som slutförts tidigare gäller fortfarande. Vi "
                        "rekommenderar ändå att du går igenom den uppdaterade "
                        "lagstiftningsdelen.</p>",
                    ),
                    (
                        "link_list",
                        {
                            "title": "Till utbildningen",
                            "links": [
                                {
                                    "text": "Webbutbildningen Grunderna i integration",
                                    "url": "https://example.fi/webbutbildning/grunderna-i-integration",
                                }
                            ],
                        },
                    ),
                ],
            },
            "en": {
                "title": "The Basics of Integration online course has been renewed",
                "slug": "basics-of-integration-course-renewed",
                "lead": (
                    "The popular online course has been updated to reflect the new Integration "
                    "Act. A new module on clear communication and working with interpreters has "
                    "been added."
                ),
                "published_at": {"days_ago": 38, "time": "11:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>Thousands of employees of municipalities, wellbeing services counties "
                        "and organisations have already completed the course. In their feedback, "
                        "participants asked for more practical examples and information on "
                        "changes in legislation.</p>",
                    ),
                    ("heading", "What is new"),
                    (
                        "paragraph",
                        "<ul><li>the legislation module updated to match the new Integration "
                        "Act</li>"
                        "<li>a new module on clear communication and working with "
                        "interpreters</li>"
                        "<li>client cases from municipalities and organisations</li>"
                        "<li>improved accessibility and captioned videos</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Courses and certificates completed earlier remain valid. We do, "
                        "however, recommend going through the updated legislation module.</p>",
                    ),
                    (
                        "link_list",
                        {
                            "title": "Go to the course",
                            "links": [
                                {
                                    "text": "Basics of Integration online course",
                                    "url": "https://example.org/online-course/basics-of-integration",
                                }
                            ],
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "partnership-network-day",
        "news_type": "event",
        "audiences": ["professionals", "decision-makers"],
        "original_published_at": "2025-09-02T10:00",
        "translations": {
            "fi": {
                "title": "Kumppanuusohjelman verkostopäivä kokoaa kotoutumisen toimijat Helsinkiin",
                "slug": "kumppanuusohjelman-verkostopaiva-2025",
                "lead": (
                    "Kotoutumisen kumppanuusohjelman syksyn verkostopäivä järjestetään "
                    "keskiviikkona 8.10.2025 Helsingissä ja verkossa. Teemana on "
                    "maahanmuuttajien osallisuus paikallisessa päätöksenteossa."
                ),
                "published_at": "2025-09-02T10:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Verkostopäivä on tarkoitettu kaikille kumppanuusohjelmaan kuuluville "
                        "sekä ohjelmasta kiinnostuneille kunnille, järjestöille ja yrityksille. "
                        "Päivän aikana kuullaan esimerkkejä siitä, miten maahanmuuttajat on "
                        "otettu mukaan kuntien ja järjestöjen suunnitteluun ja "
                        "päätöksentekoon.</p>",
                    ),
                    ("heading", "Ohjelmassa"),
                    (
                        "paragraph",
                        "<ul><li>avauspuheenvuoro osallisuudesta ja luottamuksesta</li>"
                        "<li>kuntien ja järjestöjen esimerkkejä asukasraadeista ja "
                        "vaikuttajaryhmistä</li>"
                        "<li>teemaryhmien työpajat</li>"
                        "<li>verkostoitumista ja yhteinen lounas</li></ul>",
                    ),
                    (
                        "image",
                        {
                            "alt": "Osallistujat keskustelevat pienryhmissä valoisassa "
                            "tapahtumasalissa.",
                            "caption": "Kumppanuusohjelman verkostopäivä",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Tilaisuus on maksuton. Ilmoittautuminen päättyy 24.9.2025. "
                        "Etäosallistujat saavat linkin sähköpostiin päivää ennen "
                        "tilaisuutta.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Ilmoittaudu verkostopäivään",
                        "url": "https://example.fi/tapahtumat/verkostopaiva-2025",
                    }
                ],
            },
            "sv": {
                "title": "Partnerskapsprogrammets nätverksdag samlar integrationsaktörerna i "
                "Helsingfors",
                "slug": "partnerskapsprogrammets-natverksdag-2025",
                "lead": (
                    "Höstens nätverksdag inom partnerskapsprogrammet för integration ordnas "
                    "onsdagen den 8 oktober 2025 i Helsingfors och på nätet. Temat är "
                    "invandrares delaktighet i det lokala beslutsfattandet."
                ),
                "published_at": "2025-09-02T10:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Nätverksdagen är avsedd för alla partner i programmet och för "
                        "kommuner, organisationer och företag som är intresserade av det. Under "
                        "dagen presenteras exempel på hur invandrare har involverats i "
                        "kommunernas och organisationernas planering och beslutsfattande.</p>",
                    ),
                    ("heading", "Program"),
                    (
                        "paragraph",
                        "<ul><li>öppningsanförande om delaktighet och förtroende</li>"
                        "<li>exempel från kommuner och organisationer på invånarpaneler och "
                        "påverkargrupper</li>"
                        "<li>workshoppar i temagrupperna</li>"
                        "<li>nätverkande och gemensam lunch</li></ul>",
                    ),
                    (
                        "image",
                        {
                            "alt": "Deltagare diskuterar i smågrupper i en ljus evenemangssal.",
                            "caption": "Partnerskapsprogrammets nätverksdag",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Evenemanget är avgiftsfritt. Anmälan stänger den 24 september 2025. "
                        "De som deltar på distans får en länk per e-post dagen före "
                        "evenemanget.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Anmäl dig till nätverksdagen",
                        "url": "https://example.fi/evenemang/natverksdag-2025",
                    }
                ],
            },
            "en": {
                "title": "Partnership programme network day brings integration actors together "
                "in Helsinki",
                "slug": "partnership-programme-network-day-2025",
                "lead": (
                    "The autumn network day of the integration partnership programme will be "
                    "held on Wednesday 8 October 2025 in Helsinki and online. The theme is the "
                    "participation of immigrants in local decision-making."
                ),
                "published_at": "2025-09-03T14:00",
                "body": [
                    (
                        "paragraph",
                        "<p>The network day is open to all partners of the programme and to "
                        "municipalities, organisations and companies interested in joining. "
                        "Speakers will share examples of how immigrants have been involved in "
                        "the planning and decision-making of municipalities and "
                        "organisations.</p>",
                    ),
                    ("heading", "Programme"),
                    (
                        "paragraph",
                        "<ul><li>opening address on participation and trust</li>"
                        "<li>examples of residents' panels and advisory groups from "
                        "municipalities and organisations</li>"
                        "<li>workshops of the thematic groups</li>"
                        "<li>networking and a shared lunch</li></ul>",
                    ),
                    (
                        "image",
                        {
                            "alt": "Participants talking in small groups in a bright event hall.",
                            "caption": "Partnership programme network day",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>The event is free of charge. Registration closes on 24 September "
                        "2025. Remote participants will receive a link by email the day before "
                        "the event.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Register for the network day",
                        "url": "https://example.org/events/network-day-2025",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Ilmoittaudu verkostopäivään",
                "url": "https://example.fi/tapahtumat/verkostopaiva-2025",
            }
        ],
    },
    {
        "key": "webinar-multilingual-advice",
        "news_type": "event",
        "audiences": ["authorities", "professionals"],
        "original_published_at": {"days_ago": 8, "time": "12:00"},
        "translations": {
            "fi": {
                "title": "Webinaari: monikielinen neuvonta kuntien palveluissa",
                "slug": "webinaari-monikielinen-neuvonta",
                "lead": (
                    "Webinaarissa kuullaan, miten kunnat ovat järjestäneet monikielisen "
                    "neuvonnan yhteistyössä naapurikuntien ja järjestöjen kanssa."
                ),
                "published_at": {"days_ago": 8, "time": "12:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Monikielinen neuvonta on monelle maahanmuuttajalle ensimmäinen "
                        "kosketus kunnan palveluihin. Pienissä kunnissa omaa neuvontapistettä ei "
                        "kuitenkaan aina ole, ja asiakkaat joutuvat asioimaan usean "
                        "viranomaisen luona.</p>",
                    ),
                    ("heading", "Webinaarin aiheet"),
                    (
                        "paragraph",
                        "<ol><li>Seudullinen neuvontapalvelu: kolmen kunnan yhteinen malli</li>"
                        "<li>Etäneuvonta videoyhteydellä ja sen tietosuoja</li>"
                        "<li>Järjestöjen rooli neuvonnassa ja ohjauksessa</li>"
                        "<li>Kysymyksiä ja keskustelua</li></ol>",
                    ),
                    (
                        "paragraph",
                        "<p>Webinaari järjestetään Teamsissa kuun viimeisenä torstaina kello "
                        "13–15. Tilaisuus on maksuton, ja se tallennetaan. Tallenne julkaistaan "
                        "tekstitettynä tällä sivustolla.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Ilmoittaudu webinaariin",
                        "url": "https://example.fi/tapahtumat/webinaari-monikielinen-neuvonta",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Ilmoittaudu webinaariin",
                "url": "https://example.fi/tapahtumat/webinaari-monikielinen-neuvonta",
            }
        ],
    },
    {
        "key": "regional-cooperation-group",
        "news_type": "announcement",
        "audiences": ["authorities"],
        "original_published_at": "2025-02-10T08:15",
        "translations": {
            "fi": {
                "title": "Alueellinen kotoutumisen yhteistyöryhmä aloittaa toimintansa",
                "slug": "alueellinen-yhteistyoryhma-aloittaa",
                "lead": (
                    "Uusi yhteistyöryhmä kokoaa alueen kunnat, hyvinvointialueen, oppilaitokset "
                    "ja järjestöt sopimaan kotoutumisen edistämisen työnjaosta."
                ),
                "published_at": "2025-02-10T08:15",
                "body": [
                    (
                        "paragraph",
                        "<p>Kotoutumislain uudistuksen myötä kuntien, hyvinvointialueiden ja "
                        "valtion viranomaisten välisen yhteistyön merkitys kasvaa. ELY-keskuksen "
                        "kokoama yhteistyöryhmä kokoontuu neljä kertaa vuodessa, ja sen "
                        "ensimmäinen kokous pidetään maaliskuussa.</p>",
                    ),
                    ("heading", "Ryhmän tehtävät"),
                    (
                        "paragraph",
                        "<ul><li>seurata kotoutumisen kehitystä alueella</li>"
                        "<li>sopia kuntapaikoista ja pakolaisten vastaanoton "
                        "järjestelyistä</li>"
                        "<li>jakaa tietoa hyvistä käytännöistä kuntien kesken</li>"
                        "<li>tehdä aloitteita kotoutumispalvelujen kehittämiseksi</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Jokainen alueen kunta voi nimetä ryhmään edustajansa. Nimeämiset "
                        "pyydetään lähettämään helmikuun loppuun mennessä osoitteeseen "
                        "yhteistyoryhma@example.fi.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "plain-language-guide",
        "news_type": "news",
        "audiences": ["professionals", "authorities"],
        "original_published_at": {"days_ago": 60, "time": "09:00"},
        "translations": {
            "fi": {
                "title": "Selkokielinen opas auttaa kertomaan kotoutumispalveluista "
                "ymmärrettävästi",
                "slug": "selkokielinen-opas-kotoutumispalveluista",
                "lead": (
                    "Uusi opas antaa käytännön vinkkejä siihen, miten kotoutumispalveluista "
                    "viestitään selkeästi asiakkaille, joiden suomen kielen taito on vasta "
                    "kehittymässä."
                ),
                "published_at": {"days_ago": 60, "time": "09:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Viranomaisten kirjeet ja verkkosivut ovat usein vaikeita ymmärtää "
                        "myös niille, joiden äidinkieli on suomi. Maahanmuuttajalle "
                        "virkakielinen teksti voi olla ylitsepääsemätön este palvelujen "
                        "käytölle. Selkokieli ja selkeä yleiskieli parantavat palvelujen "
                        "saavutettavuutta.</p>",
                    ),
                    ("heading", "Vinkkejä selkeään viestintään"),
                    (
                        "paragraph",
                        "<ol><li>Kerro tärkein asia ensin.</li>"
                        "<li>Käytä lyhyitä virkkeitä ja tuttuja sanoja.</li>"
                        "<li>Selitä viranomaissanat, kuten kotoutumissuunnitelma tai "
                        "työllisyysalue.</li>"
                        "<li>Kerro selvästi, mitä asiakkaan pitää tehdä ja mihin mennessä.</li>"
                        "<li>Tarkista teksti yhdessä asiakkaan tai kollegan kanssa.</li></ol>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Kun kirjoitimme kutsukirjeen uudelleen selkokielellä, "
                            "poissaolot ensimmäisiltä tapaamisilta vähenivät selvästi.",
                            "attribution": "Sosiaaliohjaaja, hyvinvointialue (demoesimerkki)",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "integration-in-swedish-guidance",
        "news_type": "news",
        "audiences": ["professionals", "authorities"],
        "original_published_at": {"days_ago": 25, "time": "10:30"},
        "translations": {
            "sv": {
                "title": "Ny vägledning om integration på svenska i tvåspråkiga kommuner",
                "slug": "ny-vagledning-integration-pa-svenska",
                "lead": (
                    "En ny vägledning hjälper de tvåspråkiga kommunerna att informera invandrare "
                    "om möjligheten att integreras på svenska och att ordna utbildningen i "
                    "praktiken."
                ),
                "published_at": {"days_ago": 25, "time": "10:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>I Finland kan invandrare välja att integreras på finska eller "
                        "svenska. I praktiken får många ändå inte veta om alternativet i tid, "
                        "och svenskspråkig integrationsutbildning finns inte på alla orter. "
                        "Vägledningen samlar erfarenheter från kommuner i Österbotten, "
                        "Nyland och Åboland.</p>",
                    ),
                    ("heading", "Det här tar vägledningen upp"),
                    (
                        "paragraph",
                        "<ul><li>hur språkvalet tas upp redan vid bedömningen av kompetens och "
                        "servicebehov</li>"
                        "<li>hur kommuner kan köpa utbildning tillsammans när de egna "
                        "grupperna är små</li>"
                        "<li>hur familjer stöds när barnen går i svenskspråkig skola</li>"
                        "<li>hur arbetsgivare kan involveras i språkinlärningen</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Språkvalet påverkar hela familjens framtid. Därför ska det "
                            "vara ett informerat val och inte en slump.",
                            "attribution": "Integrationskoordinator, Exempelby stad",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Vägledningen finns tills vidare endast på svenska. En finsk "
                        "sammanfattning publiceras senare.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Vägledning: integration på svenska",
                        "url": "https://example.fi/vagledning/integration-pa-svenska",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Vägledning: integration på svenska",
                "url": "https://example.fi/vagledning/integration-pa-svenska",
            }
        ],
    },
    {
        "key": "european-peer-learning",
        "news_type": "news",
        "audiences": ["decision-makers"],
        "original_published_at": "2025-05-20T16:45",
        "translations": {
            "en": {
                "title": "Finnish municipalities share integration practices at a European peer "
                "learning event",
                "slug": "european-peer-learning-event",
                "lead": (
                    "Representatives of three Finnish municipalities presented their "
                    "integration programmes to colleagues from other EU member states and "
                    "brought back new ideas for local services."
                ),
                "published_at": "2025-05-20T16:45",
                "body": [
                    (
                        "paragraph",
                        "<p>The two-day peer learning event brought together municipalities and "
                        "national authorities from eight countries. Participants compared how "
                        "integration services are organised locally and how cities cooperate "
                        "with employers, schools and civil society organisations.</p>",
                    ),
                    ("heading", "Lessons from the event"),
                    (
                        "paragraph",
                        "<ul><li>One-stop guidance centres shorten the time immigrants spend "
                        "navigating between services.</li>"
                        "<li>Language learning works best when it is combined with work or "
                        "vocational training.</li>"
                        "<li>Municipalities benefit from comparable data on the outcomes of "
                        "integration programmes.</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Our colleagues were surprised by how closely Finnish "
                            "municipalities link integration and employment services. We, in "
                            "turn, learned a lot from their work with parents of young children.",
                            "attribution": "Director of immigrant services, a Finnish city "
                            "(demo example)",
                        },
                    ),
                ],
                "further_information": [
                    {
                        "text": "Presentation materials from the event",
                        "url": "https://example.org/events/peer-learning-2025",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Presentation materials from the event",
                "url": "https://example.org/events/peer-learning-2025",
            }
        ],
    },
    {
        "key": "municipal-placements-refugees",
        "news_type": "press_release",
        "audiences": ["decision-makers", "authorities"],
        "original_published_at": {"days_ago": 3, "time": "11:00"},
        "translations": {
            "fi": {
                "title": "Kuntia pyydetään tarjoamaan kuntapaikkoja kiintiöpakolaisille",
                "slug": "kuntapaikat-kiintiopakolaisille",
                "lead": (
                    "ELY-keskukset kartoittavat kuntien valmiutta ottaa vastaan ensi vuonna "
                    "Suomeen saapuvia kiintiöpakolaisia. Kunnat saavat vastaanotosta valtion "
                    "korvausta."
                ),
                "published_at": {"days_ago": 3, "time": "11:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Kiintiöpakolaiset ovat YK:n pakolaisjärjestön pakolaisiksi toteamia "
                        "ihmisiä, jotka valitaan uudelleensijoitettaviksi Suomeen. Jotta heidän "
                        "kotoutumisensa voi alkaa heti saapumisen jälkeen, asunnot, palvelut ja "
                        "tuki on sovittava kunnissa hyvissä ajoin.</p>",
                    ),
                    ("heading", "Valtion korvaukset kunnille"),
                    (
                        "paragraph",
                        "<p>Kunta saa kiintiöpakolaisten vastaanotosta laskennallista korvausta "
                        "sekä korvausta erikseen määritellyistä kustannuksista, kuten "
                        "tulkkauksesta. Korvauksilla katetaan esimerkiksi ohjausta, neuvontaa ja "
                        "kotoutumista tukevia palveluja.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Näin kunta ilmoittaa kuntapaikoista",
                            "body": "<ol><li>Ota yhteyttä alueesi ELY-keskukseen.</li>"
                            "<li>Valmistele päätös vastaanotettavien määrästä "
                            "toimielimessä.</li>"
                            "<li>Tee sopimus ELY-keskuksen kanssa ja varaa asunnot.</li></ol>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Kuntien toivotaan ilmoittavan halukkuudestaan kuukauden kuluessa. "
                        "Myös pienet kuntapaikkamäärät ovat tervetulleita.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Kommunerna ombeds erbjuda kommunplatser för kvotflyktingar",
                "slug": "kommunplatser-for-kvotflyktingar",
                "lead": (
                    "NTM-centralerna kartlägger kommunernas beredskap att ta emot de "
                    "kvotflyktingar som kommer till Finland nästa år. Kommunerna får statlig "
                    "ersättning för mottagandet."
                ),
                "published_at": {"days_ago": 3, "time": "11:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Kvotflyktingar är personer som FN:s flyktingorgan har konstaterat "
                        "vara flyktingar och som väljs ut för vidarebosättning i Finland. För att "
                        "integrationen ska kunna börja direkt efter ankomsten måste bostäder, "
                        "tjänster och stöd avtalas i kommunerna i god tid.</p>",
                    ),
                    ("heading", "Statlig ersättning till kommunerna"),
                    (
                        "paragraph",
                        "<p>Kommunen får kalkylerad ersättning för mottagandet av kvotflyktingar "
                        "samt ersättning för särskilt angivna kostnader, till exempel tolkning. "
                        "Ersättningarna täcker bland annat handledning, rådgivning och tjänster "
                        "som stöder integrationen.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Så här meddelar kommunen kommunplatser",
                            "body": "<ol><li>Kontakta NTM-centralen i din region.</li>"
                            "<li>Bered ett beslut om antalet personer som tas emot i ett "
                            "organ.</li>"
                            "<li>Ingå avtal med NTM-centralen och reservera bostäder.</li></ol>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Kommunerna ombeds meddela sitt intresse inom en månad. Också ett litet "
                        "antal kommunplatser är välkommet.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Municipalities asked to offer places for quota refugees",
                "slug": "municipal-places-for-quota-refugees",
                "lead": (
                    "ELY Centres are surveying the readiness of municipalities to receive the "
                    "quota refugees arriving in Finland next year. Municipalities receive state "
                    "compensation for the reception."
                ),
                "published_at": {"days_ago": 2, "time": "08:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>Quota refugees are people recognised as refugees by the UN Refugee "
                        "Agency and selected for resettlement in Finland. For their integration "
                        "to begin immediately after arrival, housing, services and support must "
                        "be agreed in municipalities well in advance.</p>",
                    ),
                    ("heading", "State compensation for municipalities"),
                    (
                        "paragraph",
                        "<p>Municipalities receive calculated compensation for receiving quota "
                        "refugees, as well as compensation for specified costs such as "
                        "interpreting. The compensation covers guidance, advice and services "
                        "that support integration, among other things.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "How a municipality offers places",
                            "body": "<ol><li>Contact the ELY Centre in your region.</li>"
                            "<li>Prepare a decision on the number of people to be received.</li>"
                            "<li>Sign an agreement with the ELY Centre and reserve "
                            "housing.</li></ol>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Municipalities are asked to express their interest within a month. "
                        "Small numbers of places are also welcome.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "workplace-language-pilot",
        "news_type": "news",
        "audiences": ["professionals", "decision-makers"],
        "original_published_at": {"days_ago": 50, "time": "10:00"},
        "translations": {
            "fi": {
                "title": "Työpaikalla opittu suomi vauhditti kotoutumista kokeilussa",
                "slug": "tyopaikan-kielenopetus-kokeilu",
                "lead": (
                    "Kolmessa kunnassa toteutetussa kokeilussa maahanmuuttajat opiskelivat "
                    "suomea työnsä ohessa. Osallistujien kielitaito kehittyi selvästi "
                    "nopeammin kuin vertailuryhmässä."
                ),
                "published_at": {"days_ago": 50, "time": "10:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>Kokeilussa kotoutumiskoulutus ja työ yhdistettiin niin, että "
                        "opettaja kävi työpaikalla kahdesti viikossa. Opetus rakentui "
                        "työtehtävissä tarvittavan sanaston ja tilanteiden ympärille. Mukana oli "
                        "työpaikkoja hoiva-alalta, logistiikasta ja kiinteistöhuollosta.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Kokeilun tuloksia (demoaineisto)",
                            "header": ["Mittari", "Kokeiluryhmä", "Vertailuryhmä"],
                            "rows": [
                                ["Osallistujia", "96", "88"],
                                ["Kielitaito nousi vähintään yhden tason, %", "71", "46"],
                                ["Työsuhde jatkui kokeilun jälkeen, %", "83", "64"],
                                ["Keskeyttäneitä, %", "9", "17"],
                            ],
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "Opettaja ja kaksi työntekijää tarkastelevat sanastokortteja "
                            "varaston hyllyjen välissä.",
                            "caption": "Kielenopetusta työpaikalla",
                        },
                    ),
                    ("heading", "Työnantajat mukana suunnittelussa"),
                    (
                        "paragraph",
                        "<p>Kokeilun onnistumisen kannalta ratkaisevaa oli, että työnantajat "
                        "osallistuivat opetuksen suunnitteluun ja nimesivät työpaikalle "
                        "kielimentorin. Kunnat aikovat laajentaa mallia ensi vuonna.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Finska på arbetsplatsen påskyndade integrationen i ett försök",
                "slug": "sprakundervisning-pa-arbetsplatsen-forsok",
                "lead": (
                    "I ett försök i tre kommuner studerade invandrare finska vid sidan av "
                    "arbetet. Deltagarnas språkkunskaper utvecklades klart snabbare än i "
                    "jämförelsegruppen."
                ),
                "published_at": {"days_ago": 50, "time": "10:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>I försöket kombinerades integrationsutbildning och arbete så att "
                        "läraren besökte arbetsplatsen två gånger i veckan. Undervisningen "
                        "byggde på ordförråd och situationer som behövs i arbetsuppgifterna. Med "
                        "fanns arbetsplatser inom omsorg, logistik och fastighetsskötsel.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Resultat av försöket (demodata)",
                            "header": ["Mätare", "Försöksgrupp", "Jämförelsegrupp"],
                            "rows": [
                                ["Deltagare", "96", "88"],
                                ["Språknivån steg minst en nivå, %", "71", "46"],
                                ["Anställningen fortsatte efter försöket, %", "83", "64"],
                                ["Avbrutit, %", "9", "17"],
                            ],
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "En lärare och två anställda granskar ordkort mellan "
                            "hyllorna i ett lager.",
                            "caption": "Språkundervisning på arbetsplatsen",
                        },
                    ),
                    ("heading", "Arbetsgivarna med i planeringen"),
                    (
                        "paragraph",
                        "<p>Avgörande för framgången var att arbetsgivarna deltog i planeringen "
                        "av undervisningen och utsåg en språkmentor på arbetsplatsen. Kommunerna "
                        "planerar att utvidga modellen nästa år.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Learning Finnish at work sped up integration in a pilot",
                "slug": "workplace-language-learning-pilot",
                "lead": (
                    "In a pilot run in three municipalities, immigrants studied Finnish "
                    "alongside their work. Their language skills improved clearly faster than "
                    "those of the comparison group."
                ),
                "published_at": {"days_ago": 49, "time": "15:20"},
                "body": [
                    (
                        "paragraph",
                        "<p>The pilot combined integration training with work: a teacher visited "
                        "each workplace twice a week, and lessons were built around the "
                        "vocabulary and situations needed in the job. The workplaces were in "
                        "care services, logistics and property maintenance.</p>",
                    ),
                    (
                        "table",
                        {
                            "caption": "Results of the pilot (demo data)",
                            "header": ["Indicator", "Pilot group", "Comparison group"],
                            "rows": [
                                ["Participants", "96", "88"],
                                ["Language level rose by at least one level, %", "71", "46"],
                                ["Employment continued after the pilot, %", "83", "64"],
                                ["Dropped out, %", "9", "17"],
                            ],
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "A teacher and two employees looking at vocabulary cards "
                            "between warehouse shelves.",
                            "caption": "Language teaching at the workplace",
                        },
                    ),
                    ("heading", "Employers involved in planning"),
                    (
                        "paragraph",
                        "<p>The key to success was that employers took part in planning the "
                        "teaching and appointed a language mentor at the workplace. The "
                        "municipalities plan to extend the model next year.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "nordic-forum-members-selected",
        "news_type": "announcement",
        "audiences": ["decision-makers", "professionals"],
        "original_published_at": "2021-10-20T13:00",
        "translations": {
            "fi": {
                "title": "Pohjoismaisen kotoutumisfoorumin asiantuntijat on valittu",
                "slug": "pohjoismaisen-foorumin-asiantuntijat-valittu",
                "lead": (
                    "Pohjoismaiden ministerineuvoston uuteen kotoutumisfoorumiin on valittu "
                    "maahanmuuttajataustaiset asiantuntijajäsenet. Foorumi kokoontuu ensimmäisen "
                    "kerran etäyhteydellä loppuvuoden aikana."
                ),
                "published_at": "2021-10-20T13:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Foorumin jäseniksi haettiin kesällä ja elokuussa asiantuntijoita, "
                        "jotka ovat syntyneet Pohjoismaiden ulkopuolella ja muuttaneet alueelle "
                        "maahanmuuttajina. Hakemuksia saatiin kaikista Pohjoismaista ja hyvin "
                        "erilaisista taustoista.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Asiantuntijapaneeli kokosi ryhmän, jossa on osaamista "
                        "työmarkkinoista, koulutuksesta, sosiaali- ja terveyspalveluista sekä "
                        "syrjinnän vastaisesta työstä. Valinnoissa painotettiin monimuotoisuutta "
                        "iän, sukupuolen ja lähtömaan suhteen.</p>",
                    ),
                    ("heading", "Mitä seuraavaksi?"),
                    (
                        "paragraph",
                        "<p>Foorumi kokoontuu kahdesti vuodessa etäkokouksiin, ja lisäksi "
                        "jäsenet osallistuvat keskustelutilaisuuksiin. Foorumin näkemykset "
                        "välitetään pohjoismaiseen kotoutumisyhteistyöhön.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Experterna i det nordiska integrationsforumet har valts",
                "slug": "experterna-i-nordiska-forumet-valda",
                "lead": (
                    "Expertmedlemmarna med invandrarbakgrund i Nordiska ministerrådets nya "
                    "integrationsforum har valts. Forumet träffas första gången på distans "
                    "under slutet av året."
                ),
                "published_at": "2021-10-20T13:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Under sommaren och augusti söktes experter som är födda utanför "
                        "Norden och har kommit till Norden som invandrare. Ansökningar kom från "
                        "alla nordiska länder och från personer med mycket olika bakgrund.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>En expertpanel satte samman en grupp med kunskap om "
                        "arbetsmarknaden, utbildning, social- och hälsovård samt arbete mot "
                        "diskriminering. Vid urvalet betonades mångfald i fråga om ålder, kön "
                        "och ursprungsland.</p>",
                    ),
                    ("heading", "Vad händer härnäst?"),
                    (
                        "paragraph",
                        "<p>Forumet håller två distansmöten om året, och dessutom deltar "
                        "medlemmarna i diskussionsevenemang. Forumets synpunkter förs vidare "
                        "till det nordiska samarbetet om integration.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Experts selected for the Nordic integration forum",
                "slug": "experts-selected-for-nordic-forum",
                "lead": (
                    "The expert members with a migrant background have been selected for the "
                    "Nordic Council of Ministers' new integration forum. The forum will hold "
                    "its first remote meeting later this year."
                ),
                "published_at": "2021-10-21T10:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Over the summer, the forum looked for experts born outside the "
                        "Nordic region who came to the Nordic countries as migrants. "
                        "Applications arrived from all the Nordic countries and from people with "
                        "very different backgrounds.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>An expert panel put together a group with knowledge of the labour "
                        "market, education, social and health services and anti-discrimination "
                        "work. The selection emphasised diversity in age, gender and country of "
                        "origin.</p>",
                    ),
                    ("heading", "What happens next?"),
                    (
                        "paragraph",
                        "<p>The forum will hold two remote meetings a year, and members will "
                        "also take part in discussion events. The forum's views feed into Nordic "
                        "cooperation on integration.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "summer-service-hours",
        "news_type": "announcement",
        "audiences": ["authorities"],
        "original_published_at": "2021-06-21T14:00",
        "translations": {
            "fi": {
                "title": "Neuvontapalvelu palvelee kesällä supistetusti",
                "slug": "neuvontapalvelu-kesalla-2021",
                "lead": (
                    "Kotoutumisen ammattilaisille tarkoitetun neuvontapalvelun puhelinaika on "
                    "kesällä lyhyempi. Sähköpostiin vastataan koko kesän."
                ),
                "published_at": "2021-06-21T14:00",
                "body": [
                    (
                        "paragraph",
                        "<p>Neuvontapalvelu vastaa kuntien ja viranomaisten kysymyksiin "
                        "kotoutumispalvelujen järjestämisestä, valtion korvauksista ja "
                        "lainsäädännön soveltamisesta. Kesän aikana palvelua ylläpidetään "
                        "pienemmällä henkilöstöllä.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Palveluajat kesällä 2021",
                            "body": "<ul><li>Puhelinpalvelu 28.6.–6.8.2021 maanantaista "
                            "torstaihin kello 10–12.</li>"
                            "<li>Sähköposti neuvonta@example.fi, vastaus kolmen arkipäivän "
                            "kuluessa.</li>"
                            "<li>Normaali palveluaika jatkuu maanantaina 9.8.2021.</li></ul>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Kiireellisissä pakolaisten vastaanottoon liittyvissä asioissa ota "
                        "yhteyttä suoraan oman alueesi ELY-keskukseen.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Rådgivningen har begränsad service i sommar",
                "slug": "radgivningen-i-sommar-2021",
                "lead": (
                    "Telefontiden för rådgivningen för yrkesverksamma inom integration är "
                    "kortare i sommar. E-post besvaras hela sommaren."
                ),
                "published_at": "2021-06-22T09:45",
                "body": [
                    (
                        "paragraph",
                        "<p>Rådgivningen svarar på frågor från kommuner och myndigheter om hur "
                        "integrationstjänster ordnas, om statlig ersättning och om hur "
                        "lagstiftningen tillämpas. Under sommaren sköts tjänsten med mindre "
                        "personal.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Servicetider sommaren 2021",
                            "body": "<ul><li>Telefontjänst 28.6–6.8.2021 måndag till torsdag "
                            "kl. 10–12.</li>"
                            "<li>E-post neuvonta@example.fi, svar inom tre vardagar.</li>"
                            "<li>Normal servicetid från och med måndag 9.8.2021.</li></ul>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>I brådskande ärenden som gäller mottagandet av flyktingar kan du "
                        "kontakta NTM-centralen i din region direkt.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "good-practices-database",
        "news_type": "news",
        "audiences": ["professionals"],
        "original_published_at": {"days_ago": 45, "time": "09:15"},
        "translations": {
            "fi": {
                "title": "Hyvien käytäntöjen tietokantaan kymmenen uutta esimerkkiä",
                "slug": "hyvat-kaytannot-uusia-esimerkkeja",
                "lead": (
                    "Tietokantaan on lisätty kuntien ja järjestöjen kehittämiä toimintamalleja, "
                    "joilla on tuettu maahanmuuttajien työllistymistä, kielenoppimista ja "
                    "osallisuutta."
                ),
                "published_at": {"days_ago": 45, "time": "09:15"},
                "body": [
                    (
                        "paragraph",
                        "<p>Hyvien käytäntöjen tietokanta auttaa ammattilaisia löytämään "
                        "toimiviksi todettuja ratkaisuja ja ottamaan niitä käyttöön omassa "
                        "työssään. Jokaisesta käytännöstä kerrotaan tavoitteet, kustannukset, "
                        "tulokset ja yhteyshenkilö.</p>",
                    ),
                    ("heading", "Esimerkkejä uusista käytännöistä"),
                    (
                        "paragraph",
                        "<ul><li>Kotivanhempien kielikahvila, joka tarjoaa lastenhoidon "
                        "opetuksen ajaksi</li>"
                        "<li>Monikielinen terveysneuvonta kirjastossa</li>"
                        "<li>Nuorten maahanmuuttajien kesätyöohjelma yhdessä paikallisten "
                        "yritysten kanssa</li>"
                        "<li>Vertaisohjaajien verkosto asuinalueen palvelujen "
                        "esittelyyn</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Voit ehdottaa tietokantaan myös oman organisaatiosi käytäntöä. "
                        "Ehdotukset arvioi toimituskunta, jossa on kuntien ja järjestöjen "
                        "edustajia.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Hyvien käytäntöjen tietokanta",
                        "url": "https://example.fi/hyvat-kaytannot",
                    }
                ],
            },
            "sv": {
                "title": "Tio nya exempel i databasen över goda praxis",
                "slug": "goda-praxis-nya-exempel",
                "lead": (
                    "Databasen har fått nya verksamhetsmodeller från kommuner och "
                    "organisationer som har stött invandrares sysselsättning, språkinlärning "
                    "och delaktighet."
                ),
                "published_at": {"days_ago": 45, "time": "09:15"},
                "body": [
                    (
                        "paragraph",
                        "<p>Databasen över goda praxis hjälper yrkesverksamma att hitta "
                        "beprövade lösningar och ta i bruk dem i sitt eget arbete. För varje "
                        "praxis anges mål, kostnader, resultat och kontaktperson.</p>",
                    ),
                    ("heading", "Exempel på nya praxis"),
                    (
                        "paragraph",
                        "<ul><li>Ett språkkafé för hemmaföräldrar med barnpassning under "
                        "lektionerna</li>"
                        "<li>Flerspråkig hälsorådgivning på biblioteket</li>"
                        "<li>Ett sommarjobbsprogram för unga invandrare tillsammans med lokala "
                        "företag</li>"
                        "<li>Ett nätverk av kamrathandledare som presenterar tjänsterna i "
                        "bostadsområdet</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Du kan också föreslå en praxis från din egen organisation. "
                        "Förslagen bedöms av en redaktion med representanter för kommuner och "
                        "organisationer.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Databasen över goda praxis",
                        "url": "https://example.fi/goda-praxis",
                    }
                ],
            },
            "en": {
                "title": "Ten new examples added to the good practices database",
                "slug": "good-practices-new-examples",
                "lead": (
                    "New operating models from municipalities and organisations that have "
                    "supported the employment, language learning and participation of "
                    "immigrants have been added to the database."
                ),
                "published_at": {"days_ago": 44, "time": "12:40"},
                "body": [
                    (
                        "paragraph",
                        "<p>The good practices database helps professionals find proven "
                        "solutions and put them to use in their own work. Each practice lists "
                        "its objectives, costs, results and a contact person.</p>",
                    ),
                    ("heading", "Examples of new practices"),
                    (
                        "paragraph",
                        "<ul><li>A language café for stay-at-home parents, with childcare "
                        "during lessons</li>"
                        "<li>Multilingual health advice at the public library</li>"
                        "<li>A summer job programme for young immigrants run with local "
                        "companies</li>"
                        "<li>A network of peer guides who introduce the services of a "
                        "neighbourhood</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>You can also propose a practice from your own organisation. "
                        "Proposals are assessed by an editorial board of representatives of "
                        "municipalities and organisations.</p>",
                    ),
                ],
                "further_information": [
                    {
                        "text": "Good practices database",
                        "url": "https://example.org/good-practices",
                    }
                ],
            },
        },
        "further_information": [
            {"text": "Hyvien käytäntöjen tietokanta", "url": "https://example.fi/hyvat-kaytannot"}
        ],
    },
    {
        "key": "national-integration-forum",
        "news_type": "event",
        "audiences": ["decision-makers"],
        "original_published_at": {"days_ago": 2, "time": "13:30"},
        "translations": {
            "fi": {
                "title": "Valtakunnallinen kotoutumisfoorumi kokoaa kuntapäättäjät keskustelemaan "
                "työllisyydestä",
                "slug": "valtakunnallinen-kotoutumisfoorumi",
                "lead": (
                    "Foorumissa kuntien luottamushenkilöt ja johto keskustelevat siitä, miten "
                    "maahanmuuttajien työllisyyttä ja osaamisen hyödyntämistä voidaan parantaa "
                    "kunnissa."
                ),
                "published_at": {"days_ago": 2, "time": "13:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>Työllisyyspalvelujen siirto kunnille on tuonut kotoutumisen "
                        "edistämisen entistä lähemmäs kunnallista päätöksentekoa. Foorumi "
                        "tarjoaa valtuutetuille, hallitusten jäsenille ja kuntien johdolle "
                        "tilaisuuden vaihtaa kokemuksia ja kuulla tutkijoiden näkemyksiä.</p>",
                    ),
                    ("heading", "Teemat"),
                    (
                        "paragraph",
                        "<ul><li>maahanmuuttajien työllisyyden kehitys eri alueilla</li>"
                        "<li>ulkomailla hankitun osaamisen tunnistaminen</li>"
                        "<li>kuntien ja työnantajien kumppanuudet</li>"
                        "<li>kotoutumisen rahoitus ja valtion korvaukset</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Foorumi järjestetään Tampereella, ja sitä voi seurata myös "
                        "verkossa. Ohjelma ja ilmoittautumisohjeet julkaistaan tapahtumasivulla "
                        "kuukautta ennen tilaisuutta.</p>",
                    ),
                ],
            },
            "sv": {
                "title": "Nationellt integrationsforum samlar kommunala beslutsfattare kring "
                "sysselsättning",
                "slug": "nationellt-integrationsforum",
                "lead": (
                    "På forumet diskuterar kommunernas förtroendevalda och ledning hur "
                    "invandrares sysselsättning och kompetens bättre kan tas till vara i "
                    "kommunerna."
                ),
                "published_at": {"days_ago": 2, "time": "13:30"},
                "body": [
                    (
                        "paragraph",
                        "<p>När arbetskraftsservicen överfördes till kommunerna kom "
                        "integrationsfrämjandet närmare det kommunala beslutsfattandet. Forumet "
                        "ger fullmäktigeledamöter, styrelsemedlemmar och kommunernas ledning en "
                        "möjlighet att utbyta erfarenheter och höra forskares synpunkter.</p>",
                    ),
                    ("heading", "Teman"),
                    (
                        "paragraph",
                        "<ul><li>utvecklingen av invandrares sysselsättning i olika "
                        "regioner</li>"
                        "<li>erkännande av kompetens som förvärvats utomlands</li>"
                        "<li>partnerskap mellan kommuner och arbetsgivare</li>"
                        "<li>finansiering av integration och statlig ersättning</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Forumet ordnas i Tammerfors och kan också följas på nätet. Program "
                        "och anvisningar för anmälan publiceras på evenemangssidan en månad före "
                        "evenemanget.</p>",
                    ),
                ],
            },
            "en": {
                "title": "National integration forum brings municipal decision-makers together "
                "to discuss employment",
                "slug": "national-integration-forum",
                "lead": (
                    "At the forum, elected officials and managers of municipalities will discuss "
                    "how municipalities can improve the employment of immigrants and make better "
                    "use of their skills."
                ),
                "published_at": {"days_ago": 1, "time": "09:00"},
                "body": [
                    (
                        "paragraph",
                        "<p>The transfer of employment services to municipalities has brought "
                        "the promotion of integration closer to local decision-making. The forum "
                        "gives councillors, board members and municipal managers an opportunity "
                        "to exchange experiences and hear the views of researchers.</p>",
                    ),
                    ("heading", "Themes"),
                    (
                        "paragraph",
                        "<ul><li>trends in the employment of immigrants in different "
                        "regions</li>"
                        "<li>recognition of skills acquired abroad</li>"
                        "<li>partnerships between municipalities and employers</li>"
                        "<li>funding for integration and state compensation</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>The forum will be held in Tampere and can also be followed online. "
                        "The programme and registration instructions will be published on the "
                        "event page one month before the event.</p>",
                    ),
                ],
            },
        },
    },
]

# Each call also carries "application_window" (not read by cms.demo.loader today): the window
# for its application form page. "opens" is the first moment and "closes" the first moment
# after the window, both in Europe/Helsinki local time; "max_submissions" is an optional cap.
CALLS = [
    {
        "key": "nordic-forum-2021",
        "audiences": ["decision-makers", "professionals"],
        "original_published_at": "2021-07-06T10:00",
        "application_window": {
            "opens": "2021-07-01T00:00",
            "closes": "2021-09-01T00:00",
            "max_submissions": None,
        },
        "translations": {
            "fi": {
                "title": "Pohjoismaiden ministerineuvosto hakee maahanmuuttajataustaisia "
                "asiantuntijoita kotoutumisfoorumiin",
                "slug": "pohjoismainen-kotoutumisfoorumi-haku-2021",
                "lead": (
                    "Uusi pohjoismainen foorumi kokoaa maahanmuuttajataustaisia asiantuntijoita "
                    "vaihtamaan kokemuksia ja tietoa kotoutumisesta. Foorumin tavoitteena on "
                    "myös vahvistaa yhteiskunnallista vuoropuhelua."
                ),
                "published_at": "2021-07-06T10:00",
                "organiser": "Pohjoismaiden ministerineuvosto",
                "body": [
                    (
                        "paragraph",
                        "<p>Foorumi on osa Pohjoismaiden ministerineuvoston yhteistyöohjelmaa, "
                        "joka koskee pakolaisten ja maahanmuuttajien kotoutumista. Kutsumalla "
                        "mukaan maahanmuuttajataustaisia asiantuntijoita ministerineuvosto "
                        "haluaa kuulla monenlaisia näkemyksiä siitä, mikä kotoutumisessa toimii, "
                        "ja kartuttaa kotoutumista koskevaa tietopohjaa.</p>",
                    ),
                    ("heading", "Foorumin tehtävä"),
                    (
                        "paragraph",
                        "<p>Asiantuntijaryhmä auttaa muodostamaan kokonaiskuvan kotoutumisesta "
                        "Pohjoismaissa ja tuo kohderyhmän oman äänen kuuluviin, kun "
                        "kotoutumisen edistämisen keinoja kehitetään. Samalla foorumi tukee "
                        "Pohjoismaiden yhteistyötä kotoutumiskysymyksissä ja pohjoismaisen "
                        "yhteistyön visiota.</p>",
                    ),
                    ("heading", "Mitä jäseniltä odotetaan?"),
                    (
                        "paragraph",
                        "<p>Ryhmä kokoontuu vuosittain kahteen etäkokoukseen. Lisäksi jäsenet "
                        "osallistuvat muihin keskustelutilaisuuksiin ja jakavat niissä omaa "
                        "asiantuntemustaan.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Haku lyhyesti",
                            "body": "<ul><li>Hakemuksia otetaan vastaan 1.7.–31.8.2021.</li>"
                            "<li>Haku tehdään sähköisellä hakulomakkeella.</li>"
                            "<li>Kokoukset pidetään etäyhteydellä kaksi kertaa vuodessa.</li>"
                            "</ul>",
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "Pohjoismaiden liput liehuvat rinnakkain salkojen nokassa.",
                            "caption": "Pohjoismainen yhteistyö kotoutumisen edistämisessä",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Foorumiin voivat hakea sekä kotoutumiskysymysten parissa toimivien "
                    "organisaatioiden edustajat että alan yksittäiset asiantuntijat. Hakijalta "
                    "odotetaan perehtyneisyyttä ainakin johonkin seuraavista aihepiireistä:</p>"
                    "<ul><li>työmarkkinat</li><li>koulutus</li>"
                    "<li>sosiaali- ja terveyspalvelut</li><li>tasa-arvo</li>"
                    "<li>demokratia ja kansalaisuus</li><li>syrjintä</li></ul>"
                    "<p>Hakijan tulee olla syntynyt Pohjoismaiden ulkopuolella ja muuttanut "
                    "Pohjoismaihin maahanmuuttajana.</p>"
                ),
                "selection": (
                    "<p>Jäsenet valitsee asiantuntijapaneeli. Valinnoissa pyritään siihen, että "
                    "ryhmä on mahdollisimman monimuotoinen osaamisalueiden, iän, sukupuolen sekä "
                    "lähtömaan ja nykyisen kotimaan suhteen.</p>"
                ),
                "form_title": "Hakulomake: pohjoismainen kotoutumisfoorumi",
                "form_slug": "hakulomake-pohjoismainen-kotoutumisfoorumi",
                "form_intro": (
                    "Kerro lomakkeella taustastasi ja osaamisestasi. Hakuaika näkyy lomakkeen "
                    "yläosassa."
                ),
                "further_information": [
                    {
                        "text": "Pohjoismainen foorumi maahanmuuttajataustaisille asiantuntijoille",
                        "url": "https://example.org/nordic/integration-forum",
                    }
                ],
            },
            "sv": {
                "title": "Nordiska ministerrådet söker experter med invandrarbakgrund till ett "
                "integrationsforum",
                "slug": "nordiskt-integrationsforum-ansokan-2021",
                "lead": (
                    "Ett nytt nordiskt forum samlar experter med invandrarbakgrund för att utbyta "
                    "erfarenheter och kunskap om integration. Forumet ska också främja dialogen "
                    "i samhället."
                ),
                "published_at": "2021-07-06T14:30",
                "organiser": "Nordiska ministerrådet",
                "body": [
                    (
                        "paragraph",
                        "<p>Forumet är en del av Nordiska ministerrådets samarbetsprogram för "
                        "integration av flyktingar och invandrare. Genom att bjuda in experter "
                        "med invandrarbakgrund vill ministerrådet höra många olika synpunkter på "
                        "vad som fungerar i integrationen och bygga upp kunskapsunderlaget om "
                        "integration.</p>",
                    ),
                    ("heading", "Forumets uppgift"),
                    (
                        "paragraph",
                        "<p>Expertgruppen hjälper till att skapa en helhetsbild av integrationen "
                        "i Norden och ser till att målgruppens egen röst hörs när metoderna för "
                        "integrationsfrämjande utvecklas. Samtidigt stöder forumet det nordiska "
                        "samarbetet i integrationsfrågor och visionen för det nordiska "
                        "samarbetet.</p>",
                    ),
                    ("heading", "Vad förväntas av medlemmarna?"),
                    (
                        "paragraph",
                        "<p>Gruppen håller två distansmöten om året. Dessutom deltar medlemmarna "
                        "i andra diskussionsevenemang och delar med sig av sin sakkunskap.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Ansökan i korthet",
                            "body": "<ul><li>Ansökningar tas emot 1.7–31.8.2021.</li>"
                            "<li>Man ansöker med en elektronisk ansökningsblankett.</li>"
                            "<li>Mötena hålls på distans två gånger om året.</li></ul>",
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "De nordiska ländernas flaggor vajar sida vid sida i "
                            "flaggstänger.",
                            "caption": "Nordiskt samarbete för integration",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Både företrädare för organisationer som arbetar med integrationsfrågor "
                    "och enskilda experter inom området kan söka. Sökande förväntas vara insatta "
                    "i åtminstone ett av följande områden:</p>"
                    "<ul><li>arbetsmarknaden</li><li>utbildning</li>"
                    "<li>social- och hälsovård</li><li>jämställdhet</li>"
                    "<li>demokrati och medborgarskap</li><li>diskriminering</li></ul>"
                    "<p>Sökande ska vara födda utanför Norden och ha kommit till de nordiska "
                    "länderna som invandrare.</p>"
                ),
                "selection": (
                    "<p>Medlemmarna väljs av en expertpanel. Målet är att gruppen ska vara så "
                    "mångsidig som möjligt i fråga om kompetensområden, ålder, kön samt "
                    "ursprungsland och nuvarande hemland.</p>"
                ),
                "form_title": "Ansökningsblankett: nordiskt integrationsforum",
                "form_slug": "ansokningsblankett-nordiskt-integrationsforum",
                "form_intro": (
                    "Berätta om din bakgrund och din sakkunskap på blanketten. Ansökningstiden "
                    "står överst på blanketten."
                ),
                "further_information": [
                    {
                        "text": "Nordiskt forum för experter med invandrarbakgrund",
                        "url": "https://example.org/nordic/integration-forum",
                    }
                ],
            },
            "en": {
                "title": "Nordic Council of Ministers seeks experts with a migrant background "
                "for an integration forum",
                "slug": "nordic-integration-forum-call-2021",
                "lead": (
                    "A new Nordic forum brings together experts with a migrant background to "
                    "exchange experience and knowledge on integration. The forum also aims to "
                    "encourage dialogue in society."
                ),
                "published_at": "2021-07-12T15:21",
                "organiser": "Nordic Council of Ministers",
                "body": [
                    (
                        "paragraph",
                        "<p>The forum is part of the Nordic Council of Ministers' cooperation "
                        "programme on the integration of refugees and immigrants. By inviting "
                        "experts with a migrant background, the Council of Ministers wants to "
                        "hear a wide range of views on what works in integration and to build "
                        "up the knowledge base on the subject.</p>",
                    ),
                    ("heading", "The role of the forum"),
                    (
                        "paragraph",
                        "<p>The expert group will help form an overall picture of integration in "
                        "the Nordic region and make sure the target group's own voice is heard "
                        "when ways of promoting integration are developed. The forum also "
                        "supports Nordic cooperation on integration and the vision for Nordic "
                        "cooperation as a whole.</p>",
                    ),
                    ("heading", "What is expected of members?"),
                    (
                        "paragraph",
                        "<p>The group meets remotely twice a year. Members also take part in "
                        "other discussion events and contribute their own expertise.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "The call in brief",
                            "body": "<ul><li>Applications are accepted from 1 July to 31 "
                            "August 2021.</li>"
                            "<li>Applications are made with an online form.</li>"
                            "<li>Meetings are held remotely twice a year.</li></ul>",
                        },
                    ),
                    (
                        "image",
                        {
                            "alt": "The flags of the Nordic countries flying side by side on "
                            "flagpoles.",
                            "caption": "Nordic cooperation on integration",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Both representatives of organisations working on integration issues "
                    "and individual experts in the field may apply. Applicants are expected to "
                    "be familiar with at least one of the following areas:</p>"
                    "<ul><li>the labour market</li><li>education</li>"
                    "<li>health and social services</li><li>equality</li>"
                    "<li>democracy and citizenship</li><li>discrimination</li></ul>"
                    "<p>Applicants must have been born outside the Nordic region and have come "
                    "to the Nordic countries as migrants.</p>"
                ),
                "selection": (
                    "<p>Members are selected by an expert panel, which aims to make the group as "
                    "diverse as possible in terms of areas of expertise, age, gender, and "
                    "country of origin and new home country.</p>"
                ),
                "form_title": "Application form: Nordic integration forum",
                "form_slug": "application-form-nordic-integration-forum",
                "form_intro": (
                    "Tell us about your background and expertise. The application period is "
                    "shown at the top of the form."
                ),
                "further_information": [
                    {
                        "text": "Nordic forum for experts with a migrant background",
                        "url": "https://example.org/nordic/integration-forum",
                    }
                ],
            },
        },
        "further_information": [
            {
                "text": "Nordic forum for experts with a migrant background",
                "url": "https://example.org/nordic/integration-forum",
            }
        ],
    },
    {
        "key": "current-call",
        "audiences": ["decision-makers", "authorities"],
        "original_published_at": {"days_ago": 5, "time": "10:00"},
        "application_window": {
            "opens": {"days_ago": 5, "time": "10:00"},
            "closes": {"days_ago": -25, "time": "16:00"},
            "max_submissions": 200,
        },
        "translations": {
            "fi": {
                "title": "Haku: kuntien kotoutumispalvelujen kehittämiskokeilut",
                "slug": "haku-kuntien-kotoutumiskokeilut",
                "lead": (
                    "Kunnat ja kuntayhtymät voivat hakea rahoitusta kokeiluihin, joilla "
                    "kehitetään kotoutumispalveluja ja niiden yhteistyötä työllisyyspalvelujen "
                    "kanssa. Yhdelle kokeilulle myönnetään 20 000–80 000 euroa."
                ),
                "published_at": {"days_ago": 5, "time": "10:00"},
                "organiser": "Kotoutumisen kehittämiskeskus",
                "body": [
                    (
                        "paragraph",
                        "<p>Uusi kotoutumislaki on antanut kunnille laajan vastuun "
                        "kotoutumispalveluista. Haulla rahoitetaan kokeiluja, joissa kunnat "
                        "kehittävät asiakaslähtöisiä palveluja ja testaavat uusia "
                        "yhteistyötapoja. Kokeilujen tuloksista kootaan malleja kaikkien kuntien "
                        "käyttöön.</p>",
                    ),
                    ("heading", "Millaisia kokeiluja rahoitetaan?"),
                    (
                        "paragraph",
                        "<ul><li>monikielisen neuvonnan digitaaliset ja seudulliset "
                        "palvelut</li>"
                        "<li>kotoutumiskoulutuksen ja työn yhdistäminen</li>"
                        "<li>kotona lapsia hoitavien vanhempien tavoittaminen</li>"
                        "<li>ulkomailla hankitun osaamisen tunnistaminen ja "
                        "täydentäminen</li></ul>",
                    ),
                    ("heading", "Rahoitus ja aikataulu"),
                    (
                        "paragraph",
                        "<p>Haussa jaetaan yhteensä 1,2 miljoonaa euroa. Kokeilun kesto on "
                        "enintään 12 kuukautta, ja hakijan omarahoitusosuus on vähintään 20 "
                        "prosenttia. Hakuaika ja hakulomake näkyvät tällä sivulla. "
                        "Myöhästyneitä hakemuksia ei käsitellä.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Hakijan muistilista",
                            "body": "<ul><li>kokeilun tavoitteet ja kohderyhmä</li>"
                            "<li>alustava budjetti ja omarahoitusosuus</li>"
                            "<li>yhteistyökumppanit ja heidän roolinsa</li>"
                            "<li>suunnitelma tulosten arvioinnista</li></ul>",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Rahoitusta voivat hakea kunnat, kuntayhtymät ja kuntien yhteiset "
                    "työllisyysalueet. Hakija voi toteuttaa kokeilun yhdessä hyvinvointialueen, "
                    "oppilaitosten, järjestöjen tai yritysten kanssa, mutta vastuu hankkeesta "
                    "on hakijalla.</p>"
                    "<p>Kaksikielisiä kuntia kannustetaan hakemaan myös ruotsinkielisten "
                    "kotoutumispalvelujen kehittämiseen.</p>"
                ),
                "selection": (
                    "<p>Hakemukset arvioi riippumaton arviointiryhmä seuraavin perustein:</p>"
                    "<ul><li>vaikuttavuus ja asiakashyöty</li>"
                    "<li>maahanmuuttajien osallistuminen suunnitteluun</li>"
                    "<li>toimijoiden välinen yhteistyö</li>"
                    "<li>tulosten siirrettävyys muihin kuntiin</li>"
                    "<li>kustannusten realistisuus</li></ul>"
                    "<p>Päätöksistä ilmoitetaan hakijoille kuukauden kuluessa haun "
                    "päättymisestä.</p>"
                ),
                "form_title": "Hakulomake: kuntien kotoutumiskokeilut",
                "form_slug": "hakulomake-kotoutumiskokeilut",
                "form_intro": (
                    "Täytä hakemus kunnan tai kuntayhtymän puolesta. Voit lähettää hakemuksen "
                    "vasta, kun kaikki pakolliset kentät on täytetty."
                ),
                "further_information": [
                    {
                        "text": "Haun ohje ja arviointikriteerit",
                        "url": "https://example.fi/haut/kotoutumiskokeilut/ohje",
                    },
                    {
                        "text": "Budjettipohja",
                        "url": "https://example.fi/haut/kotoutumiskokeilut/budjettipohja",
                    },
                ],
            },
            "sv": {
                "title": "Ansökan: försök för att utveckla kommunernas integrationstjänster",
                "slug": "ansokan-kommunala-integrationsforsok",
                "lead": (
                    "Kommuner och samkommuner kan söka finansiering för försök som utvecklar "
                    "integrationstjänsterna och deras samarbete med arbetskraftsservicen. Ett "
                    "försök kan beviljas 20 000–80 000 euro."
                ),
                "published_at": {"days_ago": 5, "time": "10:00"},
                "organiser": "Utvecklingscentret för integration",
                "body": [
                    (
                        "paragraph",
                        "<p>Den nya integrationslagen har gett kommunerna ett omfattande ansvar "
                        "för integrationstjänsterna. Ansökan finansierar försök där kommunerna "
                        "utvecklar kundorienterade tjänster och testar nya sätt att samarbeta. "
                        "Resultaten sammanställs till modeller som alla kommuner kan "
                        "använda.</p>",
                    ),
                    ("heading", "Vilka försök finansieras?"),
                    (
                        "paragraph",
                        "<ul><li>digitala och regionala tjänster för flerspråkig "
                        "rådgivning</li>"
                        "<li>att kombinera integrationsutbildning och arbete</li>"
                        "<li>att nå föräldrar som tar hand om barn hemma</li>"
                        "<li>erkännande och komplettering av kompetens som förvärvats "
                        "utomlands</li></ul>",
                    ),
                    ("heading", "Finansiering och tidtabell"),
                    (
                        "paragraph",
                        "<p>Sammanlagt delas 1,2 miljoner euro ut. Ett försök får pågå i högst "
                        "12 månader, och den sökandes självfinansieringsandel ska vara minst 20 "
                        "procent. Ansökningstiden och ansökningsblanketten visas på den här "
                        "sidan. Ansökningar som kommer in för sent behandlas inte.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Checklista för sökande",
                            "body": "<ul><li>försökets mål och målgrupp</li>"
                            "<li>preliminär budget och självfinansieringsandel</li>"
                            "<li>samarbetspartner och deras roller</li>"
                            "<li>plan för utvärdering av resultaten</li></ul>",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Finansiering kan sökas av kommuner, samkommuner och kommunernas "
                    "gemensamma sysselsättningsområden. Den sökande kan genomföra försöket "
                    "tillsammans med välfärdsområdet, läroanstalter, organisationer eller "
                    "företag, men ansvaret för projektet ligger hos den sökande.</p>"
                    "<p>Tvåspråkiga kommuner uppmuntras att också söka för att utveckla "
                    "integrationstjänster på svenska.</p>"
                ),
                "selection": (
                    "<p>Ansökningarna bedöms av en oberoende bedömningsgrupp enligt följande "
                    "kriterier:</p>"
                    "<ul><li>verkningsfullhet och nytta för kunderna</li>"
                    "<li>invandrarnas delaktighet i planeringen</li>"
                    "<li>samarbete mellan aktörerna</li>"
                    "<li>möjlighet att överföra resultaten till andra kommuner</li>"
                    "<li>realistiska kostnader</li></ul>"
                    "<p>De sökande meddelas besluten inom en månad efter att ansökningstiden "
                    "har gått ut.</p>"
                ),
                "form_title": "Ansökningsblankett: kommunala integrationsförsök",
                "form_slug": "ansokningsblankett-integrationsforsok",
                "form_intro": (
                    "Fyll i ansökan för kommunens eller samkommunens räkning. Blanketten kan "
                    "skickas först när alla obligatoriska fält är ifyllda."
                ),
                "further_information": [
                    {
                        "text": "Anvisningar och bedömningskriterier",
                        "url": "https://example.fi/ansokan/integrationsforsok/anvisningar",
                    },
                    {
                        "text": "Budgetmall",
                        "url": "https://example.fi/ansokan/integrationsforsok/budgetmall",
                    },
                ],
            },
            "en": {
                "title": "Call for applications: pilots to develop municipal integration services",
                "slug": "call-municipal-integration-pilots",
                "lead": (
                    "Municipalities and joint municipal authorities can apply for funding for "
                    "pilots that develop integration services and their cooperation with "
                    "employment services. Each pilot can receive EUR 20,000–80,000."
                ),
                "published_at": {"days_ago": 4, "time": "15:00"},
                "organiser": "Integration Development Centre",
                "body": [
                    (
                        "paragraph",
                        "<p>The new Integration Act has given municipalities broad "
                        "responsibility for integration services. This call funds pilots in "
                        "which municipalities develop client-centred services and test new ways "
                        "of working together. The results will be turned into models that all "
                        "municipalities can use.</p>",
                    ),
                    ("heading", "What kinds of pilots are funded?"),
                    (
                        "paragraph",
                        "<ul><li>digital and regional services for multilingual advice</li>"
                        "<li>combining integration training with work</li>"
                        "<li>reaching parents who care for their children at home</li>"
                        "<li>recognising and supplementing skills acquired abroad</li></ul>",
                    ),
                    ("heading", "Funding and schedule"),
                    (
                        "paragraph",
                        "<p>A total of EUR 1.2 million is available. Pilots may last up to 12 "
                        "months, and applicants must cover at least 20 per cent of the costs "
                        "themselves. The application period and the application form are shown "
                        "on this page. Late applications will not be considered.</p>",
                    ),
                    (
                        "fact_box",
                        {
                            "title": "Checklist for applicants",
                            "body": "<ul><li>objectives and target group of the pilot</li>"
                            "<li>preliminary budget and own contribution</li>"
                            "<li>partners and their roles</li>"
                            "<li>plan for evaluating the results</li></ul>",
                        },
                    ),
                ],
                "eligibility": (
                    "<p>Municipalities, joint municipal authorities and joint employment areas "
                    "of municipalities may apply. Applicants may carry out the pilot together "
                    "with the wellbeing services county, educational institutions, "
                    "organisations or companies, but the applicant remains responsible for the "
                    "project.</p>"
                    "<p>Bilingual municipalities are encouraged to apply also for developing "
                    "integration services in Swedish.</p>"
                ),
                "selection": (
                    "<p>Applications are assessed by an independent evaluation group on the "
                    "following criteria:</p>"
                    "<ul><li>impact and benefit to clients</li>"
                    "<li>involvement of immigrants in planning</li>"
                    "<li>cooperation between actors</li>"
                    "<li>transferability of results to other municipalities</li>"
                    "<li>realistic costs</li></ul>"
                    "<p>Applicants will be informed of the decisions within one month of the "
                    "closing date.</p>"
                ),
                "form_title": "Application form: municipal integration pilots",
                "form_slug": "application-form-integration-pilots",
                "form_intro": (
                    "Complete the application on behalf of your municipality or joint municipal "
                    "authority. The form can be submitted only when all required fields are "
                    "filled in."
                ),
                "further_information": [
                    {
                        "text": "Guidance and assessment criteria",
                        "url": "https://example.org/calls/integration-pilots/guidance",
                    },
                    {
                        "text": "Budget template",
                        "url": "https://example.org/calls/integration-pilots/budget-template",
                    },
                ],
            },
        },
        "further_information": [
            {
                "text": "Haun ohje ja arviointikriteerit",
                "url": "https://example.fi/haut/kotoutumiskokeilut/ohje",
            },
            {
                "text": "Budjettipohja",
                "url": "https://example.fi/haut/kotoutumiskokeilut/budjettipohja",
            },
        ],
    },
]


# A form that opens later: registration for the next round of the online course.
UPCOMING_FORM = {
    "key": "course-registration",
    "section": "learning",
    "application_window": {
        "opens": {"days_ago": -20, "time": "09:00"},
        "closes": {"days_ago": -50, "time": "00:00"},
        "max_submissions": 300,
    },
    "fi": {
        "title": "Ilmoittautuminen: Opi kotoutumisesta -verkkokurssin kevään ryhmä",
        "slug": "ilmoittautuminen-kevaan-kurssi",
        "intro": "Kevään ohjattuun ryhmään mahtuu 300 osallistujaa. Ilmoittautuminen aukeaa pian.",
    },
    "sv": {
        "title": "Anmälan: vårens grupp i webbkursen Lär dig om integration",
        "slug": "anmalan-varens-kurs",
        "intro": "Vårens handledda grupp har plats för 300 deltagare. Anmälan öppnar snart.",
    },
    "en": {
        "title": "Registration: spring group of the Learning about integration course",
        "slug": "registration-spring-course",
        "intro": "The guided spring group has room for 300 participants. Registration opens soon.",
    },
}

# The fields of every demo form; clean names are shared so answers line up across languages.
FORM_FIELDS = [
    {
        "clean_name": "full_name",
        "field_type": "singleline",
        "required": True,
        "fi": "Nimi",
        "sv": "Namn",
        "en": "Full name",
    },
    {
        "clean_name": "email",
        "field_type": "email",
        "required": True,
        "fi": "Sähköpostiosoite",
        "sv": "E-postadress",
        "en": "E-mail address",
    },
    {
        "clean_name": "organisation",
        "field_type": "singleline",
        "required": False,
        "fi": "Organisaatio",
        "sv": "Organisation",
        "en": "Organisation",
    },
    {
        "clean_name": "motivation",
        "field_type": "multiline",
        "required": True,
        "fi": "Miksi haet?",
        "sv": "Varför söker du?",
        "en": "Why are you applying?",
    },
    {
        "clean_name": "consent",
        "field_type": "checkbox",
        "required": True,
        "fi": "Olen lukenut tietosuojaselosteen",
        "sv": "Jag har läst dataskyddsbeskrivningen",
        "en": "I have read the privacy notice",
    },
]
