/** SHA-256 fingerprint of the exact data a forecast was fitted on, so stale forecasts can be found cheaply. */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of the SKU, the first day and the daily values (as IEEE-754 bytes, platform byte order). */
export function seriesFingerprint(sku: string, startDay: number, values: Float64Array): string {
  const hash = createHash('sha256');
  hash.update(`${sku}\u0000${startDay}\u0000${values.length}\u0000`);
  hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  return hash.digest('hex');
}
