/** Planned promotions per SKU (future day ranges entered by planners), stored for the forecasting regressors. */
import { dayFromIso, FIRST_DAY, isoFromDay, LAST_DAY } from '@zhizao/calendar';
import { AppError, isAppError } from '@zhizao/core';
import type { Database } from '../storage/database.ts';
import type { DayRange } from './fingerprint.ts';

/** One planned promotion as the API shows it. */
export interface PlannedPromotion {
  readonly sku: string;
  /** First and last day, ISO dates, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly note: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** The longest planned promotion accepted, in days. */
export const MAX_PROMOTION_DAYS = 366;

interface Row {
  sku: string;
  first: number;
  last: number;
  note: string | null;
  createdBy: string;
  createdAt: number;
}

const SELECT = `SELECT sku, datediff('day', DATE '1970-01-01', first_day)::INTEGER AS first,
  datediff('day', DATE '1970-01-01', last_day)::INTEGER AS last, note, created_by AS createdBy,
  epoch_ms(created_at)::DOUBLE AS createdAt FROM planned_promotions`;

/** Planned promotions of one SKU, or of all SKUs, by SKU and first day. */
export async function readPlannedPromotions(database: Database, sku?: string): Promise<PlannedPromotion[]> {
  const rows = await database.query<Row>(
    `${SELECT} ${sku === undefined ? '' : 'WHERE sku = ?'} ORDER BY sku, first, last`,
    sku === undefined ? [] : [sku],
  );
  return rows.map((row) => ({
    sku: row.sku,
    from: isoFromDay(row.first),
    to: isoFromDay(row.last),
    note: row.note,
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}

/** Planned day ranges by SKU (sorted), for fingerprints and forecast jobs. */
export async function plannedRangesBySku(database: Database, sku?: string): Promise<Map<string, DayRange[]>> {
  const rows = await database.query<{ sku: string; first: number; last: number }>(
    `SELECT sku, datediff('day', DATE '1970-01-01', first_day)::INTEGER AS first,
       datediff('day', DATE '1970-01-01', last_day)::INTEGER AS last FROM planned_promotions
     ${sku === undefined ? '' : 'WHERE sku = ?'} ORDER BY sku, first, last`,
    sku === undefined ? [] : [sku],
  );
  const out = new Map<string, DayRange[]>();
  for (const row of rows) {
    const list = out.get(row.sku) ?? [];
    list.push({ first: row.first, last: row.last });
    out.set(row.sku, list);
  }
  return out;
}

/** Checks ISO ranges (from ≤ to, inside the holiday calendar, at most `MAX_PROMOTION_DAYS` long). */
export function parseRanges(ranges: readonly { from: string; to: string }[]): DayRange[] {
  return ranges.map((range, index) => {
    const first = isoDay(range.from, `promotions[${index}].from`);
    const last = isoDay(range.to, `promotions[${index}].to`);
    if (last < first) {
      throw new AppError(
        'INVALID_INPUT',
        `promotions[${index}].to (${range.to}) is before from (${range.from})`,
      );
    }
    if (last - first + 1 > MAX_PROMOTION_DAYS) {
      throw new AppError(
        'INVALID_INPUT',
        `promotions[${index}] spans ${last - first + 1} days; at most ${MAX_PROMOTION_DAYS}`,
      );
    }
    return { first, last };
  });
}

function isoDay(iso: string, name: string): number {
  let day: number;
  try {
    day = dayFromIso(iso);
  } catch (error: unknown) {
    if (!isAppError(error)) throw error;
    throw new AppError('INVALID_INPUT', `${name} must be a date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  }
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new AppError('INVALID_INPUT', `${name} (${iso}) lies outside the holiday calendar (2000–2040)`);
  }
  return day;
}

/** Replaces a SKU's planned promotions in one transaction; NOT_FOUND when the SKU is neither an item nor sold. */
export async function replacePlannedPromotions(
  database: Database,
  sku: string,
  request: {
    readonly ranges: readonly (DayRange & { readonly note?: string | undefined })[];
    readonly user: string;
    readonly now: number;
  },
): Promise<void> {
  const [known] = await database.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM items WHERE sku = ?) OR EXISTS (SELECT 1 FROM sales WHERE sku = ?) AS found`,
    [sku, sku],
  );
  if (!known?.found)
    throw new AppError('NOT_FOUND', `unknown SKU "${sku}" (not in the item master or sales)`);
  await database.transaction(async (session) => {
    await session.run('DELETE FROM planned_promotions WHERE sku = ?', [sku]);
    for (const range of request.ranges) {
      await session.run(
        `INSERT INTO planned_promotions VALUES (?, DATE '1970-01-01' + ?::INTEGER, DATE '1970-01-01' + ?::INTEGER,
          ?, ?, make_timestamp_ms(?::BIGINT))`,
        [sku, range.first, range.last, range.note ?? null, request.user, request.now],
      );
    }
  });
}
