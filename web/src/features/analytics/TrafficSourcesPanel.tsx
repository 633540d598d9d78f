import { useTranslation } from 'react-i18next';
import type { WebKpis } from '../../../../src/contract/analytics';
import { Empty } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useAnalyticsT } from './messages';

const CLASSES = ['owned', 'earned', 'paid'] as const;
type ChannelClass = (typeof CLASSES)[number];
/** Channels with a name of their own; others (a sender's own, e.g. `trade_fair`) show as sent. */
const NAMED = [
  'direct',
  'search',
  'social',
  'email',
  'referral',
  'paid_search',
  'paid_social',
  'display',
  'affiliate',
  'ads',
  'offline',
  'campaign',
  'unknown',
] as const;
const isNamed = (channel: string): channel is (typeof NAMED)[number] =>
  (NAMED as readonly string[]).includes(channel);

/** Entries per channel, with the owned / earned / paid totals (seed 001's POE typing) above them. */
export function TrafficSourcesPanel({ sources }: { sources: WebKpis['trafficSources'] }) {
  const t = useAnalyticsT();
  const { t: common } = useTranslation();
  const format = useFormat();
  const percent = (share: number) => `${format.number(share * 100, 1)} %`;
  const channelName = (channel: string) =>
    isNamed(channel) ? t(`sources.channels.${channel}`) : channel.replace(/_/g, ' ');
  const className = (cls: ChannelClass | null) => (cls ? common(`ownership.${cls}`) : t('sources.noClass'));
  const max = Math.max(1, ...sources.map((s) => s.entries));
  const byClass = CLASSES.map((cls) => {
    const rows = sources.filter((s) => s.channelClass === cls);
    return {
      cls,
      entries: rows.reduce((sum, r) => sum + r.entries, 0),
      share: rows.reduce((sum, r) => sum + r.share, 0),
    };
  });

  return (
    <section className="panel an-sources" aria-labelledby="analytics-sources-title">
      <h2 id="analytics-sources-title">{t('sources.title')}</h2>
      <p className="hint">{t('sources.hint')}</p>
      {sources.length === 0 ? (
        <Empty>{t('sources.none')}</Empty>
      ) : (
        <>
          <ul className="an-classes" data-testid="traffic-classes">
            {byClass.map((c) => (
              <li key={c.cls} className={`an-class an-class-${c.cls}`} data-testid={`traffic-class-${c.cls}`}>
                <span className="an-card-label">{common(`ownership.${c.cls}`)}</span>
                <span className="an-class-value">{percent(c.share)}</span>
                <span className="an-class-count">
                  {t('sources.entries')}: {format.plain(c.entries)}
                </span>
              </li>
            ))}
          </ul>
          <table className="table" data-testid="traffic-sources">
            <thead>
              <tr>
                <th scope="col">{t('sources.channel')}</th>
                <th scope="col">{t('sources.class')}</th>
                <th scope="col">{t('sources.entries')}</th>
                <th scope="col">{t('sources.share')}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={`${s.channel}/${s.channelClass ?? ''}`}>
                  <th scope="row">{channelName(s.channel)}</th>
                  <td>{className(s.channelClass)}</td>
                  <td>
                    <span
                      aria-hidden="true"
                      className={`an-bar an-class-${s.channelClass ?? 'none'}`}
                      style={{ width: `${Math.round((s.entries / max) * 80)}px` }}
                    />
                    {format.plain(s.entries)}
                  </td>
                  <td>{percent(s.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
