// Solves every JSON example in docs/inventory-problem-format.md, so the documented format stays true.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { solveProblem } from './solve-problem.ts';

const doc = readFileSync(
  fileURLToPath(new URL('../../../docs/inventory-problem-format.md', import.meta.url)),
  'utf8',
);
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1] as string) as { type: string; id?: string },
);

// Expected answers for the examples that are reference cases (shared/data/inventory/reference-cases.md).
const expected: Record<string, Record<string, number>> = {
  N1: { order_quantity: 56.603955927433887, expected_cost: 1.997605193176645 },
  F3: { order_up_to: 341.084 },
  SS1: {
    reorder_point: 4,
    order_up_to: 10,
    expected_cost: 8.034111561471644,
    evaluated_cost: 10.193798671644046,
  },
  PA1: { reorder_point: 40.194616956474071, order_up_to: 74.290170109805786 },
  R1: {
    reorder_point: 126.8670642878315,
    order_quantity: 328.4491413581765,
    evaluated_cost: 78.071162509282942,
  },
  RQ3: { reorder_point: 3, order_quantity: 5, expected_cost: 107.9235806331498 },
  E1: { order_quantity: 304.0467800264368, cost: 68.410525505948272 },
  E2: { order_quantity: 310.8125551589646, cost: 66.921363550973254 },
  CS1: { expected_cost: 47.77466134840843 },
  CS2: { expected_cost: 72.0435433050749 },
  G2: { expected_cost: 8.2778 },
};

describe('docs/inventory-problem-format.md examples', () => {
  it('documents every problem type', () => {
    const types = new Set(examples.map((e) => e.type));
    for (const type of [
      'newsvendor',
      'base-stock',
      's-S',
      'r-Q',
      'eoq',
      'budget-allocation',
      'clark-scarf',
      'guaranteed-service',
      'simulate',
    ]) {
      expect(types.has(type)).toBe(true);
    }
  });
  it.each(examples.map((e) => [`${e.type} ${e.id ?? ''}`, e] as const))('%s solves', (_name, example) => {
    const result = solveProblem(example);
    expect(result.type).toBe(example.type);
    for (const value of Object.values(result))
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    const want = expected[example.id ?? ''] ?? {};
    for (const [key, value] of Object.entries(want)) {
      expect(Math.abs((result[key] as number) - value) / Math.abs(value), key).toBeLessThan(1e-4);
    }
  });
  it('the F1 simulation example lands near the reference service levels', () => {
    const f1 = examples.find((e) => e.id === 'F1');
    const result = solveProblem(f1);
    expect(Math.abs((result.fill_rate as number) - 0.95889)).toBeLessThan(0.003);
    expect(Math.abs((result.cycle_service_level as number) - 0.79545)).toBeLessThan(0.005);
  });
  it('the budget example binds and respects the budget', () => {
    const result = solveProblem(examples.find((e) => e.type === 'budget-allocation'));
    expect(result.budget_used as number).toBeLessThanOrEqual(12000 + 1e-6);
    expect(result.multiplier as number).toBeGreaterThan(0);
  });
});
