/** The rate fields of seed 000 in the order of docs/email.md; factors are ratios, the rest shares. */
export const RATE_KEYS = [
  'openRate',
  'uniqueOpenRate',
  'clickRate',
  'uniqueClickRate',
  'clickToOpenRate',
  'openFactor',
  'clickFactor',
  'unsubscribeRate',
  'hardBounceRate',
  'softBounceRate',
] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export const COUNT_KEYS = [
  'sent',
  'hardBounces',
  'softBounces',
  'opens',
  'uniqueOpens',
  'clicks',
  'uniqueClicks',
  'unsubscribes',
] as const;

export const isFactor = (key: RateKey) => key === 'openFactor' || key === 'clickFactor';
