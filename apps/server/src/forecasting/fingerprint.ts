/** SHA-256 fingerprint of the exact data a forecast was fitted on, so stale forecasts can be found cheaply. */
import { createHash } from 'node:crypto';

/** Bumped whenever the model's inputs change meaning, so every SKU is refitted once (v1: holiday and promotion regressors). */
const INPUTS_VERSION = 'regressors-v1';

/** A closed range of day numbers (days since 1970-01-01). */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/** Inputs beyond the demand values: history promotion flags and planned promotions ahead. */
export interface FingerprintExtras {
  /** 1 on history days with a promotion (same length as the values). */
  readonly promotion?: Uint8Array;
  /** Planned promotions, in a stable order. */
  readonly planned?: readonly DayRange[];
}

/**
 * Hex SHA-256 of the SKU, the first day and the daily values (as IEEE-754 bytes, platform byte order);
 * with `extras`, also of the promotion flags, the planned promotions and the inputs version, so a
 * changed promotion or plan triggers a refit.
 */
export function seriesFingerprint(
  sku: string,
  startDay: number,
  values: Float64Array,
  extras?: FingerprintExtras,
): string {
  const hash = createHash('sha256');
  hash.update(`${sku}\u0000${startDay}\u0000${values.length}\u0000`);
  hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  if (extras) {
    hash.update(`\u0000${INPUTS_VERSION}\u0000`);
    if (extras.promotion) {
      hash.update(
        new Uint8Array(extras.promotion.buffer, extras.promotion.byteOffset, extras.promotion.byteLength),
      );
    }
    for (const range of extras.planned ?? []) hash.update(`\u0000${range.first}-${range.last}`);
  }
  return hash.digest('hex');
}
