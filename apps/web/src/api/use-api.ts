/** React hook that loads one GET endpoint and reloads it when its path or the data version changes. */
import { useCallback, useEffect, useState } from 'react';
import { useDataVersion } from '../components/data-version.tsx';
import { apiRequest } from './api-client.ts';

/** The state of one GET request. */
export interface ApiState<T> {
  readonly data: T | null;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Options of useApi. */
export interface UseApiOptions {
  /**
   * Keep showing the answer for the previous path while the new one loads (paging, search as
   * you type). Off by default, so a view never shows one item's data under another item's title.
   */
  readonly keepPrevious?: boolean;
}

interface Loaded<T> {
  readonly path: string;
  readonly value: T;
}

/** Loads `path` (skipped when null) and reloads it after data changes anywhere in the app. */
export function useApi<T>(path: string | null, options: UseApiOptions = {}): ApiState<T> {
  const dataVersion = useDataVersion();
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    // attempt and dataVersion only trigger the reload; read them so the dependency is explicit.
    void attempt;
    void dataVersion;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    apiRequest<T>(path, { signal: controller.signal })
      .then((value) => setLoaded({ path, value }))
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, attempt, dataVersion]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const current = loaded !== null && (loaded.path === path || options.keepPrevious === true);
  return { data: current && path !== null ? loaded.value : null, error, loading, reload };
}
