import { describe, expect, it } from 'vitest';
import type { ForecastJob } from './forecast-job.ts';
import { WorkerPool } from './worker-pool.ts';

function job(sku: string, level: number): ForecastJob {
  const values = new Float64Array(60);
  for (let t = 0; t < values.length; t++) values[t] = level > 0 && t % 7 === 5 ? level + 3 : level;
  return { sku, startDay: 19_000, values, horizon: 14, backtestHorizon: 7, backtestOrigins: 2 };
}

describe('WorkerPool', () => {
  it('runs jobs on worker threads (started from .ts sources) and returns their forecasts', async () => {
    const pool = new WorkerPool(2);
    try {
      const results = await Promise.all([
        pool.run(job('A', 10)),
        pool.run(job('B', 50)),
        pool.run(job('C', 0)),
      ]);
      expect(results.map((r) => r.sku)).toEqual(['A', 'B', 'C']);
      expect(results[0]?.mean).toHaveLength(14);
      expect(results[0]?.quantiles).toHaveLength(5);
      expect(results[1]!.mean[0]!).toBeGreaterThan(results[0]!.mean[0]!);
      expect(Array.from(results[2]!.mean)).toEqual(new Array(14).fill(0));
      expect(results[0]?.backtest?.folds).toBe(2);
    } finally {
      await pool.terminate();
    }
  });

  it('rejects queued work with CANCELLED when terminated', async () => {
    const pool = new WorkerPool(1);
    const settled = Promise.allSettled([pool.run(job('A', 1)), pool.run(job('B', 2))]);
    await pool.terminate();
    const outcomes = await settled;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'CANCELLED' });
    }
    await expect(pool.run(job('C', 1))).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
