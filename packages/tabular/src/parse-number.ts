/** Reads numbers as people type them: decimal commas, thousands separators, full-width digits, currency signs. */

/** The decimal separator a column uses; the other of '.' and ',' is then a thousands separator. */
export type DecimalSeparator = '.' | ',';

/** Per-row outcome of a column parse. */
export const CellStatus = { ok: 0, blank: 1, invalid: 2, ambiguous: 3 } as const;

/** One of the {@link CellStatus} values. */
export type CellStatusCode = (typeof CellStatus)[keyof typeof CellStatus];

/** Parsed numbers (NaN where not ok) and a {@link CellStatus} per row. */
export type NumberColumn = { values: Float64Array; status: Uint8Array; decimal: DecimalSeparator };

const DOT_STYLE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const COMMA_STYLE = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*)(?:,\d*)?$/;
const DIGIT = /\d/;
const NOISE = /[\s¥$€£元]/g;

/**
 * Decides a column's decimal separator from its values, so that `1,234` is read consistently.
 *
 * Evidence per value: with both '.' and ',' the later one is the decimal; a separator that repeats
 * (`1,234,567`) or a single one not followed by exactly three digits (`1,5`) settles it; a single
 * separator before three digits (`1,234`) is no evidence. Without evidence the decimal is '.', or
 * ',' when `decimalCommaHint` is set (a ';'-delimited CSV).
 */
export function detectDecimalSeparator(
  values: readonly string[],
  decimalCommaHint = false,
): DecimalSeparator {
  let dotVotes = 0;
  let commaVotes = 0;
  for (const raw of values) {
    const hasComma = raw.indexOf(',') !== -1 || raw.indexOf('，') !== -1;
    const hasDot = raw.indexOf('.') !== -1 || raw.indexOf('．') !== -1;
    if (!hasComma && !hasDot) continue;
    const value = isAsciiNumeric(raw) ? raw : normalize(raw);
    const comma = value.lastIndexOf(',');
    const dot = value.lastIndexOf('.');
    if (comma !== -1 && dot !== -1) {
      if (comma > dot) commaVotes++;
      else dotVotes++;
    } else if (comma !== -1) {
      if (value.indexOf(',') !== comma || digitsAfter(value, comma) !== 3) {
        if (value.indexOf(',') !== comma) dotVotes++;
        else commaVotes++;
      }
    } else if (value.indexOf('.') !== dot) {
      commaVotes++;
    } else if (digitsAfter(value, dot) !== 3) {
      dotVotes++;
    }
  }
  if (commaVotes > dotVotes) return ',';

  if (dotVotes > commaVotes) return '.';
  return decimalCommaHint ? ',' : '.';
}

/** Parses one cell with a known decimal separator; NaN when blank or not a number. */
export function parseNumber(raw: string, decimal: DecimalSeparator): number {
  if (isPlainNumber(raw, decimal)) return Number(raw);
  let value = normalize(raw);
  let negate = false;
  if (value.length > 2 && value.charCodeAt(0) === 40 && value.charCodeAt(value.length - 1) === 41) {
    negate = true; // accounting style (1,234.50)
    value = value.slice(1, -1);
  }
  if (!DIGIT.test(value)) return Number.NaN;
  let result: number;
  if (decimal === '.') {
    result = DOT_STYLE.test(value) ? Number(value.replaceAll(',', '')) : Number.NaN;
  } else {
    result = COMMA_STYLE.test(value) ? Number(value.replaceAll('.', '').replace(',', '.')) : Number.NaN;
  }
  return negate ? -result : result;
}

/** Detects the decimal separator and parses every cell of a column. */
export function parseNumberColumn(values: readonly string[], decimalCommaHint = false): NumberColumn {
  const decimal = detectDecimalSeparator(values, decimalCommaHint);
  const n = values.length;
  const out = new Float64Array(n);
  const status = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const raw = values[r] as string;
    const x = parseNumber(raw, decimal);
    out[r] = x;
    if (Number.isNaN(x)) status[r] = isBlank(raw) ? CellStatus.blank : CellStatus.invalid;
  }
  return { values: out, status, decimal };
}

/** True for '' and whitespace-only cells. */
export function isBlank(value: string): boolean {
  return value.length === 0 || value.trim().length === 0;
}

/** ASCII digits and signs only (plus '.', 'e' when the decimal is '.'): `Number()` reads these exactly. */
function isPlainNumber(value: string, decimal: DecimalSeparator): boolean {
  const n = value.length;
  if (n === 0) return false;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 43 || c === 45) {
      if (i !== 0 && (value.charCodeAt(i - 1) | 32) !== 101) return false;
    } else if (decimal === '.' && (c === 46 || (c | 32) === 101)) {
      // '.', 'e' and 'E'
    } else return false;
  }
  return digits > 0;
}

/** Full-width forms to ASCII (NFKC), then spaces and currency signs removed. */
function normalize(raw: string): string {
  let value = raw;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 127) {
      value = value.normalize('NFKC');
      break;
    }
  }
  return value.replace(NOISE, '');
}

/** Digits, '.', ',' and signs only: nothing for {@link normalize} to change. */
function isAsciiNumeric(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 45 || c === 43)) return false;
  }
  return true;
}

function digitsAfter(value: string, at: number): number {
  let count = 0;
  for (let i = at + 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) break;
    count++;
  }
  return count;
}
