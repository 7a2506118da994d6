/** DEMO DATA: the hidden demand pattern of every SKU (smooth or intermittent, new, discontinued). */
import { seededRandom } from '@zhizao/core';
import type { SeasonShape } from './catalog-types.ts';
import { hash2 } from './hash.ts';
import type { CatalogEntry } from './items.ts';

/** How demand arrives: most days (smooth) or on few days (intermittent, Croston-like). */
export type DemandPattern = 'smooth' | 'intermittent';

/** Where the SKU is in its life at the end of the history. */
export type Lifecycle = 'established' | 'new' | 'discontinued';

/** Ground truth of one SKU's simulated demand. Day numbers are days since 1970-01-01. */
export interface DemandProfile {
  readonly sku: string;
  readonly pattern: DemandPattern;
  readonly lifecycle: Lifecycle;
  /** Mean daily demand at the end of the history before calendar effects (smooth SKUs). */
  readonly meanDaily: number;
  /** Growth rate per year (log scale): level(t) = meanDaily·exp(trend·years before the end). */
  readonly trendPerYear: number;
  readonly season: SeasonShape;
  /** Amplitude of the yearly seasonal wave (relative). */
  readonly seasonAmplitude: number;
  /** Probability of a demand on an ordinary weekday (intermittent SKUs), and the mean demand size. */
  readonly demandProbability: number;
  readonly meanSize: number;
  /** Demand multiplier while a promotion runs. */
  readonly promotionLift: number;
  /** First day with a row (history start, or the launch day of a new product). */
  readonly firstDay: number;
  /** Last day demand can occur; after it the SKU sells nothing (lifecycle end). */
  readonly lastDemandDay: number;
}

/** Share of SKUs that are intermittent, new and discontinued. */
const INTERMITTENT_SHARE = 0.3;
const NEW_SHARE = 0.06;
const DISCONTINUED_SHARE = 0.05;

function shuffled(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

/**
 * Profiles for a catalog over [startDay, endDay]. The slowest ~30% (ranked with noise) are intermittent;
 * 6% launched within the last year; 5% discontinued 2–18 months before the end.
 */
export function buildProfiles(
  catalog: readonly CatalogEntry[],
  seed: number,
  range: { readonly startDay: number; readonly endDay: number },
): DemandProfile[] {
  const n = catalog.length;
  const rank = seededRandom(hash2(seed, 0x51a1e5));
  const noisy = catalog.map((e, i) => ({ i, key: e.meanDaily * Math.exp(0.6 * rank.normal()) }));
  noisy.sort((a, b) => a.key - b.key);
  const intermittent = new Set(noisy.slice(0, Math.round(INTERMITTENT_SHARE * n)).map((x) => x.i));
  const order = shuffled(n, hash2(seed, 0x11fe));
  const newCount = Math.round(NEW_SHARE * n);
  const fresh = new Set(order.slice(0, newCount));
  const ending = new Set(order.slice(newCount, newCount + Math.round(DISCONTINUED_SHARE * n)));
  return catalog.map((e, i): DemandProfile => {
    const random = seededRandom(hash2(seed, 0x20000 + i));
    const isIntermittent = intermittent.has(i);
    const lifecycle: Lifecycle = fresh.has(i) ? 'new' : ending.has(i) ? 'discontinued' : 'established';
    const launch = range.endDay - random.int(40, 360);
    const end = range.endDay - random.int(60, 540);
    return {
      sku: e.item.sku,
      pattern: isIntermittent ? 'intermittent' : 'smooth',
      lifecycle,
      meanDaily: e.meanDaily,
      trendPerYear: Math.max(-0.2, Math.min(0.3, 0.05 + 0.1 * random.normal())),
      season: e.season,
      seasonAmplitude: e.season === 'flat' ? 0.05 : 0.1 + 0.2 * random.next(),
      demandProbability: 0.03 + 0.17 * random.next(),
      meanSize: 1.2 + 2.8 * random.next(),
      promotionLift: isIntermittent ? 1.2 : 1.3 + 0.6 * random.next(),
      firstDay: lifecycle === 'new' ? Math.max(launch, range.startDay) : range.startDay,
      lastDemandDay: lifecycle === 'discontinued' ? end : range.endDay,
    };
  });
}
