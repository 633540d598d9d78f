import type { DoOrDont } from './types';

/**
 * The ten recommendations of seed 002 Table 25, in table order (obvious typos fixed).
 *
 * The thumbs-up/down icons of the table did not survive the text extraction, so `kind` is read
 * from the wording: recommendations phrased as a prohibition ("Verzetteln Sie sich nicht",
 * "Verschlafen Sie nicht", "Hören Sie nicht auf", "Entwerfen Sie keine") are don'ts.
 */
export const dosAndDonts: DoOrDont[] = [
  {
    kind: 'do',
    textDe:
      'Die Website ist der Dreh- und Angelpunkt Ihres Internetauftritts. Perfektionieren Sie zunächst diese, bevor Sie sich mit anderen digitalen Kundenschnittstellen auseinandersetzen – dazu zählt auch, die Leads auf Ihrer Seite zu tracken, zu analysieren und Verbesserungen umzusetzen.',
    textEn:
      'The website is the linchpin of your online presence. Perfect it first before turning to other digital customer interfaces – this includes tracking and analysing the leads on your site and acting on what you learn.',
  },
  {
    kind: 'dont',
    textDe:
      'Verzetteln Sie sich nicht in digitalen Kundenschnittstellen. Prüfen Sie genauestens, welche digitalen Kundenschnittstellen für Sie UND für Ihre Kunden einen Mehrwert bieten – das können zehn oder auch nur eine sein.',
    textEn:
      'Do not spread yourself thin across digital customer interfaces. Check carefully which ones add value for you AND for your customers – that may be ten or just one.',
  },
  {
    kind: 'do',
    textDe:
      'Legen Sie sich ein CRM zu. Sammeln Sie alle DSGVO-konformen Kundendaten und zentralisieren Sie diese. Nutzen Sie sie auch, um die Kundenansprache zu personalisieren und Kundendaten auszuwerten.',
    textEn:
      'Get a CRM. Collect all GDPR-compliant customer data and keep it in one place. Use it to personalise how you address customers and to analyse customer data.',
  },
  {
    kind: 'do',
    textDe:
      'Digitale Kundenschnittstellen müssen funktionieren und eine optimale UX für Ihre Kunden erzeugen. Halbfertige Lösungen, die eher zu Frustration beitragen, sind keine Lösungen.',
    textEn:
      'Digital customer interfaces must work and give your customers an excellent user experience. Half-finished solutions that mostly cause frustration are no solutions.',
  },
  {
    kind: 'do',
    textDe:
      'Seien Sie offen gegenüber neuen Lösungen und sprechen Sie mit Ihren Kunden darüber, was sie im digitalen Kundenkontakt wollen. Sprechen Sie aber auch mit Ihren Mitarbeitern: Sie wissen häufig bereits, welche Probleme es im Kundenkontakt gibt und wie diese behoben werden könnten.',
    textEn:
      'Be open to new solutions and ask your customers what they want from digital contact. Talk to your employees as well: they often already know which problems exist in customer contact and how to fix them.',
  },
  {
    kind: 'dont',
    textDe:
      'Verschlafen Sie nicht den Trend zu digitalen Kundenzugängen! Der Großteil der Boomer-Generation ist noch ohne digitale Kundenzugänge in die Arbeitswelt gestartet und nutzt sie auch heute nicht oder nur sporadisch. Diese Einkäufer und Kunden gehen allerdings bald in Rente, und eine neue Generation von Digital Natives löst sie ab.',
    textEn:
      'Do not sleep through the shift to digital customer access! Most baby boomers started work without digital channels and use them rarely, if at all. But these buyers and customers will soon retire, and a generation of digital natives will take their place.',
  },
  {
    kind: 'do',
    textDe:
      'Machen Sie es Ihren Kunden so einfach wie möglich und reduzieren Sie gleichzeitig den Aufwand in der Kundenbetreuung. Das Stichwort lautet digitale Selbstbedienungskanäle und Automatisierung von Kundenprozessen.',
    textEn:
      'Make things as easy as possible for your customers while cutting the effort of customer care. The keywords are digital self-service channels and automation of customer processes.',
  },
  {
    kind: 'dont',
    textDe:
      'Hören Sie auch nach der Einführung einer digitalen Kundenschnittstelle nicht damit auf, diese zu pflegen oder nach neuen Trends zu suchen.',
    textEn:
      'Do not stop maintaining a digital customer interface, or looking out for new trends, once it has been introduced.',
  },
  {
    kind: 'do',
    textDe:
      'Legen Sie vor der Einführung einer digitalen Kundenschnittstelle genauestens fest, was diese leisten soll, und geben Sie KPIs vor. Damit diese auch erfüllt werden, nehmen Sie ausreichend Geld in die Hand, um die digitale Kundenschnittstelle umzusetzen.',
    textEn:
      'Before introducing a digital customer interface, define precisely what it is meant to achieve and set KPIs. To make sure they are met, budget enough money to implement it properly.',
  },
  {
    kind: 'dont',
    textDe:
      'Entwerfen Sie keine Insellösungen. Alle digitalen Kundenschnittstellen sollten eine Anbindung an Ihre Website haben und zu einer geschlossenen Customer Journey beitragen.',
    textEn:
      'Do not build isolated solutions. Every digital customer interface should connect to your website and contribute to a seamless customer journey.',
  },
];
