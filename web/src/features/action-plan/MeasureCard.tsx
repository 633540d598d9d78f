import { useDraggable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../src/contract/measures';
import type { MeasureStatus } from '../../../../src/core/model';
import { DueDate } from './DueDate';
import { neighbourStatus } from './measureModel';
import { useActionPlanT } from './messages';

export interface MeasureDragData {
  measureId: string;
  title: string;
  fromStatus: MeasureStatus;
}

interface MeasureCardProps {
  measure: Measure;
  touchpointNames: string[];
  kpiName: string | null;
  canEdit: boolean;
  onEdit: (measure: Measure) => void;
  onMove: (measure: Measure, status: MeasureStatus) => void;
  /** Rendered in the drag overlay: no handle, no buttons. */
  overlay?: boolean;
  dragHandle?: ReactNode;
  isDragging?: boolean;
}

/** A card that can be dragged by its handle to another status column. */
export function DraggableMeasureCard(props: Omit<MeasureCardProps, 'dragHandle' | 'isDragging' | 'overlay'>) {
  const t = useActionPlanT();
  const { measure, canEdit } = props;
  const data: MeasureDragData = { measureId: measure.id, title: measure.title, fromStatus: measure.status };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: measure.id,
    data,
    disabled: !canEdit,
  });
  const handle = canEdit ? (
    <button
      type="button"
      ref={setNodeRef}
      className="drag-handle"
      aria-label={t('dragHandle', { title: measure.title })}
      data-testid="measure-drag-handle"
      {...attributes}
      {...listeners}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  ) : null;
  return <MeasureCard {...props} dragHandle={handle} isDragging={isDragging} />;
}

/** One measure on the board: title, owner, due date (overdue flagged in words and colour), links, moves. */
export function MeasureCard({
  measure,
  touchpointNames,
  kpiName,
  canEdit,
  onEdit,
  onMove,
  overlay,
  dragHandle,
  isDragging,
}: MeasureCardProps) {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const previous = neighbourStatus(measure.status, -1);
  const next = neighbourStatus(measure.status, 1);
  const statusName = (s: MeasureStatus) => shellT(`measures.status.${s}`);

  return (
    <article
      className={`ap-card${measure.overdue ? ' is-overdue' : ''}${isDragging ? ' is-dragging' : ''}`}
      data-testid="measure-card"
      aria-label={measure.title}
    >
      <div className="ap-card-top">
        {!overlay && dragHandle}
        <h3 className="ap-card-title">
          {canEdit && !overlay ? (
            <button
              type="button"
              className="ap-link-button"
              onClick={() => onEdit(measure)}
              aria-label={t('editNamed', { title: measure.title })}
            >
              {measure.title}
            </button>
          ) : (
            measure.title
          )}
        </h3>
      </div>
      <p className="ap-card-meta">
        <DueDate measure={measure} />
      </p>
      <p className="ap-card-meta">
        {measure.owner ? t('ownerLabel', { owner: measure.owner }) : t('noOwner')}
      </p>
      {touchpointNames.length > 0 && (
        <p className="ap-card-meta ap-card-touchpoints" title={touchpointNames.join(', ')}>
          {touchpointNames.join(', ')}
        </p>
      )}
      {kpiName && <p className="ap-card-meta">{t('kpiLabel', { name: kpiName })}</p>}
      {canEdit && !overlay && (
        <div className="ap-card-moves">
          {previous ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => onMove(measure, previous)}
              aria-label={t('moveToNamed', { title: measure.title, status: statusName(previous) })}
              title={t('moveTo', { status: statusName(previous) })}
            >
              ← {statusName(previous)}
            </button>
          ) : (
            <span />
          )}
          {next && (
            <button
              type="button"
              className="button button-small"
              onClick={() => onMove(measure, next)}
              aria-label={t('moveToNamed', { title: measure.title, status: statusName(next) })}
              title={t('moveTo', { status: statusName(next) })}
            >
              {statusName(next)} →
            </button>
          )}
        </div>
      )}
    </article>
  );
}
