import type { NeedCategory } from './types';

/**
 * The 13 need categories of seed 002 section 2.3, in the order the section lists them.
 * `needRatings` of every digital interface is indexed by this order.
 *
 * The Quickcheck weights (weights.json) use 14 categories: they split the last one into
 * "Geringe Einstiegskosten" and "Geringe laufende Kosten" and word some names differently.
 * This list follows the guide, not the Quickcheck.
 */
export const needCategories: NeedCategory[] = [
  {
    key: 'synchronous-communication',
    nameDe: 'Synchrone Kommunikation',
    nameEn: 'Synchronous communication',
  },
  { key: 'availability-24-7', nameDe: '24/7-Verfügbarkeit', nameEn: '24/7 availability' },
  {
    key: 'visibility-reach',
    nameDe: 'Erhöhung der Sichtbarkeit / Reichweite',
    nameEn: 'More visibility and reach',
  },
  {
    key: 'cost-time-savings',
    nameDe: 'Kosten- und Zeitersparnis durch Digitalisierung',
    nameEn: 'Saving cost and time through digitalisation',
  },
  { key: 'visualisation', nameDe: 'Visualisierung', nameEn: 'Visualisation' },
  {
    key: 'customer-relationship',
    nameDe: 'Intensivierung der Kundenbeziehung',
    nameEn: 'Deepening the customer relationship',
  },
  {
    key: 'customer-data',
    nameDe: 'Kundenspezifische Informationen sammeln, analysieren und verwerten',
    nameEn: 'Collecting, analysing and using customer-specific information',
  },
  { key: 'sales-channels', nameDe: 'Maximierung der Absatzkanäle', nameEn: 'More sales channels' },
  { key: 'credibility', nameDe: 'Steigerung der Glaubwürdigkeit', nameEn: 'More credibility' },
  {
    key: 'service-automation',
    nameDe: 'Automatisierung von Serviceaktivitäten',
    nameEn: 'Automating service activities',
  },
  {
    key: 'targeted-acquisition',
    nameDe: 'Spezifische Kundenakquisition',
    nameEn: 'Targeted customer acquisition',
  },
  {
    key: 'sales-automation',
    nameDe: 'Automatisierung von Vertriebsaktivitäten',
    nameEn: 'Automating sales activities',
  },
  { key: 'low-entry-cost', nameDe: 'Geringe Einstiegskosten', nameEn: 'Low entry cost' },
];
