/** Reads the demand and lead-time parts of a JSON problem into distributions. */
import { assertNever } from '@zhizao/core';
import {
  distributionFromQuantiles,
  empiricalDistribution,
  poissonDistribution,
} from './discrete-distribution.ts';
import type { DemandDistribution } from './distribution.ts';
import { GammaDistribution } from './gamma-distribution.ts';
import { type LeadTimeDistribution, randomLeadTimeDemand } from './lead-time-demand.ts';
import { NormalDistribution } from './normal-distribution.ts';
import type { Fields } from './problem-fields.ts';

const KINDS = ['normal', 'poisson', 'gamma', 'samples', 'quantiles'] as const;

/** Parses `{"distribution": "normal" | "poisson" | "gamma" | "samples" | "quantiles", ...}` (per period). */
export function readDemand(fields: Fields): DemandDistribution {
  const kind = fields.choice('distribution', KINDS);
  switch (kind) {
    case 'normal':
      return new NormalDistribution(fields.number('mean'), fields.number('sd', { min: 0 }));
    case 'poisson':
      return poissonDistribution(fields.number('mean', { min: 0 }));
    case 'gamma':
      return GammaDistribution.fromMoments(
        fields.number('mean', { above: 0 }),
        fields.number('sd', { above: 0 }),
      );
    case 'samples':
      return empiricalDistribution(fields.numbers('values'));
    case 'quantiles': {
      const levels = fields.numbers('levels', { above: 0, max: 1 });
      const values = fields.numbers('values');
      if (levels.length !== values.length) {
        fields.fail('values', `must have one value per level (${levels.length}), got ${values.length}`);
      }
      for (let i = 1; i < levels.length; i += 1) {
        if (!((levels[i] as number) > (levels[i - 1] as number)))
          fields.fail(`levels[${i}]`, 'must be increasing');
        if ((values[i] as number) < (values[i - 1] as number))
          fields.fail(`values[${i}]`, 'must be non-decreasing');
      }
      return distributionFromQuantiles(levels, values);
    }
    default:
      return assertNever(kind, 'distribution');
  }
}

/** Parses `lead_time`: a whole number of periods or `{"values": [...], "probabilities": [...]}`. */
export function readLeadTime(fields: Fields, name = 'lead_time'): LeadTimeDistribution {
  const raw = fields.raw(name);
  if (raw === undefined || typeof raw === 'number') {
    const value = raw === undefined ? 0 : fields.number(name, { min: 0, integer: true });
    return { values: [value], probabilities: [1] };
  }
  const spec = fields.object(name);
  const values = spec.numbers('values', { min: 0, integer: true });
  const probabilities = spec.numbers('probabilities', { min: 0 });
  if (probabilities.length !== values.length) {
    spec.fail(
      'probabilities',
      `must have one entry per value (${values.length}), got ${probabilities.length}`,
    );
  }
  const total = probabilities.reduce((sum, p) => sum + p, 0);
  if (Math.abs(total - 1) > 1e-6) spec.fail('probabilities', `must sum to 1, got ${total}`);
  return { values, probabilities };
}

/** Demand over the lead time plus `review` periods, mixing over a random lead time. */
export function demandOver(
  perPeriod: DemandDistribution,
  leadTime: LeadTimeDistribution,
  review: number,
): DemandDistribution {
  return randomLeadTimeDemand(perPeriod, leadTime, review);
}

/** Mean of a lead-time distribution. */
export function meanLeadTime(leadTime: LeadTimeDistribution): number {
  let mean = 0;
  for (let i = 0; i < leadTime.values.length; i += 1)
    mean += (leadTime.values[i] as number) * (leadTime.probabilities[i] as number);
  return mean;
}
