/** DEMO DATA: the shape of a product family and helpers that build families of variants. */

/** What kind of item a SKU is. */
export type ItemCategory = 'finished-good' | 'spare-part' | 'consumable';

/** Yearly demand shape of a family. */
export type SeasonShape = 'summer' | 'construction' | 'maintenance' | 'flat';

/** One variant: Chinese suffix, English suffix, size scale (1 = the family's reference size). */
export type Variant = readonly [zh: string, en: string, scale: number];

/** A product family from which SKUs are generated. */
export interface Family {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly category: ItemCategory;
  /** Unit of measure in Chinese (台 = unit, 个 = piece, 套 = set, 桶 = drum, 箱 = box). */
  readonly unit: string;
  readonly variants: readonly Variant[];
  /** Unit cost in CNY at scale 1. */
  readonly cost: number;
  /** Mean daily demand at scale 1. */
  readonly demand: number;
  readonly suppliers: readonly string[];
  readonly leadTime: readonly [number, number];
  readonly moq: number;
  readonly packSize: number;
  readonly season: SeasonShape;
}

/** Our own production, for finished goods. */
export const IN_HOUSE = '本厂生产';

const PUMP_SIZES: readonly Variant[] = [
  ['DN25', 'DN25', 0.4],
  ['DN40', 'DN40', 0.6],
  ['DN50', 'DN50', 0.8],
  ['DN65', 'DN65', 1],
  ['DN80', 'DN80', 1.4],
  ['DN100', 'DN100', 2],
];
const VALVE_SIZES: readonly Variant[] = [
  ['DN15', 'DN15', 0.3],
  ['DN20', 'DN20', 0.4],
  ['DN25', 'DN25', 0.5],
  ['DN32', 'DN32', 0.65],
  ['DN40', 'DN40', 0.8],
  ['DN50', 'DN50', 1],
  ['DN65', 'DN65', 1.4],
  ['DN80', 'DN80', 1.8],
  ['DN100', 'DN100', 2.5],
  ['DN150', 'DN150', 4],
];

/** Cast iron and stainless variants of every size; stainless costs about 2.2 times as much. */
export function withMaterials(sizes: readonly Variant[]): Variant[] {
  return sizes.flatMap(([zh, en, scale]): Variant[] => [
    [`${zh} 铸铁`, `${en} cast iron`, scale],
    [`${zh} 不锈钢304`, `${en} stainless 304`, scale * 2.2],
  ]);
}

/** Variants labelled in both languages alike, each `step` larger in scale than the one before. */
export function numbered(
  prefixZh: string,
  prefixEn: string,
  labels: readonly string[],
  step: number,
): Variant[] {
  return labels.map((label, i): Variant => [`${prefixZh}${label}`, `${prefixEn}${label}`, 1 + i * step]);
}

/** A pump family: six sizes in cast iron and stainless steel, made in-house, summer peak. */
export const pump = (code: string, zh: string, en: string, cost: number): Family => ({
  code,
  zh,
  en,
  category: 'finished-good',
  unit: '台',
  variants: withMaterials(PUMP_SIZES),
  cost,
  demand: 1.6,
  suppliers: [IN_HOUSE],
  leadTime: [7, 15],
  moq: 5,
  packSize: 1,
  season: 'summer',
});

/** A valve family: ten sizes in cast iron and stainless steel, made in-house, building-season peaks. */
export const valve = (code: string, zh: string, en: string, cost: number): Family => ({
  code,
  zh,
  en,
  category: 'finished-good',
  unit: '个',
  variants: withMaterials(VALVE_SIZES),
  cost,
  demand: 4,
  suppliers: [IN_HOUSE],
  leadTime: [5, 12],
  moq: 20,
  packSize: 1,
  season: 'construction',
});

/** A bought-in spare-part family with a maintenance-season demand. */
export const part = (
  code: string,
  names: readonly [string, string],
  variants: readonly Variant[],
  economics: Pick<Family, 'cost' | 'demand' | 'suppliers' | 'leadTime' | 'moq' | 'packSize'>,
): Family => ({
  code,
  zh: names[0],
  en: names[1],
  category: 'spare-part',
  unit: '个',
  variants,
  season: 'maintenance',
  ...economics,
});

/** A consumable family (names: Chinese, English, unit) with flat demand. */
export const consumable = (
  code: string,
  names: readonly [string, string, string],
  variants: readonly Variant[],
  economics: Pick<Family, 'cost' | 'demand' | 'suppliers' | 'leadTime' | 'moq' | 'packSize'>,
): Family => ({
  code,
  zh: names[0],
  en: names[1],
  unit: names[2],
  category: 'consumable',
  variants,
  season: 'flat',
  ...economics,
});
