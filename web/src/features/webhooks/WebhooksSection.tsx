import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpoint } from '../../../../src/contract/webhooks';
import { webhookEventKinds, type WebhookEventKind } from '../../../../src/core/webhooks/webhookEventKinds';
import { Field } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useWebhooksT } from './messages';
import { useWebhookActions, useWebhooks } from './useWebhooks';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import './webhooks.css';

/**
 * Outbound webhooks for owners: add an endpoint (its signing secret is shown once), send a test,
 * switch it off and on, renew the secret, delete it, and read its delivery log.
 */
export function WebhooksSection({ workspaceId }: { workspaceId: string }) {
  const t = useWebhooksT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const webhooks = useWebhooks(workspaceId);
  const actions = useWebhookActions(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [kinds, setKinds] = useState<WebhookEventKind[]>(['kpi.alert_raised']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [openLog, setOpenLog] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    actions.create.mutate(
      { url: url.trim(), description: description.trim(), eventKinds: kinds },
      {
        onSuccess: (created) => {
          setSecret({ url: created.url, secret: created.secret });
          setUrl('');
          setDescription('');
          toast.success(t('created', { url: created.url }));
        },
        onError: fail,
      },
    );
  };
  const failed = (error: unknown) => toast.error(errorMessage(shellT, error));
  const toggleKind = (kind: WebhookEventKind, on: boolean) =>
    setKinds((current) => (on ? [...current, kind] : current.filter((k) => k !== kind)));

  const renew = (w: WebhookEndpoint) => {
    if (!window.confirm(t('confirmRenew', { url: w.url }))) return;
    actions.renew.mutate(w.id, {
      onSuccess: (renewed) => setSecret({ url: renewed.url, secret: renewed.secret }),
      onError: failed,
    });
  };
  const remove = (w: WebhookEndpoint) => {
    if (!window.confirm(t('confirmRemove', { url: w.url }))) return;
    actions.remove.mutate(w.id, {
      onSuccess: () => toast.success(t('removed', { url: w.url })),
      onError: failed,
    });
  };

  return (
    <section className="panel team-section" aria-labelledby="webhooks-title" data-testid="webhooks">
      <h2 id="webhooks-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {secret && (
        <OneTimeSecret
          title={t('secretTitle', { url: secret.url })}
          hint={t('secretHint')}
          label={t('secretLabel')}
          value={secret.secret}
          copyText={t('copy')}
          doneText={t('done')}
          onDone={() => setSecret(null)}
          testId="webhook-secret"
        />
      )}
      <form
        className="team-inline-form webhooks-form"
        onSubmit={submit}
        noValidate
        data-testid="webhook-form"
      >
        <Field label={t('url')} error={errors.url}>
          {(p) => (
            <input
              {...p}
              type="url"
              value={url}
              maxLength={2000}
              placeholder={t('urlPlaceholder')}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('description')} error={errors.description}>
          {(p) => (
            <input
              {...p}
              value={description}
              maxLength={500}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <fieldset className="webhooks-kinds" aria-invalid={Boolean(errors.eventKinds)}>
          <legend>{t('events')}</legend>
          {webhookEventKinds.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />{' '}
              {t(`kinds.${kind}`)}
            </label>
          ))}
          {errors.eventKinds && <p className="field-error">{errors.eventKinds}</p>}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={actions.create.isPending}>
          {t('create')}
        </button>
      </form>
      {webhooks.isPending && <Loading />}
      {webhooks.isError && <LoadError error={webhooks.error} onRetry={() => void webhooks.refetch()} />}
      {webhooks.data &&
        (webhooks.data.length === 0 ? (
          <Empty>{t('none')}</Empty>
        ) : (
          <ul className="webhooks-list" data-testid="webhook-list">
            {webhooks.data.map((w) => (
              <li key={w.id} className="webhooks-item">
                <div className="webhooks-head">
                  <div className="webhooks-what">
                    <strong className="webhooks-url">{w.url}</strong>
                    {w.description && <span className="muted"> · {w.description}</span>}
                    <div className="muted">{w.eventKinds.map((k) => t(`kinds.${k}`)).join(', ')}</div>
                    <div>
                      <span className={`badge ${w.enabled ? 'badge-success' : 'badge-soft'}`}>
                        {w.enabled ? t('enabled') : t('disabled')}
                      </span>{' '}
                      <span className="muted" title={t('lastWeek')} data-testid="webhook-recent">
                        {t('recent', w.recent)}
                      </span>
                    </div>
                  </div>
                  <div className="webhooks-actions" role="group" aria-label={t('actions')}>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={!w.enabled}
                      onClick={() =>
                        actions.test.mutate(w.id, {
                          onSuccess: () => toast.success(t('testQueued', { url: w.url })),
                          onError: failed,
                        })
                      }
                    >
                      {t('test')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() =>
                        actions.update.mutate(
                          { id: w.id, patch: { enabled: !w.enabled } },
                          { onError: failed },
                        )
                      }
                    >
                      {w.enabled ? t('switchOff') : t('switchOn')}
                    </button>
                    <button type="button" className="button button-small" onClick={() => renew(w)}>
                      {t('renew')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={openLog === w.id}
                      onClick={() => setOpenLog(openLog === w.id ? null : w.id)}
                    >
                      {openLog === w.id ? t('hideLog') : t('showLog')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      onClick={() => remove(w)}
                    >
                      {t('remove')}
                    </button>
                  </div>
                </div>
                {openLog === w.id && <WebhookDeliveryLog workspaceId={workspaceId} webhook={w} />}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
