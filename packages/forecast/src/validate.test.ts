import { isAppError } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { checkHorizon, prepareSeries } from './validate.ts';

describe('prepareSeries', () => {
  it('interpolates interior NaNs and carries the ends', () => {
    expect(Array.from(prepareSeries([Number.NaN, 1, Number.NaN, Number.NaN, 4, Number.NaN]))).toEqual([
      1, 1, 2, 3, 4, 4,
    ]);
  });
  it('rejects NaN with an AppError naming the index when asked', () => {
    try {
      prepareSeries([1, 2, Number.NaN], 'demand', 'reject');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
      expect((error as Error).message).toContain('demand[2]');
    }
  });
  it('rejects empty, all-NaN and infinite input', () => {
    expect(() => prepareSeries([])).toThrow(/must not be empty/);
    expect(() => prepareSeries([Number.NaN, Number.NaN])).toThrow(/no finite value/);
    expect(() => prepareSeries([1, Number.POSITIVE_INFINITY])).toThrow(/y\[1\] is not finite/);
  });
  it('checks the horizon', () => {
    expect(() => checkHorizon(0)).toThrow(/horizon must be an integer/);
    expect(() => checkHorizon(1.5)).toThrow(/got 1.5/);
  });
});
