/** Delay before the n-th reconnect attempt: exponential, capped. */

/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** First delay (default 500 ms). */
  readonly initialMs?: number | undefined;
  /** Longest delay (default 30 s). */
  readonly maxMs?: number | undefined;
  /** Growth per attempt (default 2). */
  readonly factor?: number | undefined;
}

/**
 * Delay in ms before attempt `attempt` (0-based): initial · factor^attempt, at most `maxMs`
 * (the "exponential backoff" of AWS Architecture Blog, 2015, without jitter: one client per device).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const factor = options.factor ?? 2;
  return Math.min(max, initial * factor ** Math.max(0, attempt));
}
