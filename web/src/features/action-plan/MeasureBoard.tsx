import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../src/contract/measures';
import type { MeasureStatus } from '../../../../src/core/model';
import { columnKeyboardCoordinates } from '../journey-map/columnKeyboardCoordinates';
import { DraggableMeasureCard, MeasureCard, type MeasureDragData } from './MeasureCard';
import { STATUSES } from './measureModel';
import { useActionPlanT } from './messages';

interface MeasureBoardProps {
  measures: readonly Measure[];
  touchpointNames: (measure: Measure) => string[];
  kpiName: (measure: Measure) => string | null;
  canEdit: boolean;
  onEdit: (measure: Measure) => void;
  onMove: (measure: Measure, status: MeasureStatus) => void;
}

const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/** Four status columns; cards move by drag and drop (pointer or keyboard) or by their arrow buttons. */
export function MeasureBoard({
  measures,
  touchpointNames,
  kpiName,
  canEdit,
  onEdit,
  onMove,
}: MeasureBoardProps) {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const [active, setActive] = useState<MeasureDragData | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const statusName = (id: unknown) =>
    STATUSES.includes(id as MeasureStatus) ? shellT(`measures.status.${id as MeasureStatus}`) : '';

  const onDragStart = (event: DragStartEvent) =>
    setActive((event.active.data.current as MeasureDragData) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const data = event.active.data.current as MeasureDragData | undefined;
    const to = event.over?.id as MeasureStatus | undefined;
    if (!data || !to || to === data.fromStatus || !STATUSES.includes(to)) return;
    const measure = measures.find((m) => m.id === data.measureId);
    if (measure) onMove(measure, to);
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) =>
      t('a11y.pickedUp', { title: (a.data.current as MeasureDragData | undefined)?.title ?? '' }),
    onDragOver: ({ over }) => (over ? t('a11y.over', { status: statusName(over.id) }) : undefined),
    onDragEnd: ({ over }) =>
      over ? t('a11y.dropped', { status: statusName(over.id) }) : t('a11y.cancelled'),
    onDragCancel: () => t('a11y.cancelled'),
  };
  const activeMeasure = active ? measures.find((m) => m.id === active.measureId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dragHint') } }}
    >
      <div className="ap-board" data-testid="measure-board">
        {STATUSES.map((status) => {
          const inColumn = measures.filter((m) => m.status === status);
          return (
            <StatusColumn key={status} status={status} title={statusName(status)} count={inColumn.length}>
              {inColumn.length === 0 ? (
                <p className="ap-empty">{t('emptyColumn')}</p>
              ) : (
                <ul className="ap-cards">
                  {inColumn.map((measure) => (
                    <li key={measure.id}>
                      <DraggableMeasureCard
                        measure={measure}
                        touchpointNames={touchpointNames(measure)}
                        kpiName={kpiName(measure)}
                        canEdit={canEdit}
                        onEdit={onEdit}
                        onMove={onMove}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </StatusColumn>
          );
        })}
      </div>
      <DragOverlay dropAnimation={null}>
        {activeMeasure && (
          <div className="ap-drag-overlay">
            <MeasureCard
              measure={activeMeasure}
              touchpointNames={touchpointNames(activeMeasure)}
              kpiName={kpiName(activeMeasure)}
              canEdit={canEdit}
              onEdit={onEdit}
              onMove={onMove}
              overlay
            />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

function StatusColumn({
  status,
  title,
  count,
  children,
}: {
  status: MeasureStatus;
  title: string;
  count: number;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section
      ref={setNodeRef}
      className={`ap-column ap-column-${status}${isOver ? ' is-over' : ''}`}
      aria-labelledby={`ap-column-${status}`}
      data-testid={`measure-column-${status}`}
    >
      <header className="ap-column-head">
        <h2 id={`ap-column-${status}`}>{title}</h2>
        <span className="badge badge-soft">{count}</span>
      </header>
      {children}
    </section>
  );
}
