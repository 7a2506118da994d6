/** `solveProblem`: validates a JSON inventory problem and dispatches on its `type`. */
import { AppError, assertNever } from '@zhizao/core';
import { Fields } from './problem-fields.ts';
import { solveClarkScarf, solveGuaranteedService, solveSimulation } from './solve-network.ts';
import {
  type Solution,
  solveBaseStock,
  solveBudgetAllocation,
  solveEoq,
  solveNewsvendor,
  solveRQ,
  solveSS,
} from './solve-single-stage.ts';

/** Problem types `solveProblem` understands (docs/inventory-problem-format.md). */
export const PROBLEM_TYPES = [
  'newsvendor',
  'base-stock',
  's-S',
  'r-Q',
  'eoq',
  'budget-allocation',
  'clark-scarf',
  'guaranteed-service',
  'simulate',
] as const;

/** One of {@link PROBLEM_TYPES}. */
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/**
 * Solves a JSON problem (parsed JSON, `unknown`) and returns a plain JSON object with the optimal policy and
 * its expected cost. Invalid input throws AppError('INVALID_INPUT') naming the field, the value and the id.
 */
export function solveProblem(problem: unknown): Solution {
  const top = new Fields(problem, '');
  const type = top.choice('type', PROBLEM_TYPES);
  const fields = new Fields(problem, type);
  const id = fields.optionalString('id');
  const head = { type, ...(id === undefined ? {} : { id }) };
  const result = dispatch(type, fields);
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new AppError(
        'INVALID_INPUT',
        `${type}: the problem has no finite ${key} (check costs and targets)`,
      );
    }
  }
  return { ...head, ...result };
}

function dispatch(type: ProblemType, fields: Fields): Solution {
  switch (type) {
    case 'newsvendor':
      return solveNewsvendor(fields);
    case 'base-stock':
      return solveBaseStock(fields);
    case 's-S':
      return solveSS(fields);
    case 'r-Q':
      return solveRQ(fields);
    case 'eoq':
      return solveEoq(fields);
    case 'budget-allocation':
      return solveBudgetAllocation(fields);
    case 'clark-scarf':
      return solveClarkScarf(fields);
    case 'guaranteed-service':
      return solveGuaranteedService(fields);
    case 'simulate':
      return solveSimulation(fields);
    default:
      return assertNever(type, 'problem type');
  }
}
