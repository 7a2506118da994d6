/** Locates the reference data in `../shared/data` beside the repository (override with ZHIZAO_SHARED_DATA). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file or folder under the shared reference data; throws a clear error when missing. */
export function sharedDataPath(...parts: string[]): string {
  const base = process.env.ZHIZAO_SHARED_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  const full = path.join(base, ...parts);
  if (!existsSync(full)) {
    throw new Error(`reference data not found: ${full} (set ZHIZAO_SHARED_DATA to the shared/data folder)`);
  }
  return full;
}
