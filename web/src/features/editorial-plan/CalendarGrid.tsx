import { useState } from 'react';
import type { EditorialChannel, EditorialItem } from '../../../../src/contract/editorialPlan';
import { dayKey } from './calendarDates';
import { ItemChip } from './ItemChip';
import { useEditorialT } from './messages';

interface CalendarGridProps {
  view: 'week' | 'month';
  days: Date[];
  /** The month shown, for greying out the days of the weeks around it. */
  month: number;
  itemsByDay: Map<string, EditorialItem[]>;
  channels: EditorialChannel[];
  canEdit: boolean;
  locale: string;
  onOpen: (item: EditorialItem) => void;
  onAdd: (day: string) => void;
  onMove: (itemId: string, day: string) => void;
}

/** The week (7 columns, posts in time order) or the month (a grid of weeks); a day is a drop target. */
export function CalendarGrid(props: CalendarGridProps) {
  const { view, days, month, itemsByDay, channels, canEdit, locale, onOpen, onAdd, onMove } = props;
  const t = useEditorialT();
  const [over, setOver] = useState<string | null>(null);
  const channelIndex = new Map(channels.map((c, i) => [c.id, i]));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const dayLabel = new Intl.DateTimeFormat(
    locale,
    view === 'week' ? { day: 'numeric', month: 'short' } : { day: 'numeric' },
  );
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const today = dayKey(new Date());

  return (
    <div className={`ep-grid ep-grid-${view}`} data-testid={`editorial-${view}`}>
      {days.slice(0, 7).map((d) => (
        <div key={`head-${dayKey(d)}`} className="ep-grid-head">
          {weekday.format(d)}
          {view === 'week' && <span className="ep-grid-date"> {dayLabel.format(d)}</span>}
        </div>
      ))}
      {days.map((d) => {
        const key = dayKey(d);
        const items = itemsByDay.get(key) ?? [];
        const outside = view === 'month' && d.getMonth() !== month;
        return (
          <div
            key={key}
            role="group"
            className={`ep-day${outside ? ' ep-day-outside' : ''}${key === today ? ' ep-day-today' : ''}${over === key ? ' ep-day-over' : ''}`}
            data-testid="editorial-day"
            data-day={key}
            aria-label={longDay.format(d)}
            onDragOver={(e) => {
              if (!canEdit) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              setOver(key);
            }}
            onDragLeave={() => setOver((o) => (o === key ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const id = e.dataTransfer.getData('text/plain');
              if (id) onMove(id, key);
            }}
          >
            <div className="ep-day-top">
              {view === 'month' && <span className="ep-day-number">{dayLabel.format(d)}</span>}
              {canEdit && (
                <button
                  type="button"
                  className="ep-add-day"
                  onClick={() => onAdd(key)}
                  aria-label={t('addOn', { day: longDay.format(d) })}
                >
                  +
                </button>
              )}
            </div>
            {items.map((item) => (
              <ItemChip
                key={item.id}
                item={item}
                channel={channels.find((c) => c.id === item.channelId)}
                colour={channelIndex.get(item.channelId) ?? 0}
                draggable={canEdit}
                onOpen={onOpen}
                time={time.format(new Date(item.plannedAt))}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
