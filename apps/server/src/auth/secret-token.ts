/** Random bearer secrets (API tokens, session ids) and the one-way hash under which they are stored. */
import { createHash, randomBytes } from 'node:crypto';

/** A new random secret with a readable prefix, e.g. `zzt_…` for API tokens. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of a high-entropy secret; a slow KDF is unnecessary for 256-bit random values. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
