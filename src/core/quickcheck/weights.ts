/**
 * Figures of the Quickcheck for digital customer interfaces, carried over from the Quickcheck of the
 * project "Digital.Verbunden." (Hochschule Hamm-Lippstadt), seed 002 section 2.5. The product keeps its
 * own copy on purpose: nothing outside the repository is read at run time.
 *
 * `quickcheckMatrix[q][t]` is the weight (0-3) of need category q for interface t. The percent of an
 * interface is relative to its own maximum, so weight 0 means "this answer does not affect this
 * interface", not "this interface is bad at it".
 */

/** Points per answer, keyed by the German label of the original Quickcheck. */
export const quickcheckAnswerPoints = {
  'sehr wichtig': 6,
  wichtig: 4,
  'weniger wichtig': 2,
  unwichtig: 0,
} as const;

export type QuickcheckAnswerLabel = keyof typeof quickcheckAnswerPoints;

/** The highest answer value; an interface's maximum is this times the sum of its weights. */
export const quickcheckMaxAnswerPoints = 6;

/** The 14 need categories, one question each, in the order of the matrix rows. */
export const quickcheckNeedCategories = [
  'Synchrone Kommunikation',
  '24/7 Verfügbarkeit',
  'Reichweite',
  'Kosten- und Zeitersparnis durch Digitalisierung',
  'Visualisierung',
  'Intensivierung der Kundenbeziehung',
  'Mehr kundenspezifische Informationen sammeln und analysieren',
  'Maximierung der Absatzkanäle',
  'Steigerung der Glaubwürdigkeit',
  'Automatisierung von Serviceaktivitäten',
  'Spezifische Kundenakquise',
  'Automatisierung von Vertriebsaktivitäten',
  'Geringe Einstiegskosten',
  'Geringe laufende Kosten',
] as const;

export type QuickcheckNeedCategory = (typeof quickcheckNeedCategories)[number];

/** The 23 digital customer interfaces, in the order of the matrix columns. Ties in a result keep this order. */
export const quickcheckInterfaces = [
  'Augmented Reality',
  'Bewertungsportale',
  'Blogs',
  'Chatbots',
  'Digitale Bezahlsysteme',
  'Emails',
  'externer E-Marketplace',
  'Foren',
  'Instant Messenger',
  'Live-Chat',
  'Mobile Apps',
  'Newsletter (Email)',
  'Online-Messen',
  'eigener Online-Shop',
  'Service-Plattformen',
  'Social Media',
  'Sprachassistenten',
  'SEM (Suchmaschinen-Marketing)',
  'Track and Trace (Sendungsverfolgung)',
  'Videokonferenzen-Tool',
  'Virtual Reality',
  'Virtual Showroom',
  'Website',
] as const;

export type QuickcheckInterface = (typeof quickcheckInterfaces)[number];

type Weight = 0 | 1 | 2 | 3;
type MatrixRow = readonly [
  ...[Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight],
  ...[Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight, Weight],
  ...[Weight, Weight, Weight],
];

/** 14 rows (need categories) x 23 columns (interfaces); the tuple type makes a missing cell a compile error. */
export const quickcheckMatrix = [
  [2, 0, 0, 3, 3, 0, 1, 1, 3, 3, 1, 0, 2, 2, 2, 3, 3, 0, 0, 3, 2, 1, 0], // 1 Synchrone Kommunikation
  [2, 2, 3, 3, 3, 1, 3, 3, 1, 2, 3, 0, 1, 3, 3, 3, 3, 2, 3, 1, 1, 3, 3], // 2 24/7 Verfügbarkeit
  [1, 2, 3, 0, 0, 1, 3, 2, 1, 0, 2, 2, 2, 2, 2, 3, 1, 3, 0, 0, 1, 2, 3], // 3 Reichweite
  [2, 1, 0, 3, 3, 3, 2, 1, 2, 1, 2, 2, 3, 3, 3, 1, 3, 1, 2, 3, 2, 2, 2], // 4 Kosten- und Zeitersparnis
  [3, 1, 2, 2, 0, 1, 2, 1, 1, 0, 2, 2, 3, 2, 2, 2, 0, 2, 0, 1, 3, 3, 3], // 5 Visualisierung
  [2, 1, 2, 2, 1, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 1, 1, 1, 2, 3, 2, 2], // 6 Intensivierung der Kundenbeziehung
  [1, 2, 1, 2, 2, 1, 1, 3, 1, 2, 3, 2, 2, 3, 2, 3, 2, 1, 1, 1, 2, 2, 2], // 7 Kundenspezifische Informationen
  [2, 0, 0, 2, 0, 2, 3, 0, 1, 1, 2, 1, 2, 3, 2, 1, 2, 1, 0, 2, 2, 1, 2], // 8 Maximierung der Absatzkanäle
  [2, 3, 1, 0, 1, 1, 1, 3, 0, 2, 2, 2, 2, 2, 2, 2, 1, 1, 0, 2, 2, 2, 3], // 9 Steigerung der Glaubwürdigkeit
  [2, 0, 0, 3, 3, 0, 3, 0, 0, 2, 2, 1, 2, 1, 3, 0, 2, 1, 2, 0, 2, 2, 1], // 10 Automatisierung Service
  [0, 0, 0, 2, 0, 2, 1, 0, 2, 2, 2, 2, 2, 2, 1, 2, 1, 2, 0, 0, 0, 2, 1], // 11 Spezifische Kundenakquise
  [0, 0, 0, 2, 2, 0, 3, 0, 0, 1, 2, 0, 2, 3, 2, 0, 2, 2, 1, 0, 0, 2, 2], // 12 Automatisierung Vertrieb
  [0, 3, 3, 0, 2, 3, 3, 2, 2, 1, 1, 3, 1, 0, 0, 2, 0, 2, 0, 3, 0, 0, 1], // 13 Geringe Einstiegskosten
  [0, 3, 1, 1, 2, 2, 0, 2, 3, 1, 1, 3, 2, 1, 1, 1, 0, 2, 0, 3, 0, 2, 1], // 14 Geringe laufende Kosten
] as const satisfies readonly [
  ...[MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow],
  ...[MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow, MatrixRow],
];

/**
 * Result labels, highest threshold first: an interface gets the first label whose `minPercent` its
 * exact (unrounded) percent reaches. `label` is the German text of the original Quickcheck; `labelEn`
 * is our translation for English output.
 */
export const quickcheckLabels = [
  { minPercent: 80, key: 'very_recommended', label: 'Sehr empfehlenswert', labelEn: 'Highly recommended' },
  { minPercent: 65, key: 'recommended', label: 'empfehlenswert', labelEn: 'Recommended' },
  {
    minPercent: 50,
    key: 'conditionally_recommended',
    label: 'bedingt empfehlenswert',
    labelEn: 'Conditionally recommended',
  },
  { minPercent: 0, key: 'not_interesting', label: 'eher uninteressant', labelEn: 'Rather uninteresting' },
] as const;

export type QuickcheckLabelDefinition = (typeof quickcheckLabels)[number];
export type QuickcheckLabel = QuickcheckLabelDefinition['label'];
export type QuickcheckLabelKey = QuickcheckLabelDefinition['key'];
