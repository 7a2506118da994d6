/** A counter bumped whenever data changes (import, demo removal) so every loaded view refetches. */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface DataVersion {
  readonly version: number;
  readonly bump: () => void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, bump: () => undefined });

/** Holds the data version for the whole app. */
export function DataVersionProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);
  const value = useMemo(() => ({ version, bump }), [version, bump]);
  return <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>;
}

/** The current data version; include it in effect dependencies to refetch after changes. */
export function useDataVersion(): number {
  return useContext(DataVersionContext).version;
}

/** Call the returned function after changing data on the server. */
export function useBumpDataVersion(): () => void {
  return useContext(DataVersionContext).bump;
}
