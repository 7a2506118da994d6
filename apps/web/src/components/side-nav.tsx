/** The side navigation between pages. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { type PageId, pageHref, pageIds } from './route.ts';

const icons: Readonly<Record<PageId, string>> = {
  overview: '◧',
  demand: '▤',
  replenishment: '⟳',
  equipment: '⚙',
  quality: '✓',
  data: '⇪',
  governance: '⚖',
};

/** Links to every page; the current one is highlighted. */
export function SideNav(props: { readonly current: PageId }): ReactNode {
  const { t } = useI18n();
  return (
    <nav className="side-nav" aria-label="main">
      {pageIds.map((page) => (
        <a
          key={page}
          href={pageHref(page)}
          className={page === props.current ? 'nav-link active' : 'nav-link'}
          aria-current={page === props.current ? 'page' : undefined}
          data-testid={`nav-${page}`}
        >
          <span className="nav-icon" aria-hidden="true">
            {icons[page]}
          </span>
          {t.nav[page]}
        </a>
      ))}
    </nav>
  );
}
