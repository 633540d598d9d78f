import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLiveTouchpoint } from '../../../../src/contract/mapLive';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { pathThrough } from '../../../../src/core/touchpointLinks';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useUpdateTouchpoint } from '../touchpoints/useUpdateTouchpoint';
import { usePhaseName } from '../workspace/usePhaseName';
import type { Phase } from '../workspace/workspaceSchema';
import { columnKeyboardCoordinates } from './columnKeyboardCoordinates';
import type { DragData } from './DragHandle';
import { ExperienceCurve } from './ExperienceCurve';
import { useJourneyT } from './journeyMessages';
import './journeyLinks.css';
import './mapLive.css';
import { LinkArrows } from './LinkArrows';
import { layoutMap, movePhaseIds, phaseAverages, type MapFilter, type MapView } from './mapModel';
import { PhaseColumn } from './PhaseColumn';
import { TouchpointCard } from './TouchpointCard';
import { useCreateTouchpointLink } from './useCreateTouchpointLink';
import { useMoveTouchpoint } from './useMoveTouchpoint';
import { useTouchpointLinks } from './useTouchpointLinks';

interface JourneyBoardProps {
  workspaceId: string;
  phases: Phase[];
  touchpoints: Touchpoint[];
  filter: MapFilter;
  view: MapView;
  canEdit: boolean;
  title: string;
  /** Connect mode (editors): a click on one card and then another links them. */
  connecting?: boolean;
  /** The persona the map shows, named in connect mode: new links hold for that persona's journey. */
  personaName?: string | null;
  onStopConnecting?: () => void;
  /** The live layer (issue 13), when on: figures per card and people per phase, by id. */
  live?: MapLiveLayer | null;
}

export interface MapLiveLayer {
  touchpoints: ReadonlyMap<string, MapLiveTouchpoint>;
  phases: ReadonlyMap<string, number>;
}

/** The touchpoint id of the card an event happened in, if any. */
function cardIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const card = target.closest<HTMLElement>('[data-testid="map-card"]');
  return card?.dataset.touchpointId ?? null;
}

/** Pointer drops go to the column under the pointer; keyboard drops to the column the card overlaps. */
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

export const JourneyBoard = forwardRef<HTMLDivElement, JourneyBoardProps>(function JourneyBoard(
  {
    workspaceId,
    phases,
    touchpoints,
    filter,
    view,
    canEdit,
    title,
    connecting = false,
    personaName = null,
    onStopConnecting,
    live = null,
  },
  ref,
) {
  const { t } = useTranslation();
  const jt = useJourneyT();
  const toast = useToast();
  const format = useFormat();
  const phaseName = usePhaseName();
  const move = useMoveTouchpoint(workspaceId);
  const update = useUpdateTouchpoint(workspaceId);
  const [active, setActive] = useState<DragData | null>(null);

  const layout = useMemo(() => layoutMap(phases, touchpoints, filter), [phases, touchpoints, filter]);
  const phaseNames = useMemo(() => layout.columns.map((c) => phaseName(c.phase)), [layout, phaseName]);
  const curve = useMemo(() => phaseAverages(layout.columns, view), [layout, view]);
  const order = useMemo(() => layout.columns.map((c) => c.phase.id), [layout]);
  const byId = useMemo(() => new Map(touchpoints.map((tp) => [tp.id, tp])), [touchpoints]);
  const phaseTitle = useCallback(
    (id: unknown) => {
      const phase = phases.find((p) => p.id === id);
      return phase ? phaseName(phase) : t('map.noPhase');
    },
    [phases, phaseName, t],
  );

  const linksQuery = useTouchpointLinks(workspaceId, filter.personaId);
  const createLink = useCreateTouchpointLink(workspaceId);
  const links = useMemo(
    () => (linksQuery.data ?? []).filter((l) => byId.has(l.fromTouchpointId) && byId.has(l.toTouchpointId)),
    [linksQuery.data, byId],
  );
  const leadsTo = useMemo(() => {
    const names = new Map<string, string[]>();
    for (const l of links) {
      const list = names.get(l.fromTouchpointId) ?? [];
      const name = byId.get(l.toTouchpointId)?.name ?? '';
      if (!list.includes(name)) list.push(name);
      names.set(l.fromTouchpointId, list);
    }
    return new Map(
      [...names].map(([id, list]) => [id, jt('links.leadsToList', { names: list.join(', ') })] as const),
    );
  }, [links, byId, jt]);

  // The journey through the card under the pointer or the keyboard focus.
  const inner = useRef<HTMLDivElement>(null);
  const [pathOf, setPathOf] = useState<string | null>(null);
  const path = useMemo(() => {
    const through = pathOf ? pathThrough(links, pathOf) : null;
    return through && through.linkKeys.size > 0 ? through : null;
  }, [links, pathOf]);
  const [connectFrom, setConnectFrom] = useState<string | null>(null);
  // Marked on the DOM, not through props, so hovering does not re-render the memoised cards.
  useEffect(() => {
    inner.current?.querySelectorAll<HTMLElement>('[data-testid="map-card"]').forEach((card) => {
      const id = card.dataset.touchpointId ?? '';
      card.toggleAttribute('data-on-path', path?.touchpointIds.has(id) ?? false);
      card.toggleAttribute('data-connect-from', connecting && id === connectFrom);
    });
  }, [path, connecting, connectFrom, layout]);
  useEffect(() => {
    if (!connecting) setConnectFrom(null);
  }, [connecting]);
  useEffect(() => {
    if (!connecting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (connectFrom) setConnectFrom(null);
      else onStopConnecting?.();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [connecting, connectFrom, onStopConnecting]);

  const pickInConnectMode = (event: MouseEvent) => {
    if (!connecting) return;
    const id = cardIdOf(event.target);
    if (!id) return;
    // In connect mode a card is picked, not opened, renamed or dragged.
    event.preventDefault();
    event.stopPropagation();
    if (!connectFrom || connectFrom === id) return setConnectFrom(connectFrom === id ? null : id);
    const from = byId.get(connectFrom);
    const to = byId.get(id);
    setConnectFrom(null);
    if (!from || !to) return;
    createLink.mutate(
      { fromTouchpointId: from.id, toTouchpointId: to.id, personaId: filter.personaId },
      {
        onSuccess: () => toast.success(jt('links.created', { from: from.name, to: to.name })),
        onError: (error) => toast.error(`${jt('links.failed')} ${errorMessage(t, error)}`),
      },
    );
  };
  const onPointerOver = (event: MouseEvent) => {
    const id = cardIdOf(event.target);
    if (id !== pathOf) setPathOf(id);
  };
  const onFocusIn = (event: FocusEvent) => setPathOf(cardIdOf(event.target));
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget))
      setPathOf(null);
  };
  const connectFromName = connectFrom ? (byId.get(connectFrom)?.name ?? '') : '';

  const formatNumber = format.number;
  const formatRating = useCallback((value: number) => formatNumber(value, 1), [formatNumber]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const rename = useCallback(
    async (id: string, name: string) => {
      const updated = await update.mutateAsync({ id, patch: { name } });
      toast.success(t('map.renamed', { name: updated.name }));
    },
    [update.mutateAsync, toast, t],
  );

  const onDragStart = (event: DragStartEvent) => setActive((event.active.data.current as DragData) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const data = event.active.data.current as DragData | undefined;
    const to = event.over?.id;
    if (!data || typeof to !== 'string' || to === data.fromPhaseId) return;
    const touchpoint = byId.get(data.touchpointId);
    if (!touchpoint) return;
    const phaseIds = movePhaseIds(touchpoint.phaseIds, data.fromPhaseId, to, order);
    move.mutate(
      { id: touchpoint.id, phaseIds, fromPhaseId: data.fromPhaseId, toPhaseId: to },
      {
        onSuccess: () => toast.success(t('map.moved', { name: touchpoint.name, phase: phaseTitle(to) })),
        onError: (error) =>
          toast.error(`${t('map.moveFailed', { name: touchpoint.name })} ${errorMessage(t, error)}`),
      },
    );
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) =>
      t('map.a11y.pickedUp', { name: (a.data.current as DragData | undefined)?.name ?? '' }),
    // Over its own column right after pick-up: keep the pick-up instructions audible.
    onDragOver: ({ active: a, over }) =>
      over && over.id !== (a.data.current as DragData | undefined)?.fromPhaseId
        ? t('map.a11y.over', { phase: phaseTitle(over.id) })
        : undefined,
    onDragEnd: ({ over }) =>
      over ? t('map.a11y.dropped', { phase: phaseTitle(over.id) }) : t('map.a11y.cancelled'),
    onDragCancel: () => t('map.a11y.cancelled'),
  };

  const activeTouchpoint = active ? byId.get(active.touchpointId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('map.dragHint') } }}
    >
      {connecting && (
        <div className="connect-status" role="status" data-testid="connect-status">
          <p>
            {connectFrom ? jt('links.pickTo', { name: connectFromName }) : jt('links.pickFrom')}
            {personaName && <> {jt('links.forPersona', { persona: personaName })}</>}
          </p>
          <button type="button" className="button button-small" onClick={onStopConnecting}>
            {jt('links.cancel')}
          </button>
        </div>
      )}
      <div
        className={`board${path ? ' has-path' : ''}${connecting ? ' is-connecting' : ''}`}
        ref={ref}
        data-testid="journey-board"
      >
        <p className="board-export-title">{title}</p>
        <div
          ref={inner}
          onClickCapture={pickInConnectMode}
          onMouseOver={onPointerOver}
          onMouseLeave={() => setPathOf(null)}
          onFocus={onFocusIn}
          onBlur={onFocusOut}
          className="board-inner"
          style={{
            ['--phase-count' as string]: layout.columns.length,
            ['--column-count' as string]: layout.columns.length + (layout.withoutPhase.length > 0 ? 1 : 0),
          }}
        >
          <ExperienceCurve phaseNames={phaseNames} values={curve} view={view} formatNumber={formatRating} />
          <div className="columns">
            {layout.columns.map((column, i) => (
              <PhaseColumn
                key={column.phase.id}
                phaseId={column.phase.id}
                title={phaseNames[i] ?? ''}
                description={column.phase.description}
                touchpoints={column.touchpoints}
                view={view}
                canEdit={canEdit}
                onRename={rename}
                formatNumber={formatRating}
                leadsTo={leadsTo}
                liveOf={live?.touchpoints}
                reached={live?.phases.get(column.phase.id)}
              />
            ))}
            {layout.withoutPhase.length > 0 && (
              <PhaseColumn
                phaseId={null}
                title={t('map.noPhase')}
                touchpoints={layout.withoutPhase}
                view={view}
                canEdit={canEdit}
                onRename={rename}
                formatNumber={formatRating}
                leadsTo={leadsTo}
                liveOf={live?.touchpoints}
              />
            )}
          </div>
          <LinkArrows
            links={links}
            container={inner}
            highlighted={path?.linkKeys ?? null}
            layoutKey={layout}
          />
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {activeTouchpoint ? (
          <div className="drag-overlay">
            <TouchpointCard touchpoint={activeTouchpoint} view={view} formatNumber={formatRating} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
