import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Mailing } from '../../../../src/contract/email';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useSendMailing } from './emailQueries';
import { useEmailT } from './messages';

/** Sending after a confirmation; the answer's counts become the feedback. */
export function SendPanel({ workspaceId, mailing }: { workspaceId: string; mailing: Mailing }) {
  const t = useEmailT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const send = useSendMailing(workspaceId, mailing.id);
  const [confirming, setConfirming] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);

  const go = (retryFailed: boolean) =>
    send.mutate(retryFailed, {
      onSuccess: (result) => {
        setConfirming(false);
        const text = t('send.done', { sent: result.sentNow, failed: result.failedNow });
        setSummary(text);
        toast.success(text);
      },
      onError: (error) => {
        setConfirming(false);
        toast.error(errorMessage(shellT, error));
      },
    });

  return (
    <section className="panel em-section" aria-labelledby="send-title">
      <h2 id="send-title">{t('send.title')}</h2>
      {summary && <p role="status">{summary}</p>}
      <div className="row">
        {mailing.status === 'draft' && (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
            {t('send.button')}
          </button>
        )}
        {(mailing.status === 'failed' || mailing.status === 'sent') && (
          <button type="button" className="button" disabled={send.isPending} onClick={() => go(true)}>
            {t('send.retry')}
          </button>
        )}
        {mailing.status !== 'draft' && (
          <Link className="button" to={`/email/${mailing.id}/kpis`}>
            {t('mailings.kpisNamed', { name: mailing.name })}
          </Link>
        )}
      </div>
      <Dialog open={confirming} title={t('send.confirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('send.confirmText', { name: mailing.name })}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={send.isPending}
            onClick={() => go(false)}
          >
            {t('send.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('send.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
