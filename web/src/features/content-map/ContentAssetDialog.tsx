import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentAsset, ContentAssetInput, ContentMap } from '../../../../src/contract/content';
import { Dialog } from '../../components/Dialog';
import { Field, FieldSet, TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { usePhaseName } from '../workspace/usePhaseName';
import { useContentMapT } from './messages';
import { useCreateContentAsset } from './useCreateContentAsset';
import { useDeleteContentAsset } from './useDeleteContentAsset';
import { useUpdateContentAsset } from './useUpdateContentAsset';

interface ContentAssetDialogProps {
  workspaceId: string;
  /** null: a new asset, optionally starting in one cell. */
  asset: ContentAsset | null;
  initialCell?: { personaId: string; phaseId: string } | undefined;
  map: ContentMap;
  onClose: () => void;
}

const cellKey = (personaId: string, phaseId: string) => `${personaId}/${phaseId}`;

/** Create and edit a content asset with the persona × phase cells it serves. Input survives a refusal. */
export function ContentAssetDialog({
  workspaceId,
  asset,
  initialCell,
  map,
  onClose,
}: ContentAssetDialogProps) {
  const t = useContentMapT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const phaseName = usePhaseName();
  const create = useCreateContentAsset(workspaceId);
  const update = useUpdateContentAsset(workspaceId);
  const remove = useDeleteContentAsset(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [title, setTitle] = useState(asset?.title ?? '');
  const [kind, setKind] = useState(asset?.kind ?? '');
  const [url, setUrl] = useState(asset?.url ?? '');
  const [description, setDescription] = useState(asset?.description ?? '');
  const [cells, setCells] = useState<Set<string>>(() => {
    const start = asset?.mappings ?? (initialCell ? [initialCell] : []);
    return new Set(start.map((m) => cellKey(m.personaId, m.phaseId)));
  });
  const pending = create.isPending || update.isPending || remove.isPending;

  // The contract words a bad address as "must be an http(s) address"; the shell knows the German sentence.
  const urlError =
    errors.url && /http\(s\) address/.test(errors.url) ? shellT('errors.invalidUrl') : errors.url;
  const mappingError = (() => {
    const message = errors.mappings;
    if (message === 'Unknown persona') return t('form.unknownPersona');
    if (message === 'Unknown phase') return t('form.unknownPhase');
    return message;
  })();

  const toggle = (key: string) =>
    setCells((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const toggleRow = (personaId: string) =>
    setCells((current) => {
      const keys = map.phases.map((ph) => cellKey(personaId, ph.id));
      const allOn = keys.every((k) => current.has(k));
      const next = new Set(current);
      for (const k of keys) {
        if (allOn) next.delete(k);
        else next.add(k);
      }
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    // Only cells of the current map are sent; mappings to phases of another journey model stay as they are.
    const visible = new Set(map.personas.flatMap((p) => map.phases.map((ph) => cellKey(p.id, ph.id))));
    const kept = (asset?.mappings ?? []).filter((m) => !visible.has(cellKey(m.personaId, m.phaseId)));
    const chosen = [...cells].map((key) => {
      const [personaId = '', phaseId = ''] = key.split('/');
      return { personaId, phaseId };
    });
    const input: ContentAssetInput = {
      title,
      kind,
      url: url.trim(),
      description,
      mappings: [...kept, ...chosen],
    };
    const done = (saved: ContentAsset) => {
      toast.success(t(asset ? 'form.updated' : 'form.created', { title: saved.title }));
      onClose();
    };
    if (asset) update.mutate({ id: asset.id, patch: input }, { onSuccess: done, onError: fail });
    else create.mutate(input, { onSuccess: done, onError: fail });
  };

  const destroy = () => {
    if (!asset || !window.confirm(t('form.confirmDelete', { title: asset.title }))) return;
    remove.mutate(asset.id, {
      onSuccess: () => {
        toast.success(t('form.deleted', { title: asset.title }));
        onClose();
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <Dialog open title={asset ? t('form.editTitle') : t('form.createTitle')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate data-testid="content-form">
        <div className="form-grid">
          <TextField
            label={t('form.title')}
            error={errors.title}
            className="span-all"
            value={title}
            onChange={setTitle}
            maxLength={200}
            placeholder={t('form.titlePlaceholder')}
          />
          <TextField
            label={t('form.kind')}
            error={errors.kind}
            value={kind}
            onChange={setKind}
            maxLength={200}
            placeholder={t('form.kindPlaceholder')}
          />
          <TextField
            label={t('form.url')}
            error={urlError}
            hint={t('form.urlHint')}
            type="url"
            value={url}
            onChange={setUrl}
          />
        </div>
        <FieldSet
          legend={`${t('form.mappings')} – ${t('form.selected', { count: cells.size })}`}
          error={mappingError}
        >
          <div className="cm-picker-scroll">
            <table className="cm-picker">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('persona')}</span>
                  </th>
                  {map.phases.map((ph) => (
                    <th scope="col" key={ph.id}>
                      {phaseName(ph)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.personas.map((persona) => (
                  <tr key={persona.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="cm-row-toggle"
                        onClick={() => toggleRow(persona.id)}
                        title={t('form.allPhases', { persona: persona.name })}
                      >
                        {persona.name}
                      </button>
                    </th>
                    {map.phases.map((ph) => {
                      const key = cellKey(persona.id, ph.id);
                      return (
                        <td key={ph.id}>
                          <input
                            type="checkbox"
                            checked={cells.has(key)}
                            onChange={() => toggle(key)}
                            aria-label={t('form.mappingCell', {
                              persona: persona.name,
                              phase: phaseName(ph),
                            })}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </FieldSet>
        <Field label={t('form.description')} error={errors.description}>
          {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {create.isPending || update.isPending ? shellT('common.saving') : shellT('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
          <div className="toolbar-spacer" />
          {asset && (
            <button type="button" className="button button-danger" onClick={destroy} disabled={pending}>
              {shellT('common.delete')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
