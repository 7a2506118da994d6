/** The dashboard shell: session check, header, demo banner, side navigation and the current page. */
import type { Health, Session } from '@zhizao/contract';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { apiRequest, unauthenticatedEvent } from './api/api-client.ts';
import { useApi } from './api/use-api.ts';
import { AppHeader } from './components/app-header.tsx';
import { useBumpDataVersion } from './components/data-version.tsx';
import { DemoBanner } from './components/demo-banner.tsx';
import { LoadError, Loading } from './components/load-state.tsx';
import { type PageId, useCurrentPage } from './components/route.ts';
import { SideNav } from './components/side-nav.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';

// One chunk per page: ECharts only loads with the pages that draw charts.
const pages: Readonly<Record<PageId, ReturnType<typeof lazy>>> = {
  overview: lazy(() => import('./pages/overview-page.tsx')),
  demand: lazy(() => import('./pages/demand-page.tsx')),
  replenishment: lazy(() => import('./pages/replenishment/replenishment-page.tsx')),
  equipment: lazy(() => import('./pages/equipment-page.tsx')),
  quality: lazy(() => import('./pages/quality-page.tsx')),
  data: lazy(() => import('./pages/data-page.tsx')),
  governance: lazy(() => import('./pages/governance-page.tsx')),
};

function Shell(props: { readonly session: Session; readonly onSignOut: () => void }): ReactNode {
  const page = useCurrentPage();
  const health = useApi<Health>('/api/health');
  const bump = useBumpDataVersion();
  const Page = pages[page];
  return (
    <div className="app">
      <AppHeader session={props.session} onSignOut={props.onSignOut} />
      {health.data?.demo === true && <DemoBanner onRemoved={bump} />}
      <div className="app-body">
        <SideNav current={page} />
        <main className="content">
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** The whole app: signs in first when the server asks for it. */
export function App(): ReactNode {
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const loadSession = useCallback(() => {
    setFailure(null);
    apiRequest<Session>('/api/session').then(setSession, setFailure);
  }, []);

  useEffect(() => {
    loadSession();
    window.addEventListener(unauthenticatedEvent, loadSession);
    return () => window.removeEventListener(unauthenticatedEvent, loadSession);
  }, [loadSession]);

  const signOut = (): void => {
    apiRequest<unknown>('/api/session', { method: 'DELETE' }).finally(loadSession);
  };

  if (failure !== null) {
    return (
      <div className="sign-in">
        <LoadError error={failure} onRetry={loadSession} />
      </div>
    );
  }
  if (session === null) return <Loading />;
  if (session.authRequired && session.user === null) return <SignInPage onSignedIn={setSession} />;
  return <Shell session={session} onSignOut={signOut} />;
}
