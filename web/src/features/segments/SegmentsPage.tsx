import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Segment, SegmentDefinitionInput } from '../../../../src/contract/segments';
import type { SegmentDefinition, SegmentGroup } from '../../../../src/core/segments';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { TextField } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { GroupEditor } from './GroupEditor';
import { useSegmentsT } from './messages';
import './segments.css';
import { useSegmentMutations, useSegmentPreview, useSegmentProfiles, useSegments } from './useSegments';

const EMPTY: SegmentDefinition = {
  version: 1,
  kind: 'all',
  conditions: [
    {
      kind: 'event',
      did: true,
      eventType: 'page_view',
      urlContains: 'pricing',
      frequency: 'at_least',
      times: 2,
      days: 14,
    },
  ],
};

/** The builder's draft, sent to the preview only after the user paused typing. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Segmente: the saved segments with their member counts, a condition builder with a live count, and the
 * members of the chosen segment, each one click from their profile.
 */
export function SegmentsPage() {
  const t = useSegmentsT();
  const { t: shellT, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { workspaceId } = useCurrentWorkspace();
  const segments = useSegments(workspaceId);
  const { create, update, remove } = useSegmentMutations(workspaceId);
  const [selected, setSelected] = useState<Segment | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [definition, setDefinition] = useState<SegmentDefinition>(EMPTY);
  const settled = useDebounced<SegmentDefinitionInput>(definition, 400);
  const preview = useSegmentPreview(workspaceId, settled);
  const members = useSegmentProfiles(workspaceId, selected?.id ?? null);
  const saveErrors = fieldErrorsOf(create.error ?? update.error);
  const errors = { ...fieldErrorsOf(preview.error), ...saveErrors };
  const builderId = useId();
  const lang = i18n.language === 'en' ? 'en' : 'de';

  const choose = (s: Segment | null) => {
    setSelected(s);
    setName(s?.name ?? '');
    setDescription(s?.description ?? '');
    setDefinition(s ? (s.definition as unknown as SegmentDefinition) : EMPTY);
    create.reset();
    update.reset();
  };
  const save = (asNew: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const body = { name, description, definition };
    const done = {
      onSuccess: (s: Segment) => {
        toast.success(t('saved'));
        setSelected(s);
      },
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    };
    if (selected && !asNew) update.mutate({ id: selected.id, body }, done);
    else create.mutate(body, done);
  };
  const del = () => {
    if (!selected || !window.confirm(t('deleteConfirm', { name: selected.name }))) return;
    remove.mutate(selected.id, {
      onSuccess: () => {
        toast.success(t('deleted'));
        choose(null);
      },
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    });
  };
  const memberRows = selected
    ? (members.data?.pages.flatMap((p) => p.items) ?? [])
    : (preview.data?.profiles ?? []);

  return (
    <section className="page sg-page" aria-labelledby="segments-title">
      <h1 id="segments-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <div className="sg-layout">
        <section className="panel sg-list" aria-labelledby="segments-list-title">
          <h2 id="segments-list-title">{t('listTitle')}</h2>
          {segments.isPending ? (
            <Loading />
          ) : segments.isError ? (
            <LoadError error={segments.error} onRetry={() => void segments.refetch()} />
          ) : segments.data.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <ul data-testid="segment-list">
              {segments.data.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`sg-item${selected?.id === s.id ? ' sg-item-active' : ''}`}
                    aria-pressed={selected?.id === s.id}
                    onClick={() => choose(s)}
                  >
                    <strong>{s.name}</strong>
                    <span className="sg-count">
                      {t('members', { count: s.memberCount, n: format.plain(s.memberCount) })}
                    </span>
                    <span className="hint">{s.summary[lang]}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => choose(null)}>
            {t('new')}
          </button>
        </section>

        <form className="panel sg-builder" aria-labelledby={builderId} onSubmit={save(false)}>
          <h2 id={builderId}>{selected ? selected.name : t('new')}</h2>
          <div className="sg-names">
            <TextField
              label={t('name')}
              value={name}
              onChange={setName}
              maxLength={200}
              error={saveErrors.name}
            />
            <TextField
              label={t('description')}
              value={description}
              onChange={setDescription}
              maxLength={1000}
            />
          </div>
          <GroupEditor
            group={definition}
            path="definition"
            depth={1}
            errors={errors}
            onChange={(g: Pick<SegmentGroup, 'kind' | 'conditions'>) =>
              setDefinition({ ...definition, ...g })
            }
          />
          <div className="sg-preview" aria-live="polite" data-testid="segment-preview">
            <strong>{t('preview')}: </strong>
            {preview.isPending || preview.isFetching ? (
              <span>{t('previewPending')}</span>
            ) : preview.isError ? (
              <span className="field-error">{errorMessage(shellT, preview.error)}</span>
            ) : (
              <>
                <span data-testid="segment-preview-count">
                  {t('previewCount', { count: preview.data.count, n: format.plain(preview.data.count) })}
                </span>
                <p className="hint">{preview.data.summary[lang]}</p>
              </>
            )}
          </div>
          <div className="sg-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={create.isPending || update.isPending}
            >
              {t('save')}
            </button>
            {selected && (
              <>
                <button type="button" className="button" onClick={save(true)}>
                  {t('saveNew')}
                </button>
                <button type="button" className="button button-ghost" onClick={del}>
                  {t('delete')}
                </button>
              </>
            )}
          </div>
        </form>

        <section className="panel sg-members" aria-labelledby="segment-members-title">
          <h2 id="segment-members-title">
            {selected ? t('membersTitle', { name: selected.name }) : t('firstMembers')}
          </h2>
          <ul data-testid="segment-members">
            {memberRows.map((p) => (
              <li key={p.id}>
                <Link to={`/customers/${p.id}`}>{p.name || p.email || p.userId || t('anonymous')}</Link>
                <span className="hint">
                  {[p.company?.name, p.lastSeenAt ? `${t('lastSeen')}: ${format.date(p.lastSeenAt)}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          {selected && members.hasNextPage && (
            <button type="button" className="button" onClick={() => void members.fetchNextPage()}>
              {t('more')}
            </button>
          )}
        </section>
      </div>
    </section>
  );
}
