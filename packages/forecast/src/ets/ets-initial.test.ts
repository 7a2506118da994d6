import { describe, expect, it } from 'vitest';
import { initialStates } from './ets-initial.ts';

describe('initialStates', () => {
  it('recovers level and growth of a straight line from the first ten points', () => {
    const y = Float64Array.from({ length: 40 }, (_, i) => 10 + 2 * (i + 1));
    const init = initialStates(y, { error: 'A', trend: 'A', season: 'N', m: 1 });
    expect(init.level).toBeCloseTo(10, 9);
    expect(init.growth).toBeCloseTo(2, 9);
  });
  it('takes the additive seasonal indices from a classical decomposition of the first 3m points', () => {
    const pattern = [3, -1, -2, 0];
    const y = Float64Array.from({ length: 24 }, (_, i) => 50 + pattern[i % 4]!);
    const init = initialStates(y, { error: 'A', trend: 'N', season: 'A', m: 4 });
    for (let j = 1; j < 4; j++) expect(init.season[j]).toBeCloseTo(pattern[j]!, 9);
    expect(init.level).toBeCloseTo(50, 9);
  });
});
