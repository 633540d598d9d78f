import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Mailing } from '../../../../src/contract/email';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { emailKeys, useSendMailing, useSendProgress } from './emailQueries';
import { useEmailT } from './messages';

/** Sending after a confirmation; the mails go out in the background and the counts are polled. */
export function SendPanel({ workspaceId, mailing }: { workspaceId: string; mailing: Mailing }) {
  const t = useEmailT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const send = useSendMailing(workspaceId, mailing.id);
  const [confirming, setConfirming] = useState(false);
  const [started, setStarted] = useState(false);
  const progress = useSendProgress(workspaceId, mailing.id, started || mailing.status === 'sending');
  const status = progress.data?.status;
  const counts = progress.data?.recipients;
  const wasSending = useRef(false);

  // When a send this screen watched has ended: tell once, and refresh the mailing and its figures.
  useEffect(() => {
    if (status === 'sending') wasSending.current = true;
    else if (status && wasSending.current && counts) {
      wasSending.current = false;
      toast.success(t('send.done', { sent: counts.sent, failed: counts.failed }));
      void queryClient.invalidateQueries({ queryKey: emailKeys.all(workspaceId) });
    }
  }, [status, counts, toast, t, queryClient, workspaceId]);

  const go = (retryFailed: boolean) =>
    send.mutate(retryFailed, {
      onSuccess: () => {
        setConfirming(false);
        setStarted(true);
      },
      onError: (error) => {
        setConfirming(false);
        toast.error(errorMessage(shellT, error));
      },
    });

  const total = counts ? counts.queued + counts.sending + counts.sent + counts.failed : 0;
  const summary = !counts
    ? null
    : status === 'sending'
      ? t('send.progress', { sent: counts.sent, total, failed: counts.failed })
      : started
        ? t('send.done', { sent: counts.sent, failed: counts.failed })
        : null;
  const current = status ?? mailing.status;

  return (
    <section className="panel em-section" aria-labelledby="send-title">
      <h2 id="send-title">{t('send.title')}</h2>
      {summary && <p role="status">{summary}</p>}
      <div className="row">
        {current === 'draft' && (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
            {t('send.button')}
          </button>
        )}
        {(current === 'failed' || current === 'sent') && (
          <button type="button" className="button" disabled={send.isPending} onClick={() => go(true)}>
            {t('send.retry')}
          </button>
        )}
        {current !== 'draft' && (
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
