import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { useToast } from '../../../components/Toasts';
import { useFormErrors } from '../../../components/useFormErrors';
import { useRetireTouchpoint } from '../useRetireTouchpoint';

interface Props {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  touchpoint: { id: string; name: string };
}

export function RetireDialog({ open, onClose, workspaceId, touchpoint }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const retire = useRetireTouchpoint(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [reason, setReason] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    retire.mutate(
      { id: touchpoint.id, reason },
      {
        onSuccess: () => {
          toast.success(t('detail.retired', { name: touchpoint.name }));
          onClose();
        },
        onError: fail,
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('detail.retireTitle')}>
      <p>{t('detail.retireHint')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('detail.retireReason')} error={errors.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={retire.isPending}>
            {t('detail.retire')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
