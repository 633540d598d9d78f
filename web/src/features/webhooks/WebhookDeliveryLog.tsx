import { useTranslation } from 'react-i18next';
import type { WebhookDelivery, WebhookEndpoint } from '../../../../src/contract/webhooks';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useWebhooksT } from './messages';
import { useWebhookActions, useWebhookDeliveries } from './useWebhooks';

const BADGE: Record<WebhookDelivery['status'], string> = {
  delivered: 'badge-success',
  pending: 'badge-soft webhooks-pending',
  failed: 'badge-danger',
};

/** One endpoint's deliveries, newest first, with what the receiver answered and a way to send one again. */
export function WebhookDeliveryLog({
  workspaceId,
  webhook,
}: {
  workspaceId: string;
  webhook: WebhookEndpoint;
}) {
  const t = useWebhooksT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const deliveries = useWebhookDeliveries(workspaceId, webhook.id);
  const { redeliver } = useWebhookActions(workspaceId);
  const rows = deliveries.data?.pages.flatMap((p) => p.deliveries) ?? [];

  return (
    <div className="webhooks-log" data-testid="webhook-log">
      <h3>{t('log.title', { url: webhook.url })}</h3>
      {deliveries.isPending && <Loading />}
      {deliveries.isError && <LoadError error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.data &&
        (rows.length === 0 ? (
          <Empty>{t('log.none')}</Empty>
        ) : (
          <div className="team-table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('log.when')}</th>
                  <th scope="col">{t('log.event')}</th>
                  <th scope="col">{t('log.outcome')}</th>
                  <th scope="col">{t('log.attempts')}</th>
                  <th scope="col">{t('log.answer')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('log.redeliver')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id} data-testid="webhook-delivery">
                    <td>{format.dateTime(d.createdAt)}</td>
                    <td>{t(`kinds.${d.eventKind}`)}</td>
                    <td>
                      <span className={`badge ${BADGE[d.status]}`}>{t(`log.${d.status}`)}</span>
                      {d.status === 'pending' && d.attempts > 0 && d.nextAttemptAt && (
                        <div className="muted">
                          {t('log.pendingNext', { when: format.dateTime(d.nextAttemptAt) })}
                        </div>
                      )}
                    </td>
                    <td>{d.attempts}</td>
                    <td className="webhooks-answer">
                      {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '–')}
                    </td>
                    <td>
                      {d.status !== 'pending' && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() =>
                            redeliver.mutate(
                              { id: webhook.id, deliveryId: d.id },
                              {
                                onSuccess: () => {
                                  toast.success(t('log.redelivered'));
                                  void deliveries.refetch();
                                },
                                onError: (error) => toast.error(errorMessage(shellT, error)),
                              },
                            )
                          }
                        >
                          {t('log.redeliver')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {deliveries.hasNextPage && (
        <button type="button" className="button button-small" onClick={() => void deliveries.fetchNextPage()}>
          {t('log.more')}
        </button>
      )}
    </div>
  );
}
