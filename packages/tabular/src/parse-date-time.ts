/** Reads the date and time notations found in plant exports into day numbers and epoch milliseconds. */
import { daysFromCivil, isValidCivil, MS_PER_DAY } from './civil-date.ts';
import { CellStatus, type CellStatusCode } from './parse-number.ts';

/** How to read `a/b/yyyy`: decided per column by {@link detectDayMonthOrder}. */
export type DayMonthOrder = 'dmy' | 'mdy' | 'unknown';

/** A parsed date-time: wall-clock milliseconds since 1970-01-01 and the zone offset, if one was written. */
export type DateTimeParts = { wallMs: number; offsetMs: number; hasTime: boolean };

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?(.*)$/;
const NUMERIC = /^(\d+)(?:\.(\d+))?$/;
const TIME =
  /^(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Excel's serial 25569 is 1970-01-01 (1900 date system, valid after its fake 1900-02-29). */
const EXCEL_EPOCH = 25_569;

/**
 * Scans a column for `a/b/yyyy` or `a-b-yyyy` values: a first part above 12 means day-first,
 * a second part above 12 means month-first. Dotted `dd.mm.yyyy` is always day-first and not scanned.
 */
export function detectDayMonthOrder(values: readonly string[]): DayMonthOrder {
  let firstOver12 = false;
  let secondOver12 = false;
  for (const value of values) {
    const c1 = value.charCodeAt(1);
    const c2 = value.charCodeAt(2);
    if (c1 !== 47 && c1 !== 45 && c2 !== 47 && c2 !== 45) continue;
    const m = YEAR_LAST.exec(value.trim());
    if (m === null || m[2] === '.') continue;
    if (Number(m[1]) > 12) firstOver12 = true;
    if (Number(m[3]) > 12) secondOver12 = true;
  }
  if (firstOver12 === secondOver12) return 'unknown';
  return firstOver12 ? 'dmy' : 'mdy';
}

/**
 * Parses one date or date-time into `out`. Accepted: `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.MM.DD`,
 * `YYYYMMDD`, `DD.MM.YYYY`, `D/M/YYYY` or `M/D/YYYY` (per `order`), `2024年3月5日`, each optionally
 * followed by a time `[T ]HH:mm[:ss[.fff]]` and a zone `Z`/`UTC`/`±HH[:MM]`; five-digit Excel serial
 * numbers, 10000–99999 = 1927–2173 (1900 system; a fraction is the time of day; a bare year such as
 * `2024` is rejected rather than read as 1905); Unix epoch seconds (9–10 digits) and milliseconds
 * (12–13 digits). Returns a {@link CellStatus}; `ambiguous` when `a/b/yyyy` cannot be ordered.
 */
export function parseDateTime(raw: string, order: DayMonthOrder, out: DateTimeParts): CellStatusCode {
  let value = raw.trim();
  if (value.length === 0) return CellStatus.blank;
  if (hasNonAscii(value)) value = value.normalize('NFKC');
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  if (isIsoDatePrefix(value)) {
    year = digitsAt(value, 0, 4);
    month = digitsAt(value, 5, 2);
    day = digitsAt(value, 8, 2);
    rest = value.length === 10 ? '' : value.slice(10);
  } else {
    const m = YMD.exec(value) ?? CHINESE.exec(value);
    if (m !== null) {
      year = Number(m[1]);
      month = Number(m[2]);
      day = Number(m[3]);
      rest = m[4] ?? '';
    } else {
      const y = YEAR_LAST.exec(value);
      if (y === null) return parseNumeric(value, out);
      const a = Number(y[1]);
      const b = Number(y[3]);
      const dayFirst = y[2] === '.' || order === 'dmy' || (order === 'unknown' && a > 12);
      const monthFirst = !dayFirst && (order === 'mdy' || b > 12 || a === b);
      if (!dayFirst && !monthFirst) return CellStatus.ambiguous;
      year = Number(y[4]);
      month = dayFirst ? b : a;
      day = dayFirst ? a : b;
      rest = y[5] ?? '';
    }
  }
  if (!isValidCivil(year, month, day)) return CellStatus.invalid;
  out.wallMs = daysFromCivil(year, month, day) * MS_PER_DAY;
  out.offsetMs = 0;
  out.hasTime = false;
  return rest.length === 0 ? CellStatus.ok : parseTimeRest(rest, out);
}

/** Applies a `[T ]HH:mm:ss.fff±zz:zz` tail to `out`. */
function parseTimeRest(rest: string, out: DateTimeParts): CellStatusCode {
  const t = TIME.exec(rest);
  if (t === null) return CellStatus.invalid;
  if (t[1] !== undefined) {
    const hour = Number(t[1]);
    const minute = Number(t[2]);
    const second = t[3] === undefined ? 0 : Number(t[3]);
    if (hour > 23 || minute > 59 || second > 59) return CellStatus.invalid;
    const fraction = t[4] === undefined ? 0 : Math.round(Number(`0.${t[4]}`) * 1000);
    out.wallMs += hour * 3_600_000 + minute * 60_000 + second * 1000 + fraction;
    out.hasTime = true;
  }
  const zone = t[5];
  const signCode = zone?.charCodeAt(0);
  if (zone !== undefined && (signCode === 43 || signCode === 45)) {
    const sign = signCode === 45 ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (hours > 14 || minutes > 59) return CellStatus.invalid;
    out.offsetMs = sign * (hours * 60 + minutes) * 60_000;
  }
  return CellStatus.ok;
}

/** `YYYYMMDD`, Excel serials, epoch seconds and epoch milliseconds. */
function parseNumeric(value: string, out: DateTimeParts): CellStatusCode {
  const m = NUMERIC.exec(value);
  if (m === null) return CellStatus.invalid;
  const whole = m[1] as string;
  out.offsetMs = 0;
  if (whole.length === 8 && m[2] === undefined) {
    const year = digitsAt(whole, 0, 4);
    const month = digitsAt(whole, 4, 2);
    const day = digitsAt(whole, 6, 2);
    if (!isValidCivil(year, month, day)) return CellStatus.invalid;
    out.wallMs = daysFromCivil(year, month, day) * MS_PER_DAY;
    out.hasTime = false;
    return CellStatus.ok;
  }
  const x = Number(value);
  if (whole.length === 5) {
    out.wallMs = Math.round((x - EXCEL_EPOCH) * MS_PER_DAY);
    out.hasTime = m[2] !== undefined;
    return CellStatus.ok;
  }
  if (whole.length === 9 || whole.length === 10) out.wallMs = Math.round(x * 1000);
  else if (whole.length === 12 || whole.length === 13) out.wallMs = Math.round(x);
  else return CellStatus.invalid;
  out.hasTime = true;
  return CellStatus.ok;
}

function isIsoDatePrefix(v: string): boolean {
  return (
    v.length >= 10 &&
    v.charCodeAt(4) === 45 &&
    v.charCodeAt(7) === 45 &&
    isDigit(v.charCodeAt(0)) &&
    isDigit(v.charCodeAt(1)) &&
    isDigit(v.charCodeAt(2)) &&
    isDigit(v.charCodeAt(3)) &&
    isDigit(v.charCodeAt(5)) &&
    isDigit(v.charCodeAt(6)) &&
    isDigit(v.charCodeAt(8)) &&
    isDigit(v.charCodeAt(9))
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsAt(v: string, from: number, count: number): number {
  let x = 0;
  for (let i = from; i < from + count; i++) x = x * 10 + v.charCodeAt(i) - 48;
  return x;
}

function hasNonAscii(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 127) return true;
  return false;
}
