/** Column-wide date and timestamp parsing: one day/month order per column, repeated dates cached. */
import { MS_PER_DAY } from './civil-date.ts';
import { type DateTimeParts, detectDayMonthOrder, parseDateTime } from './parse-date-time.ts';
import { CellStatus } from './parse-number.ts';

/** Parsed values (NaN where not ok) and a CellStatus per row. */
export type ParsedColumn = { values: Float64Array; status: Uint8Array };

const CACHE_LIMIT = 100_000;
/** Below any real day number (year 9999 is day 2,932,896). */
const FAILED = -1e9;

/**
 * Parses a date column to day numbers (days since 1970-01-01). A time of day, if present, is
 * dropped and the written (wall-clock) date kept, whatever zone is given.
 */
export function parseDayColumn(values: readonly string[]): ParsedColumn {
  const order = detectDayMonthOrder(values);
  const n = values.length;
  const days = new Float64Array(n);
  const status = new Uint8Array(n);
  const parts: DateTimeParts = { wallMs: 0, offsetMs: 0, hasTime: false };
  // Sales files repeat each date once per SKU: cache the parse (failures as FAILED - status).
  const cache = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    const raw = values[r] as string;
    let day = cache.get(raw);
    if (day === undefined) {
      const code = parseDateTime(raw, order, parts);
      day = code === CellStatus.ok ? Math.floor(parts.wallMs / MS_PER_DAY) : FAILED - code;
      if (cache.size < CACHE_LIMIT) cache.set(raw, day);
    }
    if (day <= FAILED) {
      days[r] = Number.NaN;
      status[r] = FAILED - day;
    } else days[r] = day;
  }
  return { values: days, status };
}

/**
 * Parses a timestamp column to epoch milliseconds. A written zone is honoured; values without a
 * zone are taken as UTC (store the plant's zone in the values, or convert before import).
 */
export function parseTimestampColumn(values: readonly string[]): ParsedColumn {
  const order = detectDayMonthOrder(values);
  const n = values.length;
  const ms = new Float64Array(n);
  const status = new Uint8Array(n);
  const parts: DateTimeParts = { wallMs: 0, offsetMs: 0, hasTime: false };
  for (let r = 0; r < n; r++) {
    const code = parseDateTime(values[r] as string, order, parts);
    status[r] = code;
    ms[r] = code === CellStatus.ok ? parts.wallMs - parts.offsetMs : Number.NaN;
  }
  return { values: ms, status };
}
