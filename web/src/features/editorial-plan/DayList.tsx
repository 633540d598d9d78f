import type { EditorialChannel, EditorialItem } from '../../../../src/contract/editorialPlan';
import { dayKey } from './calendarDates';
import { ItemChip } from './ItemChip';
import { useEditorialT } from './messages';

interface DayListProps {
  days: Date[];
  itemsByDay: Map<string, EditorialItem[]>;
  channels: EditorialChannel[];
  locale: string;
  onOpen: (item: EditorialItem) => void;
}

/** On a phone: the days that have posts, one under the other, instead of the grid. */
export function DayList({ days, itemsByDay, channels, locale, onOpen }: DayListProps) {
  const t = useEditorialT();
  const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const channelIndex = new Map(channels.map((c, i) => [c.id, i]));
  const filled = days.filter((d) => (itemsByDay.get(dayKey(d)) ?? []).length > 0);
  return (
    <div className="ep-daylist" data-testid="editorial-daylist">
      {filled.length === 0 && <p className="muted">{t('emptyRange')}</p>}
      {filled.map((d) => (
        <section key={dayKey(d)} className="ep-daylist-day">
          <h3>{longDay.format(d)}</h3>
          {(itemsByDay.get(dayKey(d)) ?? []).map((item) => (
            <ItemChip
              key={item.id}
              item={item}
              channel={channels.find((c) => c.id === item.channelId)}
              colour={channelIndex.get(item.channelId) ?? 0}
              draggable={false}
              onOpen={onOpen}
              time={time.format(new Date(item.plannedAt))}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
