import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/core/model';
import type { ApiTokenInfo } from '../../../../src/contract/team';
import { Field } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useTeamT } from './messages';
import { ROLES } from './roles';
import { useApiTokens } from './useApiTokens';
import { useCreateApiToken } from './useCreateApiToken';
import { useRevokeApiToken } from './useRevokeApiToken';

/** API tokens for owners: create (the secret is shown once, with a copy button), list, revoke. */
export function ApiTokensSection({ workspaceId }: { workspaceId: string }) {
  const t = useTeamT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const tokens = useApiTokens(workspaceId, true);
  const create = useCreateApiToken(workspaceId);
  const revoke = useRevokeApiToken(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    create.mutate(
      { name: name.trim(), role },
      {
        onSuccess: ({ token, info }) => {
          setSecret({ name: info.name, token });
          setName('');
          toast.success(t('tokens.createdToast', { name: info.name }));
        },
        onError: fail,
      },
    );
  };

  const onRevoke = (token: ApiTokenInfo) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    revoke.mutate(token.id, {
      onSuccess: () => toast.success(t('tokens.revoked', { name: token.name })),
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="panel team-section" aria-labelledby="team-tokens-title">
      <h2 id="team-tokens-title">{t('tokens.title')}</h2>
      <p className="hint">{t('tokens.intro')}</p>
      {secret && (
        <OneTimeSecret
          title={t('tokens.secretTitle', { name: secret.name })}
          hint={t('tokens.secretHint')}
          label={t('tokens.secretLabel')}
          value={secret.token}
          copyText={t('tokens.copy')}
          doneText={t('tokens.done')}
          onDone={() => setSecret(null)}
          testId="token-secret"
        />
      )}
      <form className="team-inline-form" onSubmit={submit} noValidate data-testid="token-form">
        <Field label={t('tokens.name')} error={errors.name}>
          {(p) => (
            <input
              {...p}
              value={name}
              maxLength={200}
              placeholder={t('tokens.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('tokens.role')} error={errors.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {shellT(`header.roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('tokens.create')}
        </button>
      </form>
      {tokens.isPending && <Loading />}
      {tokens.isError && <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.data &&
        (tokens.data.length === 0 ? (
          <Empty>{t('tokens.none')}</Empty>
        ) : (
          <div className="team-table-scroll">
            <table className="table" data-testid="token-list">
              <thead>
                <tr>
                  <th scope="col">{t('tokens.name')}</th>
                  <th scope="col">{t('tokens.role')}</th>
                  <th scope="col">{t('tokens.created')}</th>
                  <th scope="col">{t('tokens.lastUsed')}</th>
                  <th scope="col">{t('tokens.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('tokens.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <tr key={token.id} className={token.revokedAt ? 'team-revoked' : undefined}>
                    <th scope="row">{token.name}</th>
                    <td>{shellT(`header.roles.${token.role}`)}</td>
                    <td>{format.date(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.never')}</td>
                    <td>
                      {token.revokedAt ? (
                        <span className="badge badge-danger">
                          {t('tokens.revokedOn', { date: format.date(token.revokedAt) })}
                        </span>
                      ) : (
                        <span className="badge badge-success">{t('tokens.active')}</span>
                      )}
                    </td>
                    <td>
                      {!token.revokedAt && (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => onRevoke(token)}
                          aria-label={t('tokens.revokeNamed', { name: token.name })}
                        >
                          {t('tokens.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
