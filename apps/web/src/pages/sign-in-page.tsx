/** The sign-in form, shown when the server requires a user and none is signed in. */
import type { Session } from '@zhizao/contract';
import { type FormEvent, type ReactNode, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-client.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Posts the credentials and hands the new session up. */
export function SignInPage(props: { readonly onSignedIn: (session: Session) => void }): ReactNode {
  const { t, fill } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    apiRequest<Session>('/api/session', { method: 'POST', body: { username, password } })
      .then(props.onSignedIn)
      .catch((error: unknown) => setFailure(fill(t.signIn.failed, { message: errorMessage(error) })))
      .finally(() => setBusy(false));
  };

  return (
    <div className="sign-in">
      <form className="card sign-in-card" onSubmit={submit} data-testid="sign-in">
        <div className="sign-in-heading">
          <h2>{t.signIn.title}</h2>
          <LanguageSwitch />
        </div>
        <label className="field">
          <span>{t.signIn.username}</span>
          <input
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="sign-in-username"
          />
        </label>
        <label className="field">
          <span>{t.signIn.password}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {failure !== null && (
          <div className="alert alert-error" role="alert">
            {failure}
          </div>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || username === '' || password === ''}
          data-testid="sign-in-submit"
        >
          {t.signIn.submit}
        </button>
      </form>
    </div>
  );
}
