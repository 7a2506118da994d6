/** Hash-based routing between the dashboard pages (#/overview, #/data, ...). */
import { useEffect, useState } from 'react';

/** Every page of the dashboard, in navigation order. */
export const pageIds = [
  'overview',
  'demand',
  'replenishment',
  'equipment',
  'quality',
  'data',
  'governance',
] as const;

/** One page of the dashboard. */
export type PageId = (typeof pageIds)[number];

function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

/** The page a location hash names; unknown or empty hashes open the overview. */
export function pageFromHash(hash: string): PageId {
  const name = hash.replace(/^#\/?/, '');
  return isPageId(name) ? name : 'overview';
}

/** The link for a page. */
export function pageHref(page: PageId): string {
  return `#/${page}`;
}

/** The page named by the location hash; updates on navigation. */
export function useCurrentPage(): PageId {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
