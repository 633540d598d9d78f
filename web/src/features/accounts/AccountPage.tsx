import { Link, useParams } from 'react-router-dom';
import type { AccountDetail } from '../../../../src/contract/accounts';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useStages } from '../lead-scoring/useLeadScoring';
import { useStageName } from '../lead-scoring/useStageName';
import { useEur } from '../pipeline/useEur';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './accounts.css';
import { useAccountsT } from './messages';
import { useAccount, useAccountTimeline } from './useAccount';

/** An account (a B2B company): its people, deals, revenue, signals and their combined timeline. */
export function AccountPage() {
  const { companyId = '' } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  const t = useAccountsT();
  const account = useAccount(workspaceId, companyId);
  return (
    <QueryContent query={account} empty={t('none')}>
      {(data) => <AccountView data={data} workspaceId={workspaceId} />}
    </QueryContent>
  );
}

function AccountView({ data, workspaceId }: { data: AccountDetail; workspaceId: string }) {
  const stageName = useStageName(useStages(workspaceId).data?.stages);
  const t = useAccountsT();
  const format = useFormat();
  const eur = useEur();
  const a = data.account;
  return (
    <section className="page" aria-labelledby="account-title" data-testid="account-page">
      <p>
        <Link to="/customers">{t('back')}</Link>
      </p>
      <div className="page-head">
        <h1 id="account-title">{a.name}</h1>
        <span className={`ac-badge${a.customer ? ' ac-customer' : ''}`}>
          {a.customer ? t('customer') : t('prospect')}
        </span>
      </div>
      <dl className="ac-figures">
        <div>
          <dt>{t('revenue')}</dt>
          <dd data-testid="account-revenue">{eur(a.wonValue + a.orderRevenue)}</dd>
        </div>
        <div>
          <dt>{t('wonValue')}</dt>
          <dd>{eur(a.wonValue)}</dd>
        </div>
        <div>
          <dt>{t('orderRevenue')}</dt>
          <dd>{eur(a.orderRevenue)}</dd>
        </div>
        <div>
          <dt>{t('openValue')}</dt>
          <dd>
            {a.openDeals} · {eur(a.openValue)}
          </dd>
        </div>
        <div>
          <dt>{t('renewal')}</dt>
          <dd>{a.nextRenewal ? format.date(a.nextRenewal) : '–'}</dd>
        </div>
        <div>
          <dt>{t('scoring')}</dt>
          <dd data-testid="account-scoring">
            {data.scoring.score === null
              ? t('scoringPending')
              : `${data.scoring.score} · ${stageName(data.scoring.stage)}`}
          </dd>
        </div>
      </dl>
      <div className="ac-grid">
        <section>
          <h2>{t('people')}</h2>
          <ul className="ac-list">
            {data.people.map((p) => (
              <li key={p.id}>
                <Link to={`/customers/${p.id}`}>{p.name || p.email || p.id}</Link>
                {p.lastSeenAt && <span className="hint"> · {format.date(p.lastSeenAt)}</span>}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('deals')}</h2>
          {data.deals.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : (
            <ul className="ac-list" data-testid="account-deals">
              {data.deals.map((d) => (
                <li key={d.id}>
                  <strong>{d.title}</strong> · {d.stage} · {eur(d.value)}
                  {d.expectedClose && <> · {format.date(d.expectedClose)}</>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('signals')}</h2>
          <p>{t('trend', { direction: t(`directions.${data.signals.trend.direction}`) })}</p>
          <p className="ac-spark" aria-hidden="true">
            {data.signals.trend.weeks.map((w) => (
              <span
                key={w.start}
                style={{ height: `${Math.min(100, 8 + w.count * 6)}%` }}
                title={`${w.start}: ${w.count}`}
              />
            ))}
          </p>
          <h3>{t('complaints')}</h3>
          {data.signals.openComplaints.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : (
            <ul className="ac-list">
              {data.signals.openComplaints.map((c) => (
                <li key={c.eventId}>
                  {format.date(c.occurredAt)} · {c.topic}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('ratings')}</h3>
          {data.signals.recentRatings.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : (
            <ul className="ac-list">
              {data.signals.recentRatings.map((r, i) => (
                <li key={`${r.touchpointId}-${i}`}>
                  {r.touchpointName}: {r.score} · {format.date(r.createdAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('touchpoints')}</h2>
          <ul className="ac-list">
            {data.touchpoints.map((tp) => (
              <li key={tp.id}>
                <Link to={`/touchpoints/${tp.id}`}>{tp.name}</Link> · {tp.people}
              </li>
            ))}
          </ul>
          <h2>{t('phases')}</h2>
          <p>
            {data.phases
              .map((p) => `${format.locale.startsWith('de') ? p.nameDe : p.nameEn} (${p.people})`)
              .join(' → ') || t('none')}
          </p>
        </section>
      </div>
      <AccountTimeline workspaceId={workspaceId} companyId={a.id} />
    </section>
  );
}

function AccountTimeline({ workspaceId, companyId }: { workspaceId: string; companyId: string }) {
  const t = useAccountsT();
  const format = useFormat();
  const typeLabel = useEventTypeLabel();
  const timeline = useAccountTimeline(workspaceId, companyId);
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section>
      <h2>{t('timeline')}</h2>
      <ol className="ac-timeline" data-testid="account-timeline">
        {items.map((i) => (
          <li key={i.eventId}>
            <time dateTime={i.occurredAt}>{format.dateTime(i.occurredAt)}</time> ·{' '}
            <Link to={`/customers/${i.profileId}`}>{i.profileName || '–'}</Link> · {typeLabel(i.type)}
            {i.touchpointName && <> · {i.touchpointName}</>}
          </li>
        ))}
      </ol>
      {timeline.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}
