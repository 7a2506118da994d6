/** DEMO DATA: seeded daily demand for every SKU, streamed in column-oriented chunks. */

import { dayFromDate } from '@zhizao/calendar';
import type { Random } from '@zhizao/core';
import { AppError, seededRandom } from '@zhizao/core';
import { checkDayRange } from './check.ts';
import type { DemandProfile } from './demand-profile.ts';
import { buildProfiles } from './demand-profile.ts';
import { hash2 } from './hash.ts';
import { buildCatalog, resolveSeed } from './items.ts';
import type { SalesCalendar } from './sales-calendar.ts';
import { salesCalendar, seasonFactor } from './sales-calendar.ts';

/** Default last day of the demo history: 2026-11-28 as a day number. */
export const DEFAULT_END_DAY = 20_785;

/** Options for {@link generateSales} and {@link demandProfiles}. */
export interface SalesOptions {
  /** 32-bit seed (default the demo seed). */
  readonly seed?: number;
  /** Last day of history, days since 1970-01-01 (default 2026-11-28). */
  readonly endDay?: number;
  /** Years of history, 1–10 (default 3: 1096 days). */
  readonly years?: number;
  /** SKUs per emitted chunk (default 1). */
  readonly skusPerChunk?: number;
}

/** Column-oriented daily demand rows; row i is (sku[i], day[i], quantity[i], promotion[i]). */
export interface SalesChunk {
  readonly sku: string[];
  readonly day: Int32Array;
  /** Non-negative whole units. */
  readonly quantity: Float64Array;
  /** 1 when a promotion ran for that SKU on that day. */
  readonly promotion: Uint8Array;
}

interface Resolved {
  readonly seed: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly skusPerChunk: number;
}

function resolve(options: SalesOptions): Resolved {
  const seed = resolveSeed(options.seed);
  const endDay = options.endDay ?? DEFAULT_END_DAY;
  const years = options.years ?? 3;
  if (!Number.isFinite(years) || years < 1 || years > 10) {
    throw new AppError('INVALID_INPUT', `options.years must be in 1..10, got ${years}`);
  }
  const skusPerChunk = options.skusPerChunk ?? 1;
  if (!Number.isInteger(skusPerChunk) || skusPerChunk < 1) {
    throw new AppError(
      'INVALID_INPUT',
      `options.skusPerChunk must be a positive integer, got ${skusPerChunk}`,
    );
  }
  const startDay = endDay - Math.round(years * 365.25) + 1;
  checkDayRange('options.endDay', startDay, endDay);
  return { seed, startDay, endDay, skusPerChunk };
}

/** DEMO: the hidden ground truth behind {@link generateSales} for the same options. */
export function demandProfiles(options: SalesOptions = {}): DemandProfile[] {
  const { seed, startDay, endDay } = resolve(options);
  return buildProfiles(buildCatalog(seed), seed, { startDay, endDay });
}

/** Marks campaign days: 618 and Double 11 for some SKUs, plus 0–2 own campaigns a year. */
function markPromotions(
  profile: DemandProfile,
  calendar: SalesCalendar,
  random: Random,
  out: Uint8Array,
): void {
  const joinRate = profile.pattern === 'intermittent' ? 0.1 : 0.35;
  const join618 = random.next() < joinRate;
  const joinDouble11 = random.next() < joinRate;
  const mark = (first: number, length: number): void => {
    for (let d = first; d < first + length; d += 1) {
      const at = d - calendar.startDay;
      if (at >= 0 && at < out.length) out[at] = 1;
    }
  };
  for (const year of calendar.years) {
    if (join618) mark(dayFromDate(year, 6, 1), 18); // 1–18 June
    if (joinDouble11) mark(dayFromDate(year, 11, 1), 11); // 1–11 November
    const jan1 = dayFromDate(year, 1, 1);
    const own = profile.pattern === 'intermittent' ? 0 : random.int(0, 2);
    for (let k = 0; k < own; k += 1) mark(jan1 + random.int(20, 330), random.int(7, 14));
  }
}

/** Fills one SKU's rows from its first day to the end day, starting at `offset`. */
function fillSku(
  profile: DemandProfile,
  calendar: SalesCalendar,
  random: Random,
  out: { chunk: SalesChunk; offset: number },
): void {
  const first = profile.firstDay - calendar.startDay;
  const n = calendar.days.length - first;
  const promotion = new Uint8Array(calendar.days.length);
  markPromotions(profile, calendar, random, promotion);
  const { chunk, offset } = out;
  let sincePromotion = 1000;
  for (let k = 0; k < n; k += 1) {
    const i = first + k;
    const day = calendar.startDay + i;
    const onPromotion = promotion[i] === 1;
    sincePromotion = onPromotion ? 0 : sincePromotion + 1;
    // After a campaign, customers who bought ahead order less for a week (pull-forward).
    const promoFactor = onPromotion ? profile.promotionLift : sincePromotion <= 7 ? 0.85 : 1;
    const years = (day - calendar.startDay - calendar.days.length + 1) / 365.25;
    const ramp = profile.lifecycle === 'new' ? 1 - Math.exp(-(day - profile.firstDay + 1) / 30) : 1;
    const fade = Math.min(1, Math.max(0.2, (profile.lastDemandDay - day) / 90 + 0.2));
    const life = day > profile.lastDemandDay ? 0 : ramp * (profile.lifecycle === 'discontinued' ? fade : 1);
    const calendarFactor =
      calendar.weekday[i]! *
      calendar.holiday[i]! *
      seasonFactor(profile.season, profile.seasonAmplitude, calendar.yearPhase[i]!) *
      promoFactor;
    let quantity = 0;
    if (profile.pattern === 'smooth') {
      const mean = profile.meanDaily * Math.exp(profile.trendPerYear * years) * calendarFactor * life;
      quantity = random.poisson(mean * Math.exp(0.25 * random.normal() - 0.03125));
    } else if (random.next() < Math.min(0.95, profile.demandProbability * calendarFactor * life)) {
      quantity = 1 + random.poisson(profile.meanSize - 1);
    }
    chunk.sku[offset + k] = profile.sku;
    chunk.day[offset + k] = day;
    chunk.quantity[offset + k] = quantity;
    chunk.promotion[offset + k] = onPromotion ? 1 : 0;
  }
  out.offset += n;
}

function* chunks(resolved: Resolved): Generator<SalesChunk> {
  const { seed, startDay, endDay, skusPerChunk } = resolved;
  const catalog = buildCatalog(seed);
  const profiles = buildProfiles(catalog, seed, { startDay, endDay });
  const calendar = salesCalendar(startDay, endDay);
  for (let from = 0; from < profiles.length; from += skusPerChunk) {
    const batch = profiles.slice(from, from + skusPerChunk);
    const rows = batch.reduce((sum, p) => sum + endDay - p.firstDay + 1, 0);
    const chunk: SalesChunk = {
      sku: new Array<string>(rows),
      day: new Int32Array(rows),
      quantity: new Float64Array(rows),
      promotion: new Uint8Array(rows),
    };
    const cursor = { chunk, offset: 0 };
    batch.forEach((profile, k) => {
      fillSku(profile, calendar, seededRandom(hash2(seed, 0x30000 + from + k)), cursor);
    });
    yield chunk;
  }
}

/**
 * DEMO: daily demand for every SKU over `years` ending at `endDay`, one chunk per `skusPerChunk` SKUs.
 * Demand = level·trend·weekday·season·holiday·promotion·lifecycle, drawn as Poisson with log-normal
 * day noise (smooth SKUs) or as Bernoulli occurrence × (1 + Poisson) size (intermittent SKUs; the
 * process Croston 1972 assumes). Deterministic in the seed.
 */
export function generateSales(options: SalesOptions = {}): Iterable<SalesChunk> {
  const resolved = resolve(options);
  return { [Symbol.iterator]: () => chunks(resolved) };
}
