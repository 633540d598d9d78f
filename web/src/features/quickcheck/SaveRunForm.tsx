import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickcheckRun } from '../../../../src/contract/quickcheck';
import type { QuickcheckAnswer } from '../../../../src/core/quickcheck';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useQuickcheckT } from './messages';
import { useSaveQuickcheckRun } from './useSaveQuickcheckRun';

interface SaveRunFormProps {
  workspaceId: string;
  answers: QuickcheckAnswer[];
  /** The name is the page's, so adopting from the result screen saves the run under it too. */
  name: string;
  onNameChange: (name: string) => void;
  onSaved: (run: QuickcheckRun) => void;
}

/** Names and saves a scored Quickcheck; a failed save keeps the name and the answers. */
export function SaveRunForm({ workspaceId, answers, name, onNameChange, onSaved }: SaveRunFormProps) {
  const t = useQuickcheckT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const save = useSaveQuickcheckRun(workspaceId);
  const { errors, fail, clear } = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(
      { answers, ...(name.trim() && { name: name.trim() }) },
      {
        onSuccess: (run) => {
          toast.success(t('result.saved'));
          onSaved(run);
        },
        onError: fail,
      },
    );
  };

  return (
    <form className="qc-save" onSubmit={submit}>
      <Field label={t('result.name')} error={errors.name ?? errors.answers} className="qc-save-name">
        {(props) => (
          <input
            {...props}
            value={name}
            maxLength={200}
            placeholder={t('result.namePlaceholder')}
            onChange={(e) => onNameChange(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {save.isPending ? shellT('common.saving') : t('result.save')}
      </button>
    </form>
  );
}
