import type { ChannelClass } from '../events/eventVocabulary';

/**
 * Where a visit or contact came from, in the POE typing of seed 001: owned (own website, newsletter,
 * print), earned (organic search, social shares, links from others) and paid (ads, affiliates).
 */
export type Channel =
  | 'direct'
  | 'internal'
  | 'search'
  | 'social'
  | 'email'
  | 'referral'
  | 'paid_search'
  | 'paid_social'
  | 'display'
  | 'affiliate'
  | 'ads'
  | 'offline'
  | 'campaign';

export const channelClassOf: Record<Channel, ChannelClass> = {
  direct: 'owned',
  internal: 'owned',
  email: 'owned',
  offline: 'owned',
  campaign: 'owned',
  search: 'earned',
  social: 'earned',
  referral: 'earned',
  paid_search: 'paid',
  paid_social: 'paid',
  display: 'paid',
  affiliate: 'paid',
  ads: 'paid',
};

/** Channels senders name themselves (`channel` of an event) that are not in the list above. */
const otherKnownChannels: Record<string, ChannelClass> = {
  website: 'owned',
  newsletter: 'owned',
  trade_fair: 'owned',
  event: 'owned',
  phone: 'owned',
  call: 'owned',
  meeting: 'owned',
  sales: 'owned',
  service: 'owned',
  shop: 'owned',
  chat: 'owned',
  print: 'owned',
  press: 'earned',
  pr: 'earned',
  review: 'earned',
  recommendation: 'earned',
  seo: 'earned',
  sea: 'paid',
  cpc: 'paid',
  advertising: 'paid',
};

export interface ChannelInput {
  utmSource?: string | undefined;
  utmMedium?: string | undefined;
  referrer?: string | undefined;
  /** The page the event happened on; its host tells internal navigation apart, its query ad clicks. */
  url?: string | undefined;
  /** A channel the sender named; kept as it is, its class looked up. */
  channel?: string | undefined;
  eventType?: string | undefined;
}

export interface ChannelResult {
  channel: string | null;
  channelClass: ChannelClass | null;
}

const words = (list: string) => new Set(list.split(' '));
const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const PAID_SEARCH_MEDIUMS = words('cpc ppc paidsearch paid_search sea search_ads searchads');
const PAID_SOCIAL_MEDIUMS = words('paidsocial paid_social social_paid social_ads socialads social_cpc');
const DISPLAY_MEDIUMS = words('display banner cpm retargeting remarketing programmatic native video_ads');
const AFFILIATE_MEDIUMS = words('affiliate affiliates partner partners');
const OTHER_PAID_MEDIUMS = words('paid ads ad cpa cpv cpl sponsored advertising');
const EMAIL_MEDIUMS = words('email e_mail mail newsletter mailing');
const SOCIAL_MEDIUMS = words('social social_media socialmedia sm social_network organic_social');
const SEARCH_MEDIUMS = words('organic seo');
const REFERRAL_MEDIUMS = words('referral ref link backlink pr press');
const OFFLINE_MEDIUMS = words('print qr qrcode qr_code flyer brochure offline messe trade_fair fair event');
const EMAIL_SOURCES = words(
  'newsletter email mailchimp brevo sendinblue cleverreach rapidmail hubspot_email',
);

/** Brand names that appear with many country domains (google.de, google.co.uk, yahoo.fr …). */
const SEARCH_BRANDS = words('google bing duckduckgo ecosia yahoo qwant startpage baidu yandex ask metager');
const SEARCH_HOSTS = [
  'search.brave.com',
  'suche.t-online.de',
  'suche.web.de',
  'suche.gmx.net',
  'search.aol.com',
];
const SOCIAL_BRANDS = words(
  'linkedin xing facebook instagram twitter youtube tiktok pinterest reddit threads snapchat vimeo kununu tumblr',
);
const SOCIAL_HOSTS = [
  't.co',
  'x.com',
  'lnkd.in',
  'fb.com',
  'youtu.be',
  'bsky.app',
  'mastodon.social',
  'wa.me',
];
const WEBMAIL_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'web.de',
  'gmx.net',
  'gmx.de',
  'email.t-online.de',
  'mail.proton.me',
];
/** Android apps send `android-app://<package>` as referrer. */
const APP_CHANNELS: [string, Channel][] = [
  ['com.google.android.gm', 'email'],
  ['com.microsoft.office.outlook', 'email'],
  ['com.google.android.googlequicksearchbox', 'search'],
  ['com.linkedin.android', 'social'],
  ['com.xing.android', 'social'],
  ['com.facebook.katana', 'social'],
  ['com.instagram.android', 'social'],
  ['com.twitter.android', 'social'],
  ['com.google.android.youtube', 'social'],
];
/** Click ids that ad networks append to landing-page URLs. */
const AD_CLICK_IDS: [string, Channel][] = [
  ['gclid', 'paid_search'],
  ['gbraid', 'paid_search'],
  ['wbraid', 'paid_search'],
  ['msclkid', 'paid_search'],
  ['dclid', 'display'],
  ['li_fat_id', 'paid_social'],
  ['ttclid', 'paid_social'],
];

const hostIs = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** `google.de`, `www.google.co.uk`: the brand followed only by short labels (a TLD, maybe `co.`). */
function hasBrand(host: string, brands: Set<string>): boolean {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (!brands.has(labels[i] ?? '')) continue;
    const rest = labels.slice(i + 1);
    if (rest.length <= 2 && rest.every((l) => l.length >= 2 && l.length <= 3)) return true;
  }
  return false;
}

const isSearchHost = (host: string) =>
  hasBrand(host, SEARCH_BRANDS) || SEARCH_HOSTS.some((d) => hostIs(host, d));
const isSocialHost = (host: string) =>
  hasBrand(host, SOCIAL_BRANDS) || SOCIAL_HOSTS.some((d) => hostIs(host, d));
const isWebmailHost = (host: string) => WEBMAIL_HOSTS.some((d) => hostIs(host, d));

/** A utm_source names a site (`google`, `linkedin.com`) more often than a host: check both ways. */
function sourceKind(source: string): 'search' | 'social' | 'email' | null {
  const s = source.replace(/^www\./, '');
  const asHost = s.includes('.') ? s : `${s}.com`;
  if (SEARCH_BRANDS.has(s) || isSearchHost(asHost)) return 'search';
  if (SOCIAL_BRANDS.has(s) || isSocialHost(asHost) || s === 'x' || s === 'meta' || s === 'fb')
    return 'social';
  if (EMAIL_SOURCES.has(s)) return 'email';
  return null;
}

function fromUtm(sourceRaw: string | undefined, mediumRaw: string | undefined): Channel | null {
  const source = sourceRaw ? norm(sourceRaw) : '';
  const medium = mediumRaw ? norm(mediumRaw) : '';
  if (!source && !medium) return null;
  const kind = source ? sourceKind(source) : null;
  const paid =
    PAID_SEARCH_MEDIUMS.has(medium) ||
    PAID_SOCIAL_MEDIUMS.has(medium) ||
    DISPLAY_MEDIUMS.has(medium) ||
    OTHER_PAID_MEDIUMS.has(medium);
  if (paid) {
    if (PAID_SOCIAL_MEDIUMS.has(medium) || kind === 'social') return 'paid_social';
    if (PAID_SEARCH_MEDIUMS.has(medium) || kind === 'search') return 'paid_search';
    if (DISPLAY_MEDIUMS.has(medium)) return 'display';
    return 'ads';
  }
  if (AFFILIATE_MEDIUMS.has(medium)) return 'affiliate';
  if (EMAIL_MEDIUMS.has(medium)) return 'email';
  if (SOCIAL_MEDIUMS.has(medium)) return 'social';
  if (SEARCH_MEDIUMS.has(medium)) return kind === 'social' ? 'social' : 'search';
  if (REFERRAL_MEDIUMS.has(medium)) return 'referral';
  if (OFFLINE_MEDIUMS.has(medium)) return 'offline';
  if (kind === 'search') return 'search';
  if (kind === 'social') return 'social';
  if (kind === 'email') return 'email';
  // Tagged by the company itself with a medium we do not know: its own campaign.
  return 'campaign';
}

function parseUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const bareHost = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');

function fromClickIds(page: URL | null): Channel | null {
  if (!page?.search) return null;
  for (const [param, channel] of AD_CLICK_IDS) if (page.searchParams.has(param)) return channel;
  return null;
}

function fromReferrer(ref: URL | null, page: URL | null): Channel | null {
  if (!ref) return null;
  if (ref.protocol === 'android-app:') {
    const app = ref.hostname.toLowerCase();
    return APP_CHANNELS.find(([pkg]) => pkg === app)?.[1] ?? 'referral';
  }
  const host = bareHost(ref);
  if (!host) return null;
  if (page && bareHost(page) === host) return 'internal';
  if (SEARCH_HOSTS.some((d) => hostIs(host, d))) return 'search';
  if (isWebmailHost(host)) return 'email';
  if (isSearchHost(host)) return 'search';
  if (isSocialHost(host)) return 'social';
  return 'referral';
}

function fromEventType(type: string | undefined): Channel | null {
  if (type?.startsWith('email_')) return 'email';
  return null;
}

/**
 * The channel and its class (owned / earned / paid) of one event: UTM parameters first (the company
 * tagged the link), then ad click ids in the URL, then the referrer host; a page view without any of
 * these is a direct visit. A channel the sender named wins, with its class looked up.
 *
 * @example
 * classifyChannel({ utmSource: 'linkedin', utmMedium: 'cpc' }) // { channel: 'paid_social', channelClass: 'paid' }
 * classifyChannel({ referrer: 'https://www.google.de/' })      // { channel: 'search', channelClass: 'earned' }
 */
export function classifyChannel(input: ChannelInput): ChannelResult {
  const page = parseUrl(input.url);
  const derived =
    fromUtm(input.utmSource, input.utmMedium) ??
    fromClickIds(page) ??
    fromReferrer(parseUrl(input.referrer), page) ??
    (page ? 'direct' : null) ??
    fromEventType(input.eventType);
  const named = input.channel ? norm(input.channel) : undefined;
  if (named) {
    const known = Object.hasOwn(channelClassOf, named)
      ? channelClassOf[named as Channel]
      : Object.hasOwn(otherKnownChannels, named)
        ? otherKnownChannels[named]
        : undefined;
    return { channel: named, channelClass: known ?? (derived ? channelClassOf[derived] : null) };
  }
  return derived
    ? { channel: derived, channelClass: channelClassOf[derived] }
    : { channel: null, channelClass: null };
}
