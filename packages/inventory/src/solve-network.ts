/** JSON solvers for multi-echelon problems (Clark–Scarf, guaranteed service) and for simulation. */
import { AppError, seededRandom } from '@zhizao/core';
import { clarkScarf } from './clark-scarf.ts';
import { type GsmNode, guaranteedService } from './guaranteed-service.ts';
import { readDemand } from './problem-demand.ts';
import type { Fields } from './problem-fields.ts';
import { type SimulationPolicy, simulate, simulateSamplePaths } from './simulate.ts';
import type { Solution } from './solve-single-stage.ts';
import { normalQuantile } from './special-functions.ts';

/** Serial system: `stages` from the customer-facing stage 1 upstream, local or echelon holding costs. */
export function solveClarkScarf(fields: Fields): Solution {
  const demand = readDemand(fields.object('demand'));
  const penalty = fields.number('stockout_cost', { above: 0 });
  const specs = fields.objects('stages');
  const local = specs.map((s) => (s.has('holding_cost') ? s.number('holding_cost', { min: 0 }) : undefined));
  const stages = specs.map((s, j) => {
    const leadTime = s.number('lead_time', { min: 0, integer: true });
    if (s.has('echelon_holding_cost'))
      return { echelonHolding: s.number('echelon_holding_cost', { min: 0 }), leadTime };
    const here = local[j];
    if (here === undefined) return s.fail('holding_cost', 'or echelon_holding_cost is required');
    const upstream = local[j + 1] ?? 0;
    if (here < upstream) s.fail('holding_cost', `must be >= the upstream stage's (${upstream}), got ${here}`);
    return { echelonHolding: here - upstream, leadTime };
  });
  const method = fields.choice('method', ['exact', 'discretised'] as const, 'exact');
  const step = fields.optionalNumber('grid_step', { above: 0 });
  const xIntervals = fields.optionalNumber('x_intervals', { min: 1, integer: true });
  const demandIntervals = fields.optionalNumber('demand_intervals', { min: 1, integer: true });
  if (method === 'exact' && xIntervals !== undefined)
    fields.fail('x_intervals', 'applies only with "method": "discretised"');
  if (method === 'exact' && demandIntervals !== undefined)
    fields.fail('demand_intervals', 'applies only with "method": "discretised"');
  if (method === 'discretised' && step !== undefined)
    fields.fail('grid_step', 'applies only with "method": "exact"');
  const result = clarkScarf(stages, demand, {
    penalty,
    method,
    ...(step === undefined ? {} : { step }),
    grid: {
      ...(xIntervals === undefined ? {} : { xIntervals }),
      ...(demandIntervals === undefined ? {} : { demandIntervals }),
    },
  });
  const ids = specs.map((s, j) => s.optionalString('id') ?? String(j + 1));
  const byId = (values: Float64Array) => Object.fromEntries(ids.map((id, j) => [id, values[j] as number]));
  return {
    echelon_base_stock: byId(result.echelonLevels),
    local_base_stock: byId(result.localLevels),
    expected_cost: result.cost,
    grid_step: result.step,
    method: result.method,
  };
}

/** Guaranteed-service model on a serial or tree network. */
export function solveGuaranteedService(fields: Fields): Solution {
  const z = fields.has('service_level')
    ? normalQuantile(fields.number('service_level', { above: 0, max: 1 - 1e-12 }))
    : fields.number('z', { min: 0 });
  const nodes: GsmNode[] = fields.objects('nodes').map((node) => {
    const id = node.optionalString('id');
    if (id === undefined) return node.fail('id', 'is required');
    const raw: unknown = node.raw('predecessors') ?? [];
    if (!Array.isArray(raw) || raw.some((p) => typeof p !== 'string' && typeof p !== 'number')) {
      return node.fail('predecessors', 'must be an array of node ids');
    }
    const predecessors = (raw as (string | number)[]).map(String);
    const optional = (name: string, rule: { min?: number; integer?: boolean }) =>
      node.optionalNumber(name, rule);
    const demandSd = optional('demand_sd', { min: 0 });
    const inbound = optional('external_inbound_service_time', { min: 0, integer: true });
    const maxOut = optional('max_outbound_service_time', { min: 0, integer: true });
    return {
      id,
      holding: node.number('holding_cost', { min: 0 }),
      processingTime: node.number('processing_time', { min: 0, integer: true }),
      predecessors,
      ...(demandSd === undefined ? {} : { demandSd }),
      ...(inbound === undefined ? {} : { externalInboundServiceTime: inbound }),
      ...(maxOut === undefined ? {} : { maxOutboundServiceTime: maxOut }),
    };
  });
  const result = guaranteedService(nodes, z);
  return {
    expected_cost: result.cost,
    z,
    service_times: result.serviceTimes,
    inbound_service_times: result.inboundServiceTimes,
    net_lead_times: result.netLeadTimes,
    safety_stock: Object.fromEntries(
      nodes.map((node) => [
        node.id,
        z * (result.demandSd[node.id] ?? 0) * Math.sqrt(result.netLeadTimes[node.id] ?? 0),
      ]),
    ),
  };
}

function readSimulationPolicy(fields: Fields): SimulationPolicy {
  const spec = fields.object('policy');
  const type = spec.choice('type', ['base-stock', 's-S', 'r-Q'] as const);
  switch (type) {
    case 'base-stock':
      return { kind: type, orderUpTo: spec.number('order_up_to') };
    case 's-S': {
      const reorderPoint = spec.number('reorder_point');
      return { kind: type, reorderPoint, orderUpTo: spec.number('order_up_to', { min: reorderPoint }) };
    }
    case 'r-Q':
      return {
        kind: type,
        reorderPoint: spec.number('reorder_point'),
        orderQuantity: spec.number('order_quantity', { above: 0 }),
      };
  }
}

/** Simulates a policy against a demand history, or against seeded sample paths drawn from a distribution. */
export function solveSimulation(fields: Fields): Solution {
  const policy = readSimulationPolicy(fields);
  const options = {
    leadTime: fields.optionalNumber('lead_time', { min: 0, integer: true }) ?? 0,
    mode:
      fields.choice('mode', ['backorder', 'lost_sales'] as const, 'backorder') === 'backorder'
        ? ('backorder' as const)
        : ('lost-sales' as const),
    holding: fields.optionalNumber('holding_cost', { min: 0 }) ?? 0,
    penalty: fields.optionalNumber('stockout_cost', { min: 0 }) ?? 0,
    fixed: fields.optionalNumber('fixed_cost', { min: 0 }) ?? 0,
    unitCost: fields.optionalNumber('unit_cost', { min: 0 }) ?? 0,
    moq: fields.optionalNumber('moq', { min: 0 }) ?? 0,
    packSize: fields.optionalNumber('pack_size', { min: 0 }) ?? 0,
    warmup: fields.optionalNumber('warmup', { min: 0, integer: true }) ?? 0,
    ...(fields.has('initial_inventory') ? { initialInventory: fields.number('initial_inventory') } : {}),
  };
  let result: ReturnType<typeof simulate>;
  if (fields.has('demand_history')) {
    result = simulate(fields.numbers('demand_history', { min: 0 }), policy, options);
  } else if (fields.has('demand')) {
    const distribution = readDemand(fields.object('demand'));
    const periods = fields.number('periods', { min: 1, integer: true });
    const paths = fields.optionalNumber('paths', { min: 1, integer: true }) ?? 1;
    if (periods * paths > 50_000_000)
      fields.fail('periods', `times paths must be <= 50000000, got ${periods * paths}`);
    const random = seededRandom(fields.optionalNumber('seed', { integer: true }) ?? 1);
    const samples = new Float64Array(periods * paths);
    for (let i = 0; i < samples.length; i += 1)
      samples[i] = Math.max(0, distribution.quantile(Math.min(1 - 1e-12, Math.max(1e-12, random.next()))));
    result = simulateSamplePaths(samples, periods, policy, options);
  } else {
    throw new AppError('INVALID_INPUT', 'simulate: demand_history or demand (with periods) is required', {
      field: 'demand_history',
    });
  }
  return {
    periods: result.periods,
    fill_rate: result.fillRate,
    cycle_service_level: result.cycleServiceLevel,
    average_on_hand: result.averageOnHand,
    average_inventory_value: result.averageInventoryValue,
    average_backorders: result.averageBackorders,
    lost_sales: result.lostSales,
    orders_placed: result.ordersPlaced,
    units_ordered: result.unitsOrdered,
    holding_cost: result.holdingCost,
    stockout_cost: result.shortageCost,
    ordering_cost: result.orderingCost,
    total_cost: result.totalCost,
  };
}
