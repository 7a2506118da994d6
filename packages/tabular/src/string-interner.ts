/** Reuses one string for field text that repeats down a column, instead of slicing a new one each time. */

/** Fields longer than this are not interned (names and notes rarely repeat exactly). */
const MAX_LENGTH = 40;
/** Only the first columns are interned; the per-column bookkeeping is fixed-size. */
const MAX_COLUMNS = 64;
/** After this many lookups, a column with under a quarter hits stops being interned. */
const TRIAL = 2048;

/**
 * A direct-mapped cache of recent field strings keyed on their characters. A hit costs a hash and a
 * character compare and allocates nothing, so a column of repeated SKUs, dates or small quantities
 * holds one string per distinct value: fewer allocations, less garbage-collector work, and later
 * Map lookups of the same string reuse its cached hash. Columns of mostly distinct values
 * (timestamps, readings) are switched to plain slicing after a trial.
 */
export class StringInterner {
  readonly #slots: string[];
  readonly #mask: number;
  readonly #enabled = new Uint8Array(MAX_COLUMNS).fill(1);
  readonly #lookups = new Int32Array(MAX_COLUMNS);
  readonly #hits = new Int32Array(MAX_COLUMNS);

  /** Sizes the table for `textLength` characters of input: a power of two from 256 to 65,536 slots. */
  constructor(textLength: number) {
    let size = 256;
    while (size < 65_536 && size * 16 < textLength) size *= 2;
    this.#slots = new Array<string>(size).fill('');
    this.#mask = size - 1;
  }

  /** `text.slice(start, end)`, shared with an earlier equal field of column `column` when possible. */
  take(text: string, start: number, end: number, column: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length > MAX_LENGTH || column >= MAX_COLUMNS || this.#enabled[column] === 0)
      return text.slice(start, end);
    let hash = column;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    const slot = (hash ^ (hash >>> 15)) & this.#mask;
    const candidate = this.#slots[slot] as string;
    let value: string;
    if (candidate.length === length && sameChars(candidate, text, start)) {
      value = candidate;
      (this.#hits[column] as number)++;
    } else {
      value = text.slice(start, end);
      this.#slots[slot] = value;
    }
    if (++(this.#lookups[column] as number) === TRIAL && (this.#hits[column] as number) < TRIAL / 4) {
      this.#enabled[column] = 0;
    }
    return value;
  }
}

function sameChars(candidate: string, text: string, from: number): boolean {
  for (let i = 0; i < candidate.length; i++) {
    if (candidate.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  }
  return true;
}
