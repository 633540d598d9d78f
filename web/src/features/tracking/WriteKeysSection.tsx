import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WriteKey } from '../../../../src/contract/events';
import { Field } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useTrackingT } from './messages';
import { trackerSnippet } from './trackerSnippet';
import { useCreateWriteKey, useRevokeWriteKey, useWriteKeys } from './trackingQueries';

/** Owners create write keys (shown with the ready-to-copy tracker snippet) and revoke them. */
export function WriteKeysSection({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const t = useTrackingT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const keys = useWriteKeys(workspaceId, isOwner);
  const create = useCreateWriteKey(workspaceId);
  const revoke = useRevokeWriteKey(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [shown, setShown] = useState<WriteKey | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const snippetId = useId();

  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);

  if (!isOwner)
    return (
      <section className="panel" aria-labelledby="wk-title">
        <h2 id="wk-title">{t('keys.title')}</h2>
        <p>{t('keys.ownerOnly')}</p>
      </section>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    create.mutate(name.trim(), {
      onSuccess: (key) => {
        setShown(key);
        setName('');
        toast.success(t('keys.created', { name: key.name }));
      },
      onError: fail,
    });
  };
  const snippet = shown ? trackerSnippet(window.location.origin, shown.key) : '';
  const copy = useCopyToClipboard();
  const onRevoke = (key: WriteKey) => {
    if (!window.confirm(t('keys.confirmRevoke', { name: key.name }))) return;
    revoke.mutate(key.id, {
      onSuccess: () => {
        if (shown?.id === key.id) setShown(null);
        toast.success(t('keys.revoked', { name: key.name }));
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby="wk-title">
      <h2 id="wk-title">{t('keys.title')}</h2>
      <p className="hint">{t('keys.intro')}</p>
      <form className="row" onSubmit={submit}>
        <Field label={t('keys.name')} error={errors.name}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('keys.create')}
        </button>
      </form>
      {shown && (
        <div className="tr-snippet" ref={box} tabIndex={-1} data-testid="tracker-snippet">
          <h3>{t('keys.snippetTitle', { name: shown.name })}</h3>
          <p>{t('keys.snippetHint')}</p>
          <label htmlFor={snippetId}>{t('keys.snippet')}</label>
          <textarea id={snippetId} readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
          <button type="button" className="button" onClick={() => void copy(snippet)}>
            {t('keys.copy')}
          </button>
        </div>
      )}
      <QueryContent query={keys} empty={t('keys.none')}>
        {(data) => (
          <table className="table" data-testid="write-keys">
            <thead>
              <tr>
                <th scope="col">{t('keys.name')}</th>
                <th scope="col">{t('keys.key')}</th>
                <th scope="col">{t('keys.createdAt')}</th>
                <th scope="col">{t('keys.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('keys.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((k) => (
                <tr key={k.id}>
                  <th scope="row">{k.name}</th>
                  <td>
                    <code>{k.key}</code>
                  </td>
                  <td>{format.date(k.createdAt)}</td>
                  <td>
                    {k.revokedAt ? t('keys.revokedOn', { date: format.date(k.revokedAt) }) : t('keys.active')}
                  </td>
                  <td>
                    {!k.revokedAt && (
                      <div className="row">
                        <button type="button" className="button button-small" onClick={() => setShown(k)}>
                          {t('keys.showSnippet')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          aria-label={t('keys.revokeNamed', { name: k.name })}
                          onClick={() => onRevoke(k)}
                        >
                          {t('keys.revoke')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryContent>
    </section>
  );
}
