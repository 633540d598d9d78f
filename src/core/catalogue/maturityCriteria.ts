import type { MaturityCriterion } from './types';

/**
 * The Minimal / Gut / Exzellent lists of seed 000 for website (section 3.1), e-mail (4.1) and
 * social media (5.x), one criterion per bullet. Keys are stable: saved checklists refer to them.
 */
export const maturityCriteria: MaturityCriterion[] = [
  {
    key: 'website-minimal-appealing-structure',
    kind: 'website',
    level: 'minimal',
    textDe: 'Optisch ansprechende Webseite mit einer optimierten Struktur',
    textEn: 'Visually appealing website with an optimised structure',
  },
  {
    key: 'website-minimal-seo',
    kind: 'website',
    level: 'minimal',
    textDe: 'Suchmaschinenoptimierung',
    textEn: 'Search engine optimisation',
  },
  {
    key: 'website-good-regular-content',
    kind: 'website',
    level: 'good',
    textDe: 'Regelmäßig relevanter Content (Empfehlung: alle 1–2 Monate)',
    textEn: 'Relevant content on a regular basis (recommended: every 1–2 months)',
  },
  {
    key: 'website-good-conversion-points',
    kind: 'website',
    level: 'good',
    textDe: 'Verschiedene Conversion-Points an den richtigen Stellen der Webseite',
    textEn: 'Several conversion points in the right places on the website',
  },
  {
    key: 'website-excellent-crm-lead-handover',
    kind: 'website',
    level: 'excellent',
    textDe: 'Schnittstelle in ein professionelles CRM-System zur Übergabe der Leads an den Vertrieb',
    textEn: 'Interface to a professional CRM system that hands leads over to sales',
  },
  {
    key: 'website-excellent-marketing-automation',
    kind: 'website',
    level: 'excellent',
    textDe: 'Übergabe der Daten in die Marketing-Automation-Logik',
    textEn: 'Data passed on to the marketing automation logic',
  },
  {
    key: 'email-minimal-address-database',
    kind: 'email',
    level: 'minimal',
    textDe: 'Gewartete Adressdatenbank',
    textEn: 'Maintained address database',
  },
  {
    key: 'email-minimal-periodic-newsletter',
    kind: 'email',
    level: 'minimal',
    textDe: 'Periodische Newsletter mit zielgruppenrelevanten Inhalten',
    textEn: 'Periodic newsletters with content relevant to the target group',
  },
  {
    key: 'email-good-recipient-data-process',
    kind: 'email',
    level: 'good',
    textDe: 'Funktionierender Prozess für die ständige Pflege der Empfängerdaten und Segmentierungskriterien',
    textEn: 'A working process for continuously maintaining recipient data and segmentation criteria',
  },
  {
    key: 'email-good-track-subscriptions-opens-bounces',
    kind: 'email',
    level: 'good',
    textDe: 'Tracken der An- und Abmeldungen, Öffnungen und Bounces',
    textEn: 'Tracking of subscriptions, unsubscriptions, opens and bounces',
  },
  {
    key: 'email-good-track-clicks',
    kind: 'email',
    level: 'good',
    textDe: 'Tracken der angeklickten Inhalte',
    textEn: 'Tracking of the content clicked',
  },
  {
    key: 'email-excellent-geo-time-analysis',
    kind: 'email',
    level: 'excellent',
    textDe: 'Analyse der geografischen und zeitlichen Komponenten',
    textEn: 'Analysis of geographic and timing patterns',
  },
  {
    key: 'email-excellent-dynamic-content',
    kind: 'email',
    level: 'excellent',
    textDe:
      'Dynamische Inhalte basierend auf Empfängerinteressen und Rückläufen aus dem Klickverhalten bzw. anderen digitalen Touchpoints',
    textEn:
      'Dynamic content based on recipient interests and responses from click behaviour or other digital touchpoints',
  },
  {
    key: 'email-excellent-crm-interface',
    kind: 'email',
    level: 'excellent',
    textDe: 'Schnittstelle in ein professionelles CRM-System',
    textEn: 'Interface to a professional CRM system',
  },
  {
    key: 'email-excellent-event-driven-automation',
    kind: 'email',
    level: 'excellent',
    textDe:
      'Marketing-Automation: eventgesteuertes E-Mail-Marketing auf Basis eines mehrstufigen Marketing-Prozesses',
    textEn: 'Marketing automation: event-driven e-mail marketing based on a multi-stage marketing process',
  },
  {
    key: 'social-media-minimal-active-management',
    kind: 'social_media',
    level: 'minimal',
    textDe: 'Aktives Management und Content-Erstellung auf Social-Media-Netzwerken wie LinkedIn',
    textEn: 'Active management and content creation on social networks such as LinkedIn',
  },
  {
    key: 'social-media-minimal-profiles',
    kind: 'social_media',
    level: 'minimal',
    textDe: 'Unternehmensprofil und individuelle Profile der Mitarbeiter pflegen',
    textEn: 'Company profile and individual employee profiles kept up to date',
  },
  {
    key: 'social-media-minimal-consistent-appearance',
    kind: 'social_media',
    level: 'minimal',
    textDe:
      'Einheitliches Auftreten der Mitarbeiter auf Social Media (Positionsbezeichnung, Firmenname, Kontaktdaten …)',
    textEn: 'Employees appear consistently on social media (job title, company name, contact details …)',
  },
  {
    key: 'social-media-good-employee-sharing',
    kind: 'social_media',
    level: 'good',
    textDe: 'Content des Unternehmens regelmäßig durch Mitarbeiter verbreiten',
    textEn: 'Employees regularly share the company’s content',
  },
  {
    key: 'social-media-good-community-interaction',
    kind: 'social_media',
    level: 'good',
    textDe: 'Schnell und regelmäßig mit der relevanten Community interagieren',
    textEn: 'Interact quickly and regularly with the relevant community',
  },
  {
    key: 'social-media-good-link-website',
    kind: 'social_media',
    level: 'good',
    textDe: 'Website und Social-Media-Plattformen verknüpfen, um das Nutzerverhalten besser zu verstehen',
    textEn: 'Link the website and social platforms to understand user behaviour better',
  },
  {
    key: 'social-media-excellent-publishing-tools',
    kind: 'social_media',
    level: 'excellent',
    textDe:
      'Über Social-Media-Tools Content auf den verschiedenen Plattformen automatisch und zeiteffizient verteilen und Interaktionen zentral steuern',
    textEn:
      'Use social media tools to distribute content across platforms automatically and efficiently and manage interactions centrally',
  },
  {
    key: 'social-media-excellent-crm-automation',
    kind: 'social_media',
    level: 'excellent',
    textDe: 'Integration in professionelle CRM-Systeme und Einbindung in den Marketing-Automation-Prozess',
    textEn: 'Integration with professional CRM systems and the marketing automation process',
  },
  {
    key: 'social-media-excellent-sales-networks',
    kind: 'social_media',
    level: 'excellent',
    textDe: 'Netzwerke der Vertriebsmitarbeiter durch intelligente Tools nutzen',
    textEn: 'Use the networks of sales staff through smart tools',
  },
];
