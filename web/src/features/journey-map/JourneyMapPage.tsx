import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { DateField } from '../../components/DateField';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { lastDays } from '../analytics/dateRange';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspace } from '../workspace/useWorkspace';
import { AddFromCatalogueDialog } from './AddFromCatalogueDialog';
import { AddTouchpointDialog } from './AddTouchpointDialog';
import { exportMapAsPdf, exportMapAsPng } from './exportMap';
import { JourneyBoard, type MapLiveLayer } from './JourneyBoard';
import { useJourneyT } from './journeyMessages';
import { MapLegend } from './MapLegend';
import { useMapLiveT } from './mapLiveMessages';
import type { MapFilter, MapView } from './mapModel';
import { useMapLive } from './useMapLive';

/** The workshop screen: phases as columns, touchpoints as cards, the experience curve on top. */
export function JourneyMapPage() {
  const { t } = useTranslation();
  const jt = useJourneyT();
  const toast = useToast();
  const { workspaceId, workspaceName, canEdit } = useCurrentWorkspace();
  const workspace = useWorkspace(workspaceId);
  const touchpoints = useTouchpoints(workspaceId);
  const personas = usePersonas(workspaceId);
  // Filters live in the address, so a link or a reload shows the same map.
  const [params, setParams] = useSearchParams();
  const personaId = params.get('persona') ?? '';
  const onlyMtm = params.get('mtm') === '1';
  const view: MapView = params.get('view') === 'target' ? 'target' : 'asIs';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const setPersonaId = (id: string) => setParam('persona', id || null);
  const setOnlyMtm = (on: boolean) => setParam('mtm', on ? '1' : null);
  const setView = (v: MapView) => setParam('view', v === 'target' ? 'target' : null);
  // The live layer is off by default: a workshop designs the journey first, and the figures would
  // crowd each card (a phone shows one column of them). It stays in the address, so a link keeps it.
  const lt = useMapLiveT();
  const liveOn = params.get('live') === '1';
  const [defaultPeriod] = useState(() => lastDays(30));
  const liveFrom = params.get('from') ?? defaultPeriod.from;
  const liveTo = params.get('to') ?? defaultPeriod.to;
  const livePeriodOk = liveFrom !== '' && liveTo !== '' && liveFrom <= liveTo;
  const live = useMapLive(workspaceId, liveOn && livePeriodOk ? { from: liveFrom, to: liveTo } : null);
  const liveLayer = useMemo<MapLiveLayer | null>(
    () =>
      liveOn && live.data
        ? {
            touchpoints: new Map(live.data.touchpoints.map((tp) => [tp.touchpointId, tp])),
            phases: new Map(live.data.phases.map((p) => [p.phaseId, p.profiles])),
          }
        : null,
    [liveOn, live.data],
  );
  const [dialog, setDialog] = useState<'catalogue' | 'free' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [connecting, setConnecting] = useState(false);
  const stopConnecting = useCallback(() => setConnecting(false), []);
  const board = useRef<HTMLDivElement>(null);
  const personaSelectId = useId();

  const persona = personas.data?.find((p) => p.id === personaId) ?? null;
  const filter = useMemo<MapFilter>(
    () => ({ personaId: persona?.id ?? null, onlyMomentsThatMatter: onlyMtm }),
    [persona, onlyMtm],
  );
  const onMap = useMemo(
    () =>
      new Set((touchpoints.data ?? []).map((tp) => tp.catalogueKey).filter((k): k is string => k !== null)),
    [touchpoints.data],
  );

  if (workspace.isPending || touchpoints.isPending) return <Loading />;
  if (workspace.isError)
    return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (touchpoints.isError)
    return <LoadError error={touchpoints.error} onRetry={() => void touchpoints.refetch()} />;

  const phases = workspace.data.journeyModel.phases;
  const modelKind = workspace.data.journeyModel.kind;
  const exportTitle = `${t('map.title')} – ${workspaceName}${persona ? ` – ${persona.name}` : ''} (${
    view === 'asIs' ? t('map.asIs') : t('map.target')
  })`;
  const runExport = async (kind: 'png' | 'pdf') => {
    if (!board.current) return;
    setExporting(true);
    const stamp = new Date().toISOString().slice(0, 10);
    const fileName = `journey-map-${stamp}.${kind}`;
    try {
      if (kind === 'png') await exportMapAsPng(board.current, fileName);
      else await exportMapAsPdf(board.current, fileName, exportTitle);
      toast.success(t('map.exported', { file: fileName }));
    } catch (error) {
      console.error(error);
      toast.error(t('map.exportFailed'));
    } finally {
      setExporting(false);
    }
  };
  const shownCount = touchpoints.data.filter(
    (tp) =>
      (!filter.personaId || tp.personaIds.includes(filter.personaId)) && (!onlyMtm || tp.momentThatMatters),
  ).length;

  return (
    <div className="page page-wide journey-map">
      <div className="page-head">
        <h1>{t('map.title')}</h1>
        <p className="muted" aria-live="polite">
          {t('map.count', { shown: shownCount, total: touchpoints.data.length })}
        </p>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('map.title')}>
        <div className="field field-inline">
          <label htmlFor={personaSelectId}>{t('map.persona')}</label>
          <select id={personaSelectId} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            <option value="">{t('map.allPersonas')}</option>
            {personas.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Link to="/personas" className="link-small">
            {t('map.managePersonas')}
          </Link>
        </div>
        <div className="segmented" role="group" aria-label={t('map.view')}>
          <button type="button" aria-pressed={view === 'asIs'} onClick={() => setView('asIs')}>
            {t('map.asIs')}
          </button>
          <button type="button" aria-pressed={view === 'target'} onClick={() => setView('target')}>
            {t('map.target')}
          </button>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={onlyMtm} onChange={(e) => setOnlyMtm(e.target.checked)} />{' '}
          {t('map.onlyMtm')}
        </label>
        <button
          type="button"
          className="button map-live-toggle"
          aria-pressed={liveOn}
          title={lt('toggleHelp')}
          onClick={() => setParam('live', liveOn ? null : '1')}
        >
          {lt('toggle')}
        </button>
        {liveOn && (
          <div className="map-live-controls" data-testid="map-live-controls">
            <DateField
              label={lt('from')}
              error={livePeriodOk ? undefined : lt('rangeError')}
              value={liveFrom}
              onChange={(v) => setParam('from', v)}
            />
            <DateField label={lt('to')} value={liveTo} onChange={(v) => setParam('to', v)} />
            {live.isFetching && (
              <span className="muted" role="status">
                {lt('loading')}
              </span>
            )}
            {live.isError && (
              <span className="field-error" role="alert">
                {lt('failed')}
              </span>
            )}
          </div>
        )}
        <div className="toolbar-spacer" />
        {canEdit && (
          <>
            <button type="button" className="button button-primary" onClick={() => setDialog('catalogue')}>
              + {t('map.addFromCatalogue')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('free')}>
              + {t('map.addFree')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={connecting}
              title={jt('links.connectHelp')}
              onClick={() => setConnecting((on) => !on)}
            >
              <span aria-hidden="true">→ </span>
              {jt('links.connect')}
            </button>
          </>
        )}
        <button type="button" className="button" disabled={exporting} onClick={() => void runExport('png')}>
          ⤓ {t('map.exportPng')}
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void runExport('pdf')}>
          ⤓ {t('map.exportPdf')}
        </button>
      </div>
      <MapLegend view={view} />
      {canEdit && (
        <p id="map-drag-hint" className="hint">
          {t('map.dragHint')}
        </p>
      )}
      <JourneyBoard
        ref={board}
        workspaceId={workspaceId}
        phases={phases}
        touchpoints={touchpoints.data}
        filter={filter}
        view={view}
        canEdit={canEdit}
        title={exportTitle}
        connecting={canEdit && connecting}
        personaName={persona?.name ?? null}
        onStopConnecting={stopConnecting}
        live={liveLayer}
      />
      {canEdit && (
        <>
          {/* Mounted afresh when the filter changes, so the filtered persona is the one chosen. */}
          <AddFromCatalogueDialog
            key={persona?.id ?? ''}
            open={dialog === 'catalogue'}
            onClose={() => setDialog(null)}
            workspaceId={workspaceId}
            persona={persona}
            personas={personas.data ?? []}
            onMap={onMap}
          />
          {/* Mounted afresh on every opening, so nothing ticked last time is ticked again. */}
          {dialog === 'free' && (
            <AddTouchpointDialog
              onClose={() => setDialog(null)}
              workspaceId={workspaceId}
              modelKind={modelKind}
              phases={phases}
              persona={persona}
              personas={personas.data ?? []}
            />
          )}
        </>
      )}
    </div>
  );
}
