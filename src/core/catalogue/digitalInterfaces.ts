import type { DigitalInterface } from './types';

/*
 * The 23 digital customer interfaces of seed 002 (sections 2.1-2.4), in the order and with the names
 * of the Quickcheck weights (weights.json `interfaces`). Texts are our own wording of the guide.
 *
 * How the tables were read (the seed is PDF-extracted text):
 *
 * - Table 1 (AIDA(LA)): every row is tab-separated into the row label plus exactly six cells, in the
 *   header order Attention, Interest, Desire, Action, Loyalty, Advocacy; a cell holding "●" is a mark.
 *   All 23 rows have six cells, so no column had to be guessed. Row labels differ from the Quickcheck
 *   names (e.g. "Bewertungsplattform", "Sprachassistentz", "Videokonferenzen"); they were matched by
 *   meaning. Note that the table marks Website from Interest onwards, not Attention, although the text
 *   of section 2.2 puts the website at the centre of the attention phase; we keep the table.
 *
 * - Section 2.3 (stars): each of the 13 categories lists three tiers "★★★ / ★★ / ★" followed by
 *   interface names. Some tiers are extracted as hollow "☆" (Visualisierung onwards) and some
 *   bullets are split by blank lines; the number of star glyphs is the rating either way.
 *   "Spezifische Kundenakquisition" has "☆☆☆ -": no interface gets three stars there. An interface
 *   not named in a category gets 0. Names were matched to the Quickcheck names: E-Mail -> Emails,
 *   Newsletter -> Newsletter (Email), Mobile App / Mobile-App -> Mobile Apps, Sprachassistentz ->
 *   Sprachassistenten, Videokonferenz-Tools -> Videokonferenzen-Tool, Blog -> Blogs, Forum -> Foren.
 *   Section 2.3 never rates Live-Chat, Online-Messen, Service-Plattformen, SEM or Virtual Showroom,
 *   so those have 13 zeros here (weights.json does give them weights).
 *
 * - Where weights.json differs from section 2.3 for a rated interface (AR reach/sales channels,
 *   VR sales channels, Social Media visualisation, Website reach), `needRatings` follows the guide.
 *
 * - Tables 19 (SEM) and 24 (Website, cons column) are empty in the extraction; those pros/cons are
 *   taken from the running text of sections 2.4.18 and 2.4.23.
 */
export const digitalInterfaces: DigitalInterface[] = [
  {
    key: 'augmented-reality',
    name: 'Augmented Reality',
    nameEn: 'Augmented reality',
    definitionDe:
      'Augmented Reality legt digitale Inhalte wie 3D-Modelle, Texte oder Videos über die reale Umgebung, sichtbar über Smartphone, Tablet oder Datenbrille. Anders als bei Virtual Reality sind die Einblendungen immer an reale Orte und Gegenstände gebunden.',
    definitionEn:
      'Augmented reality lays digital content such as 3D models, text or video over the real surroundings, seen through a smartphone, tablet or smart glasses. Unlike virtual reality, the overlays are always tied to real places and objects.',
    prosDe: [
      'Für Kunden leichter zugänglich als VR – oft genügt das eigene Smartphone',
      'Reale Produkte lassen sich virtuell ergänzen, erkunden und bedienen',
      'Sorgt für Begeisterung und bleibt im Gedächtnis',
      'Auch jenseits des Kundenkontakts nutzbar, z. B. Fernwartung, Einweisung, Lager',
      'Macht Abläufe schneller, einfacher und effizienter',
    ],
    prosEn: [
      'Easier for customers to access than VR – their own smartphone is often enough',
      'Real products can be extended, explored and operated virtually',
      'Creates enthusiasm and is remembered',
      'Useful beyond customer contact too, e.g. remote maintenance, instruction, warehousing',
      'Makes processes faster, simpler and more efficient',
    ],
    consDe: [
      'Umsetzung ist aufwendig und teuer (App, Bedienkonzept, Inhalte)',
      'Laufende Pflege braucht Fachleute',
      'Die Technik ist noch nicht ausgereift',
      'Hohe Einstiegshürde für das Unternehmen, fehlende Schnittstellen sind oft ein K.-o.-Kriterium',
    ],
    consEn: [
      'Building it is complex and expensive (app, user experience, content)',
      'Ongoing upkeep needs specialists',
      'The technology is not yet mature',
      'High entry barrier for the company; missing system interfaces are often a deal-breaker',
    ],
    paysOffWhenDe:
      'Wenn es konkrete Anwendungsfälle gibt – etwa große oder erklärungsbedürftige Produkte auf der Messe oder beim Kunden maßstabsgetreu zu zeigen – und Budget für eine noch junge Technik da ist.',
    paysOffWhenEn:
      'When there are concrete use cases – such as showing large or complex products true to scale at a trade fair or on the customer’s site – and there is budget for a still young technology.',
    phases: ['interest', 'desire', 'loyalty'],
    needRatings: [2, 2, 2, 2, 3, 2, 1, 0, 2, 2, 0, 0, 0],
    ownership: 'owned',
    phaseClass: 'cip',
  },
  {
    key: 'bewertungsportale',
    name: 'Bewertungsportale',
    nameEn: 'Review portals',
    definitionDe:
      'Bewertungsportale sind Plattformen, auf denen Kunden Unternehmen, Produkte und Leistungen öffentlich benoten und kommentieren; teils stuft auch der Betreiber selbst ein. Interessenten nutzen sie, um Anbieter schnell vorzusortieren.',
    definitionEn:
      'Review portals are platforms where customers publicly rate and comment on companies, products and services; sometimes the operator adds its own score. Prospects use them to shortlist suppliers quickly.',
    prosDe: [
      'Stimmen anderer Kunden lenken Kaufentscheidungen – bei guten Bewertungen zu Ihren Gunsten',
      'Gute Bewertungen schaffen Vertrauen und Glaubwürdigkeit',
      'Kritik zeigt, wo Sie besser werden können',
      'Mehr Sichtbarkeit mit wenig Aufwand',
    ],
    prosEn: [
      'Other customers’ voices steer buying decisions – in your favour when reviews are good',
      'Good reviews build trust and credibility',
      'Criticism shows where you can improve',
      'More visibility for little effort',
    ],
    consDe: [
      'Stimmen anderer Kunden lenken Kaufentscheidungen – auch gegen Sie',
      'Schlechte Bewertungen kosten Vertrauen und Glaubwürdigkeit',
      'Abhängigkeit von Portal und Betreiber',
    ],
    consEn: [
      'Other customers’ voices steer buying decisions – against you, too',
      'Bad reviews cost trust and credibility',
      'Dependence on the portal and its operator',
    ],
    paysOffWhenDe:
      'Wenn Sie ohne großen Aufwand sichtbarer werden wollen und eher einfache, vergleichbare Produkte verkaufen – und bereit sind, Kritik als Hinweis zur Verbesserung zu nutzen.',
    paysOffWhenEn:
      'When you want more visibility without much effort and sell fairly simple, comparable products – and are ready to use criticism as a pointer to improve.',
    phases: ['desire', 'advocacy'],
    needRatings: [0, 2, 2, 1, 1, 1, 2, 0, 3, 0, 0, 0, 3],
    ownership: 'earned',
    phaseClass: 'ccrp',
  },
  {
    key: 'blogs',
    name: 'Blogs',
    nameEn: 'Blog',
    definitionDe:
      'Ein Blog ist eine Rubrik mit fortlaufend neuen Fachbeiträgen, die chronologisch (neueste zuerst) erscheinen und nach Themen gebündelt sind; Leser können oft kommentieren oder abonnieren. Anders als die übrige Website informiert er laufend und belegt die Kompetenz des Unternehmens.',
    definitionEn:
      'A blog is a section with a steady stream of expert posts, shown newest first and grouped by topic; readers can often comment or subscribe. Unlike the rest of the website it keeps informing and demonstrates the company’s expertise.',
    prosDe: [
      'Zeigt Fachwissen und stärkt die Glaubwürdigkeit',
      'Wirbt für Unternehmen und Angebot',
      'Neue Inhalte helfen, im Netz gefunden zu werden',
      'Kaum Einstiegskosten',
    ],
    prosEn: [
      'Shows expertise and strengthens credibility',
      'Advertises the company and its offer',
      'Fresh content helps you to be found online',
      'Hardly any entry cost',
    ],
    consDe: [
      'Braucht ständig neue, wirklich relevante Beiträge und damit viel Pflege',
      'Die Außenwirkung für sich allein ist eher gering',
      'Lohnt nur, wenn es regelmäßig etwas Berichtenswertes gibt',
    ],
    consEn: [
      'Needs a constant supply of genuinely relevant posts and thus a lot of upkeep',
      'Its reach on its own is rather small',
      'Only worth it if there is regularly something worth reporting',
    ],
    paysOffWhenDe:
      'Wenn sich Ihr Markt häufig durch Regeln, Politik oder Innovationen ändert, Sie laufend Berichtenswertes haben und Zeit für einen zusätzlichen Kanal aufbringen, um Kunden und Interessenten kostenlos zu informieren.',
    paysOffWhenEn:
      'When your market often changes through regulation, politics or innovation, you regularly have news worth telling and can spare the time for an extra channel that keeps customers and prospects informed for free.',
    phases: ['interest'],
    needRatings: [0, 3, 3, 0, 2, 2, 1, 0, 1, 0, 0, 0, 3],
    ownership: 'owned',
    phaseClass: 'cip',
  },
  {
    key: 'chatbots',
    name: 'Chatbots',
    nameEn: 'Chatbot',
    definitionDe:
      'Ein Chatbot ist ein Programm, das in natürlicher Sprache und in Echtzeit per Text oder Sprache mit Kunden spricht – etwa auf der Website, im Messenger oder in sozialen Netzwerken. Je nach Ausbaustufe vom FAQ-Bot bis zum vernetzten Assistenten beantwortet er Fragen selbst oder reicht an Mitarbeitende weiter.',
    definitionEn:
      'A chatbot is a program that talks with customers in natural language and in real time, by text or voice – for example on the website, in a messenger or on social networks. Depending on its level, from FAQ bot to connected assistant, it answers questions itself or hands over to staff.',
    prosDe: [
      'Entlastet Service und Vertrieb',
      'Erledigt Standardanfragen selbst und spart Kunden wie Mitarbeitenden Zeit',
      'Führt viele Gespräche gleichzeitig',
      'Auch außerhalb der Geschäftszeiten erreichbar',
    ],
    prosEn: [
      'Takes load off service and sales staff',
      'Handles routine requests on its own, saving time for customers and staff',
      'Holds many conversations at once',
      'Reachable outside business hours',
    ],
    consDe: [
      'Einführung kostet Zeit und Geld',
      'Antworten sind durch Programmierung, Anwendungsfall und verfügbare Daten begrenzt',
      'Braucht laufende Pflege',
      'Ein schlechter Bot schadet mehr als gar keiner',
    ],
    consEn: [
      'Introducing it takes time and money',
      'Answers are limited by programming, use case and available data',
      'Needs continuous upkeep',
      'A bad bot does more harm than none at all',
    ],
    paysOffWhenDe:
      'Wenn immer wieder dieselben Fragen kommen und Antworten oder Angebot stark standardisiert sind; zum Start reicht oft eine Klickstrecke oder ein einfacher FAQ-Bot.',
    paysOffWhenEn:
      'When the same questions keep coming and answers or offer are highly standardised; a simple click path or FAQ bot is often enough to start with.',
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [3, 3, 0, 3, 2, 2, 2, 2, 0, 3, 2, 2, 0],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'digitale-bezahlsysteme',
    name: 'Digitale Bezahlsysteme',
    nameEn: 'Digital payment systems',
    definitionDe:
      'Digitale Bezahlsysteme wickeln die Zahlung eines Online-Kaufs über einen spezialisierten Zahlungsdienst wie PayPal oder Klarna ab. Käufer und Verkäufer schließen den Kauf direkt, das Geld läuft über den Dienstleister.',
    definitionEn:
      'Digital payment systems settle the payment of an online purchase through a specialised payment provider such as PayPal or Klarna. Buyer and seller close the deal directly; the money flows through the provider.',
    prosDe: [
      'Das Geld ist schneller auf dem Konto',
      'Weniger Zahlungsausfälle – der Dienstleister übernimmt oft auch das Mahnwesen',
      'Bequem und vertraut für Kunden, gibt gerade Neukunden Sicherheit',
      'Zahlungen lassen sich leicht einzelnen Aufträgen zuordnen',
    ],
    prosEn: [
      'Money arrives sooner',
      'Fewer payment defaults – the provider often handles dunning as well',
      'Convenient and familiar for customers, reassuring for new ones in particular',
      'Payments are easy to match to individual orders',
    ],
    consDe: [
      'Transaktionsgebühren und Kosten für die Anbindung',
      'Fragen der Sicherheit',
      'Nur sinnvoll mit einem eigenen Online-Vertrieb',
    ],
    consEn: [
      'Transaction fees and integration cost',
      'Security concerns',
      'Only makes sense with an online sales channel of your own',
    ],
    paysOffWhenDe:
      'Wenn Sie über einen eigenen Online-Shop verkaufen; im B2C-Geschäft erwarten Kunden diese Zahlungswege heute ohnehin.',
    paysOffWhenEn:
      'When you sell through your own online shop; in B2C, customers expect these payment options anyway.',
    phases: ['action', 'loyalty'],
    needRatings: [3, 3, 0, 3, 0, 1, 2, 0, 1, 3, 0, 2, 2],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'emails',
    name: 'Emails',
    nameEn: 'E-mail',
    definitionDe:
      'Die E-Mail ist eine digitale Nachricht, die über das Internet vom Absender zum Empfänger geht, auf Wunsch mit Anhängen. Beide müssen nicht gleichzeitig aktiv sein; im Berufsalltag ist sie der gängigste Draht zwischen Unternehmen und Kunden.',
    definitionEn:
      'E-mail is a digital message sent over the internet from sender to recipient, with attachments if needed. The two need not be active at the same time; in business it is the most common line between companies and customers.',
    prosDe: [
      'An viele Empfänger gleichzeitig adressierbar',
      'Adressen und Schriftverkehr lassen sich speichern und nachweisen',
      'Asynchron: jeder antwortet, wann es passt',
      'Text, Links und Dateien in einer Nachricht',
      'Praktisch keine Einstiegshürde',
    ],
    prosEn: [
      'Can be addressed to many recipients at once',
      'Addresses and correspondence can be stored and documented',
      'Asynchronous: everyone replies when it suits them',
      'Text, links and files in one message',
      'Virtually no entry barrier',
    ],
    consDe: [
      'Schwächen bei der Datensicherheit',
      'Überfüllte Postfächer und Spam',
      'Sortieren und Suchen wirken veraltet',
      'Wirkt distanzierter als ein Messenger',
    ],
    consEn: [
      'Weak on data security',
      'Overflowing inboxes and spam',
      'Sorting and searching feel outdated',
      'Feels more distant than a messenger',
    ],
    paysOffWhenDe:
      'Für nahezu jedes Unternehmen ein Muss; langfristig dürften Messenger einen Teil der E-Mails ablösen.',
    paysOffWhenEn:
      'A must for almost every company; in the long run messengers are likely to replace part of it.',
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [0, 1, 1, 3, 1, 2, 1, 2, 1, 0, 2, 0, 3],
    ownership: 'owned',
    phaseClass: 'cpos',
    checklistKind: 'email',
  },
  {
    key: 'externer-e-marketplace',
    name: 'externer E-Marketplace',
    nameEn: 'External e-marketplace',
    definitionDe:
      'Ein E-Marketplace ist die Handelsplattform eines Dritten, auf der viele Anbieter ihre Angebote einstellen und Käufer vergleichen und direkt bestellen. Der Betreiber – etwa Amazon, Alibaba oder im B2B orderspot.de – verdient an jedem Geschäft mit.',
    definitionEn:
      'An e-marketplace is a third-party trading platform where many suppliers list their offers and buyers compare and order directly. The operator – such as Amazon, Alibaba or, in B2B, orderspot.de – takes a share of every deal.',
    prosDe: [
      'Rund um die Uhr verkaufsbereit',
      'Zusätzlicher Absatzkanal mit großer, auch internationaler Reichweite',
      'Vertrieb und Bestellabwicklung liegen beim Betreiber',
      'Kein eigener Online-Shop nötig',
      'Angebote sind für Käufer leicht vergleichbar',
    ],
    prosEn: [
      'Open for business around the clock',
      'An extra sales channel with large, even international reach',
      'Sales and order handling are done by the operator',
      'No online shop of your own needed',
      'Offers are easy for buyers to compare',
    ],
    consDe: [
      'Die leichte Vergleichbarkeit erhöht den Preisdruck',
      'Abhängigkeit von Preisen, Mengen und Geschäftsbedingungen des Betreibers',
      'Kaum persönlicher Kontakt zum Kunden',
    ],
    consEn: [
      'Easy comparison increases price pressure',
      'Dependence on the operator’s prices, volumes and terms',
      'Little personal contact with the customer',
    ],
    paysOffWhenDe:
      'Wenn Sie den Vertrieb an einen Dritten abgeben wollen, standardisierte und wenig erklärungsbedürftige Produkte anbieten oder als kleines, wenig bekanntes Unternehmen schnell Reichweite brauchen – auch Nischenprodukte können profitieren.',
    paysOffWhenEn:
      'When you want to hand sales to a third party, offer standardised products that need little explanation, or are a small, little-known company that needs reach fast – niche products can benefit too.',
    phases: ['attention', 'interest', 'desire'],
    needRatings: [1, 3, 3, 2, 2, 1, 1, 3, 1, 3, 1, 3, 3],
    ownership: 'paid',
    phaseClass: 'cip',
  },
  {
    key: 'foren',
    name: 'Foren',
    nameEn: 'Forums',
    definitionDe:
      'Ein Forum ist eine Online-Plattform, auf der Teilnehmende zu einem Thema Beiträge verfassen, kommentieren und bewerten; die Diskussionen bleiben als Wissensspeicher erhalten. Kunden helfen sich dort vor allem gegenseitig, das Unternehmen moderiert.',
    definitionEn:
      'A forum is an online platform where participants write, comment on and rate posts about a topic; the discussions remain as a store of knowledge. Customers mainly help each other there while the company moderates.',
    prosDe: [
      'Kunden lösen Probleme gegenseitig',
      'Nah an der Community',
      'Offenes, ungefiltertes Feedback',
      'Erzeugt Inhalte, über die Sie im Netz gefunden werden',
    ],
    prosEn: [
      'Customers solve each other’s problems',
      'Close to the community',
      'Open, unfiltered feedback',
      'Produces content through which you are found online',
    ],
    consDe: [
      'Moderation kostet viel Zeit',
      'Lebt nur mit vielen aktiven Teilnehmenden',
      'Die Stimmung kann ins Negative kippen',
    ],
    consEn: [
      'Moderation takes a lot of time',
      'Only works with many active participants',
      'The mood can turn negative',
    ],
    paysOffWhenDe:
      'Wenn Sie viele Kunden oder Interessenten haben, die sich tatsächlich austauschen wollen, und dauerhaft Kapazität für Pflege und Moderation da ist.',
    paysOffWhenEn:
      'When you have many customers or prospects who actually want to exchange views, and there is lasting capacity for upkeep and moderation.',
    phases: ['interest'],
    needRatings: [1, 3, 2, 1, 1, 2, 3, 0, 3, 0, 0, 0, 2],
    ownership: 'earned',
    phaseClass: 'ccrp',
  },
  {
    key: 'instant-messenger',
    name: 'Instant Messenger',
    nameEn: 'Instant messenger',
    definitionDe:
      'Instant Messenger wie WhatsApp oder WeChat übertragen Nachrichten, Bilder, Dateien und Standorte in Echtzeit über das Internet. Jede Nachricht ist automatisch einem Kontakt zugeordnet; sie sind eine Alternative zu E-Mail und SMS.',
    definitionEn:
      'Instant messengers such as WhatsApp or WeChat deliver messages, pictures, files and locations over the internet in real time. Every message is tied to a contact automatically; they are an alternative to e-mail and text messages.',
    prosDe: [
      'Daten und Dateien unkompliziert austauschen',
      'Fast jeder Kunde hat ein Smartphone dabei',
      'Zusätzlicher, schneller Kanal – auch mit einem Chatbot verbindbar',
      'Nachrichten sind eindeutig dem Kunden zugeordnet',
      'Häufig Ende-zu-Ende-verschlüsselt',
    ],
    prosEn: [
      'Easy exchange of data and files',
      'Almost every customer carries a smartphone',
      'An extra, fast channel – can be linked to a chatbot',
      'Messages are clearly tied to the customer',
      'Often end-to-end encrypted',
    ],
    consDe: [
      'Datenschutzfragen, Daten liegen oft im Ausland',
      'Nicht jeder Dienst darf von Unternehmen genutzt werden',
      'Welcher Dienst verbreitet ist, hängt vom Land ab',
    ],
    consEn: [
      'Data protection questions; data is often stored abroad',
      'Not every service may be used by companies',
      'Which service is common depends on the country',
    ],
    paysOffWhenDe:
      'Wenn Sie mit Endkunden kommunizieren oder Ihre Mitarbeitenden viel im Außendienst sind; auf Dauer kommt kaum ein Unternehmen daran vorbei.',
    paysOffWhenEn:
      'When you deal with end customers or your staff spend a lot of time in the field; in the long run hardly any company will do without.',
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [3, 1, 1, 2, 1, 3, 1, 1, 0, 0, 2, 0, 2],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'live-chat',
    name: 'Live-Chat',
    nameEn: 'Live chat',
    definitionDe:
      'Ein Live-Chat ist ein Chatfenster auf der eigenen Website, über das Besucher sofort schriftlich mit dem Unternehmen sprechen, ohne zu Telefon oder E-Mail zu wechseln. Dahinter sitzen Mitarbeitende, oft unterstützt von einem Chatbot.',
    definitionEn:
      'A live chat is a chat window on the company’s own website through which visitors talk to the company in writing straight away, without switching to phone or e-mail. Staff answer, often backed by a chatbot.',
    prosDe: [
      'Bequemer Kontakt ohne Kanalwechsel',
      'Schnellere Hilfe für Kunden',
      'Jeder Chat liefert Daten für Kundenprofile im CRM',
      'Mehr Besucher werden zu Kunden (höhere Conversion-Rate)',
    ],
    prosEn: [
      'Convenient contact without switching channels',
      'Faster help for customers',
      'Every chat yields data for customer profiles in the CRM',
      'More visitors become customers (higher conversion rate)',
    ],
    consDe: [
      'Kunden erwarten sofort eine Antwort',
      'Mitarbeitende müssen verfügbar sein',
      'Lastspitzen überfordern kleine Teams schnell',
    ],
    consEn: [
      'Customers expect an answer at once',
      'Staff must be available',
      'Peaks in demand quickly overwhelm small teams',
    ],
    paysOffWhenDe:
      'Für fast jedes Unternehmen, das einfache Fragen ohne Umweg beantworten will, besonders im Online-Shop – sofern genug Personal da ist oder ein Chatbot die Standardfragen abfängt.',
    paysOffWhenEn:
      'For almost any company that wants to answer simple questions directly, especially in an online shop – provided there are enough staff or a chatbot catches the routine questions.',
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'mobile-apps',
    name: 'Mobile Apps',
    nameEn: 'Mobile app',
    definitionDe:
      'Eine mobile App ist eine Anwendung für Smartphone oder Tablet, meist auf wenige Zwecke zugeschnitten. Sie kann Gerätefunktionen wie Kamera, GPS oder Push-Nachrichten nutzen und ist dadurch interaktiver als eine mobil optimierte Website.',
    definitionEn:
      'A mobile app is an application for smartphone or tablet, usually built for a few purposes. It can use device features such as camera, GPS or push notifications and is therefore more interactive than a mobile-friendly website.',
    prosDe: [
      'Gerätefunktionen wie Kamera, GPS und Telefon erweitern den Funktionsumfang',
      'Lässt sich personalisieren',
      'Push-Nachrichten erreichen Nutzer direkt',
      'Offline nutzbar und schnell geladen',
      'Nutzer sind in Apps aktiver als auf Websites',
    ],
    prosEn: [
      'Device features such as camera, GPS and phone extend what it can do',
      'Can be personalised',
      'Push notifications reach users directly',
      'Works offline and loads fast',
      'Users are more engaged in apps than on websites',
    ],
    consDe: [
      'Braucht einen Mehrwert, den die Website nicht bietet',
      'Deutlich teurer als eine responsive Website',
      'Aufwendig in Entwicklung und Pflege über Betriebssysteme und Geräte hinweg',
      'Muss erst installiert werden; begrenzte Geräteunterstützung schmälert die Reichweite',
    ],
    consEn: [
      'Needs an added value the website does not offer',
      'Much more expensive than a responsive website',
      'Costly to build and maintain across operating systems and devices',
      'Must be installed first; limited device support reduces reach',
    ],
    paysOffWhenDe:
      'Wenn Sie die Möglichkeiten mobiler Geräte gezielt nutzen und die Kundenbeziehung durch viel digitale Interaktion vertiefen wollen; bei wenig Interaktion ist eine gute mobile Website die bessere Wahl.',
    paysOffWhenEn:
      'When you deliberately use what mobile devices can do and want to deepen the relationship through a lot of digital interaction; with little interaction a good mobile website is the better choice.',
    phases: ['desire', 'action', 'loyalty', 'advocacy'],
    needRatings: [1, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 1],
    ownership: 'owned',
    phaseClass: 'csp',
  },
  {
    key: 'newsletter-email',
    name: 'Newsletter (Email)',
    nameEn: 'Newsletter (e-mail)',
    definitionDe:
      'Ein Newsletter ist eine regelmäßig an einen Verteiler verschickte Sammelnachricht, die eine Zielgruppe über Neuigkeiten, Termine oder Änderungen informiert und zu einer Handlung anstoßen soll. Meist kommt er per E-Mail, möglich ist auch ein Messenger.',
    definitionEn:
      'A newsletter is a message sent regularly to a mailing list that tells a target group about news, dates or changes and aims to prompt an action. It usually arrives by e-mail, though a messenger is possible too.',
    prosDe: [
      'Wenig Aufwand und günstig',
      'Schnell verschickt',
      'Mit dem CRM verknüpfbar und personalisierbar',
      'Öffnungen, Klicks, An- und Abmeldungen und Bounces sind messbar',
    ],
    prosEn: [
      'Little effort and low cost',
      'Quick to send',
      'Can be linked to the CRM and personalised',
      'Opens, clicks, subscriptions, unsubscriptions and bounces can be measured',
    ],
    consDe: [
      'Ein Verteiler muss erst aufgebaut und gepflegt werden',
      'Die Einwilligung nach DSGVO muss vor der Aufnahme geklärt sein',
      'Wird leicht als Spam gesehen oder geht in der E-Mail-Flut unter',
      'Muss auf Mobilgeräten gut funktionieren',
    ],
    consEn: [
      'A mailing list has to be built and maintained first',
      'GDPR consent must be settled before anyone is added',
      'Easily seen as spam or lost in the flood of e-mail',
      'Must work well on mobile devices',
    ],
    paysOffWhenDe:
      'Für die Pflege bestehender Kunden und für Wiederkäufe, vor allem wenn Sie schon ein großes Kundennetz haben – und nur mit wirklich relevanten Inhalten, sonst schadet er eher.',
    paysOffWhenEn:
      'For looking after existing customers and driving repeat purchases, especially if you already have a large customer base – and only with truly relevant content, otherwise it does more harm than good.',
    phases: ['interest', 'loyalty'],
    needRatings: [0, 0, 2, 2, 2, 1, 2, 1, 2, 1, 2, 0, 3],
    ownership: 'owned',
    phaseClass: 'csp',
    checklistKind: 'email',
  },
  {
    key: 'online-messen',
    name: 'Online-Messen',
    nameEn: 'Online trade fairs',
    definitionDe:
      'Eine Online-Messe ist das digitale Gegenstück zur Präsenzmesse: zeitlich begrenzt und wiederkehrend, aber ortsunabhängig, mit Live-Streams, Webinaren und Chats. Inhalte bleiben danach oft auf Abruf verfügbar.',
    definitionEn:
      'An online trade fair is the digital counterpart of a physical fair: limited in time and recurring, but independent of place, with live streams, webinars and chats. Content often stays available on demand afterwards.',
    prosDe: [
      'Geringere Stand- und Reisekosten',
      'Digitale Inhalte lassen sich skalieren und wiederverwenden',
      'Größere, internationale Reichweite',
      'Nachhaltiger und ressourcenschonender als eine Präsenzmesse',
      'Besucher sind weniger anonym, Leads lassen sich besser erfassen',
    ],
    prosEn: [
      'Lower stand and travel costs',
      'Digital content can be scaled and reused',
      'Larger, international reach',
      'More sustainable and resource-friendly than a physical fair',
      'Visitors are less anonymous, so leads are easier to capture',
    ],
    consDe: [
      'Ersetzt kein Gespräch von Angesicht zu Angesicht',
      'Manche Entscheider sind (noch) wenig online-affin',
      'Die Wertigkeit von Produkten kommt schwer herüber',
      'Der erste Auftritt ist aufwendiger als gedacht',
    ],
    consEn: [
      'Does not replace a face-to-face conversation',
      'Some decision-makers are not (yet) at home online',
      'The quality of a product is hard to convey',
      'The first appearance takes more effort than expected',
    ],
    paysOffWhenDe:
      'Für Dienstleistungen und weniger komplexe Produkte sowie zur Pflege bestehender Kunden – wenn Sie die Stärken des Digitalen nutzen, statt die Präsenzmesse zu kopieren, und Ihr Team mitzieht.',
    paysOffWhenEn:
      'For services and less complex products and for looking after existing customers – when you play to digital strengths instead of copying the physical fair, and your team is on board.',
    phases: ['attention', 'interest', 'desire', 'loyalty'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ownership: 'paid',
    phaseClass: 'cip',
  },
  {
    key: 'eigener-online-shop',
    name: 'eigener Online-Shop',
    nameEn: 'Own online shop',
    definitionDe:
      'Ein Online-Shop ist eine eigene Web-Plattform, auf der ein Anbieter Waren oder Leistungen zeigt, erklärt und direkt verkauft – vom Stöbern bis zur Bezahlung ohne menschliches Zutun. Anders als ein Marktplatz gehört er dem Unternehmen selbst.',
    definitionEn:
      'An online shop is a web platform of the supplier’s own where goods or services are shown, explained and sold directly – from browsing to payment without human involvement. Unlike a marketplace, it belongs to the company itself.',
    prosDe: [
      'Mehr Kundeninteraktionen',
      'Sortiment ohne Platzgrenzen',
      'Gute Kundenbewertungen helfen beim Verkauf',
      'Rund um die Uhr geöffnet',
      'Besucherverhalten ist messbar, um Shop und Produkte zu verbessern',
    ],
    prosEn: [
      'More customer interactions',
      'A range without shelf limits',
      'Good customer reviews help to sell',
      'Open around the clock',
      'Visitor behaviour can be measured to improve shop and products',
    ],
    consDe: [
      'Preistransparenz erhöht den Wettbewerbsdruck',
      'Schlechte Kundenbewertungen können schaden',
      'Zahlungs- und Datensicherheit',
      'Rechtliche Pflichten zu Rücknahme, Verpackung, Preisangaben usw.',
    ],
    consEn: [
      'Price transparency raises competitive pressure',
      'Bad customer reviews can hurt',
      'Payment and data security',
      'Legal duties on returns, packaging, price display and so on',
    ],
    paysOffWhenDe:
      'Grundsätzlich für fast jedes Unternehmen; bei sehr beratungsintensiven, individuellen Produkten über einen Konfigurator. Die Investition liegt oft nicht höher als eine Vertriebsstelle.',
    paysOffWhenEn:
      'In principle for almost every company; for highly consultative, custom products via a configurator. The investment is often no higher than one sales position.',
    phases: ['interest', 'desire', 'action', 'loyalty', 'advocacy'],
    needRatings: [2, 3, 2, 3, 2, 2, 3, 3, 2, 1, 2, 3, 0],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'service-plattformen',
    name: 'Service-Plattformen',
    nameEn: 'Service platforms / customer portals',
    definitionDe:
      'Eine Service-Plattform (Kundenportal) bündelt für jeden Kunden alles Relevante an einem Ort: Verträge, Produkte, den Stand laufender Vorgänge, Termine oder den Weg in den Shop. Kunden erledigen ihre Anliegen dort selbst.',
    definitionEn:
      'A service platform (customer portal) gathers everything relevant for each customer in one place: contracts, products, the status of ongoing processes, appointments or the way into the shop. Customers take care of their own requests there.',
    prosDe: [
      'Alle Informationen gebündelt',
      'Kundenverhalten wird messbar',
      'Das Produkt wird um Serviceleistungen erweitert',
      'Senkt Servicekosten und -aufwand',
      'Kundenaktivitäten laufen auf einem Kanal zusammen',
    ],
    prosEn: [
      'All information in one place',
      'Customer behaviour becomes measurable',
      'The product is extended by services',
      'Lowers service cost and effort',
      'Customer activity comes together on one channel',
    ],
    consDe: [
      'Aufwendige Pflege',
      'Teure Programmierung',
      'Lohnt nur, wenn die ständig verfügbaren Informationen einen klaren Mehrwert haben',
    ],
    consEn: [
      'Demanding upkeep',
      'Expensive to build',
      'Only worth it if information that is always available adds clear value',
    ],
    paysOffWhenDe:
      'Bei vielen Rückfragen zu Verträgen oder Produkten, bei digitalisierten Produkten oder Maschinen (Wartung, Updates) und eher bei hohen Stückzahlen – wenn es Servicekosten senkt und zugleich Interaktionen steigert.',
    paysOffWhenEn:
      'When there are many questions about contracts or products, for digitised products or machines (maintenance, updates) and rather at high volumes – when it lowers service cost while increasing interactions.',
    phases: ['action', 'loyalty', 'advocacy'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ownership: 'owned',
    phaseClass: 'csp',
  },
  {
    key: 'social-media',
    name: 'Social Media',
    nameEn: 'Social media',
    definitionDe:
      'Soziale Medien sind Plattformen wie LinkedIn, auf denen Nutzer selbst Inhalte erstellen, teilen und miteinander sprechen. Unternehmen erreichen dort Interessenten und Kunden auf Augenhöhe – mit Beiträgen ebenso wie mit Direktnachrichten.',
    definitionEn:
      'Social media are platforms such as LinkedIn where users create and share content and talk with each other. Companies reach prospects and customers there as equals – through posts as well as direct messages.',
    prosDe: [
      'Große Reichweite mit einfachen Mitteln',
      'Steigert die Bekanntheit',
      'Vergleichsweise einfaches Monitoring',
      'Kaum Einstiegskosten',
      'Zielgruppen lassen sich genau finden und ansprechen',
    ],
    prosEn: [
      'Large reach with simple means',
      'Raises awareness',
      'Monitoring is comparatively easy',
      'Hardly any entry cost',
      'Target groups can be found and addressed precisely',
    ],
    consDe: [
      'Datenschutzfragen',
      'Braucht viel redaktionelle Arbeit für Inhalte',
      'Kein Selbstläufer: ohne aktives Netzwerken keine Wirkung',
    ],
    consEn: [
      'Data protection questions',
      'Needs a lot of editorial work for content',
      'Does not run itself: no effect without active networking',
    ],
    paysOffWhenDe:
      'Als Ergänzung zur Website für fast jedes Unternehmen; im B2B genügt oft LinkedIn. Weitere Kanäle erst, wenn klar ist, welche Inhalte welche Zielgruppe erreichen sollen.',
    paysOffWhenEn:
      'As a complement to the website for almost every company; in B2B LinkedIn is often enough. Add further channels only once it is clear which content should reach which audience.',
    phases: ['attention', 'interest', 'desire', 'loyalty', 'advocacy'],
    needRatings: [3, 3, 3, 1, 1, 2, 3, 1, 2, 0, 2, 0, 2],
    ownership: 'owned',
    phaseClass: 'cip',
    checklistKind: 'social_media',
  },
  {
    key: 'sprachassistenten',
    name: 'Sprachassistenten',
    nameEn: 'Voice assistants',
    definitionDe:
      'Ein Sprachassistent versteht gesprochene Anfragen, antwortet und erledigt Aufgaben – von einzelnen Befehlswörtern bis zu natürlicher Sprache mit KI. Er steckt etwa in Apps, Maschinen oder Smart Speakern; bekannte Beispiele sind Siri und Alexa.',
    definitionEn:
      'A voice assistant understands spoken requests, answers them and carries out tasks – from single command words to natural language with AI. It runs in apps, machines or smart speakers; well-known examples are Siri and Alexa.',
    prosDe: [
      'Entlastet Service und Vertrieb',
      'Erledigt Kundenanfragen selbstständig',
      'Mehrere Gespräche gleichzeitig',
      'Erreichbar außerhalb der Geschäftszeiten',
      'Beschleunigt einfache, standardisierte Abläufe',
    ],
    prosEn: [
      'Takes load off service and sales staff',
      'Handles customer requests on its own',
      'Several conversations at once',
      'Reachable outside business hours',
      'Speeds up simple, standardised processes',
    ],
    consDe: [
      'Einführung kostet Zeit und Geld',
      'Antworten sind durch Programmierung und verfügbare Daten begrenzt',
      'Braucht laufende Pflege',
      'Lohnt meist nur zusammen mit KI bzw. einem Chatbot',
    ],
    consEn: [
      'Introducing it takes time and money',
      'Answers are limited by programming and available data',
      'Needs continuous upkeep',
      'Usually only pays off combined with AI or a chatbot',
    ],
    paysOffWhenDe:
      'Eher später: Für KMU ist die Technik noch schwer einzuschätzen und aufwendiger als ein Chatbot; interessant, wenn viele standardisierte Abläufe per Sprache angestoßen werden sollen.',
    paysOffWhenEn:
      'Rather later: for SMEs the technology is still hard to judge and more demanding than a chatbot; interesting when many standardised processes are to be started by voice.',
    phases: ['interest', 'desire', 'action'],
    needRatings: [3, 3, 1, 3, 0, 1, 2, 2, 1, 2, 1, 2, 0],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'sem-suchmaschinen-marketing',
    name: 'SEM (Suchmaschinen-Marketing)',
    nameEn: 'Search engine marketing (SEM)',
    definitionDe:
      'Suchmaschinen-Marketing umfasst alles, was ein Unternehmen bei Google und anderen Suchmaschinen besser auffindbar macht: Suchmaschinenoptimierung (SEO) für die organischen Treffer und gekaufte Suchanzeigen (SEA) darüber.',
    definitionEn:
      'Search engine marketing covers everything that makes a company easier to find on Google and other search engines: search engine optimisation (SEO) for the organic results and paid search ads (SEA) above them.',
    prosDe: [
      'Wirksamster Weg, online gefunden zu werden',
      'Pull-Marketing mit geringen Streuverlusten: Kunden suchen aktiv nach einer Lösung',
      'SEO wirkt langfristig, und organischen Treffern vertrauen Kunden mehr',
      'SEA bringt kurzfristig Sichtbarkeit',
      'Mehr Besucher auf der eigenen Website',
    ],
    prosEn: [
      'The most effective way to be found online',
      'Pull marketing with little waste: customers are actively looking for a solution',
      'SEO works long-term, and customers trust organic results more',
      'SEA brings visibility at short notice',
      'More visitors on your own website',
    ],
    consDe: [
      'SEA kostet laufend, die Klickpreise schwanken mit der Auktion',
      'SEO braucht Zeit und eine laufend gepflegte Website',
      'Abhängig von den Regeln und Algorithmen der Suchmaschinen',
    ],
    consEn: [
      'SEA costs money continuously, and click prices vary with the auction',
      'SEO takes time and a continuously maintained website',
      'Depends on the search engines’ rules and algorithms',
    ],
    paysOffWhenDe:
      'Immer: Für jedes Unternehmen Pflicht, denn wer bei der Suche nicht auftaucht, existiert für viele Kunden nicht. SEO ist die Pflicht, SEA die Kür.',
    paysOffWhenEn:
      'Always: a must for every company, because whoever does not show up in search does not exist for many customers. SEO is the must, SEA the extra.',
    phases: ['attention'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    // SEO (organic, earned in seed 001's POE typing) is the core of SEM; SEA is the optional paid part.
    ownership: 'earned',
    phaseClass: 'cip',
  },
  {
    key: 'track-and-trace-sendungsverfolgung',
    name: 'Track and Trace (Sendungsverfolgung)',
    nameEn: 'Track and trace (shipment tracking)',
    definitionDe:
      'Track and Trace zeigt dem Kunden jederzeit, wo seine Sendung gerade ist, erfasst über maschinenlesbare Etiketten wie Barcode oder RFID und zunehmend über GPS-Tracker. So wird der Weg von der Herstellung bis zur Zustellung sichtbar.',
    definitionEn:
      'Track and trace shows the customer at any time where the shipment is, captured through machine-readable labels such as barcodes or RFID and increasingly through GPS trackers. This makes the way from production to delivery visible.',
    prosDe: [
      'Genauer Standort der Ware jederzeit sichtbar',
      'Mehr Überblick und Kontrolle über die Lieferkette',
      'Schnellere Reaktion bei Lieferproblemen',
      'Geringe Einstiegshürde – Paketdienste erfassen die Daten ohnehin',
    ],
    prosEn: [
      'Exact location of the goods visible at any time',
      'Better overview and control of the supply chain',
      'Faster reaction to delivery problems',
      'Low entry barrier – parcel services capture the data anyway',
    ],
    consDe: [
      'Setzt eine digitale Infrastruktur voraus',
      'Begrenzter Mehrwert, Kunden können auch beim Paketdienst nachsehen',
      'Läuft die Verfolgung beim Spediteur, verliert der Anbieter Kontakt und Daten',
    ],
    consEn: [
      'Requires a digital infrastructure first',
      'Limited added value, as customers can also check with the carrier',
      'If tracking runs at the carrier, the supplier loses contact and data',
    ],
    paysOffWhenDe:
      'Wenn Sie die Lieferung selbst im Blick behalten und Kunden einen verlässlichen Termin für ihre Planung geben wollen; leicht einzuführen, der Nutzen ist aber überschaubar.',
    paysOffWhenEn:
      'When you want to keep an eye on delivery yourself and give customers a reliable date for their planning; easy to introduce, but the benefit is modest.',
    phases: ['loyalty', 'advocacy'],
    needRatings: [0, 3, 0, 2, 0, 1, 1, 0, 0, 2, 0, 1, 0],
    ownership: 'owned',
    phaseClass: 'csp',
  },
  {
    key: 'videokonferenzen-tool',
    name: 'Videokonferenzen-Tool',
    nameEn: 'Video conferencing tool',
    definitionDe:
      'Ein Videokonferenz-Tool verbindet Teilnehmende an beliebigen Orten in Echtzeit mit Bild und Ton; dazu lassen sich Bildschirm, Dateien und Chat teilen.',
    definitionEn:
      'A video conferencing tool connects participants anywhere in real time with picture and sound; screens, files and chat can be shared as well.',
    prosDe: [
      'Unabhängig vom Ort',
      'Spart Reisezeit und -kosten',
      'Außer der Software ist keine weitere Technik nötig',
      'Persönlicher als ein Telefonat – Mimik und Gestik bleiben sichtbar',
    ],
    prosEn: [
      'Independent of location',
      'Saves travel time and cost',
      'Needs no technology beyond the software',
      'More personal than a phone call – facial expressions and gestures stay visible',
    ],
    consDe: [
      'Ersetzt das persönliche Treffen nicht ganz',
      'Manches im Vertrieb fällt weg (Unterschrift, gemeinsamer Kaffee, Smalltalk)',
      'Manche Kunden scheuen die Kamera',
    ],
    consEn: [
      'Does not fully replace meeting in person',
      'Some sales moments are lost (signing, a coffee together, small talk)',
      'Some customers are camera-shy',
    ],
    paysOffWhenDe:
      'Für fast jedes Unternehmen, neben Treffen und Telefon; vorher prüfen, ob das Gespräch online passt – für Kurzes genügt ein Anruf, schwierige Verhandlungen brauchen oft ein Treffen.',
    paysOffWhenEn:
      'For almost every company, alongside meetings and phone; check first whether the conversation suits a video call – a short matter needs only a call, difficult negotiations often need a meeting.',
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [3, 1, 0, 3, 1, 2, 1, 2, 2, 0, 0, 0, 3],
    ownership: 'owned',
    phaseClass: 'cpos',
  },
  {
    key: 'virtual-reality',
    name: 'Virtual Reality',
    nameEn: 'Virtual reality',
    definitionDe:
      'Virtual Reality erzeugt eine vollständig vom Computer erzeugte 3D-Welt, in die Nutzer mit VR-Brille, Großleinwand oder einem CAVE-Raum eintauchen und in der sie per Kopf-, Handbewegung oder Sprache handeln.',
    definitionEn:
      'Virtual reality creates a fully computer-generated 3D world that users enter with a headset, a large screen or a CAVE room, acting in it through head and hand movements or voice.',
    prosDe: [
      'Aus- und Weiterbildung im virtuellen Raum',
      'Gefahrloses Testen durch Simulation',
      'Treffen in virtuellen Räumen über Entfernungen hinweg',
      'Produkte und Anlagen zeigen, unabhängig von realen Objekten und Orten',
    ],
    prosEn: [
      'Training and education in a virtual space',
      'Risk-free testing through simulation',
      'Meetings in virtual rooms across distances',
      'Show products and plants independently of real objects and places',
    ],
    consDe: [
      'Braucht viel technisches Know-how',
      'Pflege der Anwendung sehr aufwendig',
      'Kosten eigener Lösungen schwer abschätzbar',
      'Nur wenige Kunden haben passende Geräte',
    ],
    consEn: [
      'Needs a lot of technical know-how',
      'Maintaining the application is very demanding',
      'The cost of custom solutions is hard to estimate',
      'Few customers own suitable devices',
    ],
    paysOffWhenDe:
      'Für die meisten KMU (noch) nicht; sinnvoll ist es, sich schon jetzt damit zu befassen, etwa um Produkte virtuell begehbar zu machen.',
    paysOffWhenEn:
      'Not (yet) for most SMEs; it is worth looking into now, for example to let customers walk through products virtually.',
    phases: ['interest', 'desire', 'loyalty'],
    needRatings: [2, 1, 1, 2, 3, 3, 2, 0, 2, 2, 0, 0, 0],
    ownership: 'owned',
    phaseClass: 'cip',
  },
  {
    key: 'virtual-showroom',
    name: 'Virtual Showroom',
    nameEn: 'Virtual showroom',
    definitionDe:
      'Ein virtueller Showroom ist ein dauerhafter digitaler Ausstellungsraum, in dem ein Unternehmen sein Portfolio dreidimensional im Browser oder per VR präsentiert – unabhängig von einer Messe. Er ist rein digital oder der digitale Zwilling eines realen Showrooms.',
    definitionEn:
      'A virtual showroom is a permanent digital exhibition space where a company presents its portfolio in 3D in the browser or in VR – independent of any trade fair. It is either purely digital or the digital twin of a real showroom.',
    prosDe: [
      'Innovatives, immersives Produkterlebnis',
      'Jederzeit und überall zugänglich',
      'Gestaltung, Größe und Darstellung nahezu ohne Grenzen',
      'Günstiger als ein realer Showroom',
      'Besucherzahlen und -verhalten messbar, auch für Online-Messen wiederverwendbar',
    ],
    prosEn: [
      'Innovative, immersive product experience',
      'Accessible any time, anywhere',
      'Almost no limits on design, size and presentation',
      'Cheaper than a physical showroom',
      'Visitor numbers and behaviour are measurable; reusable for online fairs',
    ],
    consDe: ['Keine Haptik', 'Hoher Aufwand und hohe Kosten beim Aufbau', 'Nicht für jedes Produkt sinnvoll'],
    consEn: ['Nothing to touch', 'High effort and cost to set up', 'Does not make sense for every product'],
    paysOffWhenDe:
      'Wenn Sie umfangreiche Produktinformationen jederzeit anschaulich zeigen wollen, bereits einen realen Showroom haben oder auf Online-Messen begeistern möchten.',
    paysOffWhenEn:
      'When you want to show extensive product information vividly at any time, already have a physical showroom or want to impress at online trade fairs.',
    phases: ['desire'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ownership: 'owned',
    phaseClass: 'cip',
  },
  {
    key: 'website',
    name: 'Website',
    nameEn: 'Website',
    definitionDe:
      'Die Website ist der gesamte Internetauftritt eines Unternehmens, also alle seine Webseiten. Sie gehört allein dem Unternehmen und ist das Zentrum, auf das alle anderen digitalen Kanäle verweisen.',
    definitionEn:
      'The website is a company’s entire web presence, that is all of its web pages. It belongs to the company alone and is the hub that all other digital channels point to.',
    prosDe: [
      'Gehört allein dem Unternehmen – keine fremden Plattformregeln',
      'Informationen jederzeit und überall abrufbar',
      'Inhalte schnell erstellt und veröffentlicht',
      'Leicht zu ändern und anzupassen',
    ],
    prosEn: [
      'Belongs to the company alone – no third-party platform rules',
      'Information available any time, anywhere',
      'Content is quickly created and published',
      'Easy to change and adapt',
    ],
    consDe: [
      'Laufender Pflegeaufwand',
      'Wirkt nur, wenn sie über Suchmaschinen gefunden wird',
      'Muss benutzerfreundlich sein und anhand von Besucherdaten laufend verbessert werden',
    ],
    consEn: [
      'Ongoing maintenance effort',
      'Only works if search engines find it',
      'Must be user-friendly and improved continuously based on visitor data',
    ],
    paysOffWhenDe:
      'Immer: Für jedes Unternehmen unverzichtbar und vor allen anderen digitalen Kundenschnittstellen zu perfektionieren.',
    paysOffWhenEn:
      'Always: indispensable for every company, and to be perfected before any other digital customer interface.',
    phases: ['interest', 'desire', 'action', 'loyalty', 'advocacy'],
    needRatings: [0, 3, 0, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1],
    ownership: 'owned',
    phaseClass: 'cip',
    checklistKind: 'website',
  },
];
