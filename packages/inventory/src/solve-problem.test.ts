// Validation of JSON problems: every error names the field, the value and the id.
import { isAppError } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { solveProblem } from './solve-problem.ts';

const errorOf = (problem: unknown): string => {
  try {
    solveProblem(problem);
  } catch (e) {
    if (isAppError(e) && e.code === 'INVALID_INPUT') return e.message;
    throw e;
  }
  throw new Error('expected an AppError');
};

const normal = { distribution: 'normal', mean: 100, sd: 20 };

describe('solveProblem validation', () => {
  it('names the field, value and id', () => {
    expect(
      errorOf({
        type: 'base-stock',
        id: 'SKU-7',
        demand: normal,
        lead_time: -2,
        holding_cost: 1,
        stockout_cost: 9,
      }),
    ).toBe('base-stock (id SKU-7): lead_time must be >= 0, got -2');
    expect(
      errorOf({ type: 'base-stock', demand: normal, lead_time: 1.5, holding_cost: 1, stockout_cost: 9 }),
    ).toBe('base-stock: lead_time must be an integer, got 1.5');
    expect(
      errorOf({
        type: 'newsvendor',
        demand: { distribution: 'normal', mean: 5, sd: -1 },
        holding_cost: 1,
        stockout_cost: 2,
      }),
    ).toBe('newsvendor: demand: sd must be >= 0, got -1');
  });
  it('rejects unknown types, missing fields and non-objects', () => {
    expect(errorOf({ type: 'magic' })).toMatch(/type must be one of "newsvendor", .* got "magic"/);
    expect(errorOf(42)).toMatch(/problem must be a JSON object, got 42/);
    expect(errorOf({ type: 'eoq', fixed_cost: 8, holding_cost: 0.2 })).toBe('eoq: demand_rate is required');
    expect(errorOf({ type: 'eoq', fixed_cost: 8, holding_cost: 0, demand_rate: 10 })).toBe(
      'eoq: holding_cost must be > 0, got 0',
    );
  });
  it('rejects a 100% target with unbounded demand instead of returning Infinity', () => {
    expect(
      errorOf({ type: 'base-stock', demand: normal, lead_time: 1, service: { type: 'fill_rate', level: 1 } }),
    ).toMatch(/fill-rate of 100% is unreachable with unbounded demand/);
    expect(
      errorOf({
        type: 'base-stock',
        demand: { distribution: 'poisson', mean: 3 },
        service: { type: 'cycle_service_level', level: 1 },
      }),
    ).toMatch(/unreachable/);
  });
  it('accepts a 100% target with bounded (sampled) demand', () => {
    const result = solveProblem({
      type: 'base-stock',
      demand: { distribution: 'samples', values: [0, 1, 2, 5] },
      lead_time: 0,
      service: { type: 'fill_rate', level: 1 },
    });
    expect(result.order_up_to).toBe(5);
    expect(result.fill_rate).toBe(1);
  });
  it('names nested items and their ids', () => {
    expect(
      errorOf({
        type: 'clark-scarf',
        demand: { distribution: 'poisson', mean: 5 },
        stockout_cost: 10,
        stages: [
          { id: 'retail', holding_cost: 3, lead_time: 1 },
          { id: 'dc', holding_cost: 1, lead_time: -1 },
        ],
      }),
    ).toBe('clark-scarf: stages[1] (id dc): lead_time must be >= 0, got -1');
    expect(
      errorOf({
        type: 'guaranteed-service',
        z: 1,
        nodes: [{ id: 'a', holding_cost: 1, processing_time: 1, predecessors: ['zz'] }],
      }),
    ).toBe('node a: unknown predecessor zz');
    expect(
      errorOf({
        type: 'base-stock',
        demand: normal,
        lead_time: { values: [1, 2], probabilities: [0.5, 0.6] },
        holding_cost: 1,
        stockout_cost: 2,
      }),
    ).toBe('base-stock: lead_time: probabilities must sum to 1, got 1.1');
  });
  it('exact (s, S) needs integer demand', () => {
    expect(
      errorOf({
        type: 's-S',
        method: 'exact',
        demand: normal,
        holding_cost: 1,
        stockout_cost: 9,
        fixed_cost: 64,
      }),
    ).toMatch(/method "exact" needs integer demand/);
  });
});
