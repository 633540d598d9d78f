import { describe, expect, it } from 'vitest';
import { classifyChannel, type ChannelInput } from '../../src/core/channels/classifyChannel';

const page = 'https://www.schmidt-drehteile.de/produkte';

describe('classifyChannel', () => {
  it.each<[string, ChannelInput, string | null, string | null]>([
    // UTM parameters: the company tagged the link itself
    ['LinkedIn ads', { utmSource: 'linkedin', utmMedium: 'cpc', url: page }, 'paid_social', 'paid'],
    ['paid social medium', { utmSource: 'meta', utmMedium: 'paid-social' }, 'paid_social', 'paid'],
    ['Google Ads', { utmSource: 'google', utmMedium: 'cpc' }, 'paid_search', 'paid'],
    ['Bing PPC', { utmSource: 'bing', utmMedium: 'PPC' }, 'paid_search', 'paid'],
    ['retargeting banner', { utmSource: 'criteo', utmMedium: 'retargeting' }, 'display', 'paid'],
    ['display', { utmSource: 'gdn', utmMedium: 'display' }, 'display', 'paid'],
    ['sponsored from unknown source', { utmSource: 'fachportal', utmMedium: 'sponsored' }, 'ads', 'paid'],
    ['affiliate', { utmSource: 'partnerprogramm', utmMedium: 'affiliate' }, 'affiliate', 'paid'],
    ['newsletter', { utmSource: 'newsletter', utmMedium: 'email', url: page }, 'email', 'owned'],
    ['e-mail spelled out', { utmSource: 'mailing-mai', utmMedium: 'E-Mail' }, 'email', 'owned'],
    ['newsletter tool as source only', { utmSource: 'cleverreach' }, 'email', 'owned'],
    ['organic social post', { utmSource: 'xing', utmMedium: 'social' }, 'social', 'earned'],
    ['social source without medium', { utmSource: 'linkedin.com' }, 'social', 'earned'],
    ['search source without medium', { utmSource: 'ecosia' }, 'search', 'earned'],
    ['organic', { utmSource: 'google', utmMedium: 'organic' }, 'search', 'earned'],
    ['press link', { utmSource: 'fachzeitschrift', utmMedium: 'pr' }, 'referral', 'earned'],
    ['QR code on the trade-fair flyer', { utmSource: 'messe2026', utmMedium: 'qr' }, 'offline', 'owned'],
    ['unknown medium', { utmSource: 'kundenmagazin', utmMedium: 'magazin' }, 'campaign', 'owned'],
    // UTM wins over the referrer
    [
      'UTM before referrer',
      { utmSource: 'linkedin', utmMedium: 'paidsocial', referrer: 'https://www.google.com/' },
      'paid_social',
      'paid',
    ],
    // ad click ids
    ['gclid', { url: `${page}?gclid=abc`, referrer: 'https://www.google.de/' }, 'paid_search', 'paid'],
    ['msclkid', { url: `${page}?msclkid=abc` }, 'paid_search', 'paid'],
    ['LinkedIn click id', { url: `${page}?li_fat_id=1` }, 'paid_social', 'paid'],
    // referrer hosts
    ['google.de', { referrer: 'https://www.google.de/', url: page }, 'search', 'earned'],
    ['google.co.uk', { referrer: 'https://www.google.co.uk/search?q=x', url: page }, 'search', 'earned'],
    ['bing', { referrer: 'https://www.bing.com/', url: page }, 'search', 'earned'],
    ['duckduckgo', { referrer: 'https://duckduckgo.com/', url: page }, 'search', 'earned'],
    ['ecosia', { referrer: 'https://www.ecosia.org/search?q=dreh', url: page }, 'search', 'earned'],
    ['qwant', { referrer: 'https://www.qwant.com/', url: page }, 'search', 'earned'],
    ['startpage', { referrer: 'https://www.startpage.com/', url: page }, 'search', 'earned'],
    ['yahoo search', { referrer: 'https://de.search.yahoo.com/', url: page }, 'search', 'earned'],
    ['brave search', { referrer: 'https://search.brave.com/search?q=x', url: page }, 'search', 'earned'],
    ['web.de search', { referrer: 'https://suche.web.de/web?q=x', url: page }, 'search', 'earned'],
    ['linkedin', { referrer: 'https://www.linkedin.com/', url: page }, 'social', 'earned'],
    ['lnkd.in', { referrer: 'https://lnkd.in/abc', url: page }, 'social', 'earned'],
    ['xing', { referrer: 'https://www.xing.com/', url: page }, 'social', 'earned'],
    ['facebook link shim', { referrer: 'https://l.facebook.com/', url: page }, 'social', 'earned'],
    ['instagram', { referrer: 'https://l.instagram.com/', url: page }, 'social', 'earned'],
    ['t.co', { referrer: 'https://t.co/xyz', url: page }, 'social', 'earned'],
    ['x.com', { referrer: 'https://x.com/', url: page }, 'social', 'earned'],
    ['youtube', { referrer: 'https://www.youtube.com/', url: page }, 'social', 'earned'],
    ['tiktok', { referrer: 'https://www.tiktok.com/', url: page }, 'social', 'earned'],
    ['pinterest.de', { referrer: 'https://www.pinterest.de/', url: page }, 'social', 'earned'],
    ['webmail', { referrer: 'https://mail.google.com/', url: page }, 'email', 'owned'],
    ['Gmail app', { referrer: 'android-app://com.google.android.gm', url: page }, 'email', 'owned'],
    ['LinkedIn app', { referrer: 'android-app://com.linkedin.android', url: page }, 'social', 'earned'],
    [
      'other site',
      { referrer: 'https://www.maschinenbau-forum.de/thread/1', url: page },
      'referral',
      'earned',
    ],
    [
      'a brand inside a longer host is not the brand',
      { referrer: 'https://google.example.org/' },
      'referral',
      'earned',
    ],
    ['internal navigation', { referrer: 'https://schmidt-drehteile.de/', url: page }, 'internal', 'owned'],
    ['direct visit', { url: page }, 'direct', 'owned'],
    ['unparseable referrer counts as none', { referrer: 'not a url', url: page }, 'direct', 'owned'],
    // neither web nor UTM
    ['e-mail event', { eventType: 'email_open' }, 'email', 'owned'],
    ['nothing known', { eventType: 'call' }, null, null],
    // named by the sender
    ['named known channel', { channel: 'email', referrer: 'https://www.google.de/' }, 'email', 'owned'],
    ['named trade fair', { channel: 'trade_fair' }, 'trade_fair', 'owned'],
    [
      'named unknown channel takes the derived class',
      { channel: 'podcast', utmMedium: 'cpc' },
      'podcast',
      'paid',
    ],
    ['named unknown channel without clues', { channel: 'podcast' }, 'podcast', null],
    ['a prototype key is no channel class', { channel: 'constructor' }, 'constructor', null],
  ])('%s', (_name, input, channel, channelClass) => {
    expect(classifyChannel(input)).toEqual({ channel, channelClass });
  });
});
