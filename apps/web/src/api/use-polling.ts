/** React hook that calls a reload function on a timer, e.g. to follow a background job. */
import { useEffect } from 'react';

/** Calls `reload` every `intervalMilliseconds`; null pauses the timer. */
export function usePolling(reload: () => void, intervalMilliseconds: number | null): void {
  useEffect(() => {
    if (intervalMilliseconds === null) return;
    const timer = window.setInterval(reload, intervalMilliseconds);
    return () => window.clearInterval(timer);
  }, [reload, intervalMilliseconds]);
}
