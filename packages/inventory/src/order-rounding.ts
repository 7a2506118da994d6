/** Order-quantity rules: minimum order quantity (MOQ) and pack-size rounding. */

/** Constraints on a single order. */
export interface OrderRules {
  /** Minimum order quantity (0 for none). */
  readonly moq?: number;
  /** Orders are whole multiples of this pack size (0 or 1 for unit orders). */
  readonly packSize?: number;
}

/**
 * Rounds a wanted quantity to a placeable order: 0 stays 0; otherwise raised to the MOQ, then rounded up
 * to a whole number of packs (rounding up preserves the service the quantity was computed for).
 */
export function roundOrderQuantity(quantity: number, rules: OrderRules): number {
  if (!(quantity > 0)) return 0;
  let q = Math.max(quantity, rules.moq ?? 0);
  const pack = rules.packSize ?? 0;
  if (pack > 0) q = Math.ceil(q / pack - 1e-9) * pack;
  return q;
}
