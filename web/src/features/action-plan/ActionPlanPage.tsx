import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../src/contract/measures';
import type { MeasureStatus } from '../../../../src/core/model';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useKpis } from '../monitoring/useKpis';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './action-plan.css';
import { DosAndDontsPanel } from './DosAndDontsPanel';
import { ImportDialog } from './ImportDialog';
import { MeasureBoard } from './MeasureBoard';
import { MeasureDialog } from './MeasureDialog';
import { MeasureList } from './MeasureList';
import { useActionPlanT } from './messages';
import { useExportMeasuresCsv } from './useExportMeasuresCsv';
import { useMeasures } from './useMeasures';
import { useUpdateMeasure } from './useUpdateMeasure';

type View = 'board' | 'list';
type DialogState = { kind: 'create' } | { kind: 'edit'; measure: Measure } | { kind: 'import' } | null;

/** The action plan: measures by status on a board or in a sortable list, CSV round trip, do's and don'ts. */
export function ActionPlanPage() {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const measures = useMeasures(workspaceId);
  const touchpoints = useTouchpoints(workspaceId, true);
  const kpis = useKpis(workspaceId);
  const update = useUpdateMeasure(workspaceId);
  const exportCsv = useExportMeasuresCsv(workspaceId);
  const [view, setView] = useState<View>('board');
  const [dialog, setDialog] = useState<DialogState>(null);
  // The side panel opens by itself where there is room next to the board.
  const [showDos, setShowDos] = useState(() => window.matchMedia('(min-width: 1200px)').matches);

  const touchpointName = useMemo(
    () => new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name])),
    [touchpoints.data],
  );
  const kpiById = useMemo(() => new Map((kpis.data ?? []).map((k) => [k.id, k.name])), [kpis.data]);
  const touchpointNames = useCallback(
    (m: Measure) =>
      m.touchpointIds.map((id) => touchpointName.get(id)).filter((n): n is string => Boolean(n)),
    [touchpointName],
  );
  const kpiName = useCallback((m: Measure) => (m.kpiId ? (kpiById.get(m.kpiId) ?? null) : null), [kpiById]);

  const move = useCallback(
    (measure: Measure, status: MeasureStatus) => {
      const statusName = shellT(`measures.status.${status}`);
      update.mutate(
        { id: measure.id, patch: { status } },
        {
          onSuccess: () => toast.success(t('moved', { title: measure.title, status: statusName })),
          onError: (error) =>
            toast.error(`${t('moveFailed', { title: measure.title })} ${errorMessage(shellT, error)}`),
        },
      );
    },
    [update, toast, t, shellT],
  );

  const runExport = () =>
    exportCsv.mutate(undefined, {
      onSuccess: (file) => toast.success(t('exported', { file })),
      onError: (error) => toast.error(`${t('exportFailed')} ${errorMessage(shellT, error)}`),
    });

  if (measures.isPending) return <Loading />;
  if (measures.isError) return <LoadError error={measures.error} onRetry={() => void measures.refetch()} />;
  const overdue = measures.data.filter((m) => m.overdue).length;

  return (
    <div className="page page-wide ap-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <p className="muted" aria-live="polite">
          {t('count', { count: measures.data.length })}
          {overdue > 0 && (
            <>
              {' · '}
              <strong className="ap-overdue">{t('overdueCount', { count: overdue })}</strong>
            </>
          )}
        </p>
      </div>
      <p className="hint">{t('intro')}</p>
      <div className="toolbar" role="toolbar" aria-label={t('title')}>
        <div className="segmented" role="group" aria-label={t('view')}>
          <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
            {t('board')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('list')}
          </button>
        </div>
        <div className="toolbar-spacer" />
        {canEdit && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            + {t('add')}
          </button>
        )}
        <button type="button" className="button" onClick={runExport} disabled={exportCsv.isPending}>
          ⤓ {exportCsv.isPending ? t('exporting') : t('exportCsv')}
        </button>
        {canEdit && (
          <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
            ⤒ {t('importCsv')}
          </button>
        )}
        <button
          type="button"
          className="button button-ghost"
          aria-expanded={showDos}
          onClick={() => setShowDos((s) => !s)}
        >
          {showDos ? t('dos.hide') : t('dos.show')}
        </button>
      </div>
      {canEdit && view === 'board' && measures.data.length > 0 && (
        <p className="hint" id="ap-drag-hint">
          {t('dragHint')}
        </p>
      )}
      <div className={`ap-layout${showDos ? ' with-dos' : ''}`}>
        <div className="ap-main">
          {measures.data.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : view === 'board' ? (
            <MeasureBoard
              measures={measures.data}
              touchpointNames={touchpointNames}
              kpiName={kpiName}
              canEdit={canEdit}
              onEdit={(measure) => setDialog({ kind: 'edit', measure })}
              onMove={move}
            />
          ) : (
            <MeasureList
              measures={measures.data}
              touchpointNames={touchpointNames}
              kpiName={kpiName}
              canEdit={canEdit}
              onEdit={(measure) => setDialog({ kind: 'edit', measure })}
            />
          )}
        </div>
        {showDos && <DosAndDontsPanel />}
      </div>
      {canEdit && (dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <MeasureDialog
          key={dialog.kind === 'edit' ? dialog.measure.id : 'new'}
          workspaceId={workspaceId}
          measure={dialog.kind === 'edit' ? dialog.measure : null}
          touchpoints={touchpoints.data ?? []}
          kpis={kpis.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
      {canEdit && dialog?.kind === 'import' && (
        <ImportDialog workspaceId={workspaceId} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
