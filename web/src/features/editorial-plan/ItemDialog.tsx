import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EditorialChannel,
  EditorialItem,
  EditorialItemInput,
} from '../../../../src/contract/editorialPlan';
import {
  editorialFormats,
  editorialStatuses,
  type EditorialFormat,
  type EditorialStatus,
} from '../../../../src/core/editorialPlan/editorialModel';
import { Dialog } from '../../components/Dialog';
import { Field, TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { usePersonas } from '../personas/usePersonas';
import { useMembers } from '../team/useMembers';
import { usePhaseName } from '../workspace/usePhaseName';
import { useWorkspace } from '../workspace/useWorkspace';
import { fromLocalInput, toLocalInput } from './calendarDates';
import { useEditorialT } from './messages';
import {
  useCreateEditorialItem,
  useDeleteEditorialItem,
  useUpdateEditorialItem,
} from './useSaveEditorialItem';

interface ItemDialogProps {
  workspaceId: string;
  /** null: a new item at `startAt`. */
  item: EditorialItem | null;
  startAt: string;
  channels: EditorialChannel[];
  canEdit: boolean;
  onClose: () => void;
}

/** Create, edit or delete one post of the plan. Input survives a refusal. */
export function ItemDialog({ workspaceId, item, startAt, channels, canEdit, onClose }: ItemDialogProps) {
  const t = useEditorialT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const phaseName = usePhaseName();
  const personas = usePersonas(workspaceId);
  const members = useMembers(workspaceId);
  const workspace = useWorkspace(workspaceId);
  const create = useCreateEditorialItem(workspaceId);
  const update = useUpdateEditorialItem(workspaceId);
  const remove = useDeleteEditorialItem(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [title, setTitle] = useState(item?.title ?? '');
  const [channelId, setChannelId] = useState(item?.channelId ?? channels[0]?.id ?? '');
  const [format, setFormat] = useState<EditorialFormat>(item?.format ?? 'text');
  const [status, setStatus] = useState<EditorialStatus>(item?.status ?? 'idea');
  const [plannedAt, setPlannedAt] = useState(toLocalInput(item?.plannedAt ?? startAt));
  const [personaId, setPersonaId] = useState(item?.personaId ?? '');
  const [phaseId, setPhaseId] = useState(item?.phaseId ?? '');
  const [ownerUserId, setOwnerUserId] = useState(item?.ownerUserId ?? '');
  const [publishedUrl, setPublishedUrl] = useState(item?.publishedUrl ?? '');
  const [autoPublish, setAutoPublish] = useState(item?.autoPublish ?? false);
  const [notes, setNotes] = useState(item?.notes ?? '');
  const pending = create.isPending || update.isPending || remove.isPending;
  const urlError =
    errors.publishedUrl && /http\(s\) address/.test(errors.publishedUrl)
      ? shellT('errors.invalidUrl')
      : errors.publishedUrl;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const input: EditorialItemInput = {
      title,
      channelId,
      format,
      status,
      plannedAt: plannedAt ? fromLocalInput(plannedAt) : '',
      personaId: personaId || null,
      phaseId: phaseId || null,
      ownerUserId: ownerUserId || null,
      publishedUrl: publishedUrl.trim(),
      autoPublish,
      notes,
    };
    const done = (saved: EditorialItem) => {
      toast.success(t(item ? 'form.updated' : 'form.created', { title: saved.title }));
      onClose();
    };
    if (item) update.mutate({ id: item.id, patch: input }, { onSuccess: done, onError: fail });
    else create.mutate(input, { onSuccess: done, onError: fail });
  };

  const destroy = () => {
    if (!item || !window.confirm(t('form.confirmDelete', { title: item.title }))) return;
    remove.mutate(item.id, {
      onSuccess: () => {
        toast.success(t('form.deleted', { title: item.title }));
        onClose();
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  const select = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
    error?: string,
  ) => (
    <Field label={label} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)} disabled={!canEdit}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const none = { value: '', label: t('form.none') };

  return (
    <Dialog open title={item ? t('form.editTitle') : t('form.createTitle')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate data-testid="editorial-form">
        <fieldset disabled={!canEdit} className="ep-form-fields">
          <div className="form-grid">
            <TextField
              label={t('form.title')}
              error={errors.title}
              className="span-all"
              value={title}
              onChange={setTitle}
              maxLength={200}
            />
            {select(
              t('form.channel'),
              channelId,
              setChannelId,
              channels.map((c) => ({ value: c.id, label: c.name })),
              errors.channelId,
            )}
            <TextField
              label={t('form.plannedAt')}
              error={errors.plannedAt}
              type="datetime-local"
              value={plannedAt}
              onChange={setPlannedAt}
            />
            {select(
              t('form.format'),
              format,
              (v) => setFormat(v as EditorialFormat),
              editorialFormats.map((f) => ({ value: f, label: t(`formats.${f}`) })),
            )}
            {select(
              t('form.status'),
              status,
              (v) => setStatus(v as EditorialStatus),
              editorialStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            )}
            {select(
              t('form.persona'),
              personaId,
              setPersonaId,
              [none, ...(personas.data ?? []).map((p) => ({ value: p.id, label: p.name }))],
              errors.personaId,
            )}
            {select(
              t('form.phase'),
              phaseId,
              setPhaseId,
              [
                none,
                ...(workspace.data?.journeyModel.phases ?? []).map((ph) => ({
                  value: ph.id,
                  label: phaseName(ph),
                })),
              ],
              errors.phaseId,
            )}
            {select(
              t('form.owner'),
              ownerUserId,
              setOwnerUserId,
              [none, ...(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))],
              errors.ownerUserId,
            )}
            <TextField
              label={t('form.publishedUrl')}
              error={urlError}
              type="url"
              value={publishedUrl}
              onChange={setPublishedUrl}
            />
            <label className="checkbox span-all">
              <input
                type="checkbox"
                checked={autoPublish}
                onChange={(e) => setAutoPublish(e.target.checked)}
              />{' '}
              {t('form.autoPublish')}
            </label>
            <Field label={t('form.notes')} error={errors.notes} className="span-all">
              {(p) => <textarea {...p} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          {item && canEdit && (
            <button type="button" className="button button-danger" onClick={destroy} disabled={pending}>
              {shellT('common.delete')}
            </button>
          )}
          <div className="toolbar-spacer" />
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
          {canEdit && (
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? shellT('common.saving') : shellT('common.save')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
