import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorialItem } from '../../../../src/contract/editorialPlan';
import { API_BASE, wsPath } from '../../api/client';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { BestTimesPanel } from './BestTimesPanel';
import { addDays, dayKey, daysOf, moveToDay } from './calendarDates';
import { CalendarGrid } from './CalendarGrid';
import { ChannelsDialog } from './ChannelsDialog';
import { DayList } from './DayList';
import './editorial-plan.css';
import { FeedDialog } from './FeedDialog';
import { FrequencyPanel } from './FrequencyPanel';
import { ItemDialog } from './ItemDialog';
import { useEditorialT } from './messages';
import { useBestTimes } from './useBestTimes';
import { useEditorialChannels } from './useEditorialChannels';
import { useEditorialItems } from './useEditorialItems';
import { useFrequencyStatus } from './useFrequencyStatus';
import { useUpdateEditorialItem } from './useSaveEditorialItem';

type DialogState =
  | { kind: 'item'; item: EditorialItem | null; startAt: string }
  | { kind: 'feed' }
  | { kind: 'channels' }
  | null;

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** ISO week number, as German calendars print it ("KW 10"). */
function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
}

/**
 * The editorial plan (Redaktionsplan, seed 000 section 5): week and month views of the posts per
 * channel, drag to reschedule, and beside them each channel's frequency check and its best days and
 * hours from the workspace's own data.
 */
export function EditorialPlanPage() {
  const t = useEditorialT();
  const { t: shellT, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const toast = useToast();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [view, setView] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const [channelFilter, setChannelFilter] = useState('');
  const [dialog, setDialog] = useState<DialogState>(null);

  const days = useMemo(() => daysOf(view, anchor), [view, anchor]);
  const first = days[0] ?? anchor;
  const last = days.at(-1) ?? anchor;
  const from = first.toISOString();
  const to = addDays(last, 1).toISOString();
  const channels = useEditorialChannels(workspaceId);
  const items = useEditorialItems(workspaceId, from, to);
  const frequency = useFrequencyStatus(workspaceId);
  const best = useBestTimes(workspaceId, browserZone);
  const update = useUpdateEditorialItem(workspaceId);

  const itemsByDay = useMemo(() => {
    const byDay = new Map<string, EditorialItem[]>();
    for (const item of items.data ?? []) {
      if (channelFilter && item.channelId !== channelFilter) continue;
      const key = dayKey(new Date(item.plannedAt));
      byDay.set(key, [...(byDay.get(key) ?? []), item]);
    }
    return byDay;
  }, [items.data, channelFilter]);

  if (channels.isPending || items.isPending) return <Loading />;
  if (channels.isError) return <LoadError error={channels.error} onRetry={() => void channels.refetch()} />;
  if (items.isError) return <LoadError error={items.error} onRetry={() => void items.refetch()} />;

  const step = (direction: -1 | 1) =>
    setAnchor((a) =>
      view === 'week' ? addDays(a, 7 * direction) : new Date(a.getFullYear(), a.getMonth() + direction, 1),
    );
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const heading =
    view === 'week'
      ? t('weekOf', { week: isoWeek(first), from: shortDate.format(first), to: shortDate.format(last) })
      : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor);
  const move = (itemId: string, day: string) => {
    const item = items.data.find((i) => i.id === itemId);
    if (!item || dayKey(new Date(item.plannedAt)) === day) return;
    const plannedAt = moveToDay(item.plannedAt, day);
    update.mutate(
      { id: itemId, patch: { plannedAt } },
      {
        onSuccess: (saved) =>
          toast.success(
            t('moved', {
              title: saved.title,
              day: new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(new Date(saved.plannedAt)),
            }),
          ),
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };
  const openNew = (day: string) => {
    const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
    setDialog({ kind: 'item', item: null, startAt: new Date(y, m - 1, d, 9, 0).toISOString() });
  };
  const csvHref =
    API_BASE +
    wsPath(workspaceId, '/editorial-plan.csv') +
    `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&timeZone=${encodeURIComponent(browserZone)}` +
    `&lang=${i18n.language === 'en' ? 'en' : 'de'}` +
    (channelFilter ? `&channelId=${channelFilter}` : '');

  return (
    <div className="page page-wide ep-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      {/* Phones get the plan as a list, where nothing is dragged. */}
      <p className="hint ep-intro-wide">{t('intro')}</p>
      <p className="hint ep-intro-phone">{t('introPhone')}</p>
      <div className="toolbar ep-toolbar">
        <div className="segmented" role="group" aria-label={t('view')}>
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(v)}
            </button>
          ))}
        </div>
        <div className="ep-nav">
          <button type="button" className="button" onClick={() => step(-1)} aria-label={t('previous')}>
            ‹
          </button>
          <button type="button" className="button" onClick={() => setAnchor(new Date())}>
            {t('today')}
          </button>
          <button type="button" className="button" onClick={() => step(1)} aria-label={t('next')}>
            ›
          </button>
        </div>
        <h2 className="ep-range" data-testid="editorial-range">
          {heading}
        </h2>
        <label className="ep-filter">
          <span>{t('channelFilter')}</span>
          <select value={channelFilter} onChange={(e) => setChannelFilter(e.target.value)}>
            <option value="">{t('allChannels')}</option>
            {channels.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <div className="toolbar-spacer" />
        <a className="button" href={csvHref} download="editorial-plan.csv">
          {t('csv')}
        </a>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'feed' })}>
          {t('subscribe')}
        </button>
        {canEdit && (
          <>
            <button type="button" className="button" onClick={() => setDialog({ kind: 'channels' })}>
              {t('editTargets')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => openNew(dayKey(new Date()))}
            >
              + {t('add')}
            </button>
          </>
        )}
      </div>
      <div className="ep-layout">
        <div className="ep-main">
          <CalendarGrid
            view={view}
            days={days}
            month={anchor.getMonth()}
            itemsByDay={itemsByDay}
            channels={channels.data}
            canEdit={canEdit}
            locale={locale}
            onOpen={(item) => setDialog({ kind: 'item', item, startAt: item.plannedAt })}
            onAdd={openNew}
            onMove={move}
          />
          <DayList
            days={days}
            itemsByDay={itemsByDay}
            channels={channels.data}
            locale={locale}
            onOpen={(item) => setDialog({ kind: 'item', item, startAt: item.plannedAt })}
          />
        </div>
        <aside className="ep-aside">
          {frequency.data && <FrequencyPanel status={frequency.data} />}
          {best.data && <BestTimesPanel best={best.data} />}
        </aside>
      </div>
      {dialog?.kind === 'item' && (
        <ItemDialog
          key={dialog.item?.id ?? `new-${dialog.startAt}`}
          workspaceId={workspaceId}
          item={dialog.item}
          startAt={dialog.startAt}
          channels={channels.data}
          canEdit={canEdit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'feed' && (
        <FeedDialog workspaceId={workspaceId} canEdit={canEdit} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'channels' && (
        <ChannelsDialog workspaceId={workspaceId} channels={channels.data} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
