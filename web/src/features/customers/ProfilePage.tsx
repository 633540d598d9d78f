import { Link, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './customers.css';
import { ProfileScorePanel } from '../lead-scoring/ProfileScorePanel';
import { GdprPanel } from './GdprPanel';
import { MergePanel } from './MergePanel';
import { useCustomersT } from './messages';
import { ProfileTimeline } from './ProfileTimeline';
import { usePhaseLabel } from './usePhaseLabel';
import { useProfile } from './useProfile';

const money = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);

/** One person: computed facts, company, every interaction, merging and the GDPR actions. */
export function ProfilePage() {
  const t = useCustomersT();
  const format = useFormat();
  const phaseLabel = usePhaseLabel();
  const { id = '' } = useParams();
  const { workspaceId, canEdit, role } = useCurrentWorkspace();
  const profile = useProfile(workspaceId, id);

  if (profile.isPending) return <Loading />;
  if (profile.isError) return <LoadError error={profile.error} onRetry={() => void profile.refetch()} />;
  const p = profile.data;
  const name = p.name || p.email || p.userId || t('unnamed');
  const shownTraits = Object.entries(p.traits).filter(([, v]) => v !== null && v !== '');

  return (
    <section className="page" aria-labelledby="profile-title">
      <p>
        <Link to="/customers">← {t('back')}</Link>
      </p>
      <h1 id="profile-title">{name}</h1>
      {p.email && <p className="hint">{p.email}</p>}
      <div className="cu-layout">
        <section className="panel" aria-labelledby="profile-facts">
          <h2 id="profile-facts">{t('traits.title')}</h2>
          <dl className="cu-facts" data-testid="profile-facts">
            <dt>{t('traits.firstSeen')}</dt>
            <dd>{p.firstSeenAt ? format.dateTime(p.firstSeenAt) : t('traits.none')}</dd>
            <dt>{t('traits.lastSeen')}</dt>
            <dd>{p.lastSeenAt ? format.dateTime(p.lastSeenAt) : t('traits.none')}</dd>
            <dt>{t('traits.phase')}</dt>
            <dd>{phaseLabel(p.currentPhase) ?? t('traits.none')}</dd>
            <dt>{t('traits.revenue')}</dt>
            <dd>{money(format.locale, p.revenue)}</dd>
            <dt>{t('traits.events')}</dt>
            <dd>{format.plain(p.eventCount)}</dd>
            <dt>{t('traits.company')}</dt>
            <dd>{p.company?.name ?? t('traits.noCompany')}</dd>
            <dt>{t('traits.touchpoints')}</dt>
            <dd>
              {p.touchpoints.length === 0
                ? t('traits.none')
                : p.touchpoints.map((tp, i) => (
                    <span key={tp.id}>
                      {i > 0 && ', '}
                      <Link to={`/touchpoints/${tp.id}`}>{tp.name ?? tp.id}</Link>
                    </span>
                  ))}
            </dd>
          </dl>
          {shownTraits.length > 0 && (
            <details>
              <summary>{t('traits.more')}</summary>
              <dl className="cu-facts">
                {shownTraits.map(([key, value]) => (
                  <div key={key} style={{ display: 'contents' }}>
                    <dt>{key}</dt>
                    <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
        </section>
        <ProfileScorePanel workspaceId={workspaceId} profileId={p.id} canEdit={canEdit} />
        <ProfileTimeline workspaceId={workspaceId} profileId={p.id} />
        {canEdit && <MergePanel workspaceId={workspaceId} profile={p} />}
        <GdprPanel workspaceId={workspaceId} profileId={p.id} name={name} isOwner={role === 'owner'} />
      </div>
    </section>
  );
}
