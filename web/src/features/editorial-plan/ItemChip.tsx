import type { EditorialChannel, EditorialItem } from '../../../../src/contract/editorialPlan';
import { useEditorialT } from './messages';

interface ItemChipProps {
  item: EditorialItem;
  channel: EditorialChannel | undefined;
  /** Index of the channel in the workspace's list, for its colour. */
  colour: number;
  draggable: boolean;
  onOpen: (item: EditorialItem) => void;
  time: string;
}

/** One post in the calendar: time, channel and title; editors drag it to another day. */
export function ItemChip({ item, channel, colour, draggable, onOpen, time }: ItemChipProps) {
  const t = useEditorialT();
  const status = t(`statuses.${item.status}`);
  return (
    <button
      type="button"
      className={`ep-chip ep-ch-${colour % 6} ep-status-${item.status}`}
      draggable={draggable}
      data-testid="editorial-item"
      data-item-id={item.id}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', item.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onOpen(item)}
      aria-label={t('itemLabel', { title: item.title, channel: channel?.name ?? '', time, status })}
      title={`${item.title} · ${channel?.name ?? ''} · ${status}`}
    >
      <span className="ep-chip-time">{time}</span> <span className="ep-chip-channel">{channel?.name}</span>
      <span className="ep-chip-title">{item.title}</span>
    </button>
  );
}
