import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { errorMessage } from '../../i18n/errorMessage';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useLogin } from './useLogin';
import { useMe } from './useMe';

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = (location.state as { from?: string } | null)?.from ?? '/cycle';

  if (me.data) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };
  const failure = login.error
    ? isApiError(login.error) && (login.error.status === 401 || login.error.code === 'validation_failed')
      ? t('login.failed')
      : errorMessage(t, login.error)
    : null;

  return (
    <main className="login" id="main">
      <div className="login-card">
        <div className="login-top">
          <p className="brand" aria-hidden="true">
            {t('app.name')}
          </p>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <Field label={t('login.email')}>
            {(p) => (
              <input
                {...p}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('login.password')}>
            {(p) => (
              <input
                {...p}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
