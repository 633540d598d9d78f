import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SwotEntry } from '../../../../src/contract/strategy';
import { SWOT_TEXT_MAX, swotQuadrants, swotSide, type SwotQuadrant } from '../../../../src/core/strategy';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useStrategyT, type StrategyT } from './messages';
import { useSwotEntries, useSwotMutations } from './useSwot';

interface BoardProps {
  workspaceId: string;
  /** Null: the workspace's own SWOT. */
  touchpointId: string | null;
  canEdit: boolean;
}

/**
 * The SWOT as a 2×2 grid a workshop fills in quickly: type, Enter adds, the field stays ready for the
 * next entry; entries are edited in place, deleted, or turned into a measure.
 */
export function SwotBoard({ workspaceId, touchpointId, canEdit }: BoardProps) {
  const t = useStrategyT();
  const entries = useSwotEntries(workspaceId, touchpointId);
  if (entries.isPending) return <Loading />;
  if (entries.isError) return <LoadError error={entries.error} onRetry={() => void entries.refetch()} />;
  return (
    <div className="swot-grid" data-testid="swot-grid">
      {swotQuadrants.map((q) => (
        <Quadrant
          key={q}
          quadrant={q}
          entries={entries.data.filter((e) => e.quadrant === q)}
          workspaceId={workspaceId}
          touchpointId={touchpointId}
          canEdit={canEdit}
          t={t}
        />
      ))}
    </div>
  );
}

function Quadrant({
  quadrant,
  entries,
  workspaceId,
  touchpointId,
  canEdit,
  t,
}: BoardProps & { quadrant: SwotQuadrant; entries: SwotEntry[]; t: StrategyT }) {
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { create, reorder } = useSwotMutations(workspaceId);
  const [text, setText] = useState('');
  const name = t(`swot.quadrants.${quadrant}`);
  const headingId = `swot-${touchpointId ?? 'ws'}-${quadrant}`;

  const add = () => {
    const value = text.trim();
    if (!value || create.isPending) return;
    create.mutate(
      { quadrant, text: value, touchpointId },
      {
        onSuccess: () => setText(''),
        onError: (error) => toast.error(`${t('swot.failed')} ${errorMessage(shellT, error)}`),
      },
    );
  };

  // The whole quadrant's order goes to the server: it refuses a list that misses an entry (409).
  const move = async (index: number, step: -1 | 1) => {
    // One move at a time: a second click before the list is back would send a stale order.
    if (reorder.isPending) return false;
    const ids = entries.map((e) => e.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return false;
    ids.splice(index + step, 0, moved);
    try {
      await reorder.mutateAsync({ quadrant, touchpointId, ids });
      return true;
    } catch (error) {
      toast.error(`${t('swot.failed')} ${errorMessage(shellT, error)}`);
      return false;
    }
  };

  return (
    <section
      className={`swot-quadrant swot-${quadrant} swot-${swotSide(quadrant)}`}
      aria-labelledby={headingId}
      data-testid={`swot-${quadrant}`}
    >
      <h3 id={headingId}>
        {name} <span className="swot-side">{t(`swot.${swotSide(quadrant)}`)}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted swot-empty">{t('swot.empty')}</p>
      ) : (
        <ul className="swot-entries">
          {entries.map((e, i) => (
            <EntryItem
              key={e.id}
              entry={e}
              workspaceId={workspaceId}
              canEdit={canEdit}
              t={t}
              first={i === 0}
              last={i === entries.length - 1}
              onMove={(step) => move(i, step)}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <input
          className="swot-add"
          value={text}
          maxLength={SWOT_TEXT_MAX}
          placeholder={t('swot.addPlaceholder')}
          aria-label={t('swot.addLabel', { quadrant: name })}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      )}
    </section>
  );
}

function EntryItem({
  entry,
  workspaceId,
  canEdit,
  t,
  first,
  last,
  onMove,
}: {
  entry: SwotEntry;
  workspaceId: string;
  canEdit: boolean;
  t: StrategyT;
  first: boolean;
  last: boolean;
  /** Moves the entry one place up (-1) or down (1); answers whether it moved. */
  onMove: (step: -1 | 1) => Promise<boolean>;
}) {
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { update, remove, toMeasure } = useSwotMutations(workspaceId);
  const [draft, setDraft] = useState<string | null>(null);
  // Enter saves and closes the field; the blur that follows must not save a second time.
  const open = useRef(false);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  // A keyboard user keeps moving the same entry: focus follows it to its new place (or to the other
  // arrow once it reaches an end).
  const [focusAfterMove, setFocusAfterMove] = useState<-1 | 1 | null>(null);
  useEffect(() => {
    if (focusAfterMove === null) return;
    const wanted = focusAfterMove === -1 ? upButton.current : downButton.current;
    const other = focusAfterMove === -1 ? downButton.current : upButton.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, first, last]);
  const moveBy = async (step: -1 | 1) => {
    if (await onMove(step)) setFocusAfterMove(step);
  };
  const failed = (error: unknown) => toast.error(`${t('swot.failed')} ${errorMessage(shellT, error)}`);

  const startEdit = () => {
    open.current = true;
    setDraft(entry.text);
  };
  const close = () => {
    open.current = false;
    setDraft(null);
  };
  const save = () => {
    if (!open.current) return;
    const value = draft?.trim() ?? '';
    close();
    if (!value || value === entry.text) return;
    update.mutate({ id: entry.id, patch: { text: value } }, { onError: failed });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  return (
    <li className="swot-entry" data-testid="swot-entry">
      {draft !== null ? (
        <input
          className="swot-edit"
          value={draft}
          maxLength={SWOT_TEXT_MAX}
          aria-label={t('swot.editLabel')}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          onBlur={save}
        />
      ) : canEdit ? (
        <button type="button" className="swot-text" title={t('swot.edit')} onClick={startEdit}>
          {entry.text}
        </button>
      ) : (
        <span className="swot-text">{entry.text}</span>
      )}
      <span className="swot-actions">
        {entry.measureId !== null ? (
          <Link to="/action-plan" className="badge badge-success" data-testid="swot-is-measure">
            {t('swot.isMeasure')}
          </Link>
        ) : (
          canEdit && (
            <button
              type="button"
              className="button button-small"
              aria-label={t('swot.toMeasureLabel', { text: entry.text })}
              disabled={toMeasure.isPending}
              onClick={() =>
                toMeasure.mutate(entry.id, {
                  onSuccess: ({ measure }) => toast.success(t('swot.measureMade', { title: measure.title })),
                  onError: failed,
                })
              }
            >
              {t('swot.toMeasure')}
            </button>
          )
        )}
        {canEdit && (
          <>
            <button
              ref={upButton}
              type="button"
              className="button-icon swot-move"
              aria-label={t('swot.moveUpLabel', { text: entry.text })}
              disabled={first}
              onClick={() => void moveBy(-1)}
            >
              ↑
            </button>
            <button
              ref={downButton}
              type="button"
              className="button-icon swot-move"
              aria-label={t('swot.moveDownLabel', { text: entry.text })}
              disabled={last}
              onClick={() => void moveBy(1)}
            >
              ↓
            </button>
          </>
        )}
        {canEdit && (
          <button
            type="button"
            className="button-icon"
            aria-label={t('swot.deleteLabel', { text: entry.text })}
            onClick={() => remove.mutate(entry.id, { onError: failed })}
          >
            ×
          </button>
        )}
      </span>
    </li>
  );
}
