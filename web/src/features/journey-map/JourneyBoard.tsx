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
import { forwardRef, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useUpdateTouchpoint } from '../touchpoints/useUpdateTouchpoint';
import { usePhaseName } from '../workspace/usePhaseName';
import type { Phase } from '../workspace/workspaceSchema';
import { columnKeyboardCoordinates } from './columnKeyboardCoordinates';
import type { DragData } from './DragHandle';
import { ExperienceCurve } from './ExperienceCurve';
import { layoutMap, movePhaseIds, phaseAverages, type MapFilter, type MapView } from './mapModel';
import { PhaseColumn } from './PhaseColumn';
import { TouchpointCard } from './TouchpointCard';
import { useMoveTouchpoint } from './useMoveTouchpoint';

interface JourneyBoardProps {
  workspaceId: string;
  phases: Phase[];
  touchpoints: Touchpoint[];
  filter: MapFilter;
  view: MapView;
  canEdit: boolean;
  title: string;
}

/** Pointer drops go to the column under the pointer; keyboard drops to the column the card overlaps. */
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

export const JourneyBoard = forwardRef<HTMLDivElement, JourneyBoardProps>(function JourneyBoard(
  { workspaceId, phases, touchpoints, filter, view, canEdit, title },
  ref,
) {
  const { t } = useTranslation();
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
      <div className="board" ref={ref} data-testid="journey-board">
        <p className="board-export-title">{title}</p>
        <div
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
              />
            )}
          </div>
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
