import type { WorkspaceDocumentInput } from '../contract/workspaceDocument';
import { aidalaModel } from '../core/journeyModels';
import type { AidalaPhaseKey } from '../core/model';
import { demoEditorialItems, schmidtStrategy } from './schmidtStrategy';

/**
 * The demo workspace a company sees when it starts Touchpoint for the first time: the contract machining
 * company "Schmidt Dreh- und Frästechnik" of seed 002 section 2.2, as a consultant would show it in a
 * workshop. The seed describes the ideal, largely digital journey; the demo records that ideal as the
 * target (Soll) and an as-is (Ist) typical for a Lohnfertiger whose customer contact still runs mostly
 * through personal conversations, so the gaps between the two drive the action plan.
 */

type TouchpointInput = NonNullable<WorkspaceDocumentInput['touchpoints']>[number];
type RatingInput = NonNullable<TouchpointInput['ratings']>[number];
type KpiValueInput = NonNullable<NonNullable<TouchpointInput['kpis']>[number]['values']>[number];

const MODEL = 'aidala';

/** `modelRef:phaseKey` references into the AIDA(LA) model of this document. */
const phases = (...keys: AidalaPhaseKey[]): string[] => keys.map((key) => `${MODEL}:${key}`);

const customer = (score: number, comment: string, raterName: string, date: string): RatingInput => ({
  source: 'customer',
  score,
  comment,
  raterName,
  createdAt: `${date}T09:00:00Z`,
});

const employee = (score: number, comment: string, raterName: string, date: string): RatingInput => ({
  source: 'employee',
  score,
  comment,
  raterName,
  createdAt: `${date}T09:00:00Z`,
});

/** One value per month of 2026 from January on, measured on the last day of the month. */
function monthly2026(values: number[], source: KpiValueInput['source'] = 'manual'): KpiValueInput[] {
  return values.map((value, i) => ({
    measuredOn: new Date(Date.UTC(2026, i + 1, 0)).toISOString().slice(0, 10),
    value,
    source,
  }));
}

const P = {
  medtech: 'p-einkauf-medizintechnik',
  sondermaschinenbau: 'p-einkauf-sondermaschinenbau',
  konstrukteur: 'p-konstrukteur',
  lebensmittel: 'p-lebensmitteltechnik',
  elektro: 'p-elektroindustrie',
} as const;
const ALL_PERSONAS = Object.values(P);

/** The Ist-Analyse workshop of March 2026 and the follow-up assessment in October. */
const WORKSHOP = '2026-03-12T15:00:00Z';
const REVIEW = '2026-10-08T14:00:00Z';

export const schmidtDemoDocument: WorkspaceDocumentInput = {
  format: 'touchpoint.workspace',
  version: 1,
  workspace: { name: 'Schmidt Dreh- und Frästechnik GmbH', locale: 'de' },

  journeyModels: [
    {
      ref: MODEL,
      kind: 'aidala',
      name: aidalaModel.nameDe,
      active: true,
      phases: aidalaModel.phases.map((p) => ({
        key: p.key,
        nameDe: p.nameDe,
        nameEn: p.nameEn,
        description: p.descriptionDe,
      })),
    },
  ],

  personas: [
    {
      ref: P.medtech,
      name: 'Sabine Krüger – Einkäuferin Medizintechnik',
      role: 'Strategische Einkäuferin',
      industry: 'Medizintechnik (chirurgische Instrumente, Implantat-Komponenten)',
      companySize: 'ca. 480 Mitarbeitende',
      description:
        'Sucht einen zweiten Lohnfertiger für Kleinserien von 50 bis 500 Stück aus Titan und Implantatstahl. Für sie zählt weniger der Stückpreis als Sauberkeit im Betrieb, lückenlose Rückverfolgbarkeit der Zulieferteile und ein Lieferant, der die Anforderungen ihres QM-Systems nach ISO 13485 versteht. Hat Schmidt auf einer Medizintechnik-Messe beim Fachvortrag des Geschäftsführers kennengelernt.',
      needs: [
        'Rückverfolgbarkeit bis zur Materialcharge',
        'Saubere, geordnete Fertigung und reinigungsgerechte Verpackung',
        'Werkstoffzeugnisse 3.1 nach EN 10204 und Erstmusterprüfbericht zu jeder Serie',
        'Ein fester Ansprechpartner, der ihre Branche kennt',
      ],
      goals: [
        'Einen zweiten qualifizierten Lieferanten für kritische Drehteile aufbauen',
        'Lieferantenaudit und Freigabe innerhalb eines Quartals abschließen',
      ],
      pains: [
        'Lohnfertiger, die Sauberkeit und Dokumentation nicht ernst nehmen',
        'Zeugnisse müssen per E-Mail hinterhergefordert werden',
        'Lieferantenqualifizierung zieht sich über Monate',
      ],
      preferredChannels: ['Fachmesse und Fachvortrag', 'Werksbesichtigung', 'E-Mail', 'LinkedIn'],
    },
    {
      ref: P.sondermaschinenbau,
      name: 'Thomas Berger – Einkäufer Sondermaschinenbau',
      role: 'Operativer Einkäufer',
      industry: 'Sondermaschinenbau (Montage- und Prüfanlagen)',
      companySize: 'ca. 120 Mitarbeitende',
      description:
        'Kauft Einzelteile und Kleinstserien (1 bis 20 Stück) nach Zeichnung zu und fragt jedes Teil bei mehreren Lohnfertigern gleichzeitig an. Entscheidet meist über den Preis und den zugesagten Liefertermin; wer zuerst ein belastbares Angebot schickt, hat gute Chancen.',
      needs: [
        'Günstiger Preis',
        'Angebot innerhalb von 24 bis 48 Stunden',
        'Verbindlicher Liefertermin, weil die Montage auf die Teile wartet',
      ],
      goals: [
        'Drei vergleichbare Angebote pro Teil ohne Rückfragen',
        'Termintreue Lieferanten, weniger Eilaufträge',
      ],
      pains: [
        'Angebote dauern eine Woche oder kommen gar nicht',
        'Angebote verfallen wegen schwankender Materialpreise, bevor die Freigabe da ist',
        'Lieferverzug blockiert die Endmontage',
      ],
      preferredChannels: ['E-Mail', 'Online-Anfrage mit Zeichnungs-Upload', 'B2B-Plattformen', 'Telefon'],
    },
    {
      ref: P.konstrukteur,
      name: 'Jan Hoffmann – Konstrukteur / technischer Entscheider',
      role: 'Leiter Konstruktion',
      industry: 'Maschinen- und Anlagenbau',
      companySize: 'ca. 250 Mitarbeitende',
      description:
        'Klärt vor der Anfrage durch den Einkauf, ob ein Teil fertigbar ist, und empfiehlt dem Einkauf Lieferanten, die mitdenken. Schätzt Lohnfertiger, die fertigungsgerechte Änderungen vorschlagen, Toleranzen und Oberflächen realistisch einschätzen und Werkstoffalternativen kennen.',
      needs: [
        'Übersicht über Fertigungsverfahren, Maschinen, Werkstoffe und erreichbare Toleranzen',
        'Schnelle technische Rückmeldung zur Machbarkeit anhand der CAD-Daten',
        'Ansprechpartner aus der Fertigung, nicht nur aus dem Vertrieb',
      ],
      goals: [
        'Teile fertigungsgerecht und kostengünstig konstruieren',
        'Keine Überraschungen bei der Erstbemusterung',
      ],
      pains: [
        'Anfragen verschwinden im Einkauf, technische Rückfragen kommen zu spät',
        'Lieferanten sagen Toleranzen zu, die sie dann nicht halten',
      ],
      preferredChannels: [
        'Website (Fertigungsmöglichkeiten)',
        'Videokonferenz mit CAD-Bildschirmfreigabe',
        'Fachvortrag',
        'LinkedIn',
      ],
    },
    {
      ref: P.lebensmittel,
      name: 'Claudia Neumann – Einkauf und Qualität Lebensmitteltechnik',
      role: 'Einkäuferin mit Verantwortung für Lieferantenqualität',
      industry: 'Lebensmittel- und Verpackungsmaschinen',
      companySize: 'ca. 300 Mitarbeitende',
      description:
        'Braucht Dreh- und Frästeile aus besonderen nichtrostenden Stählen für produktberührende Baugruppen. Prüft bei jedem neuen Lieferanten, ob er die Werkstoffe sicher verarbeiten, hygienegerechte Oberflächen liefern und die nötigen Nachweise beibringen kann.',
      needs: [
        'Nichtrostende Stähle wie 1.4404 und 1.4571 mit Werkstoffnachweis',
        'Hygienegerechte Oberflächen mit dokumentierter Rauheit',
        'Konformitätsnachweise für Teile mit Lebensmittelkontakt',
      ],
      goals: ['Werkstoffverwechslungen ausschließen', 'Lieferanten mit Erfahrung im Hygienic Design finden'],
      pains: [
        'Lieferanten, die Edelstahl nicht sortenrein lagern und verarbeiten',
        'Fehlende Nachweise verzögern die Abnahme',
      ],
      preferredChannels: ['E-Mail', 'Telefon', 'Website (Werkstoffe)', 'Datenblätter'],
    },
    {
      ref: P.elektro,
      name: 'Markus Lehmann – Einkäufer Elektroindustrie',
      role: 'Einkäufer Mechanikteile',
      industry: 'Elektroindustrie (Schaltanlagen und Steckverbinder)',
      companySize: 'ca. 900 Mitarbeitende',
      description:
        'Bestellt Serienteile in wiederkehrenden Losen und legt Wert darauf, dass zu jeder Lieferung die geforderten Nachweise vorliegen, allen voran das Brennbarkeitszeugnis. Bevorzugt Rahmenverträge mit Abrufen und möchte Lieferstatus und Dokumente selbst abrufen können.',
      needs: [
        'Brennbarkeitszeugnis und weitere Nachweise zu jeder Lieferung',
        'Rahmenvertrag mit planbaren Abrufen',
        'Selbstständiger Zugriff auf Lieferstatus und Dokumente',
      ],
      goals: ['Beschaffungsaufwand für Wiederholteile senken', 'Lieferantenbewertung mit Kennzahlen belegen'],
      pains: ['Nachweise fehlen bei der Wareneingangsprüfung', 'Lieferstatus nur auf telefonische Nachfrage'],
      preferredChannels: ['Kundenportal', 'E-Mail', 'Telefon'],
    },
  ],

  touchpoints: [
    // ---------------------------------------------------------------- Attention
    {
      ref: 'tp-website',
      name: 'Website (Unternehmensauftritt)',
      catalogueKey: 'website',
      type: 'Website',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Ich suche nach einem Lohnfertiger für mein Teil und lande auf der Website. Ich will sofort sehen, ob Schmidt das fertigen kann: Verfahren, Werkstoffe, Toleranzen und Referenzen aus meiner Branche – und wie ich schnell an ein Angebot komme.',
      relevance: 5,
      momentThatMatters: true,
      checklistKind: 'website',
      phases: phases('attention', 'interest', 'desire'),
      personas: ALL_PERSONAS,
      impact: 5,
      effort: 3,
      current: {
        maturity: 'minimal',
        notes:
          'Relaunch 2019, responsiv und übersichtlich gegliedert; Grund-SEO für „CNC-Drehteile“ und „Lohnfertigung“ vorhanden. Anfrageformular und Rückrufbitte als Conversion-Points. Seit 2024 keine neuen Inhalte, Maschinenliste veraltet, keine Referenzen. Anfragen landen im Sammelpostfach statt im CRM.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Die Website beschreibt Problemlösungen aus Kundensicht (z. B. „Drehteile aus Titan für die Medizintechnik“), zeigt alle Fertigungsverfahren und bearbeitbaren Werkstoffe, Vergleichsprojekte sowie Kunden- und Produktreferenzen und führt in den Konfigurationsshop. Leads gehen automatisch ins CRM; das Nutzerverhalten wird mit Web-Analyse und CMS laufend ausgewertet und verbessert.',
        rating: 4,
      },
      checklist: [
        'website-minimal-appealing-structure',
        'website-minimal-seo',
        'website-good-conversion-points',
      ],
      ratings: [
        customer(
          3,
          'Ordentlich, aber ich finde nicht, bis zu welcher Toleranz Sie fertigen.',
          'J. Hoffmann (Maschinenbau)',
          '2026-03-04',
        ),
        customer(
          2,
          'Keine Referenzen aus der Medizintechnik – die brauchen wir für die Lieferantenbewertung.',
          'S. Krüger (Medizintechnik)',
          '2026-03-05',
        ),
        employee(
          3,
          'Wir verweisen am Telefon auf die Website und hoffen, dass keiner die Maschinenliste liest.',
          'Laura Becker',
          '2026-03-12',
        ),
      ],
      kpis: [
        {
          ref: 'k-website-besuche',
          name: 'Website-Besuche',
          unit: 'Besuche/Monat',
          direction: 'higher_is_better',
          targetValue: 2500,
          values: monthly2026([1180, 1090, 1320, 1275, 1240, 1160, 1050, 1130, 1410, 1530], 'import'),
        },
      ],
    },
    {
      ref: 'tp-suchmaschine',
      name: 'Google-Suche (SEO und Anzeigen)',
      catalogueKey: 'sem-suchmaschinen-marketing',
      type: 'Suchmaschine',
      medium: 'digital',
      directness: 'indirect',
      ownership: 'earned',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Wenn ich keinen Lieferanten für mein Problem kenne, suche ich zuerst bei Google. Wer mein Problem in meinen Worten beschreibt, bekommt den ersten Klick.',
      relevance: 4,
      phases: phases('attention'),
      personas: [P.sondermaschinenbau, P.konstrukteur, P.lebensmittel],
      impact: 4,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Gefunden wird Schmidt fast nur über den Firmennamen. Für „Titan Drehteile Kleinserie“ oder „Edelstahl 1.4404 fräsen“ nicht auf Seite 1. Keine Anzeigen geschaltet.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Landingpages je Branche und Werkstoff ranken für die zehn wichtigsten Suchbegriffe auf Seite 1; zu Messezeiten ergänzen gezielte Suchanzeigen in der Region.',
        rating: 4,
      },
      ratings: [
        employee(2, 'Neukunden sagen fast nie, dass sie uns gegoogelt haben.', 'Stefan Wagner', '2026-03-12'),
        customer(
          3,
          'Über die Suche habe ich Sie nur gefunden, weil ich den Namen von der Messe kannte.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
      ],
    },
    {
      ref: 'tp-linkedin',
      name: 'LinkedIn (Unternehmensseite und Mitarbeiterprofile)',
      catalogueKey: 'social-media',
      type: 'Social Media',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Nach der Messe schaue ich mir das LinkedIn-Profil an: Posten die regelmäßig über Projekte, neue Maschinen und ihren nächsten Messeauftritt? Dann wirkt die Firma lebendig.',
      relevance: 3,
      checklistKind: 'social_media',
      phases: phases('attention', 'interest', 'loyalty'),
      personas: [P.medtech, P.konstrukteur],
      impact: 3,
      effort: 2,
      current: {
        maturity: 'none',
        notes:
          'Unternehmensseite wird von Marketing gepflegt (etwa zwei Beiträge im Monat) und verlinkt auf die Website. Die Profile der Vertriebsmitarbeitenden sind uneinheitlich: teils ohne Firmenname, teils mit veralteter Position – deshalb formal noch nicht „Minimal“.',
        assessedBy: 'Julia Fischer',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'good',
        description:
          'Einheitliche Profile aller Kundenkontakt-Mitarbeitenden; Beiträge zu Projekten, Messen und virtuellem Rundgang werden vom Team geteilt, Kommentare und Anfragen innerhalb eines Arbeitstags beantwortet.',
        rating: 4,
      },
      checklist: [
        'social-media-minimal-active-management',
        'social-media-minimal-profiles',
        'social-media-good-link-website',
      ],
      ratings: [
        employee(
          3,
          'Die Beiträge zum neuen Bearbeitungszentrum kamen gut an, aber keiner aus dem Vertrieb teilt sie.',
          'Julia Fischer',
          '2026-05-20',
        ),
        customer(
          4,
          'Die Visitenkarte per QR-Code direkt auf LinkedIn – praktisch.',
          'S. Krüger (Medizintechnik)',
          '2026-06-03',
        ),
      ],
      kpis: [
        {
          ref: 'k-linkedin-follower',
          name: 'LinkedIn-Follower',
          unit: 'Follower',
          direction: 'higher_is_better',
          targetValue: 1000,
          values: monthly2026([412, 421, 447, 455, 468, 474, 481, 509, 548, 563], 'import'),
        },
      ],
    },
    {
      ref: 'tp-fachmesse',
      name: 'Fachmessen (Zulieferer- und Medizintechnik-Messen)',
      catalogueKey: 'trade-fair',
      type: 'Messe',
      medium: 'analog',
      directness: 'direct',
      ownership: 'paid',
      phaseClass: 'cip',
      department: 'Vertrieb',
      customerView:
        'Auf der Messe sehe ich Musterteile in die Hand und spreche direkt mit Leuten, die fertigen können. Wenn ich danach schnell eine Rückmeldung bekomme, bleibt der Kontakt hängen.',
      relevance: 5,
      momentThatMatters: true,
      phases: phases('attention', 'interest', 'desire'),
      personas: [P.medtech, P.sondermaschinenbau, P.konstrukteur],
      impact: 5,
      effort: 4,
      current: {
        maturity: 'good',
        notes:
          'Drei Messen pro Jahr mit eigenem Gemeinschaftsstand, Musterteile gut präsentiert. Bis Sommer 2026 wurden Kontakte auf Papier notiert und erst Wochen später nachgefasst; seit der Herbstmesse werden Visitenkarten per QR-Code direkt im CRM erfasst.',
        assessedBy: 'Stefan Wagner',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'excellent',
        description:
          'Jeder Messekontakt wird am Stand ins CRM erfasst und innerhalb von zwei Arbeitstagen mit passendem Inhalt (Fallstudie, Datenblatt) nachgefasst; Messeauftritte werden vorab auf LinkedIn und im Newsletter angekündigt.',
        rating: 5,
      },
      ratings: [
        customer(
          5,
          'Sehr kompetentes Gespräch am Stand, die Musterteile haben überzeugt.',
          'S. Krüger (Medizintechnik)',
          '2026-05-14',
        ),
        customer(
          3,
          'Gutes Gespräch, aber das versprochene Angebot kam erst nach drei Wochen.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-09',
        ),
        employee(
          4,
          'Der Stand bringt die meisten Neukunden – wenn wir konsequent nachfassen.',
          'Stefan Wagner',
          '2026-03-12',
        ),
      ],
      kpis: [
        {
          ref: 'k-messe-leads',
          name: 'Qualifizierte Messe-Leads (kumuliert 2026)',
          unit: 'Leads',
          direction: 'higher_is_better',
          targetValue: 60,
          values: monthly2026([0, 0, 9, 9, 17, 17, 17, 17, 46, 52]),
        },
      ],
    },
    {
      ref: 'tp-fachvortrag',
      name: 'Fachvortrag des Geschäftsführers',
      catalogueKey: 'conference-talk',
      type: 'Fachvortrag',
      medium: 'analog',
      directness: 'direct',
      ownership: 'earned',
      phaseClass: 'cip',
      department: 'Geschäftsführung',
      customerView:
        'Der Vortrag über Metallbeschaffenheit und -bearbeitung in der Medizintechnik hat mir gezeigt, dass der Chef weiß, worauf es bei uns ankommt. Danach habe ich ihn direkt angesprochen.',
      relevance: 4,
      phases: phases('attention', 'interest'),
      personas: [P.medtech, P.konstrukteur],
      impact: 4,
      effort: 3,
      current: {
        maturity: 'good',
        notes:
          'Michael Schmidt hält zwei bis drei Vorträge im Jahr auf Messe-Foren und Fachtagungen. Folien liegen nur als PowerPoint vor, kein Handout, keine Aufzeichnung.',
        assessedBy: 'Michael Schmidt',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Vorträge auch zur digitalen Customer Journey und zur papierlosen Fertigung; Handout und Aufzeichnung stehen per QR-Code auf der Website bereit.',
        rating: 5,
      },
      ratings: [
        customer(
          5,
          'Endlich ein Zulieferer, der die Anforderungen der Medizintechnik versteht.',
          'S. Krüger (Medizintechnik)',
          '2026-05-14',
        ),
        employee(4, 'Jeder Vortrag bringt zwei, drei ernsthafte Gespräche.', 'Michael Schmidt', '2026-05-20'),
      ],
    },
    {
      ref: 'tp-online-messe',
      name: 'Online-Messen und Fachkonferenzen',
      catalogueKey: 'online-messen',
      type: 'Online-Messe',
      medium: 'digital',
      directness: 'direct',
      ownership: 'paid',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Eine Online-Fachkonferenz kann ich vom Schreibtisch aus besuchen. Wenn Schmidt dort zeigt, wie ihre digitale Fertigung funktioniert, merke ich mir den Namen.',
      relevance: 2,
      phases: phases('attention', 'interest'),
      personas: [P.konstrukteur, P.sondermaschinenbau],
      impact: 2,
      effort: 3,
      current: {
        maturity: 'minimal',
        notes:
          'Einmalige Teilnahme an einer virtuellen Zuliefermesse 2025 mit zwei Kontakten; seitdem nicht wiederholt.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Ein bis zwei Online-Vorträge im Jahr, Aufzeichnung als Content für Website und Newsletter nutzen.',
      },
      ratings: [
        employee(
          2,
          'Aufwand hoch, Gespräche kaum – die virtuelle Halle war leer.',
          'Julia Fischer',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-b2b-plattformen',
      name: 'Einträge auf B2B-Plattformen',
      catalogueKey: 'externer-e-marketplace',
      type: 'Plattform',
      medium: 'digital',
      directness: 'indirect',
      ownership: 'paid',
      phaseClass: 'cip',
      department: 'Vertrieb',
      customerView:
        'Auf einer Beschaffungsplattform stelle ich meine Zeichnung einmal ein und bekomme mehrere Angebote. Ob dahinter Schmidt steht, ist mir zunächst egal.',
      relevance: 3,
      phases: phases('attention', 'interest'),
      personas: [P.sondermaschinenbau],
      impact: 2,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Bezahlter Eintrag in einem Lieferantenverzeichnis, Profil seit 2023 nicht aktualisiert. Über ein Fertigungsportal kommen gelegentlich Aufträge mit hohem Preisdruck.',
        assessedBy: 'Stefan Wagner',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'minimal',
        description:
          'Plattformen nur für Sichtbarkeit nutzen und auf die eigene Website verweisen; keine Abhängigkeit von einem Plattformbetreiber, der Preise und Mengen diktiert.',
      },
      ratings: [
        employee(
          2,
          'Die Plattformaufträge drücken die Marge, bringen aber Auslastung.',
          'Michael Schmidt',
          '2026-03-12',
        ),
        customer(
          3,
          'Bequem, aber ich weiß nie, wer das Teil am Ende fertigt.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
      ],
    },
    {
      ref: 'tp-empfehlung',
      name: 'Empfehlung durch Kunden und Geschäftspartner',
      catalogueKey: 'word-of-mouth',
      type: 'Mundpropaganda',
      medium: 'analog',
      directness: 'indirect',
      ownership: 'earned',
      phaseClass: 'ccrp',
      department: 'Geschäftsführung',
      customerView:
        'Ein Kollege aus einer anderen Firma hat mir Schmidt empfohlen: „Die sind nicht die Billigsten, aber die halten, was sie versprechen.“ So eine Empfehlung wiegt mehr als jede Anzeige.',
      relevance: 5,
      phases: phases('attention', 'advocacy'),
      personas: ALL_PERSONAS,
      impact: 5,
      effort: 4,
      current: {
        maturity: 'good',
        notes:
          'Schätzungsweise die Hälfte der Neukunden kommt über Empfehlungen. Wer empfohlen hat, wird nicht erfasst; Empfehlungen werden weder angestoßen noch bedankt.',
        assessedBy: 'Michael Schmidt',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Die Herkunft jedes Neukunden wird im CRM erfasst; zufriedene Kunden werden nach einem gelungenen Projekt gezielt um eine Empfehlung oder ein Referenzzitat gebeten.',
        rating: 5,
      },
      ratings: [
        employee(4, 'Unser bester Vertriebskanal – und wir tun nichts dafür.', 'Stefan Wagner', '2026-03-12'),
      ],
    },
    {
      ref: 'tp-print-katalog',
      name: 'Gedruckter Leistungskatalog',
      catalogueKey: 'catalogue-brochure',
      type: 'Printmedium',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Der Katalog liegt bei uns im Regal, aber die Maschinen darin gibt es teilweise nicht mehr.',
      relevance: 1,
      phases: phases('attention', 'interest'),
      personas: [P.sondermaschinenbau, P.elektro],
      impact: 1,
      effort: 3,
      current: {
        maturity: 'minimal',
        notes: 'Letzte Auflage 2021 (2.000 Stück), Restbestand im Lager.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'none',
        description: 'Ersetzt durch Datenblätter zum Download und den Messe-Flyer.',
      },
      retired: {
        at: '2026-04-01T08:00:00Z',
        reason:
          'Seit 2021 nicht aktualisiert, Maschinenpark veraltet dargestellt; Inhalte wandern in Datenblätter, Website und Messe-Flyer.',
      },
      ratings: [
        customer(
          2,
          'Veraltet, ich schaue lieber online nach.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
      ],
    },

    // ---------------------------------------------------------------- Interest
    {
      ref: 'tp-virtueller-rundgang',
      name: 'Virtueller Rundgang durch die Fertigung',
      catalogueKey: 'virtual-showroom',
      type: 'Virtual Showroom',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Marketing',
      customerView:
        'Bevor ich anreise, möchte ich mir ein Bild von der Halle machen: Wie sauber ist es, welche Maschinen stehen da, wie ist die Fertigung organisiert?',
      relevance: 3,
      phases: phases('interest', 'desire'),
      personas: [P.medtech, P.lebensmittel],
      impact: 3,
      effort: 4,
      current: {
        maturity: 'none',
        notes: 'Gibt es noch nicht. Es existieren nur einzelne Hallenfotos auf der Website.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          '360°-Rundgang durch die Halle mit Informationen an jeder Maschine zur papierlosen Fertigung, zur Organisation und zu den Mitarbeitenden; auf Website und LinkedIn eingebunden.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Würde mir die Vorauswahl vor dem Audit deutlich erleichtern.',
          'S. Krüger (Medizintechnik)',
          '2026-06-03',
        ),
      ],
    },
    {
      ref: 'tp-konfigurator',
      name: 'Konfigurationsshop mit Zeichnungs-Upload und Sofortangebot',
      catalogueKey: 'eigener-online-shop',
      type: 'Online-Shop',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Ich melde mich an, lade meine technische Zeichnung hoch und sehe sofort Preis, Machbarkeit, Verfügbarkeit und voraussichtliche Lieferzeit. Einfache Teile bestelle ich direkt.',
      relevance: 4,
      phases: phases('interest', 'desire', 'action', 'loyalty'),
      personas: [P.sondermaschinenbau, P.konstrukteur, P.elektro],
      impact: 5,
      effort: 5,
      current: {
        maturity: 'none',
        notes:
          'Gibt es noch nicht. Anfragen kommen per E-Mail mit PDF-Zeichnung; Kalkulation von Hand im ERP. Pilot für einfache Drehteile ist in Arbeit.',
        assessedBy: 'Daniel Wolf',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'excellent',
        description:
          'Nach Anmeldung mit Firma, Branche, Region, Name und E-Mail laden Kunden ihre Zeichnung hoch und erhalten automatisch ein Angebot inklusive Kosten, Machbarkeit, Verfügbarkeit, aktueller Kapazität und Lieferzeit. Das System prüft Branche, Wirtschaftlichkeit und Kapazität und leitet komplexe Anfragen an einen Mitarbeitenden weiter. Einfache Teile sind direkt bestellbar, Rahmenverträge abrufbar.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Wenn das so funktioniert wie bei den großen Fertigungsportalen, bestellen wir Standardteile nur noch so.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
        employee(
          3,
          'Große Chance, aber nur mit sauberen Kalkulationsregeln im ERP.',
          'Daniel Wolf',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-chatbot',
      name: 'Chatbot auf der Website',
      catalogueKey: 'chatbots',
      type: 'Chatbot',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Für einfache Fragen – „Bearbeiten Sie 1.4571?“, „Wo ist meine Lieferung?“ – will ich nicht anrufen. Bei komplizierten Dingen soll mich der Bot an einen Menschen weitergeben.',
      relevance: 2,
      phases: phases('interest', 'action'),
      personas: [P.sondermaschinenbau, P.lebensmittel],
      impact: 2,
      effort: 3,
      current: {
        maturity: 'none',
        notes: 'Nicht vorhanden.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'minimal',
        description:
          'Chatbot beantwortet Standardfragen zu Werkstoffen, Verfahren und Lieferstatus und übergibt komplexe Anliegen mit Verlauf an den Vertriebsinnendienst.',
      },
      ratings: [
        employee(
          2,
          'Erst wenn Website und Konfigurator stehen – vorher hat der Bot nichts zu sagen.',
          'Laura Becker',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-telefon',
      name: 'Telefon (Vertriebsinnendienst)',
      catalogueKey: 'phone',
      type: 'Telefon',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Wenn ich anrufe, will ich sofort jemanden erreichen, der mein Teil und meinen Auftrag kennt – und nicht dreimal verbunden werden.',
      relevance: 4,
      phases: phases('interest', 'desire', 'action', 'loyalty'),
      personas: ALL_PERSONAS,
      impact: 4,
      effort: 2,
      current: {
        maturity: 'good',
        notes:
          'Zwei Mitarbeitende im Innendienst, von 7 bis 16 Uhr erreichbar; technische Fragen werden an die Fertigung durchgestellt. Gespräche werden nicht im CRM dokumentiert.',
        assessedBy: 'Laura Becker',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Anrufer werden über die Rufnummer im CRM erkannt, jedes Gespräch mit Ergebnis dokumentiert; Rückruf spätestens am selben Tag.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Frau Becker weiß immer Bescheid, das schätzen wir sehr.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
        customer(
          3,
          'Freitags ab Mittag erreicht man niemanden.',
          'C. Neumann (Lebensmitteltechnik)',
          '2026-03-09',
        ),
        employee(
          4,
          'Persönlich sind wir stark, aber ohne Notizen im CRM geht Wissen verloren, wenn jemand Urlaub hat.',
          'Laura Becker',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-email-vertrieb',
      name: 'E-Mail-Kommunikation Vertrieb',
      catalogueKey: 'emails',
      type: 'E-Mail',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Anfragen, Zeichnungen, Rückfragen und Angebote laufen bei mir per E-Mail. Ich erwarte eine Eingangsbestätigung und einen Ansprechpartner mit Namen.',
      relevance: 4,
      checklistKind: 'email',
      phases: phases('interest', 'desire', 'action', 'loyalty'),
      personas: ALL_PERSONAS,
      impact: 4,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Kontakte im CRM gepflegt und für den Newsletter genutzt; Pflegeprozess für Kontaktdaten seit 2025 festgelegt. Anfragen gehen an ein Sammelpostfach ohne automatische Eingangsbestätigung; Öffnungen und Klicks werden nicht ausgewertet.',
        assessedBy: 'Stefan Wagner',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Jede Anfrage erhält sofort eine Eingangsbestätigung mit Ansprechpartner; Vertriebsmails werden über das CRM versendet und ausgewertet.',
        rating: 4,
      },
      checklist: [
        'email-minimal-address-database',
        'email-minimal-periodic-newsletter',
        'email-good-recipient-data-process',
      ],
      ratings: [
        customer(
          3,
          'Ich weiß nie, ob meine Anfrage angekommen ist.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
        employee(
          3,
          'Im Sammelpostfach fühlt sich bei Urlaub keiner zuständig.',
          'Laura Becker',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-terminbuchung',
      name: 'Online-Terminbuchung für Beratungsgespräche',
      type: 'Terminbuchung',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Vertrieb',
      customerView:
        'Bei intensivem Gesprächsbedarf sehe ich online, wann ein Ansprechpartner frei ist, und buche direkt einen Telefon- oder Videotermin – ohne E-Mail-Pingpong.',
      relevance: 2,
      phases: phases('interest', 'desire'),
      personas: [P.konstrukteur, P.medtech],
      impact: 2,
      effort: 1,
      current: {
        maturity: 'none',
        notes: 'Termine werden per E-Mail abgestimmt.',
        assessedBy: 'Laura Becker',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Buchungslink für Vertrieb und Anwendungstechnik auf Website, in E-Mail-Signaturen und im Angebot.',
      },
      ratings: [employee(3, 'Schnell umgesetzt, spart uns viele Mails.', 'Stefan Wagner', '2026-03-12')],
    },
    {
      ref: 'tp-videokonferenz',
      name: 'Videokonferenz zur technischen Klärung',
      catalogueKey: 'videokonferenzen-tool',
      type: 'Videokonferenz',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Produktion',
      customerView:
        'Ich teile mein CAD-Modell am Bildschirm und bespreche Toleranzen und Änderungen direkt mit jemandem aus der Fertigung. Das spart eine Anreise.',
      relevance: 4,
      phases: phases('interest', 'desire', 'loyalty'),
      personas: [P.konstrukteur, P.medtech],
      impact: 3,
      effort: 1,
      current: {
        maturity: 'good',
        notes:
          'Seit 2020 etabliert; Fertigungsleitung nimmt bei komplexen Teilen teil. Ergebnisse werden nicht strukturiert protokolliert.',
        assessedBy: 'Peter Richter',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Kurzprotokoll mit vereinbarten Änderungen landet automatisch am Vorgang im CRM und beim Kunden.',
        rating: 4,
      },
      ratings: [
        customer(
          5,
          'Herr Richter hat uns in 20 Minuten eine teure Toleranz ausgeredet – super.',
          'J. Hoffmann (Maschinenbau)',
          '2026-04-15',
        ),
        employee(4, 'Spart uns viele Rückfragen in der Arbeitsvorbereitung.', 'Peter Richter', '2026-03-12'),
      ],
    },

    // ---------------------------------------------------------------- Desire
    {
      ref: 'tp-messenger',
      name: 'Instant Messenger',
      catalogueKey: 'instant-messenger',
      type: 'Messenger',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Ein kurzes Foto vom Teil und eine schnelle Frage per Messenger – so arbeite ich auch mit meinen anderen Lieferanten.',
      relevance: 2,
      phases: phases('desire', 'action', 'loyalty'),
      personas: [P.sondermaschinenbau],
      impact: 2,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Einzelne Außendienstler nutzen private Messenger mit Stammkunden – nicht datenschutzkonform, nichts landet im CRM.',
        assessedBy: 'Stefan Wagner',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Geschäftlicher Messenger-Kanal mit Anbindung ans CRM und klaren Regeln, welche Inhalte dort besprochen werden.',
      },
      ratings: [
        employee(
          2,
          'Praktisch, aber wenn der Kollege krank ist, weiß niemand, was vereinbart wurde.',
          'Laura Becker',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-werksbesichtigung',
      name: 'Werksbesichtigung',
      catalogueKey: 'plant-tour',
      type: 'Betriebsbesichtigung',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Geschäftsführung',
      customerView:
        'Vor Ort sehe ich, wie sauber gearbeitet wird, wie die Rückverfolgbarkeit funktioniert und wer meine Teile fertigt. Erst danach vertraue ich einem neuen Lieferanten kritische Teile an.',
      relevance: 5,
      momentThatMatters: true,
      phases: phases('interest', 'desire'),
      personas: [P.medtech, P.lebensmittel, P.konstrukteur],
      impact: 5,
      effort: 2,
      current: {
        maturity: 'good',
        notes:
          'Seit Mai 2026 festes Besuchsprogramm für Neukunden aus Medizintechnik und Lebensmitteltechnik: Rundgang mit Geschäftsführer und QS, Vorführung der Chargenrückverfolgung, Besprechung der Spezifikationen.',
        assessedBy: 'Michael Schmidt',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'excellent',
        description:
          'Jeder hochwertige Neukunde wird zur Besichtigung eingeladen; Besuch wird mit individueller Agenda vorbereitet und mit Protokoll und Angebot innerhalb von drei Tagen nachbereitet.',
        rating: 5,
      },
      ratings: [
        customer(
          5,
          'Die Ordnung in der Halle und die Chargenverfolgung haben unser Audit-Team überzeugt.',
          'S. Krüger (Medizintechnik)',
          '2026-06-18',
        ),
        customer(
          4,
          'Gute Einblicke in die Edelstahlbearbeitung; Protokoll kam etwas spät.',
          'C. Neumann (Lebensmitteltechnik)',
          '2026-09-24',
        ),
        employee(5, 'Wer uns besucht hat, bestellt fast immer.', 'Michael Schmidt', '2026-10-08'),
      ],
    },
    {
      ref: 'tp-aussendienst',
      name: 'Außendienstbesuch und technische Beratung vor Ort',
      catalogueKey: 'field-sales-visit',
      type: 'Persönlicher Besuch',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Bei komplizierten oder teuren Aufträgen kommt jemand von Schmidt zu uns, schaut sich die Baugruppe an und bespricht die Anforderungen auf Augenhöhe.',
      relevance: 4,
      phases: phases('desire', 'action', 'loyalty'),
      personas: [P.medtech, P.elektro, P.konstrukteur],
      impact: 4,
      effort: 4,
      current: {
        maturity: 'good',
        notes:
          'Zwei Außendienstmitarbeiter, Besuche vor allem bei Bestandskunden. Besuchsberichte in Word-Dateien, nicht im CRM; Neukunden werden eher zufällig besucht.',
        assessedBy: 'Stefan Wagner',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Besuche werden nach Potenzial geplant (A-Kunden quartalsweise), vorbereitet mit der Historie aus dem CRM und dort dokumentiert; Neukunden mit großem Potenzial aktiv angesprochen.',
        rating: 5,
      },
      ratings: [
        customer(
          4,
          'Herr Wagner kennt unsere Teile, das spart viel Zeit.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
        employee(
          3,
          'Zu viel Zeit auf der Autobahn für Kunden, die auch per Video zufrieden wären.',
          'Stefan Wagner',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-ar-cad',
      name: 'AR-Darstellung des 3D-Modells',
      catalogueKey: 'augmented-reality',
      type: 'Augmented Reality',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cip',
      department: 'Produktion',
      customerView:
        'Das 3D-Modell aus meinem CAD-Programm detailgetreu im Raum zu sehen, hilft bei der Abstimmung von Spezifikationen – nett, aber für meine Drehteile nicht entscheidend.',
      relevance: 1,
      phases: phases('interest', 'desire'),
      personas: [P.konstrukteur],
      impact: 2,
      effort: 5,
      current: {
        maturity: 'none',
        notes: 'Nicht vorhanden, kein Bedarf von Kunden geäußert.',
        assessedBy: 'Peter Richter',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'none',
        description:
          'Bewusst zurückgestellt: Aufwand steht in keinem Verhältnis zum Nutzen bei Kleinserien-Drehteilen.',
      },
      ratings: [
        employee(
          1,
          'Für unsere Teile reicht die Bildschirmfreigabe im Videocall.',
          'Peter Richter',
          '2026-03-12',
        ),
      ],
    },
    {
      ref: 'tp-angebot',
      name: 'Angebot',
      catalogueKey: 'written-quote',
      type: 'Angebot',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Ich frage bei mehreren Lohnfertigern gleichzeitig an. Wer schnell ein vollständiges Angebot mit Preis, Liefertermin und Gültigkeit schickt, ist im Rennen – wer eine Woche braucht, nicht.',
      relevance: 5,
      momentThatMatters: true,
      phases: phases('desire', 'action'),
      personas: ALL_PERSONAS,
      impact: 5,
      effort: 3,
      current: {
        maturity: 'minimal',
        notes:
          'Kalkulation von Hand im ERP. Seit Juni Kalkulationsvorlagen je Werkstoff und Verfahren, dadurch Median von gut drei auf unter zwei Tage gesunken. Gültigkeit wegen volatiler Materialpreise nur 7 Tage, Nachfassen unregelmäßig.',
        assessedBy: 'Stefan Wagner',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'excellent',
        description:
          'Standardteile erhalten ihr Angebot automatisch aus dem Konfigurationsshop, alle übrigen innerhalb von 24 Stunden. Vor dem Versand prüft das System Branche, Wirtschaftlichkeit und Kapazität; komplexe Anfragen prüft ein Mitarbeitender manuell.',
        rating: 5,
      },
      ratings: [
        customer(
          2,
          'Bis das Angebot kam, hatten wir schon bestellt.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
        customer(
          4,
          'Seit dem Sommer deutlich schneller, weiter so.',
          'M. Lehmann (Elektroindustrie)',
          '2026-09-29',
        ),
        employee(
          3,
          'Die Vorlagen helfen, aber komplexe Teile blockieren weiter die Kalkulation.',
          'Laura Becker',
          '2026-10-08',
        ),
      ],
      kpis: [
        {
          ref: 'k-angebot-reaktionszeit',
          name: 'Reaktionszeit Angebot (Median)',
          unit: 'h',
          direction: 'lower_is_better',
          targetValue: 24,
          values: monthly2026([76, 80, 71, 64, 52, 41, 38, 31, 26, 22], 'import'),
        },
      ],
    },
    {
      ref: 'tp-angebot-nachfassen',
      name: 'Automatische Erinnerung vor Ablauf des Angebots',
      catalogueKey: 'emails',
      type: 'Automatisierte E-Mail',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Wenn ich mich nach einem Tag nicht gemeldet habe, erinnert mich Schmidt freundlich, dass das Angebot wegen der Materialpreise bald seine Gültigkeit verliert. So verpasse ich die Frist nicht.',
      relevance: 3,
      phases: phases('desire'),
      personas: [P.sondermaschinenbau, P.elektro],
      impact: 3,
      effort: 2,
      current: {
        maturity: 'none',
        notes:
          'Nachgefasst wird von Hand, wenn Zeit ist – meist gar nicht. Rund ein Drittel der Angebote verfällt ohne Antwort.',
        assessedBy: 'Laura Becker',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Das System schreibt einen Tag nach Angebotsversand automatisch an und weist auf das Ablaufdatum hin; Antworten landen beim zuständigen Innendienst.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Eine Erinnerung hätte uns zweimal eine Neuanfrage erspart.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
      ],
    },
    {
      ref: 'tp-referenzkunde',
      name: 'Referenzkunden und Referenzbesuche',
      catalogueKey: 'reference-customer',
      type: 'Referenz',
      medium: 'analog',
      directness: 'indirect',
      ownership: 'earned',
      phaseClass: 'ccrp',
      department: 'Geschäftsführung',
      customerView:
        'Bevor ich einen neuen Lieferanten freigebe, frage ich gern einen Kunden aus meiner Branche, wie die Zusammenarbeit läuft.',
      relevance: 4,
      phases: phases('desire', 'advocacy'),
      personas: [P.medtech, P.lebensmittel],
      impact: 4,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Zwei Bestandskunden stehen auf Nachfrage als Referenz bereit; keine schriftlichen Referenzzitate oder Fallstudien.',
        assessedBy: 'Michael Schmidt',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Je Zielbranche mindestens ein freigegebener Referenzkunde mit Fallstudie auf der Website und Bereitschaft zum Telefonat.',
        rating: 4,
      },
      ratings: [
        employee(3, 'Unsere Kunden sind zufrieden, aber fragen wir sie je?', 'Michael Schmidt', '2026-03-12'),
      ],
    },

    // ---------------------------------------------------------------- Action
    {
      ref: 'tp-auftragsbestaetigung',
      name: 'Auftragsbestätigung',
      catalogueKey: 'order-confirmation',
      type: 'Dokument',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Vertrieb',
      customerView:
        'Nach der Bestellung will ich am selben Tag eine Bestätigung mit verbindlichem Liefertermin, Werkstoff und geforderten Zeugnissen.',
      relevance: 3,
      phases: phases('action'),
      personas: [P.sondermaschinenbau, P.elektro, P.medtech],
      impact: 3,
      effort: 1,
      current: {
        maturity: 'good',
        notes:
          'AB aus dem ERP als PDF per E-Mail, meist am selben oder nächsten Tag. Geforderte Zeugnisse werden nicht immer aufgeführt.',
        assessedBy: 'Laura Becker',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'AB am selben Tag mit Liefertermin und vollständiger Liste der mitgelieferten Nachweise; zusätzlich im Kundenportal abrufbar.',
      },
      ratings: [
        customer(
          4,
          'Kommt zuverlässig, nur die Zeugnisse fehlen manchmal in der AB.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
      ],
    },
    {
      ref: 'tp-rechnung-zahlung',
      name: 'Rechnung und digitale Bezahlung',
      catalogueKey: 'digitale-bezahlsysteme',
      type: 'Bezahlung',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Buchhaltung',
      customerView:
        'Die Rechnung soll als E-Rechnung direkt in unsere Buchhaltung laufen; bei Erstaufträgen über den Shop will ich sofort online bezahlen können.',
      relevance: 2,
      phases: phases('action'),
      personas: [P.sondermaschinenbau, P.elektro],
      impact: 2,
      effort: 3,
      current: {
        maturity: 'minimal',
        notes: 'PDF-Rechnung per E-Mail, Bezahlung per Überweisung. E-Rechnungsformat noch nicht eingeführt.',
        assessedBy: 'Monika Schulz',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'E-Rechnung im strukturierten Format für alle Kunden; Online-Bezahlung für Aufträge aus dem Konfigurationsshop.',
      },
      ratings: [
        customer(
          3,
          'Unsere Buchhaltung fragt nach einer E-Rechnung.',
          'M. Lehmann (Elektroindustrie)',
          '2026-09-29',
        ),
      ],
    },
    {
      ref: 'tp-lieferung',
      name: 'Verpackung und Lieferung',
      catalogueKey: 'packaging-delivery',
      type: 'Lieferung',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Logistik',
      customerView:
        'Die Teile kommen pünktlich, sauber verpackt und mit allen Papieren. Liegt ein Termin nicht mehr, will ich es vorher erfahren – nicht am Wareneingang.',
      relevance: 5,
      momentThatMatters: true,
      phases: phases('action', 'loyalty'),
      personas: ALL_PERSONAS,
      impact: 5,
      effort: 3,
      current: {
        maturity: 'good',
        notes:
          'Liefertermintreue Anfang 2026 bei 85–87 %, seit der wöchentlichen Engpassrunde über 90 %. Verpackung für Medizintechnik in Folie einzeln verschweißt. Verzögerungen werden selten proaktiv gemeldet.',
        assessedBy: 'Mehmet Yilmaz',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'excellent',
        description:
          'Mindestens 95 % termintreue Lieferungen; jede Terminverschiebung wird automatisch und vor dem Termin gemeldet.',
        rating: 5,
      },
      ratings: [
        customer(
          3,
          'Zweimal kam die Lieferung zu spät, ohne dass wir informiert wurden.',
          'T. Berger (Sondermaschinenbau)',
          '2026-04-02',
        ),
        customer(5, 'Verpackung und Sauberkeit vorbildlich.', 'S. Krüger (Medizintechnik)', '2026-09-30'),
        employee(4, 'Die Engpassrunde mit der Fertigung wirkt.', 'Mehmet Yilmaz', '2026-10-08'),
      ],
      kpis: [
        {
          ref: 'k-liefertermintreue',
          name: 'Liefertermintreue',
          unit: '%',
          direction: 'higher_is_better',
          targetValue: 95,
          values: monthly2026([86.5, 84, 87.2, 88.1, 86.9, 89.4, 90.8, 88.7, 93.6, 95.4], 'import'),
        },
      ],
    },
    {
      ref: 'tp-sendungsverfolgung',
      name: 'Sendungsverfolgung und Lieferstatus',
      catalogueKey: 'track-and-trace-sendungsverfolgung',
      type: 'Track and Trace',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Logistik',
      customerView:
        'Mit dem Versand bekomme ich einen Tracking-Code auf meinem bevorzugten Kanal und werde automatisch informiert, wenn sich der Lieferstatus ändert.',
      relevance: 3,
      phases: phases('action', 'loyalty'),
      personas: [P.elektro, P.sondermaschinenbau],
      impact: 3,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Tracking-Nummer des Paketdienstes nur auf telefonische Nachfrage; Speditionssendungen ohne Status.',
        assessedBy: 'Mehmet Yilmaz',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Versandavis mit Tracking-Link automatisch per E-Mail, Statusänderungen im Kundenportal sichtbar.',
        rating: 4,
      },
      ratings: [
        customer(
          2,
          'Ich muss jedes Mal anrufen, um zu erfahren, wo die Teile sind.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
      ],
    },
    {
      ref: 'tp-kundenportal',
      name: 'Kundenportal (Serviceportal)',
      catalogueKey: 'service-plattformen',
      type: 'Serviceportal',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Vertrieb',
      customerView:
        'Im Portal sehe ich alle meine Anfragen, Angebote, Aufträge und Lieferzeiten auf einen Blick und lade die Zeugnisse zu jeder Lieferung selbst herunter.',
      relevance: 4,
      phases: phases('action', 'loyalty', 'advocacy'),
      personas: [P.elektro, P.medtech, P.lebensmittel],
      impact: 4,
      effort: 5,
      current: {
        maturity: 'none',
        notes: 'Nicht vorhanden; alles läuft über E-Mail und Telefon.',
        assessedBy: 'Daniel Wolf',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Alle Informationen zu Einkauf, Lieferzeiten, Anfragen, Angeboten und Aufträgen sind grafisch aufbereitet einsehbar; Werkstoff- und Prüfzeugnisse je Lieferung zum Download; Feedback direkt im Portal.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Das wäre für unsere Wareneingangsprüfung eine echte Erleichterung.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
        employee(3, 'Nur sinnvoll, wenn ERP und CRM sauber angebunden sind.', 'Daniel Wolf', '2026-03-12'),
      ],
    },
    {
      ref: 'tp-zeugnisse',
      name: 'Werkstoff- und Prüfzeugnisse',
      type: 'Dokument',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'cpos',
      department: 'Qualitätssicherung',
      customerView:
        'Zu jeder Lieferung brauche ich die geforderten Nachweise – Werkstoffzeugnis 3.1, Erstmusterprüfbericht, bei Elektroteilen das Brennbarkeitszeugnis. Fehlt eines, steht die Ware im Sperrlager.',
      relevance: 5,
      phases: phases('action', 'loyalty'),
      personas: [P.medtech, P.lebensmittel, P.elektro],
      impact: 4,
      effort: 2,
      current: {
        maturity: 'good',
        notes:
          'Zeugnisse werden in Papierform den Lieferpapieren beigelegt und eingescannt archiviert. Rund 5 % der Lieferungen mit fehlendem oder falschem Nachweis (Reklamationsauswertung 2025).',
        assessedBy: 'Andreas Koch',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Nachweise werden je Auftrag aus dem ERP geprüft und digital bereitgestellt; keine Lieferung ohne vollständige Dokumentation.',
        rating: 5,
      },
      ratings: [
        customer(
          3,
          'Das Brennbarkeitszeugnis mussten wir zweimal nachfordern.',
          'M. Lehmann (Elektroindustrie)',
          '2026-03-06',
        ),
        customer(
          4,
          'Die 3.1-Zeugnisse sind vollständig und lesbar.',
          'C. Neumann (Lebensmitteltechnik)',
          '2026-03-09',
        ),
        employee(
          3,
          'Die Zuordnung von Papierzeugnis zu Charge kostet uns viel Zeit.',
          'Andreas Koch',
          '2026-03-12',
        ),
      ],
    },

    // ---------------------------------------------------------------- Loyalty
    {
      ref: 'tp-newsletter',
      name: 'Newsletter „Schmidt aktuell“',
      catalogueKey: 'newsletter-email',
      type: 'Newsletter',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Marketing',
      customerView:
        'Einmal im Monat erfahre ich, welche neuen Maschinen und Fertigungsmöglichkeiten es gibt, wann die nächste Messe ist und was die Metallpreise machen – wenn es zu meiner Branche passt.',
      relevance: 3,
      checklistKind: 'email',
      phases: phases('interest', 'loyalty'),
      personas: [P.konstrukteur, P.sondermaschinenbau, P.medtech],
      impact: 3,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes:
          'Monatlich seit Januar 2026 an rund 900 Kontakte, ein Inhalt für alle Branchen. Öffnungen, Klicks, An- und Abmeldungen werden im Versandtool ausgewertet; es gibt keinen Prozess für die Pflege der Empfängerdaten und keine Segmentierung.',
        assessedBy: 'Julia Fischer',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'good',
        description:
          'Segmentiert nach Branche (Medizintechnik, Lebensmitteltechnik, Maschinenbau, Elektro); Inhalte wie Metallpreis-Entwicklung, Innovationen am Markt und Vergleiche von Maschinen und Fertigungssoftware; Empfängerdaten werden laufend gepflegt.',
        rating: 4,
      },
      checklist: [
        'email-minimal-address-database',
        'email-minimal-periodic-newsletter',
        'email-good-track-subscriptions-opens-bounces',
        'email-good-track-clicks',
      ],
      ratings: [
        customer(
          4,
          'Der Artikel zu den Titanpreisen war hilfreich für unsere Budgetplanung.',
          'S. Krüger (Medizintechnik)',
          '2026-06-03',
        ),
        customer(
          2,
          'Für uns als Maschinenbauer oft zu viel Medizintechnik.',
          'J. Hoffmann (Maschinenbau)',
          '2026-09-17',
        ),
        employee(
          3,
          'Die Themen gehen uns nicht aus, die Zeit zum Schreiben schon.',
          'Julia Fischer',
          '2026-10-08',
        ),
      ],
      kpis: [
        {
          ref: 'k-newsletter-oeffnungsrate',
          name: 'Newsletter-Öffnungsrate (unique)',
          unit: '%',
          direction: 'higher_is_better',
          targetValue: 35,
          values: monthly2026([27.4, 29.1, 28.3, 26.0, 24.8, 25.5, 22.3, 23.9, 31.6, 30.2], 'import'),
        },
      ],
    },
    {
      ref: 'tp-rahmenvertrag',
      name: 'Rahmenverträge und Abrufaufträge',
      type: 'Vertrag',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Geschäftsführung',
      customerView:
        'Unsere Kleinserien bestellen wir immer wieder im gleichen Rhythmus. Mit einem Rahmenvertrag liegen die Teile vorproduziert bereit und ich rufe sie nur noch ab.',
      relevance: 4,
      phases: phases('loyalty'),
      personas: [P.elektro, P.medtech],
      impact: 4,
      effort: 2,
      current: {
        maturity: 'good',
        notes:
          'Rahmenverträge mit sechs Stammkunden, im persönlichen Gespräch verhandelt. Vorproduktion in Leerlaufzeiten wird nur informell genutzt; Abrufe per E-Mail.',
        assessedBy: 'Michael Schmidt',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Wiederkehrende Kleinserien werden aktiv erkannt und Rahmenverträge angeboten, im persönlichen Gespräch oder im Konfigurationsshop; Leerläufe in der Produktion werden gezielt für Vorproduktion auf Abruf genutzt.',
        rating: 5,
      },
      ratings: [
        customer(
          5,
          'Seit dem Rahmenvertrag haben wir keinen Engpass mehr gehabt.',
          'M. Lehmann (Elektroindustrie)',
          '2026-09-29',
        ),
        employee(4, 'Planbare Auslastung – davon brauchen wir mehr.', 'Peter Richter', '2026-03-12'),
      ],
    },
    {
      ref: 'tp-reklamation',
      name: 'Reklamationsbearbeitung (8D-Report)',
      catalogueKey: 'complaint-handling',
      type: 'Reklamation',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Qualitätssicherung',
      customerView:
        'Wenn ein Teil nicht passt, will ich innerhalb von 24 Stunden eine Sofortmaßnahme und danach einen nachvollziehbaren 8D-Report – ohne Diskussion.',
      relevance: 4,
      phases: phases('loyalty', 'advocacy'),
      personas: [P.medtech, P.elektro, P.lebensmittel],
      impact: 4,
      effort: 3,
      current: {
        maturity: 'good',
        notes:
          'Reklamationen zentral in der QS, 8D-Reports auf Anforderung. Sofortmaßnahme im Schnitt nach 2 Arbeitstagen.',
        assessedBy: 'Andreas Koch',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'excellent',
        description:
          'Sofortmaßnahme innerhalb von 24 Stunden, 8D-Report innerhalb von 10 Arbeitstagen; Erkenntnisse fließen in die Kalkulation und Fertigung zurück.',
        rating: 4,
      },
      ratings: [
        customer(
          4,
          'Fair und gründlich, aber die Sofortmaßnahme hat gedauert.',
          'S. Krüger (Medizintechnik)',
          '2026-07-08',
        ),
        employee(4, 'Wir lösen jede Reklamation, aber zu spät für die Kunden.', 'Andreas Koch', '2026-03-12'),
      ],
    },
    {
      ref: 'tp-kundenveranstaltung',
      name: 'Technologietag für Kunden',
      catalogueKey: 'customer-event',
      type: 'Veranstaltung',
      medium: 'analog',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Marketing',
      customerView:
        'Einmal im Jahr lädt Schmidt zu einem Technologietag ein: neue Maschinen live, Fachvorträge und Austausch mit anderen Kunden.',
      relevance: 3,
      phases: phases('interest', 'loyalty', 'advocacy'),
      personas: [P.konstrukteur, P.medtech],
      impact: 3,
      effort: 4,
      current: {
        maturity: 'minimal',
        notes: 'Zuletzt 2024 zum Firmenjubiläum; kein fester Turnus.',
        assessedBy: 'Julia Fischer',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Jährlicher Technologietag mit Kundenvortrag; Bestandskunden dürfen Interessenten mitbringen.',
      },
      ratings: [
        customer(4, 'Das Jubiläum war toll – gern regelmäßig.', 'J. Hoffmann (Maschinenbau)', '2026-04-15'),
      ],
    },

    // ---------------------------------------------------------------- Advocacy
    {
      ref: 'tp-bewertungen',
      name: 'Bewertungen auf Bewertungsplattformen',
      catalogueKey: 'bewertungsportale',
      type: 'Bewertungsportal',
      medium: 'digital',
      directness: 'indirect',
      ownership: 'earned',
      phaseClass: 'ccrp',
      department: 'Marketing',
      customerView:
        'Vor der Anfrage schaue ich, was andere über Schmidt sagen. Nach einem guten Projekt teile ich meine Erfahrung gern – wenn es mit zwei Klicks geht.',
      relevance: 2,
      phases: phases('desire', 'advocacy'),
      personas: [P.sondermaschinenbau],
      impact: 2,
      effort: 2,
      current: {
        maturity: 'minimal',
        notes: 'Fünf Google-Bewertungen, davon drei von Bewerbern. Von der Website nicht verlinkt.',
        assessedBy: 'Julia Fischer',
        assessedAt: REVIEW,
      },
      target: {
        maturity: 'minimal',
        description:
          'Bewertungsplattform von der Website verlinkt; Kundenbewertungen werden innerhalb einer Woche beantwortet.',
      },
      ratings: [
        employee(
          2,
          'Unsere B2B-Kunden bewerten nicht öffentlich – Referenzzitate bringen mehr.',
          'Stefan Wagner',
          '2026-10-08',
        ),
      ],
    },
    {
      ref: 'tp-feedback',
      name: 'Feedback und Verbesserungsvorschläge auf der Website',
      type: 'Feedback-Formular',
      medium: 'digital',
      directness: 'direct',
      ownership: 'owned',
      phaseClass: 'csp',
      department: 'Qualitätssicherung',
      customerView:
        'Nach der Lieferung möchte ich kurz sagen können, wie die Zusammenarbeit lief und was besser werden sollte – und merken, dass jemand das liest.',
      relevance: 3,
      phases: phases('loyalty', 'advocacy'),
      personas: ALL_PERSONAS,
      impact: 3,
      effort: 2,
      current: {
        maturity: 'none',
        notes: 'Keine strukturierte Kundenbefragung; Feedback nur zufällig im Gespräch mit dem Außendienst.',
        assessedBy: 'Andreas Koch',
        assessedAt: WORKSHOP,
      },
      target: {
        maturity: 'good',
        description:
          'Kurzbefragung nach Abschluss jedes Erstauftrags und einmal jährlich für Stammkunden; Feedback und Verbesserungsvorschläge auf der Website, Auswertung im Quartal.',
        rating: 4,
      },
      ratings: [
        employee(
          3,
          'Wir wissen ehrlich gesagt nicht, wie zufrieden unsere Kunden sind.',
          'Andreas Koch',
          '2026-03-12',
        ),
      ],
    },
  ],

  // The two journeys of the case: a trade-fair contact and a website visit that become an order, and
  // what follows the delivery.
  touchpointLinks: [
    { from: 'tp-fachmesse', to: 'tp-angebot', label: 'Messekontakt fragt am Stand ein Angebot an' },
    { from: 'tp-fachvortrag', to: 'tp-werksbesichtigung', label: 'Zuhörer vereinbaren eine Werksführung' },
    { from: 'tp-werksbesichtigung', to: 'tp-angebot', label: 'Nach dem Rundgang kommt die Anfrage' },
    { from: 'tp-suchmaschine', to: 'tp-website', label: 'Suche nach Verfahren und Werkstoff' },
    { from: 'tp-linkedin', to: 'tp-website', label: 'Beiträge verlinken auf Referenzprojekte' },
    { from: 'tp-website', to: 'tp-telefon', label: 'Kontaktformular, Rückruf durch den Vertrieb' },
    { from: 'tp-telefon', to: 'tp-angebot', label: 'Anfrage mit Zeichnung' },
    { from: 'tp-angebot', to: 'tp-angebot-nachfassen', label: 'Nachfassen nach drei Tagen' },
    { from: 'tp-angebot-nachfassen', to: 'tp-auftragsbestaetigung', label: 'Auftrag erteilt' },
    { from: 'tp-auftragsbestaetigung', to: 'tp-lieferung', label: 'Fertigung und Versand' },
    { from: 'tp-lieferung', to: 'tp-feedback', label: 'Zufriedenheitsbefragung nach der Lieferung' },
    {
      from: 'tp-feedback',
      to: 'tp-bewertungen',
      label: 'Zufriedene Kunden werden um eine Bewertung gebeten',
    },
  ],

  measures: [
    {
      title: 'Kalkulationsvorlagen je Werkstoff und Verfahren einführen',
      description:
        'Vorlagen für die zehn häufigsten Teilefamilien im ERP hinterlegen, damit Standardangebote ohne Rückfrage bei der Arbeitsvorbereitung erstellt werden können.',
      owner: 'Stefan Wagner',
      dueDate: '2026-06-30',
      status: 'done',
      effort: 2,
      expectedImpact: 4,
      kpi: 'k-angebot-reaktionszeit',
      touchpoints: ['tp-angebot'],
    },
    {
      title: 'Konfigurationsshop mit Zeichnungs-Upload – Pilot für Drehteile',
      description:
        'Pilot mit automatischer Angebotserstellung für rotationssymmetrische Teile bis Ø 65 mm aus Stahl, Edelstahl und Aluminium. Prüfung von Branche, Wirtschaftlichkeit und Kapazität im System, Übergabe komplexer Anfragen an den Innendienst.',
      owner: 'Daniel Wolf',
      dueDate: '2027-06-30',
      status: 'in_progress',
      effort: 5,
      expectedImpact: 5,
      kpi: 'k-angebot-reaktionszeit',
      touchpoints: ['tp-konfigurator', 'tp-website', 'tp-angebot'],
    },
    {
      title: 'Website-Relaunch: Fertigungsmöglichkeiten, Werkstoffe und Referenzen aus Kundensicht',
      description:
        'Landingpages je Branche und Werkstoff, aktuelle Maschinenliste mit erreichbaren Toleranzen, Referenzprojekte; Kontaktformulare mit Übergabe ins CRM.',
      owner: 'Julia Fischer',
      dueDate: '2026-09-30',
      status: 'in_progress',
      effort: 4,
      expectedImpact: 5,
      kpi: 'k-website-besuche',
      touchpoints: ['tp-website', 'tp-suchmaschine', 'tp-referenzkunde'],
    },
    {
      title: 'Automatische Angebotserinnerung nach einem Tag',
      description:
        'Das CRM schreibt Kunden einen Tag nach dem Angebotsversand an und weist auf die kurze Gültigkeit wegen der Materialpreise hin.',
      owner: 'Laura Becker',
      dueDate: '2026-10-31',
      status: 'planned',
      effort: 2,
      expectedImpact: 3,
      touchpoints: ['tp-angebot-nachfassen', 'tp-angebot', 'tp-email-vertrieb'],
    },
    {
      title: 'Newsletter nach Branchen segmentieren',
      description:
        'Empfänger nach Branche kennzeichnen, Pflegeprozess für Abmeldungen und Ansprechpartnerwechsel festlegen, Inhalte je Segment planen.',
      owner: 'Julia Fischer',
      dueDate: '2027-03-31',
      status: 'planned',
      effort: 3,
      expectedImpact: 3,
      kpi: 'k-newsletter-oeffnungsrate',
      touchpoints: ['tp-newsletter'],
    },
    {
      title: 'Besuchsprogramm Werksbesichtigung für Medizintechnik-Neukunden',
      description:
        'Fester Ablauf mit Geschäftsführer und QS: Sauberkeit, Chargenrückverfolgung und Zeugniswesen zeigen, Spezifikationen vor Ort besprechen, Protokoll und Angebot innerhalb von drei Tagen.',
      owner: 'Michael Schmidt',
      dueDate: '2026-05-31',
      status: 'done',
      effort: 2,
      expectedImpact: 5,
      touchpoints: ['tp-werksbesichtigung', 'tp-zeugnisse'],
    },
    {
      title: 'Kundenportal mit Auftragsstatus und Zeugnis-Download',
      description:
        'Portal auf Basis von ERP und CRM: Anfragen, Angebote, Aufträge, Liefertermine und Werkstoff- bzw. Prüfzeugnisse je Lieferung.',
      owner: 'Daniel Wolf',
      dueDate: '2027-09-30',
      status: 'planned',
      effort: 5,
      expectedImpact: 4,
      touchpoints: ['tp-kundenportal', 'tp-zeugnisse', 'tp-sendungsverfolgung'],
    },
    {
      title: 'Messekontakte per QR-Code direkt im CRM erfassen',
      description:
        'Visitenkarten und LinkedIn-Kontakte am Stand per App erfassen, Nachfassaufgabe mit Frist von zwei Arbeitstagen automatisch anlegen.',
      owner: 'Stefan Wagner',
      dueDate: '2026-09-01',
      status: 'done',
      effort: 2,
      expectedImpact: 4,
      kpi: 'k-messe-leads',
      touchpoints: ['tp-fachmesse', 'tp-linkedin'],
    },
    {
      title: 'LinkedIn-Profile im Vertrieb vereinheitlichen',
      description:
        'Einheitliche Positionsbezeichnungen, Firmenname und Kontaktdaten; jede Woche teilt mindestens ein Vertriebsmitarbeitender einen Unternehmensbeitrag.',
      owner: 'Julia Fischer',
      dueDate: '2026-07-31',
      status: 'in_progress',
      effort: 1,
      expectedImpact: 2,
      kpi: 'k-linkedin-follower',
      touchpoints: ['tp-linkedin'],
    },
    {
      title: 'Versandavis mit Tracking-Link automatisch per E-Mail',
      description:
        'Beim Buchen des Lieferscheins geht automatisch ein Versandavis mit Tracking-Link an den Besteller.',
      owner: 'Mehmet Yilmaz',
      dueDate: '2026-12-15',
      status: 'in_progress',
      effort: 2,
      expectedImpact: 3,
      touchpoints: ['tp-sendungsverfolgung', 'tp-lieferung'],
    },
    {
      title: 'Wöchentliche Engpassrunde Fertigung und Vertrieb',
      description:
        'Jeden Montag gleichen Fertigungsleitung, Innendienst und Logistik gefährdete Liefertermine ab; Kunden werden bei Verschiebung vor dem Termin informiert.',
      owner: 'Peter Richter',
      dueDate: '2026-08-31',
      status: 'done',
      effort: 1,
      expectedImpact: 4,
      kpi: 'k-liefertermintreue',
      touchpoints: ['tp-lieferung'],
    },
    {
      title: 'Zufriedene Kunden um Google-Bewertungen bitten',
      description:
        'Verworfen: B2B-Einkäufer bewerten Lieferanten kaum öffentlich. Stattdessen Referenzzitate und Fallstudien mit freigegebenen Referenzkunden.',
      owner: 'Stefan Wagner',
      dueDate: '2026-04-30',
      status: 'dropped',
      effort: 1,
      expectedImpact: 1,
      touchpoints: ['tp-bewertungen', 'tp-referenzkunde'],
    },
  ],

  contentAssets: [
    {
      title: 'Fallstudie: Titan-Kleinserie für chirurgische Instrumente',
      kind: 'Fallstudie',
      description:
        'Vom Erstmuster zur freigegebenen Serie in zwölf Wochen, mit Chargenrückverfolgung und Reinigungskonzept.',
      mappings: [
        { persona: P.medtech, phase: 'aidala:interest' },
        { persona: P.medtech, phase: 'aidala:desire' },
      ],
    },
    {
      title: 'Datenblatt Drehen: Durchmesser, Toleranzen, Werkstoffe',
      kind: 'Datenblatt',
      description:
        'Drehbereich bis Ø 65 mm Stangendurchmesser, erreichbare Toleranzen und Oberflächen, bearbeitbare Werkstoffe.',
      mappings: [
        { persona: P.konstrukteur, phase: 'aidala:interest' },
        { persona: P.sondermaschinenbau, phase: 'aidala:interest' },
      ],
    },
    {
      title: 'Datenblatt 5-Achs-Fräsen',
      kind: 'Datenblatt',
      description: 'Arbeitsraum, Genauigkeiten und typische Bauteile der 5-Achs-Bearbeitung.',
      mappings: [{ persona: P.konstrukteur, phase: 'aidala:interest' }],
    },
    {
      title: 'Werkstoffübersicht nichtrostende Stähle',
      kind: 'Datenblatt',
      description:
        'Eigenschaften und Einsatzgebiete von 1.4301, 1.4404 und 1.4571, hygienegerechte Oberflächen und verfügbare Nachweise.',
      mappings: [
        { persona: P.lebensmittel, phase: 'aidala:interest' },
        { persona: P.lebensmittel, phase: 'aidala:desire' },
      ],
    },
    {
      title: 'Referenzvideo: Vom Rohteil zum Implantat-Bauteil',
      kind: 'Referenzvideo',
      description: 'Dreiminütiger Film durch die Fertigung, gedreht für Messe, Website und LinkedIn.',
      mappings: [
        { persona: P.medtech, phase: 'aidala:attention' },
        { persona: P.konstrukteur, phase: 'aidala:attention' },
      ],
    },
    {
      title: 'Whitepaper: Metallpreise verstehen – warum Angebote nur kurz gelten',
      kind: 'Whitepaper',
      description:
        'Erklärt die Volatilität der Metallpreise, Materialzuschläge und wie Rahmenverträge Preisrisiken abfedern.',
      mappings: [
        { persona: P.sondermaschinenbau, phase: 'aidala:desire' },
        { persona: P.sondermaschinenbau, phase: 'aidala:loyalty' },
        { persona: P.elektro, phase: 'aidala:loyalty' },
      ],
    },
    {
      title: 'Messe-Flyer 2026',
      kind: 'Messe-Flyer',
      description:
        'Leistungsübersicht mit QR-Code zu Website, LinkedIn und Terminbuchung; ersetzt den gedruckten Katalog.',
      mappings: [
        { persona: P.medtech, phase: 'aidala:attention' },
        { persona: P.sondermaschinenbau, phase: 'aidala:attention' },
      ],
    },
    {
      title: 'Vortragsfolien: Metallbearbeitung in der Medizintechnik',
      kind: 'Präsentation',
      description: 'Folien zum Fachvortrag des Geschäftsführers, als Handout per QR-Code.',
      mappings: [
        { persona: P.medtech, phase: 'aidala:attention' },
        { persona: P.konstrukteur, phase: 'aidala:interest' },
      ],
    },
    {
      title: 'Qualitäts- und Zertifikatsmappe',
      kind: 'Dokumentation',
      description:
        'ISO-9001-Zertifikat, Beispiele für Werkstoff- und Prüfzeugnisse, Ablauf der Chargenrückverfolgung, Brennbarkeitsnachweise.',
      mappings: [
        { persona: P.medtech, phase: 'aidala:desire' },
        { persona: P.lebensmittel, phase: 'aidala:desire' },
        { persona: P.elektro, phase: 'aidala:desire' },
      ],
    },
    {
      title: 'Checkliste: Anfrage richtig stellen',
      kind: 'Checkliste',
      description:
        'Welche Angaben (Zeichnung, Werkstoff, Stückzahl, Zeugnisse, Wunschtermin) wir für ein Angebot in 24 Stunden brauchen.',
      mappings: [
        { persona: P.sondermaschinenbau, phase: 'aidala:action' },
        { persona: P.elektro, phase: 'aidala:action' },
      ],
    },
    {
      title: 'Newsletter-Artikel: Neues 5-Achs-Bearbeitungszentrum',
      kind: 'Artikel',
      description: 'Neue Fertigungsmöglichkeiten in Genauigkeit und Bauteilgröße, mit Beispielteilen.',
      mappings: [
        { persona: P.konstrukteur, phase: 'aidala:loyalty' },
        { persona: P.medtech, phase: 'aidala:loyalty' },
      ],
    },
    {
      title: 'Referenzzitate von Stammkunden',
      kind: 'Referenz',
      description:
        'Drei freigegebene Kundenstimmen aus Elektroindustrie und Maschinenbau für Website und Angebote.',
      mappings: [
        { persona: P.sondermaschinenbau, phase: 'aidala:desire' },
        { persona: P.elektro, phase: 'aidala:advocacy' },
      ],
    },
  ],
  ...schmidtStrategy,
  // Read when the document is imported, so the plan's posts lie around the day the demo starts.
  get editorialItems() {
    return demoEditorialItems(new Date());
  },
};
