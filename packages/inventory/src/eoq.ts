/** Economic order quantity, with and without planned backorders. */

/** EOQ inputs: K fixed cost per order, h holding cost per unit per time, λ demand rate. */
export interface EoqInput {
  readonly fixed: number;
  readonly holding: number;
  readonly rate: number;
}

/** Q* = √(2Kλ/h), cost √(2Kλh) (Harris 1913; Snyder & Shen 2019, eq. 3.4). */
export function eoq(input: EoqInput): { quantity: number; cost: number; cycleTime: number } {
  const quantity = Math.sqrt((2 * input.fixed * input.rate) / input.holding);
  return {
    quantity,
    cost: Math.sqrt(2 * input.fixed * input.rate * input.holding),
    cycleTime: quantity / input.rate,
  };
}

/**
 * EOQ with planned backorders at cost p per unit per time (Snyder & Shen 2019, eq. 3.27):
 * Q* = √(2Kλ(h + p)/(hp)), stock-out fraction x* = h/(h + p), cost √(2Kλhp/(h + p)).
 */
export function eoqWithBackorders(input: EoqInput & { penalty: number }): {
  quantity: number;
  stockoutFraction: number;
  cost: number;
} {
  const { fixed, holding, rate, penalty } = input;
  return {
    quantity: Math.sqrt((2 * fixed * rate * (holding + penalty)) / (holding * penalty)),
    stockoutFraction: holding / (holding + penalty),
    cost: Math.sqrt((2 * fixed * rate * holding * penalty) / (holding + penalty)),
  };
}
