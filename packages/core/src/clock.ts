/** Time as an injectable dependency, so streaming and simulation code can run on a fake clock in tests. */

/** Milliseconds since the Unix epoch. */
export type EpochMillis = number & { readonly __brand: 'EpochMillis' };

/** A source of the current time. */
export interface Clock {
  now(): EpochMillis;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() as EpochMillis };

/** A clock that only moves when told to; for tests and simulations. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start = 0) {
    this.current = start;
  }

  now(): EpochMillis {
    return this.current as EpochMillis;
  }

  advance(millis: number): void {
    this.current += millis;
  }

  set(millis: number): void {
    this.current = millis;
  }
}
