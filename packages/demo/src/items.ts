/** DEMO DATA: the item master (≥ 300 SKUs) of an invented pump & valve maker, generated from a seed. */
import type { Random } from '@zhizao/core';
import { AppError, seededRandom } from '@zhizao/core';
import { FAMILIES } from './catalog-data.ts';
import type { Family, ItemCategory, SeasonShape } from './catalog-types.ts';
import { hash2 } from './hash.ts';

/** Seed used when the caller gives none. */
export const DEFAULT_SEED = 20_261_128;

/** One row of the demo item master. Money in CNY. */
export interface DemoItem {
  readonly sku: string;
  /** Chinese name. */
  readonly name: string;
  readonly nameEn: string;
  readonly category: ItemCategory;
  /** Product family code, e.g. `ISG`. */
  readonly family: string;
  /** Unit of measure (Chinese). */
  readonly unit: string;
  readonly unitCost: number;
  readonly price: number;
  /** Supplier (Chinese name; `本厂生产` = made in-house). */
  readonly supplier: string;
  readonly leadTimeDays: number;
  readonly moq: number;
  readonly packSize: number;
  readonly onHand: number;
  readonly onOrder: number;
  /** Cost per order in CNY (purchase admin and freight; setup when made in-house); null for ~10% of SKUs. */
  readonly orderCost: number | null;
  /** Annual holding cost as a fraction of unit cost (capital, storage, obsolescence); null with orderCost. */
  readonly holdingRate: number | null;
}

/** An item with the hidden demand parameters the sales generator uses. */
export interface CatalogEntry {
  readonly item: DemoItem;
  /** Mean daily demand at the end of the history. */
  readonly meanDaily: number;
  readonly season: SeasonShape;
}

/** Options for {@link generateItems}. */
export interface ItemOptions {
  /** 32-bit seed (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
}

const PREFIX: Record<ItemCategory, string> = { 'finished-good': 'FG', 'spare-part': 'SP', consumable: 'CS' };
const MARKUP: Record<ItemCategory, readonly [number, number]> = {
  'finished-good': [1.35, 1.6],
  'spare-part': [1.8, 2.6],
  consumable: [1.15, 1.35],
};

function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random.next();
}

function money(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** Share of demo SKUs left without ordering costs, so the demo also shows the days-of-demand rule. */
const WITHOUT_COSTS = 0.1;
const IN_HOUSE = '本厂生产';

/**
 * Ordering cost K and holding rate h. Drawn after every other field so the rest of the catalogue
 * (and the sales generated from it) stay what they were for a given seed.
 */
function costsOf(supplier: string, random: Random): Pick<DemoItem, 'orderCost' | 'holdingRate'> {
  const known = random.next() >= WITHOUT_COSTS;
  const orderCost = supplier === IN_HOUSE ? uniform(random, 300, 1200) : uniform(random, 60, 300);
  const holdingRate = uniform(random, 0.18, 0.3);
  return known
    ? { orderCost: Math.round(orderCost), holdingRate: Math.round(holdingRate * 100) / 100 }
    : { orderCost: null, holdingRate: null };
}

function roundUpTo(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

function entry(family: Family, variantIndex: number, random: Random): CatalogEntry {
  const [zh, en, scale] = family.variants[variantIndex]!;
  const effectiveScale = Math.max(scale, 0.2);
  const unitCost = money(family.cost * effectiveScale ** 0.85 * uniform(random, 0.92, 1.08));
  const [low, high] = MARKUP[family.category];
  const meanDaily = family.demand * effectiveScale ** -0.7 * Math.exp(0.5 * random.normal() - 0.125);
  const leadTimeDays = random.int(family.leadTime[0], family.leadTime[1]);
  const onHand = random.next() < 0.05 ? 0 : roundUpTo(meanDaily * uniform(random, 5, 60), family.packSize);
  const reorder = roundUpTo(Math.max(family.moq, meanDaily * leadTimeDays), family.packSize);
  const base = {
    sku: `${PREFIX[family.category]}-${family.code}-${String(variantIndex + 1).padStart(3, '0')}`,
    name: `${family.zh} ${zh}`,
    nameEn: `${family.en.trim()} ${en}`,
    category: family.category,
    family: family.code,
    unit: family.unit,
    unitCost,
    price: money(unitCost * uniform(random, low, high)),
    supplier: random.pick(family.suppliers),
    leadTimeDays,
    moq: family.moq,
    packSize: family.packSize,
    onHand,
    onOrder: random.next() < 0.35 ? reorder : 0,
  };
  const item: DemoItem = { ...base, ...costsOf(base.supplier, random) };
  return { item, meanDaily, season: family.season };
}

/** Every SKU with its hidden demand parameters, in a fixed order. Pure function of the seed. */
export function buildCatalog(seed: number): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const family of FAMILIES) {
    for (let v = 0; v < family.variants.length; v += 1) {
      out.push(entry(family, v, seededRandom(hash2(seed, out.length))));
    }
  }
  return out;
}

/** The 32-bit seed to use; throws INVALID_INPUT unless `seed` is a non-negative safe integer. */
export function resolveSeed(seed: number | undefined): number {
  if (seed === undefined) return DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AppError('INVALID_INPUT', `options.seed must be a non-negative integer, got ${seed}`);
  }
  return seed >>> 0;
}

/** DEMO: the item master, 307 SKUs of finished goods, spare parts and consumables. */
export function generateItems(options: ItemOptions = {}): DemoItem[] {
  return buildCatalog(resolveSeed(options.seed)).map((e) => e.item);
}
