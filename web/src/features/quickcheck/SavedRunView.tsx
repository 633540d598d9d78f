import type { QuickcheckAdoptResult, QuickcheckRunSummary } from '../../../../src/contract/quickcheck';
import { API_BASE, wsPath } from '../../api/client';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { AdoptPanel } from './AdoptPanel';
import { ComparePanel } from './ComparePanel';
import { useQuickcheckT } from './messages';
import { QuickcheckResultList } from './QuickcheckResultList';
import { useAdoptSelection } from './useAdoptSelection';
import { useLang } from './useLang';
import { useQuickcheckRun } from './useQuickcheckRun';

interface SavedRunViewProps {
  workspaceId: string;
  runId: string;
  runs: readonly QuickcheckRunSummary[];
  canEdit: boolean;
  /** What the result screen just adopted into this run, shown until the next adoption. */
  adopted?: QuickcheckAdoptResult | null;
}

/** A saved run: its ranking, export and print, adoption as target touchpoints, comparison. */
export function SavedRunView({ workspaceId, runId, runs, canEdit, adopted }: SavedRunViewProps) {
  const t = useQuickcheckT();
  const lang = useLang();
  const format = useFormat();
  const run = useQuickcheckRun(workspaceId, runId);
  const selection = useAdoptSelection(workspaceId, run.data?.results ?? null);

  if (run.isPending) return <Loading />;
  if (run.isError) return <LoadError error={run.error} onRetry={() => void run.refetch()} />;

  const base = `${API_BASE}${wsPath(workspaceId, `/quickcheck/runs/${runId}`)}`;

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
              key={runId}
              workspaceId={workspaceId}
              source={{ runId }}
              selected={selection.ordered}
              initialOutcome={adopted ?? null}
            />
          </aside>
        )}
        <div className="qc-main">
          <QuickcheckResultList
            rows={run.data.results}
            selection={canEdit && selection.ready ? selection : undefined}
          />
        </div>
      </div>
      <ComparePanel workspaceId={workspaceId} runId={runId} runs={runs} />
    </div>
  );
}
