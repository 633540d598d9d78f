import type { QuickcheckNeedCategory } from './weights';

export interface QuickcheckQuestion {
  key: string;
  categoryDe: QuickcheckNeedCategory;
  categoryEn: string;
  questionDe: string;
  questionEn: string;
  explanationDe: string;
  explanationEn: string;
}

/**
 * The 14 questions of the Quickcheck, one per need category and in the order of `quickcheckNeedCategories`
 * (answer i of a Quickcheck belongs to question i). Our own wording after seed 002 section 2.3; the 14th
 * category, running costs, is not described there.
 */
export const quickcheckQuestions = [
  {
    key: 'synchronous_communication',
    categoryDe: 'Synchrone Kommunikation',
    categoryEn: 'Synchronous communication',
    questionDe:
      'Wie wichtig ist es, dass Ihre Kundinnen und Kunden sofort eine Antwort bekommen, im Gespräch in Echtzeit statt Tage später?',
    questionEn:
      'How important is it that your customers get an answer straight away, in a real-time conversation rather than days later?',
    explanationDe:
      'Kundinnen und Kunden erwarten bei Fragen oder Problemen eine Antwort ohne Wartezeit, etwa im Chat oder per Video, und wollen Vorgänge wie eine Zahlung sofort abschließen.',
    explanationEn:
      'Customers with a question or a problem expect an answer without waiting, for example in a chat or a video call, and want to finish steps such as a payment at once.',
  },
  {
    key: 'availability_24_7',
    categoryDe: '24/7 Verfügbarkeit',
    categoryEn: '24/7 availability',
    questionDe:
      'Wie wichtig ist es, dass Kundinnen und Kunden Sie rund um die Uhr erreichen und Dinge erledigen können, auch außerhalb Ihrer Geschäftszeiten?',
    questionEn:
      'How important is it that customers can reach you and get things done around the clock, also outside your business hours?',
    explanationDe:
      'Viele Kundinnen und Kunden wollen nicht nur von 9 bis 17 Uhr fragen, bestellen oder eine Lieferung verfolgen, und automatisierte digitale Angebote erledigen das auch nachts und am Wochenende.',
    explanationEn:
      'Many customers no longer want to ask, order or track a delivery only between 9 and 5, and automated digital services handle this at night and at weekends too.',
  },
  {
    key: 'reach',
    categoryDe: 'Reichweite',
    categoryEn: 'Reach and visibility',
    questionDe:
      'Wie wichtig ist es, dass neue Kundinnen und Kunden Sie im Internet finden, etwa über Suchmaschinen oder soziale Netzwerke?',
    questionEn:
      'How important is it that new customers find you on the internet, for example through search engines or social networks?',
    explanationDe:
      'Die meisten Käuferinnen und Käufer suchen zuerst online nach einer Lösung, und wer dort nicht sichtbar ist, kommt gar nicht erst in die engere Wahl.',
    explanationEn:
      'Most buyers first look for a solution online, and a supplier they cannot find there never makes their shortlist.',
  },
  {
    key: 'cost_and_time_savings',
    categoryDe: 'Kosten- und Zeitersparnis durch Digitalisierung',
    categoryEn: 'Saving cost and time through digitalisation',
    questionDe:
      'Wie wichtig ist es, durch digitale Abläufe im Kundenkontakt Kosten und Arbeitszeit zu sparen?',
    questionEn:
      'How important is it to save cost and working time through digital processes in customer contact?',
    explanationDe:
      'Immer gleiche Aufgaben wie Standardfragen oder Terminbuchungen lassen sich digital erledigen und Reisen zu Kunden oder Messen teils online ersetzen, sodass Ihre Mitarbeitenden Zeit für anderes gewinnen.',
    explanationEn:
      'Recurring tasks such as standard questions or booking appointments can be handled digitally and trips to customers or trade fairs partly replaced online, which frees your staff for other work.',
  },
  {
    key: 'visualisation',
    categoryDe: 'Visualisierung',
    categoryEn: 'Visualisation',
    questionDe:
      'Wie wichtig ist es, Ihre Produkte, Dienstleistungen und Ihr Unternehmen im Internet anschaulich zu zeigen?',
    questionEn: 'How important is it to show your products, services and company vividly on the internet?',
    explanationDe:
      'Erklärungsbedürftige Produkte verstehen Kundinnen und Kunden mit Bildern, Videos, 3D-Modellen oder virtuellen Darstellungen besser, und ein zeitgemäßer Auftritt im Netz prägt den ersten Eindruck.',
    explanationEn:
      'Customers understand complex products better through pictures, videos, 3D models or virtual views, and an up-to-date web presence shapes their first impression of you.',
  },
  {
    key: 'customer_relationship',
    categoryDe: 'Intensivierung der Kundenbeziehung',
    categoryEn: 'Deepening the customer relationship',
    questionDe:
      'Wie wichtig ist es, die Beziehung zu Ihren Kundinnen und Kunden zu vertiefen und sie persönlich anzusprechen?',
    questionEn:
      'How important is it to deepen your relationship with your customers and address them personally?',
    explanationDe:
      'Kundinnen und Kunden wünschen sich vom ersten Kontakt über den Kauf bis zur Nachbetreuung ein gutes Erlebnis, bei dem auf sie und ihre Wünsche persönlich eingegangen wird.',
    explanationEn:
      'From the first contact through the purchase to after-sales, customers want a good experience in which you respond to them and their wishes personally.',
  },
  {
    key: 'customer_insights',
    categoryDe: 'Mehr kundenspezifische Informationen sammeln und analysieren',
    categoryEn: 'Collecting and analysing more customer information',
    questionDe:
      'Wie wichtig ist es, mehr über Ihre Kundinnen und Kunden und ihr Kaufverhalten zu erfahren und diese Informationen auszuwerten?',
    questionEn:
      'How important is it to learn more about your customers and how they buy, and to analyse that information?',
    explanationDe:
      'Wenn Kundinnen und Kunden Ihre eigenen digitalen Kanäle nutzen, sehen Sie, was sie interessiert und wie sie kaufen, und können Angebote, Vertrieb und Kommunikation gezielt verbessern.',
    explanationEn:
      'When customers use your own digital channels you see what interests them and how they buy, and you can improve your offers, sales and communication accordingly.',
  },
  {
    key: 'sales_channels',
    categoryDe: 'Maximierung der Absatzkanäle',
    categoryEn: 'More sales channels',
    questionDe:
      'Wie wichtig ist es, über zusätzliche digitale Wege zu verkaufen, nicht nur im persönlichen Gespräch oder per E-Mail?',
    questionEn:
      'How important is it to sell through additional digital channels, not only in personal conversation or by e-mail?',
    explanationDe:
      'Jede Kundin und jeder Kunde bevorzugt einen anderen Einkaufsweg, und Kanäle wie ein Online-Shop oder ein Online-Marktplatz verkaufen auch ohne Ihre Mitarbeitenden.',
    explanationEn:
      'Every customer prefers a different way of buying, and channels such as an online shop or an online marketplace sell even without your staff.',
  },
  {
    key: 'credibility',
    categoryDe: 'Steigerung der Glaubwürdigkeit',
    categoryEn: 'Building credibility',
    questionDe:
      'Wie wichtig ist es, im Internet Vertrauen aufzubauen und Ihren guten Ruf sichtbar zu machen?',
    questionEn: 'How important is it to build trust online and make your good reputation visible?',
    explanationDe:
      'Im Internet vergleichen Kundinnen und Kunden Anbieter in wenigen Minuten, und Bewertungen, Referenzen und erfolgreiche Projekte zeigen ihnen, dass Sie zuverlässig sind.',
    explanationEn:
      'Online, customers compare suppliers within minutes, and reviews, references and successful projects show them that you are reliable.',
  },
  {
    key: 'service_automation',
    categoryDe: 'Automatisierung von Serviceaktivitäten',
    categoryEn: 'Automating service',
    questionDe:
      'Wie wichtig ist es, dass Kundinnen und Kunden Serviceanliegen selbst erledigen können oder diese automatisch beantwortet werden?',
    questionEn:
      'How important is it that customers can handle service requests themselves or get them answered automatically?',
    explanationDe:
      'Selbstbedienung und Software, etwa ein Chatbot für häufige Fragen, erledigen Serviceanliegen ohne Mitarbeitende und entlasten so Ihren Kundendienst.',
    explanationEn:
      'Self-service and software, such as a chatbot for frequent questions, settle service requests without staff and take load off your customer service.',
  },
  {
    key: 'targeted_acquisition',
    categoryDe: 'Spezifische Kundenakquise',
    categoryEn: 'Targeted customer acquisition',
    questionDe:
      'Wie wichtig ist es, neue Kundinnen und Kunden gezielt mithilfe von Daten zu finden und anzusprechen?',
    questionEn: 'How important is it to find and approach new customers in a targeted way using data?',
    explanationDe:
      'Aus den Daten Ihrer bestehenden Kundschaft erkennen Sie, wer gut zu Ihnen passt und wo ähnliche Interessenten zu finden sind, und sprechen diese dann über ihre bevorzugten Kanäle an.',
    explanationEn:
      'The data of your existing customers shows who fits you well and where similar prospects can be found, so you can reach them through the channels they prefer.',
  },
  {
    key: 'sales_automation',
    categoryDe: 'Automatisierung von Vertriebsaktivitäten',
    categoryEn: 'Automating sales',
    questionDe:
      'Wie wichtig ist es, dass Kundinnen und Kunden ohne Ihren Vertrieb bestellen und Antworten zu Produkten oder Rechnungen bekommen können?',
    questionEn:
      'How important is it that customers can order and get answers about products or invoices without your sales staff?',
    explanationDe:
      'Ein Online-Shop nimmt Bestellungen jederzeit an und Fragen zu Produkten oder Rechnungen lassen sich automatisch beantworten, sodass Ihr Vertrieb mehr Zeit für die Beratung hat.',
    explanationEn:
      'An online shop takes orders at any time and questions about products or invoices can be answered automatically, which leaves your sales team more time for advice.',
  },
  {
    key: 'low_entry_costs',
    categoryDe: 'Geringe Einstiegskosten',
    categoryEn: 'Low entry costs',
    questionDe:
      'Wie wichtig ist es, dass der Einstieg in einen neuen digitalen Kanal günstig ist und schnell geht?',
    questionEn: 'How important is it that starting with a new digital channel is cheap and quick?',
    explanationDe:
      'Manche digitalen Kanäle kosten bei der Einführung viel Geld, Fachwissen und Zeit, andere sind günstig oder kostenlos und Ihre Mitarbeitenden können sofort damit starten.',
    explanationEn:
      'Some digital channels cost a lot of money, expertise and time to introduce, while others are cheap or free and your staff can start using them right away.',
  },
  {
    key: 'low_running_costs',
    categoryDe: 'Geringe laufende Kosten',
    categoryEn: 'Low running costs',
    questionDe:
      'Wie wichtig ist es, dass ein Kanal im Betrieb dauerhaft wenig kostet, an Gebühren wie an Arbeitszeit für die Pflege?',
    questionEn:
      'How important is it that a channel costs little to run over time, in fees as well as in staff time for upkeep?',
    explanationDe:
      'Auch nach der Einführung fallen Kosten an, etwa für Lizenzen, neue Inhalte und Betreuung, und diese laufenden Kosten unterscheiden sich je nach Kanal stark.',
    explanationEn:
      'Costs continue after the launch, for example for licences, fresh content and support, and these running costs differ greatly from channel to channel.',
  },
] as const satisfies readonly QuickcheckQuestion[];

export type QuickcheckQuestionKey = (typeof quickcheckQuestions)[number]['key'];
