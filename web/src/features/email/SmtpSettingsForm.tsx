import { useEffect, useState, type FormEvent } from 'react';
import type { SmtpSettings } from '../../../../src/contract/email';
import { Field } from '../../components/Field';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useSaveSmtpSettings, useSmtpSettings } from './emailQueries';
import { useEmailT } from './messages';

interface Draft {
  host: string;
  port: string;
  secure: boolean;
  username: string;
  password: string;
  fromAddress: string;
  fromName: string;
  bounceAddress: string;
}
const toDraft = (s: SmtpSettings | null): Draft => ({
  host: s?.host ?? '',
  port: String(s?.port ?? 587),
  secure: s?.secure ?? false,
  username: s?.username ?? '',
  password: '',
  fromAddress: s?.fromAddress ?? '',
  fromName: s?.fromName ?? '',
  bounceAddress: s?.bounceAddress ?? '',
});

/** The workspace's SMTP server (owner). The password is write-only: left empty, the stored one stays. */
export function SmtpSettingsForm({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const t = useEmailT();
  const toast = useToast();
  const settings = useSmtpSettings(workspaceId, isOwner);
  const save = useSaveSmtpSettings(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => {
    if (settings.data !== undefined && draft === null) setDraft(toDraft(settings.data));
  }, [settings.data, draft]);

  if (!isOwner)
    return (
      <section className="panel em-section" aria-labelledby="smtp-title">
        <h2 id="smtp-title">{t('smtp.title')}</h2>
        <p>{t('smtp.ownerOnly')}</p>
      </section>
    );
  if (settings.isPending || !draft)
    return settings.isError ? <LoadError error={settings.error} /> : <Loading />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(
      {
        host: draft.host.trim(),
        port: Number(draft.port),
        secure: draft.secure,
        username: draft.username,
        ...(draft.password && { password: draft.password }),
        fromAddress: draft.fromAddress.trim(),
        fromName: draft.fromName,
        bounceAddress: draft.bounceAddress.trim(),
      },
      {
        onSuccess: () => {
          setDraft({ ...draft, password: '' });
          toast.success(t('smtp.saved'));
        },
        onError: fail,
      },
    );
  };
  const text = (key: 'host' | 'username' | 'fromAddress' | 'fromName' | 'bounceAddress', type = 'text') => (
    <Field label={t(`smtp.${key}`)} error={errors[key]}>
      {(props) => (
        <input {...props} type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <section className="panel em-section" aria-labelledby="smtp-title">
      <h2 id="smtp-title">{t('smtp.title')}</h2>
      <p className="hint">{settings.data ? t('smtp.intro') : t('smtp.notSet')}</p>
      <form onSubmit={submit} noValidate data-testid="smtp-form">
        <div className="form-grid">
          {text('host')}
          <Field label={t('smtp.port')} error={errors.port}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={65535}
                value={draft.port}
                onChange={(e) => set('port', e.target.value)}
              />
            )}
          </Field>
          {text('username')}
          <Field
            label={t('smtp.password')}
            error={errors.password}
            hint={settings.data?.hasPassword ? t('smtp.passwordKeep') : t('smtp.passwordNone')}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={draft.password}
                onChange={(e) => set('password', e.target.value)}
              />
            )}
          </Field>
          {text('fromAddress', 'email')}
          {text('fromName')}
          {text('bounceAddress', 'email')}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.secure} onChange={(e) => set('secure', e.target.checked)} />{' '}
          {t('smtp.secure')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('smtp.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
