import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineBoard } from '../../../../src/contract/deals';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { usePipelineT } from './messages';
import { useAccounts, useCreateDeal } from './usePipeline';

/** Creates a deal: account, title, value, stage and expected close; the rest is edited later. */
export function DealDialog({
  workspaceId,
  stages,
  open,
  onClose,
}: {
  workspaceId: string;
  stages: PipelineBoard['stages'];
  open: boolean;
  onClose: () => void;
}) {
  const t = usePipelineT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const accounts = useAccounts(workspaceId);
  const create = useCreateDeal(workspaceId);
  const [companyId, setCompanyId] = useState('');
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const [stage, setStage] = useState(stages[0]?.key ?? '');
  const [expectedClose, setExpectedClose] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <Dialog open={open} title={t('dialog.title')} onClose={onClose}>
      <form
        className="form"
        data-testid="deal-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          create.mutate(
            {
              companyId,
              title,
              value: Number(value.replace(',', '.')) || 0,
              stage,
              ...(expectedClose && { expectedClose }),
            },
            {
              onSuccess: () => {
                toast.success(t('dialog.created'));
                setTitle('');
                setValue('');
                onClose();
              },
              onError: (err) => setError(errorMessage(shellT, err)),
            },
          );
        }}
      >
        <label className="field">
          <span>{t('dialog.account')}</span>
          <select value={companyId} onChange={(e) => setCompanyId(e.target.value)} required>
            <option value="">{t('dialog.chooseAccount')}</option>
            {(accounts.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dialog.dealTitle')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          <span>{t('dialog.value')}</span>
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('dialog.stage')}</span>
          <select value={stage} onChange={(e) => setStage(e.target.value)}>
            {stages
              .filter((s) => s.kind !== 'lost')
              .map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('dialog.expectedClose')}</span>
          <input type="date" value={expectedClose} onChange={(e) => setExpectedClose(e.target.value)} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
