import { useEffect, useMemo, useState } from 'react';
import type { QuickcheckRunSummary } from '../../../../src/contract/quickcheck';
import { API_BASE, wsPath } from '../../api/client';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { AdoptPanel, type AdoptMode } from './AdoptPanel';
import { ComparePanel } from './ComparePanel';
import { useQuickcheckT } from './messages';
import { QuickcheckResultList } from './QuickcheckResultList';
import { useLang } from './useLang';
import { useQuickcheckRun } from './useQuickcheckRun';

interface SavedRunViewProps {
  workspaceId: string;
  runId: string;
  runs: readonly QuickcheckRunSummary[];
  canEdit: boolean;
}

/** A saved run: its ranking, export and print, adoption as target touchpoints, comparison. */
export function SavedRunView({ workspaceId, runId, runs, canEdit }: SavedRunViewProps) {
  const t = useQuickcheckT();
  const lang = useLang();
  const format = useFormat();
  const run = useQuickcheckRun(workspaceId, runId);
  const [mode, setMode] = useState<AdoptMode>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const veryRecommended = useMemo(
    () => run.data?.results.filter((r) => r.labelKey === 'very_recommended').map((r) => r.interface) ?? [],
    [run.data],
  );
  useEffect(() => {
    // A new run starts with its "Sehr empfehlenswert" rows ticked, ready for "only the selection".
    setSelected(new Set(veryRecommended));
    setMode(veryRecommended.length > 0 ? 'all' : 'selection');
  }, [veryRecommended]);

  if (run.isPending) return <Loading />;
  if (run.isError) return <LoadError error={run.error} onRetry={() => void run.refetch()} />;

  const base = `${API_BASE}${wsPath(workspaceId, `/quickcheck/runs/${runId}`)}`;
  const toggle = (name: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <div className="qc-run" data-testid="qc-saved-run">
      <div className="qc-run-head">
        <div>
          <h2>
            {t('result.title')}: {run.data.name || t('runs.unnamed')}
          </h2>
          <p className="muted">
            {t('result.savedRun', {
              date: format.dateTime(run.data.createdAt),
              author: run.data.createdByName,
            })}
          </p>
        </div>
        <div className="row">
          <a className="button" href={`${base}.csv?lang=${lang}`} download>
            ⤓ {t('actions.csv')}
          </a>
          <a className="button" href={`${base}/print?lang=${lang}`} target="_blank" rel="noopener noreferrer">
            {t('actions.print')}
            <span className="visually-hidden"> ({t('actions.printHint')})</span>
          </a>
        </div>
      </div>
      <p className="hint">{t('result.legend')}</p>
      <div className={canEdit ? 'qc-layout' : undefined}>
        {canEdit && (
          <aside className="qc-aside">
            <AdoptPanel
              workspaceId={workspaceId}
              run={run.data}
              mode={mode}
              onModeChange={setMode}
              selected={selected}
            />
          </aside>
        )}
        <div className="qc-main">
          <QuickcheckResultList
            rows={run.data.results}
            selection={canEdit && mode === 'selection' ? { selected, toggle } : undefined}
          />
        </div>
      </div>
      <ComparePanel workspaceId={workspaceId} runId={runId} runs={runs} />
    </div>
  );
}
