/** The top bar: product name, language switch, signed-in user and sign-out. */
import type { Session } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** Props of AppHeader. */
export interface AppHeaderProps {
  readonly session: Session | null;
  readonly onSignOut: () => void;
}

/** The header shown on every page. */
export function AppHeader(props: AppHeaderProps): ReactNode {
  const { t, fill } = useI18n();
  const user = props.session?.user ?? null;
  return (
    <header className="app-header">
      <a className="brand" href="#/overview">
        <span className="brand-mark">智</span>
        <span className="brand-name">{t.app.product}</span>
        <span className="brand-tagline">{t.app.tagline}</span>
      </a>
      <div className="header-tools">
        <LanguageSwitch />
        {user === null ? (
          <span className="user muted" data-testid="user">
            {t.app.localAccess}
          </span>
        ) : (
          <>
            <span className="user" data-testid="user">
              {fill(t.app.signedInAs, { user: user.username })}
            </span>
            <button type="button" className="button" onClick={props.onSignOut} data-testid="sign-out">
              {t.app.signOut}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
