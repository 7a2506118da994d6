import { allocateBudget } from './budget-allocation.ts';
import { DiscreteDistribution, poissonDistribution } from './discrete-distribution.ts';
import { type DemandDistribution, solveIncreasing } from './distribution.ts';
import { eoq, eoqWithBackorders } from './eoq.ts';
import { GammaDistribution } from './gamma-distribution.ts';
import { sumOfPeriods, toLattice } from './lead-time-demand.ts';
import { newsvendor, newsvendorCost } from './newsvendor.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { roundOrderQuantity } from './order-rounding.ts';
import { demandOver, readDemand, readLeadTime } from './problem-demand.ts';
import type { Fields } from './problem-fields.ts';
import { optimalRQ, optimalRQDiscrete, rqCost, rqCostDiscrete } from './r-q-policy.ts';
import { optimalSSDiscrete, powerApproximationSS, ssCostDiscrete } from './s-s-policy.ts';
import { checkServiceTarget, fillRateOf, levelForService, type ServiceTarget } from './service-level.ts';

/** A JSON-ready result object. */
export type Solution = Record<string, unknown>;

const POSITIVE = { above: 0 } as const;

/** Reads `service: {"type": "fill_rate" | "cycle_service_level", "level": 0.95}`. */
export function readService(fields: Fields): ServiceTarget | undefined {
  if (!fields.has('service')) return undefined;
  const spec = fields.object('service');
  const type = spec.choice('type', ['fill_rate', 'cycle_service_level'] as const);
  const level = spec.number('level', { above: 0, max: 1 });
  return type === 'fill_rate' ? { kind: 'fill-rate', level } : { kind: 'cycle-service-level', level };
}

function isIntegerDiscrete(d: DemandDistribution): d is DiscreteDistribution {
  return d instanceof DiscreteDistribution && d.values.every((v) => Number.isInteger(v));
}

/** Newsvendor: single period, holding vs stock-out cost. */
export function solveNewsvendor(fields: Fields): Solution {
  const demand = readDemand(fields.object('demand'));
  const costs = {
    holding: fields.number('holding_cost', POSITIVE),
    penalty: fields.number('stockout_cost', POSITIVE),
  };
  const result = newsvendor(demand, costs);
  return {
    order_quantity: result.level,
    expected_cost: result.cost,
    critical_ratio: result.criticalRatio,
    expected_shortage: demand.loss(result.level),
    expected_leftover: result.level - demand.mean + demand.loss(result.level),
  };
}

/** Periodic-review base-stock with lead time, optimal for costs or meeting a service target. */
export function solveBaseStock(fields: Fields): Solution {
  const perPeriod = readDemand(fields.object('demand'));
  const leadTime = readLeadTime(fields);
  const protection = demandOver(perPeriod, leadTime, 1);
  const demand = { protection, leadTime: demandOver(perPeriod, leadTime, 0), periodMean: perPeriod.mean };
  const service = readService(fields);
  let level: number;
  let cost: number | undefined;
  if (service !== undefined) {
    checkServiceTarget(service, protection, 'service');
    level = levelForService(demand, service);
    // Integer demand: the smallest integer level meeting the target (service is non-decreasing in S).
    if (isIntegerDiscrete(perPeriod)) level = Math.ceil(level - 1e-9);
  } else {
    const costs = {
      holding: fields.number('holding_cost', POSITIVE),
      penalty: fields.number('stockout_cost', POSITIVE),
    };
    ({ level, cost } = newsvendor(protection, costs));
  }
  if (service !== undefined && fields.has('holding_cost') && fields.has('stockout_cost')) {
    cost = newsvendorCost(protection, level, {
      holding: fields.number('holding_cost', POSITIVE),
      penalty: fields.number('stockout_cost', POSITIVE),
    });
  }
  return {
    order_up_to: level,
    safety_stock: level - protection.mean,
    ...(cost === undefined ? {} : { expected_cost: cost }),
    cycle_service_level: protection.cdf(level),
    fill_rate: fillRateOf(demand, level),
    expected_on_hand: level - protection.mean + protection.loss(level),
    expected_backorders: protection.loss(level),
  };
}

/** Periodic-review (s, S): exact Zheng–Federgruen for integer demand, or the power approximation. */
export function solveSS(fields: Fields): Solution {
  const perPeriod = readDemand(fields.object('demand'));
  const lead = fields.optionalNumber('lead_time', { min: 0, integer: true }) ?? 0;
  const costs = {
    holding: fields.number('holding_cost', POSITIVE),
    penalty: fields.number('stockout_cost', POSITIVE),
    fixed: fields.number('fixed_cost', POSITIVE),
  };
  const method = fields.choice(
    'method',
    ['exact', 'power'] as const,
    isIntegerDiscrete(perPeriod) ? 'exact' : 'power',
  );
  if (method === 'power') {
    const policy = powerApproximationSS(
      { mean: perPeriod.mean, sd: Math.sqrt(perPeriod.variance), leadTime: lead },
      costs,
    );
    return { method, reorder_point: policy.reorderPoint, order_up_to: policy.orderUpTo };
  }
  if (!isIntegerDiscrete(perPeriod)) {
    fields.fail(
      'method',
      '"exact" needs integer demand (poisson or integer samples); use "power" for continuous demand',
    );
  }
  const unit = toLattice(perPeriod);
  const protection = sumOfPeriods(unit, lead + 1);
  const result = optimalSSDiscrete(unit, protection, costs);
  return {
    method,
    reorder_point: result.reorderPoint,
    order_up_to: result.orderUpTo,
    expected_cost: result.cost,
    ...(fields.has('evaluate') ? { evaluated_cost: evaluateSS(fields, unit, protection, costs) } : {}),
  };
}

function evaluateSS(
  fields: Fields,
  unit: DiscreteDistribution,
  protection: DemandDistribution,
  costs: { holding: number; penalty: number; fixed: number },
): number {
  const spec = fields.object('evaluate');
  const reorderPoint = spec.number('reorder_point', { integer: true });
  const orderUpTo = spec.number('order_up_to', { integer: true, above: reorderPoint });
  return ssCostDiscrete(unit, protection, { reorderPoint, orderUpTo }, costs);
}

/** Continuous-review (r, Q): demand is per unit time and lead_time may be fractional. */
export function solveRQ(fields: Fields): Solution {
  const rateDemand = readDemand(fields.object('demand'));
  const lead = fields.number('lead_time', { min: 0 });
  const rules = {
    moq: fields.optionalNumber('moq', { min: 0 }) ?? 0,
    packSize: fields.optionalNumber('pack_size', { min: 0 }) ?? 0,
  };
  const discrete = isIntegerDiscrete(rateDemand);
  const ltd = leadTimeDemandOf(fields, rateDemand, lead);
  const rate = rateDemand.mean;
  const service = readService(fields);
  if (service !== undefined) {
    const fixed = fields.number('fixed_cost', POSITIVE);
    const holding = fields.number('holding_cost', POSITIVE);
    const q = roundOrderQuantity(eoq({ fixed, holding, rate }).quantity, rules);
    checkServiceTarget(service, ltd, 'service');
    // Continuous review: type 1 r = F_L⁻¹(α); type 2 fill rate 1 − [n(r) − n(r + Q)]/Q (Axsäter 2006, ch. 5).
    const r =
      service.kind === 'cycle-service-level'
        ? ltd.quantile(service.level)
        : solveIncreasing(
            (x) => 1 - (ltd.loss(x) - ltd.loss(x + q)) / q,
            service.level,
            ltd.mean - 20 * Math.sqrt(ltd.variance) - q - 1,
            ltd.mean + 40 * Math.sqrt(ltd.variance) + 1,
          );
    return {
      reorder_point: r,
      order_quantity: q,
      fill_rate: 1 - (ltd.loss(r) - ltd.loss(r + q)) / q,
      cycle_service_level: ltd.cdf(r),
    };
  }
  const costs = {
    holding: fields.number('holding_cost', POSITIVE),
    penalty: fields.number('stockout_cost', POSITIVE),
    fixed: fields.number('fixed_cost', POSITIVE),
    rate,
  };
  const evaluated = fields.has('evaluate') ? readPolicy(fields) : undefined;
  const evaluatedCost =
    evaluated === undefined
      ? {}
      : { evaluated_cost: discrete ? rqCostDiscrete(ltd, evaluated, costs) : rqCost(ltd, evaluated, costs) };
  let solution = discrete ? optimalRQDiscrete(ltd, costs) : optimalRQ(ltd, costs);
  const rounded = roundOrderQuantity(solution.orderQuantity, rules);
  if (rounded !== solution.orderQuantity) {
    // Best r for the rounded Q: G(r) = G(r + Q) (Snyder & Shen 2019, eq. 5.9).
    const q = rounded;
    const g = (y: number) => newsvendorCost(ltd, y, costs);
    const r = solveIncreasing(
      (x) => g(x) - g(x + q),
      0,
      ltd.mean - 20 * Math.sqrt(ltd.variance) - q - 1,
      ltd.mean + 20 * Math.sqrt(ltd.variance) + 1,
    );
    const rr = discrete ? Math.round(r) : r;
    solution = {
      reorderPoint: rr,
      orderQuantity: q,
      cost: discrete
        ? rqCostDiscrete(ltd, { reorderPoint: rr, orderQuantity: q }, costs)
        : rqCost(ltd, { reorderPoint: rr, orderQuantity: q }, costs),
    };
  }
  return {
    reorder_point: solution.reorderPoint,
    order_quantity: solution.orderQuantity,
    expected_cost: solution.cost,
    ...evaluatedCost,
  };
}

function readPolicy(fields: Fields): { reorderPoint: number; orderQuantity: number } {
  const spec = fields.object('evaluate');
  return {
    reorderPoint: spec.number('reorder_point'),
    orderQuantity: spec.number('order_quantity', POSITIVE),
  };
}

/** Demand over a (possibly fractional) lead time from a per-unit-time law: Poisson(λt), N(μt, σ²t), Gamma(kt, θ). */
function leadTimeDemandOf(fields: Fields, rateDemand: DemandDistribution, lead: number): DemandDistribution {
  if (fields.object('demand').raw('distribution') === 'poisson')
    return poissonDistribution(rateDemand.mean * lead);
  if (rateDemand instanceof NormalDistribution)
    return new NormalDistribution(rateDemand.mean * lead, rateDemand.sd * Math.sqrt(lead));
  if (rateDemand instanceof GammaDistribution)
    return new GammaDistribution(rateDemand.shape * lead, rateDemand.scale);
  if (!Number.isInteger(lead))
    fields.fail('lead_time', `must be a whole number of periods for sampled demand, got ${lead}`);
  return sumOfPeriods(rateDemand, lead);
}

/** EOQ, with planned backorders when `stockout_cost` is given. */
export function solveEoq(fields: Fields): Solution {
  const input = {
    fixed: fields.number('fixed_cost', POSITIVE),
    holding: fields.number('holding_cost', POSITIVE),
    rate: fields.number('demand_rate', POSITIVE),
  };
  if (fields.has('stockout_cost')) {
    const result = eoqWithBackorders({ ...input, penalty: fields.number('stockout_cost', POSITIVE) });
    return { order_quantity: result.quantity, stockout_fraction: result.stockoutFraction, cost: result.cost };
  }
  const result = eoq(input);
  return { order_quantity: result.quantity, cycle_time: result.cycleTime, cost: result.cost };
}

/** Newsvendor levels for many SKUs sharing a budget (Σ unit_cost·S ≤ budget). */
export function solveBudgetAllocation(fields: Fields): Solution {
  const limit = fields.number('budget', { min: 0 });
  const items = fields.objects('items').map((item, i) => {
    const perPeriod = readDemand(item.object('demand'));
    const leadTime = readLeadTime(item);
    return {
      id: item.optionalString('id') ?? String(i),
      demand: demandOver(perPeriod, leadTime, 1),
      holding: item.number('holding_cost', POSITIVE),
      penalty: item.number('stockout_cost', POSITIVE),
      weight: item.number('unit_cost', POSITIVE),
    };
  });
  const result = allocateBudget(items, limit);
  return {
    levels: result.levels,
    expected_cost: result.cost,
    budget_used: result.used,
    multiplier: result.multiplier,
  };
}
