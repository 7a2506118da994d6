/** Finds repeated (text, day) keys, such as sku + date, in one pass over typed arrays. */

/** A row whose key repeats an earlier one: both are indexes into the input arrays. */
export type Duplicate = { index: number; firstIndex: number };

/** Key spaces up to this many bits use a bit set; larger ones fall back to a Map of strings. */
const MAX_BITSET_KEYS = 2 ** 28;

/**
 * Returns, in input order, every index whose `text[k]` (and `numbers[k]`, when given) equals an
 * earlier index's, with the index of that first occurrence. Entries with empty text or with
 * `numbers[k] === skip` take no part. Texts get dense ids, so the common case is a bit set over
 * (id, number) pairs and a second pass only when duplicates exist.
 */
export function findDuplicates(text: readonly string[], numbers?: Int32Array, skip?: number): Duplicate[] {
  const n = text.length;
  const ids = new Int32Array(n).fill(-1);
  const idOf = new Map<string, number>();
  let min = 0;
  let max = 0;
  let any = false;
  for (let k = 0; k < n; k++) {
    const t = text[k] as string;
    const x = numbers === undefined ? 0 : (numbers[k] as number);
    if (t === '' || (skip !== undefined && x === skip)) continue;
    let id = idOf.get(t);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(t, id);
    }
    ids[k] = id;
    if (!any || x < min) min = x;
    if (!any || x > max) max = x;
    any = true;
  }
  const span = max - min + 1;
  const keyOf = (k: number): number => (ids[k] as number) * span + ((numbers?.[k] ?? 0) - min);
  const repeats: number[] = [];
  if (idOf.size * span <= MAX_BITSET_KEYS) {
    const seen = new Uint32Array(Math.ceil((idOf.size * span) / 32));
    for (let k = 0; k < n; k++) {
      if ((ids[k] as number) < 0) continue;
      const key = keyOf(k);
      const word = key >>> 5;
      const bit = 1 << (key & 31);
      if (((seen[word] as number) & bit) !== 0) repeats.push(k);
      else seen[word] = (seen[word] as number) | bit;
    }
  } else {
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      if ((ids[k] as number) < 0) continue;
      const key = `${ids[k]}:${numbers?.[k] ?? 0}`;
      if (seen.has(key)) repeats.push(k);
      else seen.add(key);
    }
  }
  if (repeats.length === 0) return [];
  return pairWithFirst(repeats, ids, numbers);
}

/** Second pass, only when duplicates exist: the first index of each repeated key. */
function pairWithFirst(repeats: number[], ids: Int32Array, numbers: Int32Array | undefined): Duplicate[] {
  const keyOf = (k: number): string => `${ids[k]}:${numbers?.[k] ?? 0}`;
  const wanted = new Set(repeats.map(keyOf));
  const first = new Map<string, number>();
  const last = repeats[repeats.length - 1] as number;
  for (let k = 0; k <= last; k++) {
    if ((ids[k] as number) < 0) continue;
    const key = keyOf(k);
    if (wanted.has(key) && !first.has(key)) first.set(key, k);
  }
  return repeats.map((index) => ({ index, firstIndex: first.get(keyOf(index)) as number }));
}
