import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useCustomersT } from './messages';
import { useEraseProfile, useExportProfile } from './useProfileActions';

interface Props {
  workspaceId: string;
  profileId: string;
  name: string;
  isOwner: boolean;
}

/** GDPR export (a JSON download) and erasure, which asks the owner to type a word first. */
export function GdprPanel({ workspaceId, profileId, name, isOwner }: Props) {
  const t = useCustomersT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const exportData = useExportProfile(workspaceId, profileId);
  const erase = useEraseProfile(workspaceId, profileId);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const word = t('gdpr.eraseWord');

  const onExport = () =>
    exportData.mutate(undefined, {
      onSuccess: () => toast.success(t('gdpr.exported')),
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  const onErase = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== word) return;
    erase.mutate(undefined, {
      onSuccess: (result) => {
        toast.success(t('gdpr.erased', { events: result.erased.events }));
        void navigate('/customers');
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby="gdpr-title">
      <h2 id="gdpr-title">{t('gdpr.title')}</h2>
      <p className="hint">{t('gdpr.intro')}</p>
      {isOwner ? (
        <div className="row">
          <button type="button" className="button" disabled={exportData.isPending} onClick={onExport}>
            {t('gdpr.export')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
            {t('gdpr.erase')}
          </button>
        </div>
      ) : (
        <p>{t('gdpr.ownerOnly')}</p>
      )}
      <Dialog open={open} title={t('gdpr.eraseTitle')} onClose={() => setOpen(false)}>
        <form onSubmit={onErase}>
          <p className="cu-danger" data-testid="erase-warning">
            <strong>⚠ {name}: </strong>
            {t('gdpr.eraseText')}
          </p>
          <Field label={t('gdpr.eraseType', { word })}>
            {(props) => (
              <input {...props} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
            )}
          </Field>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-danger"
              disabled={typed.trim() !== word || erase.isPending}
            >
              {t('gdpr.eraseConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('merge.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
