import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';

export interface DragData {
  touchpointId: string;
  fromPhaseId: string | null;
  name: string;
}

/** The grip of a card. Only the handle subscribes to drag state, so the card itself stays memoised. */
export function DragHandle({ touchpointId, fromPhaseId, name }: DragData) {
  const { t } = useTranslation();
  const data: DragData = { touchpointId, fromPhaseId, name };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `${touchpointId}@${fromPhaseId ?? 'none'}`,
    data,
  });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`drag-handle${isDragging ? ' is-dragging' : ''}`}
      {...attributes}
      {...listeners}
      aria-label={t('map.dragHandle', { name })}
      aria-describedby="map-drag-hint"
      title={t('map.dragHandle', { name })}
      data-testid="drag-handle"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
