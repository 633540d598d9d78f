import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Kpi } from '../../../../src/contract/kpis';
import { Empty, LoadError, Loading } from '../../components/States';
import { MonitoringGoals } from '../strategy/MonitoringGoals';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { KpiHistoryCard } from './KpiHistoryCard';
import { KpiImportDialog } from './KpiImportDialog';
import { KpiOverview } from './KpiOverview';
import { useMonitoringT } from './messages';
import './monitoring.css';
import { useKpis } from './useKpis';

const STATUSES: readonly Kpi['status'][] = ['off_target', 'on_target', 'no_target', 'no_data'];

/** Monitoring: every KPI against its target, the history per touchpoint, manual entry and CSV import. */
export function MonitoringPage() {
  const t = useMonitoringT();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const kpis = useKpis(workspaceId);
  const touchpoints = useTouchpoints(workspaceId, true);
  const [chosen, setChosen] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const focusKpi = useRef<string | null>(null);
  const selectId = useId();

  const names = useMemo(
    () => new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name])),
    [touchpoints.data],
  );
  const touchpointName = (id: string) => names.get(id) ?? '–';
  const withKpis = useMemo(() => {
    const ids = [...new Set((kpis.data ?? []).map((k) => k.touchpointId))];
    return ids.sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? ''));
  }, [kpis.data, names]);
  const firstOff = kpis.data?.find((k) => k.status === 'off_target')?.touchpointId;
  const touchpointId = chosen && withKpis.includes(chosen) ? chosen : (firstOff ?? withKpis[0] ?? null);

  useEffect(() => {
    // The first choice sticks: a value that brings a KPI back on target must not switch the touchpoint.
    if (touchpointId !== null && chosen !== touchpointId) setChosen(touchpointId);
  }, [touchpointId, chosen]);

  useEffect(() => {
    // After "Verlauf", the card of that KPI gets the focus once it is on screen.
    if (!focusKpi.current) return;
    const card = document.getElementById(`kpi-${focusKpi.current}`);
    if (card) {
      card.focus();
      card.scrollIntoView({ block: 'start' });
      focusKpi.current = null;
    }
  });

  if (kpis.isPending || touchpoints.isPending) return <Loading />;
  if (kpis.isError) return <LoadError error={kpis.error} onRetry={() => void kpis.refetch()} />;
  if (touchpoints.isError)
    return <LoadError error={touchpoints.error} onRetry={() => void touchpoints.refetch()} />;

  const counts = STATUSES.map((status) => ({
    status,
    count: kpis.data.filter((k) => k.status === status).length,
  }));
  const shown = kpis.data
    .filter((k) => k.touchpointId === touchpointId)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page mon-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <ul className="mon-summary" aria-label={t('overview')}>
          {counts.map(({ status, count }) => (
            <li key={status} className={`mon-summary-${status}`} data-testid={`kpi-count-${status}`}>
              <strong>{count}</strong> {t(`summary.${status}`)}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint">{t('intro')}</p>
      {canEdit && (
        <div className="toolbar">
          <div className="toolbar-spacer" />
          <button type="button" className="button" onClick={() => setImporting(true)}>
            ⤒ {t('importCsv')}
          </button>
        </div>
      )}
      <MonitoringGoals workspaceId={workspaceId} touchpointName={touchpointName} />
      {kpis.data.length === 0 ? (
        <Empty>
          {t('none')} <Link to="/touchpoints">{t('noneLink')}</Link>
        </Empty>
      ) : (
        <>
          <section aria-labelledby="mon-overview-title">
            <h2 id="mon-overview-title">{t('overview')}</h2>
            <KpiOverview
              kpis={kpis.data}
              touchpointName={touchpointName}
              onShow={(kpi) => {
                focusKpi.current = kpi.id;
                setChosen(kpi.touchpointId);
              }}
            />
          </section>
          <section className="mon-history" aria-labelledby="mon-history-title">
            <div className="mon-history-head">
              <h2 id="mon-history-title">{t('history.title')}</h2>
              <div className="field field-inline">
                <label htmlFor={selectId}>{t('history.touchpoint')}</label>
                <select id={selectId} value={touchpointId ?? ''} onChange={(e) => setChosen(e.target.value)}>
                  {withKpis.map((id) => (
                    <option key={id} value={id}>
                      {touchpointName(id)}
                    </option>
                  ))}
                </select>
              </div>
              {touchpointId && (
                <Link to={`/touchpoints/${touchpointId}`} className="link-small">
                  {t('history.openTouchpoint')}: {touchpointName(touchpointId)}
                </Link>
              )}
            </div>
            <div className="mon-cards">
              {shown.map((kpi) => (
                <KpiHistoryCard key={kpi.id} workspaceId={workspaceId} kpi={kpi} canEdit={canEdit} />
              ))}
            </div>
          </section>
        </>
      )}
      {canEdit && importing && (
        <KpiImportDialog
          workspaceId={workspaceId}
          touchpoints={touchpoints.data}
          kpis={kpis.data}
          onClose={() => setImporting(false)}
        />
      )}
    </div>
  );
}
