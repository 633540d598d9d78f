import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingLink } from '../../../../src/contract/ratings';
import { TextField } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useCreateRatingLinks } from './useCreateRatingLinks';
import { useRatingLinks } from './useRatingLinks';
import { useRevokeRatingLink } from './useRevokeRatingLink';

function statusOf(link: RatingLink): 'open' | 'used' | 'revoked' | 'expired' {
  if (link.revokedAt) return 'revoked';
  if (link.usedAt) return 'used';
  if (link.expiresAt && new Date(link.expiresAt).getTime() < Date.now()) return 'expired';
  return 'open';
}

/** Single-use links customers open without an account to rate this touchpoint. Editors only. */
export function RatingLinksSection({
  workspaceId,
  touchpointId,
}: {
  workspaceId: string;
  touchpointId: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const links = useRatingLinks(workspaceId, touchpointId);
  const create = useCreateRatingLinks(workspaceId, touchpointId);
  const revoke = useRevokeRatingLink(workspaceId, touchpointId);
  const { errors, fail, clear } = useFormErrors();
  const [label, setLabel] = useState('');
  const [count, setCount] = useState('1');
  const [expires, setExpires] = useState('30');
  const [fresh, setFresh] = useState<RatingLink[]>([]);

  const copy = useCopyToClipboard();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    create.mutate(
      {
        ...(label && { label }),
        count: Number(count) || 1,
        ...(expires.trim() && { expiresInDays: Number(expires) }),
      },
      {
        onSuccess: (created) => {
          setFresh(created);
          toast.success(t('ratingLinks.created', { count: created.length }));
        },
        onError: fail,
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="sec-links">
      <h2 id="sec-links">{t('detail.sections.ratingLinks')}</h2>
      <p className="hint">{t('ratingLinks.intro')}</p>
      <form onSubmit={submit} noValidate className="form-grid">
        <TextField
          label={t('ratingLinks.label')}
          error={errors.label}
          value={label}
          onChange={setLabel}
          placeholder={t('ratingLinks.labelPlaceholder')}
        />
        <TextField
          label={t('ratingLinks.count')}
          error={errors.count}
          type="number"
          min={1}
          max={500}
          value={count}
          onChange={setCount}
        />
        <TextField
          label={t('ratingLinks.expires')}
          error={errors.expiresInDays}
          type="number"
          min={1}
          max={365}
          value={expires}
          onChange={setExpires}
        />
        <div className="form-actions span-all">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('ratingLinks.create')}
          </button>
        </div>
      </form>
      {fresh.length > 0 && (
        <ul className="plain-list" aria-label={t('ratingLinks.link')} data-testid="new-rating-links">
          {fresh.map((link) => (
            <li key={link.id} className="row">
              <code className="link-url">{link.url}</code>
              <button type="button" className="button button-small" onClick={() => void copy(link.url)}>
                {t('ratingLinks.copyLink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <QueryContent query={links} empty={t('ratingLinks.none')}>
        {(data) => (
          <table className="table">
            <tbody>
              {data.map((link) => {
                const status = statusOf(link);
                return (
                  <tr key={link.id}>
                    <td>
                      {link.label || '–'}
                      <br />
                      <span className="muted">{format.date(link.createdAt)}</span>
                    </td>
                    <td>
                      <span className={`badge ${status === 'open' ? 'badge-success' : 'badge-soft'}`}>
                        {t(`ratingLinks.status.${status}`)}
                      </span>
                    </td>
                    <td className="row">
                      {status === 'open' && (
                        <>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => void copy(link.url)}
                          >
                            {t('ratingLinks.copyLink')}
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            disabled={revoke.isPending}
                            onClick={() =>
                              revoke.mutate(link.id, {
                                onSuccess: () => toast.success(t('ratingLinks.revoked')),
                                onError: (error) => toast.error(errorMessage(t, error)),
                              })
                            }
                          >
                            {t('ratingLinks.revoke')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryContent>
    </section>
  );
}
