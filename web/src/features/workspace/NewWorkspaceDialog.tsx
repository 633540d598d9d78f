import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStart } from '../../../../src/contract/workspaces';
import { queryKeys } from '../../api/queryKeys';
import { Dialog } from '../../components/Dialog';
import { Field, FieldSet, TextField } from '../../components/Field';
import { readChosenFile } from '../../components/readChosenFile';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import type { Me } from '../auth/meSchema';
import { useWorkspaceT } from './messages';
import { useCreateWorkspace, type NewWorkspace } from './useCreateWorkspace';
import { useImportWorkspace } from './useImportWorkspace';

type Start = WorkspaceStart | 'import';
const STARTS: readonly Start[] = ['empty', 'template', 'demo', 'import'];
const MODELS: readonly NewWorkspace['journeyModel'][] = ['aidala', 'need_buy_use', 'seven_stage'];

/**
 * A new workspace for a company or a consultant's client: empty, from the method template, a copy of the
 * demo, or an imported workspace document. `onCreated` gets the new id once the user's workspace list
 * knows it, so the caller can switch to it at once.
 */
export function NewWorkspaceDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (workspaceId: string) => void;
}) {
  const t = useWorkspaceT();
  const { t: shellT, i18n } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const create = useCreateWorkspace();
  const importDocument = useImportWorkspace();
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [start, setStart] = useState<Start>('template');
  const [model, setModel] = useState<NewWorkspace['journeyModel']>('aidala');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileId = useId();
  const baseId = useId();
  const pending = create.isPending || importDocument.isPending;

  const done = async (workspaceId: string) => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    const me = queryClient.getQueryData<Me | null>(queryKeys.me);
    const created = me?.workspaces.find((w) => w.workspaceId === workspaceId);
    toast.success(t('newWorkspace.created', { name: created?.workspaceName ?? name }));
    onCreated(workspaceId);
  };

  const submitImport = async () => {
    const read = await readChosenFile(file, {
      none: t('newWorkspace.chooseFile'),
      unreadable: t('newWorkspace.readFailed'),
      undecodable: (problem) => t('newWorkspace.notText', problem),
    });
    if (!read.ok) return setFileError(read.message);
    let document: unknown;
    try {
      document = JSON.parse(read.text);
    } catch {
      return setFileError(t('newWorkspace.notJson'));
    }
    importDocument.mutate(
      { document, name: name.trim() },
      {
        onSuccess: (result) => void done(result.workspaceId),
        onError: fail,
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    setFileError(null);
    if (start === 'import') return void submitImport();
    const locale = i18n.language.startsWith('en') ? 'en' : 'de';
    create.mutate(
      { name, start, journeyModel: model, locale },
      { onSuccess: (ws) => void done(ws.id), onError: fail },
    );
  };

  return (
    <Dialog open title={t('newWorkspace.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('newWorkspace.name')}
          error={errors.name}
          value={name}
          onChange={setName}
          placeholder={t('newWorkspace.namePlaceholder')}
          maxLength={200}
          autoFocus
          {...(start === 'import' && { hint: t('newWorkspace.nameHintImport') })}
        />
        <FieldSet legend={t('newWorkspace.start')} error={errors.start} className="start-options">
          {STARTS.map((s) => (
            <div key={s} className="start-option">
              <input
                type="radio"
                id={`${baseId}-${s}`}
                name="start"
                value={s}
                checked={start === s}
                onChange={() => setStart(s)}
                aria-describedby={`${baseId}-${s}-hint`}
              />
              <div>
                <label htmlFor={`${baseId}-${s}`}>
                  <strong>{t(`newWorkspace.starts.${s}`)}</strong>
                </label>
                <p className="hint" id={`${baseId}-${s}-hint`}>
                  {t(`newWorkspace.startHints.${s}`)}
                </p>
              </div>
            </div>
          ))}
        </FieldSet>
        {(start === 'empty' || start === 'template') && (
          <Field label={t('newWorkspace.journeyModel')} error={errors['journeyModel.kind']}>
            {(p) => (
              <select
                {...p}
                value={model}
                onChange={(e) => setModel(e.target.value as NewWorkspace['journeyModel'])}
              >
                {MODELS.map((m) => (
                  <option key={m} value={m}>
                    {t(`newWorkspace.models.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {start === 'import' && (
          <div className={`field${fileError ? ' field-invalid' : ''}`}>
            <label htmlFor={fileId}>{t('newWorkspace.file')}</label>
            <input
              id={fileId}
              type="file"
              accept=".json,application/json"
              aria-describedby={fileError ? `${fileId}-error` : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {fileError && (
              <p className="field-error" id={`${fileId}-error`} data-testid="field-error">
                {fileError}
              </p>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('newWorkspace.creating') : t('newWorkspace.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
