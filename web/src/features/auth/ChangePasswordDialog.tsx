import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { usePasswordT } from './passwordMessages';
import { useChangePassword } from './useChangePassword';

/** The user's own password: the current one, the new one twice. Other sessions end on success. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const t = usePasswordT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const change = useChangePassword();
  const { errors, fail, clear } = useFormErrors();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  // The server words these two in English; the user reads them in their language.
  const own = (field: 'currentPassword' | 'newPassword', message: string | undefined) => {
    if (!message) return undefined;
    if (field === 'currentPassword' && /wrong/.test(message)) return t('wrongCurrent');
    if (field === 'newPassword' && /differ/.test(message)) return t('sameAsCurrent');
    return message;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    setMismatch(newPassword !== repeat);
    if (newPassword !== repeat) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          toast.success(t('changed'));
          onClose();
        },
        onError: fail,
      },
    );
  };

  return (
    <Dialog open title={t('title')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t('current')}
          type="password"
          autoComplete="current-password"
          error={own('currentPassword', errors.currentPassword)}
          value={currentPassword}
          onChange={setCurrent}
          autoFocus
        />
        <TextField
          label={t('next')}
          type="password"
          autoComplete="new-password"
          hint={t('nextHint')}
          error={own('newPassword', errors.newPassword)}
          value={newPassword}
          onChange={setNext}
        />
        <TextField
          label={t('repeat')}
          type="password"
          autoComplete="new-password"
          error={mismatch ? t('mismatch') : undefined}
          value={repeat}
          onChange={setRepeat}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {change.isPending ? shellT('common.saving') : t('submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
