import {
  about,
  almost,
  exactly,
  lessThan,
  moreThan,
  type StudyShare,
  type StudySideFigure,
} from './studyFigures';

/** The web app's screens a gap links to. */
export const marketMirrorLinks = [
  '/team',
  '/priorities',
  '/map',
  '/tracking',
  '/cycle',
  '/customers',
  '/monitoring',
  '/touchpoints',
  '/email',
  '/content-map',
  '/personas',
] as const;
export type MarketMirrorLink = (typeof marketMirrorLinks)[number];

export interface MarketMirrorOption {
  key: string;
  labelDe: string;
  labelEn: string;
  /** The share of the study's companies with this answer; null where the study prints none. */
  study: StudyShare | null;
  /** The study's better group: this answer leaves no gap. Every other answer is a gap. */
  better: boolean;
}

export interface MarketMirrorQuestion {
  key: string;
  /** The question's number in the study's results. */
  number: number;
  /** Where the study shows it: its figure ("Abbildung") and page, where it has one. */
  figure: { number: number; page: number } | null;
  questionDe: string;
  questionEn: string;
  options: MarketMirrorOption[];
  /** Figures the study adds for single groups of companies. */
  sideFigures: StudySideFigure[];
  /** The part of Touchpoint that closes the gap. */
  closedBy: { link: MarketMirrorLink; textDe: string; textEn: string };
}

const option = (
  key: string,
  labelDe: string,
  labelEn: string,
  study: StudyShare | null,
  better = false,
): MarketMirrorOption => ({ key, labelDe, labelEn, study, better });

const side = (groupDe: string, groupEn: string, share: StudyShare): StudySideFigure => ({
  groupDe,
  groupEn,
  share,
});

/**
 * The market study "Customer Journey Management als integrierte Methodik zum kundenzentrierten
 * Geschäftsmodell" (ec4u expert consulting ag, 2016; 188 questionnaires, May to August 2016) as a
 * self-assessment, seed 003. Question texts are the study's; where the study prints the question of its
 * questionnaire under a figure, that text is used. Answer options follow the groups the study reports,
 * each with the share it prints in its text (figure and page in `figure`, from its list of figures;
 * the figures' images are not part of the seed, so only shares printed in the text appear). An option
 * without a printed share has `study: null`; no share is derived (not even a remainder to 100 %).
 * Question 4 (channels per department) is left out: the study prints no shares for it.
 */
export const marketMirrorQuestions: readonly MarketMirrorQuestion[] = [
  {
    key: 'journey_owner',
    number: 1,
    figure: { number: 5, page: 10 },
    questionDe: 'Wer definiert die „Reise des Kunden“ in Ihrem Unternehmen?',
    questionEn: "Who defines the customer's journey in your company?",
    options: [
      option('marketing_alone', 'Das Marketing allein', 'Marketing alone', moreThan(50)),
      option('top_management', 'Das Top-Management', 'Top management', about(20), true),
      // The study's recommendation ("Idealerweise … ein dediziertes Customer Journey Management-Team").
      option(
        'journey_team',
        'Ein eigenes Customer-Journey-Team mit allen kundennahen Bereichen',
        'A dedicated customer journey team with all customer-facing departments',
        null,
        true,
      ),
      option('other', 'Ein anderer Bereich', 'Another department', null),
    ],
    sideFigures: [],
    closedBy: {
      link: '/team',
      textDe: 'Holen Sie Vertrieb, Service und Geschäftsleitung als Mitglieder in den Arbeitsbereich.',
      textEn: 'Invite sales, service and management as members of the workspace.',
    },
  },
  {
    key: 'strategy_priority',
    number: 2,
    figure: null,
    questionDe: 'Gehört die Customer Journey zu den fünf wichtigsten Themen Ihrer Unternehmensstrategie?',
    questionEn: 'Is the customer journey one of the five most important topics of your corporate strategy?',
    options: [
      option(
        'top_five',
        'Ja, unter den fünf wichtigsten Themen',
        'Yes, one of the five most important topics',
        exactly(38),
        true,
      ),
      option('not_top_five', 'Nein', 'No', null),
    ],
    sideFigures: [
      side('Telekommunikation', 'Telecommunications', moreThan(50)),
      side('Finanzdienstleister', 'Financial services', exactly(20)),
    ],
    closedBy: {
      link: '/priorities',
      textDe:
        'Priorisieren Sie die Touchpoints nach Bedeutung und Zufriedenheit, damit die Leitung steuern kann.',
      textEn: 'Prioritise the touchpoints by importance and satisfaction, so management can steer them.',
    },
  },
  {
    key: 'holistic_journey',
    number: 3,
    figure: { number: 6, page: 11 },
    questionDe:
      'Gibt es Planungen in Ihrem Unternehmen, die Customer Journey ganzheitlich über Offline- und Online-Kanäle darzustellen?',
    questionEn:
      'Does your company plan to map the customer journey as a whole, across offline and online channels?',
    options: [
      option('implementing', 'Bereits in der Umsetzung', 'Already being implemented', exactly(19), true),
      option('next_year', 'Im kommenden Jahr', 'In the coming year', exactly(33)),
      option('next_five_years', 'In den nächsten fünf Jahren', 'Within the next five years', exactly(21)),
      option('no_plans', 'Keine Planungen', 'No plans', {
        percent: 25,
        qualifier: 'exact',
        inWords: { de: 'ein Viertel', en: 'a quarter' },
      }),
    ],
    sideFigures: [],
    closedBy: {
      link: '/map',
      textDe: 'Die Journey Map zeigt alle Touchpoints, online und offline, je Phase und Persona.',
      textEn: 'The journey map shows every touchpoint, online and offline, per phase and persona.',
    },
  },
  {
    key: 'new_vs_returning',
    number: 5,
    figure: null,
    questionDe:
      'Wird bei Webseitenbesuchern zwischen Neubesuchern und wiederkehrenden Besuchern unterschieden?',
    questionEn: 'Do you tell new website visitors from returning ones?',
    options: [
      option('yes', 'Ja, schon heute', 'Yes, already today', exactly(13), true),
      option('planned', 'Für das kommende Jahr geplant', 'Planned for the coming year', null),
      option('no', 'Nein', 'No', null),
    ],
    sideFigures: [
      side('B2C: schon heute', 'B2C: already today', exactly(28)),
      side('B2B: geplant', 'B2B: planned', exactly(26)),
      side('B2C: geplant', 'B2C: planned', about(30)),
    ],
    closedBy: {
      link: '/tracking',
      textDe: 'Binden Sie das Tracking ein: die Web-Analyse trennt neue und wiederkehrende Besucher/innen.',
      textEn: 'Add the tracker to your website: web analytics tells new from returning visitors.',
    },
  },
  {
    key: 'digital_transformation',
    number: 6,
    figure: { number: 7, page: 12 },
    questionDe:
      'Ist Ihrer Meinung nach in Ihrer Branche das Thema Customer Journey schon heute ein Teil der Digitalen Transformation?',
    questionEn:
      'In your opinion, is the customer journey already part of the digital transformation in your industry?',
    options: [option('yes', 'Ja', 'Yes', exactly(60), true), option('no', 'Nein', 'No', null)],
    sideFigures: [side('B2C', 'B2C', exactly(74))],
    closedBy: {
      link: '/cycle',
      textDe: 'Der CTM-Zyklus führt von der Ist-Analyse bis zum Monitoring mit gemessenen Daten.',
      textEn: 'The CTM cycle leads from the as-is analysis to monitoring with measured data.',
    },
  },
  {
    key: 'customer_value',
    number: 7,
    figure: { number: 8, page: 13 },
    questionDe: 'Setzen Sie die Kundenwertanalyse als Methodik ein?',
    questionEn: 'Do you use customer value analysis as a method?',
    options: [
      option(
        'new_and_existing',
        'Ja, für Neu- und Bestandskunden',
        'Yes, for new and existing customers',
        exactly(28),
        true,
      ),
      option('existing_only', 'Nur für Bestandskunden', 'For existing customers only', exactly(12)),
      option('not_used', 'Gar nicht', 'Not at all', exactly(52)),
    ],
    sideFigures: [],
    closedBy: {
      link: '/customers',
      textDe: 'Die Kundenprofile zeigen Umsatz, Phase und Verlauf jeder Person und Firma.',
      textEn: 'Customer profiles show the revenue, phase and history of every person and company.',
    },
  },
  {
    key: 'campaign_kpis',
    number: 8,
    figure: null,
    questionDe:
      'Können Sie qualitative Kriterien einer Kampagne wie ROI, Zufriedenheit oder Bekanntheit messen?',
    questionEn: 'Can you measure qualitative criteria of a campaign such as ROI, satisfaction or awareness?',
    options: [option('yes', 'Ja', 'Yes', exactly(48), true), option('no', 'Nein', 'No', null)],
    sideFigures: [side('B2B', 'B2B', exactly(34))],
    closedBy: {
      link: '/monitoring',
      textDe: 'Legen Sie KPIs mit Zielwerten an; das Monitoring zeigt, ob sie erreicht werden.',
      textEn: 'Define KPIs with targets; monitoring shows whether they are met.',
    },
  },
  {
    key: 'satisfaction_owner',
    number: 9,
    figure: null,
    questionDe: 'Wer ist für die Kundenzufriedenheit zuständig?',
    questionEn: 'Who is responsible for customer satisfaction?',
    options: [
      option('named_people', 'Konkrete Verantwortliche', 'Named people', exactly(21), true),
      option(
        'department',
        'Eine Abteilung (z. B. Customer Care, Customer Success, Marketing)',
        'A department (e.g. customer care, customer success, marketing)',
        null,
        true,
      ),
      option(
        'nobody',
        'Keine dedizierte Person oder Abteilung',
        'No dedicated person or department',
        exactly(33),
      ),
    ],
    sideFigures: [],
    closedBy: {
      link: '/touchpoints',
      textDe: 'Geben Sie jedem Touchpoint eine verantwortliche Person und holen Sie Kundenbewertungen ein.',
      textEn: 'Give every touchpoint a responsible person and collect customer ratings.',
    },
  },
  {
    key: 'marketing_budget',
    number: 10,
    figure: { number: 9, page: 14 },
    questionDe: 'Wie verteilt sich das Marketing Budget in Ihrem Unternehmen?',
    questionEn: 'How is the marketing budget divided in your company?',
    options: [
      option(
        'half_or_more_new',
        '50 % und mehr für die Neukundengewinnung',
        '50 % or more on winning new customers',
        exactly(58),
      ),
      option(
        'less_than_half_new',
        'Weniger als 50 % für die Neukundengewinnung',
        'Less than 50 % on winning new customers',
        null,
        true,
      ),
    ],
    sideFigures: [
      side('Anteil Neukundengewinnung am Budget', 'Share of the budget on new customers', exactly(49)),
      side('Anteil Halten der Bestandskunden', 'Share on keeping existing customers', exactly(31)),
      side(
        'Anteil Durchdringung der Bestandskunden',
        'Share on selling more to existing customers',
        exactly(24),
      ),
      side(
        'Unternehmen mit weniger als 20 % für Bestandskunden',
        'Companies spending less than 20 % on existing customers',
        exactly(19),
      ),
    ],
    closedBy: {
      link: '/email',
      textDe: 'Mailings an Bestandskunden halten den Kontakt nach dem Kauf.',
      textEn: 'Mailings to existing customers keep in touch after the purchase.',
    },
  },
  {
    key: 'content_media',
    number: 11,
    figure: null,
    questionDe: 'Analog oder digital: Wie wird der Unternehmenscontent verteilt?',
    questionEn: 'Analogue or digital: how is your company’s content distributed?',
    options: [
      option(
        'mostly_electronic',
        'Überwiegend elektronische Medien',
        'Mostly electronic media',
        exactly(50),
        true,
      ),
      option(
        'switching',
        'Elektronische Medien lösen die klassischen gerade ab',
        'Electronic media are replacing classic ones',
        exactly(25),
      ),
      option('mostly_classic', 'Überwiegend klassische Medien', 'Mostly classic media', lessThan(20)),
    ],
    sideFigures: [
      side(
        'halten elektronischen Content für am besten geeignet',
        'consider electronic content best suited',
        exactly(71),
      ),
    ],
    closedBy: {
      link: '/content-map',
      textDe: 'Die Content-Map zeigt, welcher Inhalt in welcher Phase und welchem Kanal fehlt.',
      textEn: 'The content map shows which content is missing in which phase and channel.',
    },
  },
  {
    key: 'persona_content',
    number: 12,
    figure: { number: 10, page: 15 },
    questionDe: 'Ist der Großteil des erzeugten Contents in Ihrem Unternehmen auf Personas zugeschnitten?',
    questionEn: 'Is most of the content your company produces tailored to personas?',
    options: [
      option('personas', 'Ja, auf Personas', 'Yes, to personas', exactly(22), true),
      option('target_groups', 'Auf Zielgruppen', 'To target groups', exactly(29)),
      // The study says "fast ein Drittel" and, two paragraphs on, "fast 30%".
      option(
        'sales_and_product',
        'Nach Vorgaben von Vertrieb und Produktmanagement',
        'As sales and product management specify',
        almost(30),
      ),
    ],
    sideFigures: [],
    closedBy: {
      link: '/personas',
      textDe: 'Beschreiben Sie Ihre Personas und ordnen Sie ihnen Touchpoints und Inhalte zu.',
      textEn: 'Describe your personas and assign touchpoints and content to them.',
    },
  },
  {
    key: 'lead_handover',
    number: 13,
    figure: { number: 11, page: 16 },
    questionDe: 'Wie kommt der Lead in den Vertrieb?',
    questionEn: 'How does a lead get to sales?',
    options: [
      option(
        'defined_process',
        'Über einen definierten Prozess',
        'Through a defined process',
        exactly(38),
        true,
      ),
      option('every_lead', 'Jeder Lead geht an den Vertrieb', 'Every lead goes to sales', exactly(23)),
      option('hand_picked', 'Handverlesene Leads', 'Hand-picked leads', exactly(14)),
      option('other', 'Anders', 'Otherwise', null),
    ],
    sideFigures: [],
    closedBy: {
      link: '/customers',
      textDe: 'Die Phasen der Kundenprofile machen sichtbar, wann ein Lead an den Vertrieb übergeht.',
      textEn: 'The phases of customer profiles show when a lead is handed to sales.',
    },
  },
  {
    key: 'pipeline',
    number: 14,
    figure: { number: 12, page: 16 },
    questionDe: 'Gibt es eine durchgängige Pipeline vom Lead bis zum Vertriebsabschluss?',
    questionEn: 'Is there one pipeline from the lead to the closed sale?',
    options: [
      option(
        'end_to_end',
        'Ja, durchgängig',
        'Yes, end to end',
        {
          percent: 20,
          qualifier: 'exact',
          inWords: { de: 'ein Fünftel', en: 'a fifth' },
        },
        true,
      ),
      option('sales_only', 'Nur eine Vertriebspipeline', 'A sales pipeline only', exactly(22)),
      option('marketing_only', 'Nur eine Marketingpipeline', 'A marketing pipeline only', exactly(15)),
      option('none', 'Kein Pipeline-Management', 'No pipeline management', exactly(31)),
    ],
    sideFigures: [],
    closedBy: {
      link: '/customers',
      textDe: 'Kundenprofile folgen einer Person über alle Phasen, vom ersten Kontakt bis zum Kauf.',
      textEn:
        'Customer profiles follow a person through every phase, from the first contact to the purchase.',
    },
  },
  {
    key: 'existing_customers',
    number: 15,
    figure: null,
    questionDe: 'Werden Bestandskunden gesondert betreut?',
    questionEn: 'Do existing customers get care of their own?',
    options: [
      option(
        'clear_strategy',
        'Ja, mit einer klaren Kommunikationsstrategie für Bestandskunden',
        'Yes, with a clear communication strategy for existing customers',
        exactly(16),
        true,
      ),
      option('no_strategy', 'Ohne eigene Kommunikationsstrategie', 'Without a strategy of their own', null),
    ],
    sideFigures: [
      side('Betreuung im Vertrieb', 'Cared for by sales', exactly(61)),
      side('Betreuung durch Marketing und Service', 'Cared for by marketing and service', exactly(23)),
    ],
    closedBy: {
      link: '/email',
      textDe: 'Planen Sie Mailings an Bestandskunden und messen Sie Öffnungen und Klicks.',
      textEn: 'Plan mailings to existing customers and measure opens and clicks.',
    },
  },
];
