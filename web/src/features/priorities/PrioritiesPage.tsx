import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Empty, LoadError, Loading } from '../../components/States';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { GapTable } from './GapTable';
import { NotAssessed } from './NotAssessed';
import { usePrioritiesT } from './messages';
import { ParetoChart } from './ParetoChart';
import './priorities.css';
import { PriorityMatrix, type MatrixPoint } from './PriorityMatrix';
import { QuickWins } from './QuickWins';
import { usePriorities } from './usePriorities';

/** Priorities: quick wins first, the impact × effort matrix, the gap list and the Pareto view. */
export function PrioritiesPage() {
  const t = usePrioritiesT();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [personaId, setPersonaId] = useState('');
  const personas = usePersonas(workspaceId);
  const report = usePriorities(workspaceId, personaId || null);
  const touchpoints = useTouchpoints(workspaceId);
  const selectId = useId();

  // The report scores; impact, effort and the MtM flag for the matrix come from the touchpoints.
  const points = useMemo<MatrixPoint[]>(() => {
    const byId = new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp]));
    return (report.data?.touchpoints ?? []).flatMap((row) => {
      const tp = byId.get(row.id);
      return tp && tp.impact !== null && tp.effort !== null
        ? [{ ...row, impact: tp.impact, effort: tp.effort, momentThatMatters: tp.momentThatMatters }]
        : [];
    });
  }, [report.data, touchpoints.data]);
  const quickWins = useMemo(() => points.filter((p) => p.quickWin), [points]);
  const touchpointById = useMemo(
    () => new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp])),
    [touchpoints.data],
  );

  return (
    <div className="page page-wide prio-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="hint prio-intro">{t('intro')}</p>
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={selectId}>{t('persona')}</label>
          <select id={selectId} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            <option value="">{t('allPersonas')}</option>
            {personas.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(report.isPending || touchpoints.isPending) && <Loading />}
      {report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />}
      {touchpoints.isError && (
        <LoadError error={touchpoints.error} onRetry={() => void touchpoints.refetch()} />
      )}
      {report.data && report.data.notAssessed.length > 0 && <NotAssessed rows={report.data.notAssessed} />}
      {report.data && touchpoints.data && points.length === 0 && report.data.notAssessed.length === 0 && (
        <Empty>
          {t('none')} <Link to="/map">{t('title')}</Link>
        </Empty>
      )}
      {report.data && touchpoints.data && points.length > 0 && (
        <>
          <div className="prio-grid">
            <QuickWins rows={quickWins} />
            <section className="panel" aria-labelledby="prio-matrix-title">
              <h2 id="prio-matrix-title">{t('matrix.title')}</h2>
              <p className="hint">{t('matrix.intro')}</p>
              <PriorityMatrix points={points} />
            </section>
          </div>
          <section className="panel prio-gaps-panel" aria-labelledby="prio-gaps-title">
            <h2 id="prio-gaps-title">{t('gaps.title')}</h2>
            <GapTable
              rows={points}
              workspaceId={workspaceId}
              {...(canEdit && { touchpoints: touchpointById })}
            />
          </section>
          <section className="panel prio-pareto-panel" aria-labelledby="prio-pareto-title">
            <h2 id="prio-pareto-title">{t('pareto.title')}</h2>
            <p className="hint">{t('pareto.intro')}</p>
            <ParetoChart rows={report.data.pareto} />
          </section>
        </>
      )}
    </div>
  );
}
