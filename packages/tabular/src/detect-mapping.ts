/** Maps a file's header cells to the fields of a dataset kind. */
import { DATASET_KINDS, type DatasetKind, fieldsOf } from './dataset-kind.ts';
import { normalizeHeader, synonymIndex } from './header-synonyms.ts';

/** Field name → 0-based column index. */
export type FieldMapping = Record<string, number>;

/** Result of {@link detectMapping}. */
export type MappingResult = {
  mapping: FieldMapping;
  /** Header cells that matched no field (in wide telemetry these are the tag columns). */
  unmapped: string[];
  /** Required fields no header matched. */
  missing: string[];
};

/**
 * Matches header cells to fields by Chinese and English synonyms, ignoring case, spaces,
 * underscores and bracketed units. The first column matching a field wins. For telemetry, `tag`
 * and `value` are missing only when one of them is present (both absent means wide format), and a
 * date column without a time column is taken as the timestamp.
 */
export function detectMapping(header: readonly string[], kind: DatasetKind): MappingResult {
  if (!Array.isArray(header)) throw new TypeError('detectMapping: header must be an array of strings');
  if (!DATASET_KINDS.includes(kind)) {
    throw new RangeError(
      `detectMapping: kind must be one of ${DATASET_KINDS.join(', ')}, got ${String(kind)}`,
    );
  }
  const index = synonymIndex(kind);
  const mapping: FieldMapping = {};
  const unmapped: string[] = [];
  header.forEach((cell, c) => {
    const field = index.get(normalizeHeader(cell));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = c;
    else unmapped.push(cell);
  });
  if (kind === 'telemetry' && mapping.timestamp === undefined && mapping.date !== undefined) {
    // A lone date column carries the whole timestamp.
    mapping.timestamp = mapping.date;
    delete mapping.date;
  }
  const missing = fieldsOf(kind)
    .filter((f) => f.required && mapping[f.name] === undefined)
    .map((f) => f.name);
  if (kind === 'telemetry') {
    if (mapping.tag !== undefined && mapping.value === undefined) missing.push('value');
    if (mapping.value !== undefined && mapping.tag === undefined) missing.push('tag');
  }
  return { mapping, unmapped, missing };
}
