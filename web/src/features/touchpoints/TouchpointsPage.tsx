import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ownershipSchema, type Ownership } from '../../../../src/core/model';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { OwnershipBadge } from '../journey-map/OwnershipBadge';
import { usePersonas } from '../personas/usePersonas';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { usePhaseName } from '../workspace/usePhaseName';
import { useWorkspace } from '../workspace/useWorkspace';
import { useTouchpoints } from './useTouchpoints';

/** The inventory as a table: search and filter, then open a touchpoint. */
export function TouchpointsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const phaseName = usePhaseName();
  const { workspaceId } = useCurrentWorkspace();
  const [includeRetired, setIncludeRetired] = useState(false);
  const workspace = useWorkspace(workspaceId);
  const touchpoints = useTouchpoints(workspaceId, includeRetired);
  const personas = usePersonas(workspaceId);
  const [query, setQuery] = useState('');
  const [phaseId, setPhaseId] = useState('');
  const [ownership, setOwnership] = useState<Ownership | ''>('');
  const [personaId, setPersonaId] = useState('');
  const ids = { q: useId(), phase: useId(), poe: useId(), persona: useId() };

  const phases = useMemo(() => workspace.data?.journeyModel.phases ?? [], [workspace.data]);
  const phaseById = useMemo(() => new Map(phases.map((p) => [p.id, p])), [phases]);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (touchpoints.data ?? [])
      .filter((tp) => !q || `${tp.name} ${tp.type} ${tp.department}`.toLowerCase().includes(q))
      .filter((tp) => !phaseId || tp.phaseIds.includes(phaseId))
      .filter((tp) => !ownership || tp.ownership === ownership)
      .filter((tp) => !personaId || tp.personaIds.includes(personaId))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [touchpoints.data, query, phaseId, ownership, personaId]);

  if (touchpoints.isError)
    return <LoadError error={touchpoints.error} onRetry={() => void touchpoints.refetch()} />;

  return (
    <div className="page">
      <h1>{t('touchpoints.title')}</h1>
      <div className="filters panel">
        <div className="field">
          <label htmlFor={ids.q}>{t('touchpoints.search')}</label>
          <input id={ids.q} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.phase}>{t('touchpoints.phase')}</label>
          <select id={ids.phase} value={phaseId} onChange={(e) => setPhaseId(e.target.value)}>
            <option value="">{t('touchpoints.allPhases')}</option>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {phaseName(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.poe}>{t('touchpoints.ownership')}</label>
          <select
            id={ids.poe}
            value={ownership}
            onChange={(e) => setOwnership(e.target.value as Ownership | '')}
          >
            <option value="">{t('common.all')}</option>
            {ownershipSchema.options.map((o) => (
              <option key={o} value={o}>
                {t(`ownership.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.persona}>{t('map.persona')}</label>
          <select id={ids.persona} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            <option value="">{t('map.allPersonas')}</option>
            {personas.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox field">
          <span>
            <input
              type="checkbox"
              checked={includeRetired}
              onChange={(e) => setIncludeRetired(e.target.checked)}
            />{' '}
            {t('touchpoints.includeRetired')}
          </span>
        </label>
      </div>
      {touchpoints.isPending ? (
        <Loading />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('touchpoints.count', { count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <Empty>{t('touchpoints.none')}</Empty>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('touchpoints.name')}</th>
                  <th scope="col">{t('touchpoints.ownership')}</th>
                  <th scope="col">{t('touchpoints.phases')}</th>
                  <th scope="col">{t('touchpoints.maturity')}</th>
                  <th scope="col">{t('touchpoints.rating')}</th>
                  <th scope="col">{t('touchpoints.relevance')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((tp) => (
                  <tr key={tp.id}>
                    <td>
                      <Link to={`/touchpoints/${tp.id}`}>{tp.name}</Link>
                      {tp.momentThatMatters && (
                        <>
                          {' '}
                          <span className="badge badge-mtm">◆ {t('map.mtm')}</span>
                        </>
                      )}
                      {tp.retiredAt && (
                        <>
                          {' '}
                          <span className="badge badge-soft">{t('touchpoints.retired')}</span>
                        </>
                      )}
                    </td>
                    <td>
                      <OwnershipBadge ownership={tp.ownership} />
                    </td>
                    <td>
                      {tp.phaseIds
                        .map((id) => phaseById.get(id))
                        .filter((p) => p !== undefined)
                        .map((p) => phaseName(p))
                        .join(', ')}
                    </td>
                    <td>
                      {t(`maturity.${tp.current.maturity}`)} → {t(`maturity.${tp.target.maturity}`)}
                    </td>
                    <td>
                      {tp.current.customerRating.average === null
                        ? '–'
                        : `${format.number(tp.current.customerRating.average)} (${tp.current.customerRating.count})`}
                    </td>
                    <td>{tp.relevance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
