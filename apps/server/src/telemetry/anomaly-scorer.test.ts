import type { Worker } from 'node:worker_threads';
import { seededRandom } from '@zhizao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnomalyScorer } from './anomaly-scorer.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

const T0 = 1_700_000_000_000;
const settings = { detectors: ['robust-z', 'stuck'] as const, learningPeriod: 20 };

/** Three tags interleaved, Gaussian noise, one spike per tag at point 250: batches of `size` points. */
function batches(size: number): TelemetryPoint[][] {
  const random = seededRandom(42);
  const points: TelemetryPoint[] = [];
  for (let i = 0; i < 300; i++) {
    for (const tag of ['a/x', 'a/y', 'b/z']) {
      points.push({ tagId: tag, ts: T0 + i * 1000, value: (i === 250 ? 25 : 0) + random.normal() });
    }
  }
  const result: TelemetryPoint[][] = [];
  for (let start = 0; start < points.length; start += size) result.push(points.slice(start, start + size));
  return result;
}

/** Submits every batch; resolves with the scores in callback order and the order the callbacks ran in. */
async function scoreAll(
  scorer: AnomalyScorer,
  input: readonly TelemetryPoint[][],
): Promise<{ scores: number[]; order: number[] }> {
  const scores: number[] = [];
  const order: number[] = [];
  for (const [index, batch] of input.entries()) {
    scorer.submit(batch, (batchScores) => {
      expect(batchScores).toHaveLength(batch.length);
      order.push(index);
      scores.push(...batchScores);
    });
  }
  await scorer.idle();
  return { scores, order };
}

describe('AnomalyScorer', () => {
  // One scoring thread for the first two tests: starting one takes about a second under load.
  let threaded: AnomalyScorer;
  beforeAll(() => {
    threaded = new AnomalyScorer(settings);
  });
  afterAll(async () => {
    await threaded.close();
  });

  it('scores on the thread exactly as inline, batch by batch in order, and keeps the latest score per tag', async () => {
    const input = batches(97);
    const inline = new AnomalyScorer({ ...settings, thread: false });
    const expected = await scoreAll(inline, input);
    expect(threaded.threaded).toBe(true);
    const actual = await scoreAll(threaded, input);
    expect(actual.order).toEqual(input.map((_, i) => i));
    expect(actual.scores).toEqual(expected.scores);
    expect(threaded.pendingPoints).toBe(0);
    // The spike stands out: the highest score of tag a/x is at point 250.
    const ax = actual.scores.filter((_, i) => i % 3 === 0);
    expect(ax.indexOf(Math.max(...ax))).toBe(250);
    expect(Math.max(...ax)).toBeGreaterThan(0.99);
    expect(threaded.latestOf('b/z')).toEqual({ ts: T0 + 299_000, score: expected.scores.at(-1) });
    expect(threaded.latestOf('never/seen')).toBeUndefined();
    expect(threaded.tagCount).toBe(3);
    expect(await threaded.threadHeapBytes()).toBeGreaterThan(0);
  }, 20_000);

  it('waits for a backlog to shrink and scores an empty batch at once', async () => {
    const scorer = threaded;
    let empty: Float64Array | undefined;
    scorer.submit([], (scores) => {
      empty = scores;
    });
    expect(empty).toHaveLength(0);
    const input = batches(300);
    for (const batch of input) scorer.submit(batch, () => {});
    expect(scorer.pendingPoints).toBe(900);
    await scorer.whenBelow(300);
    expect(scorer.pendingPoints).toBeLessThanOrEqual(300);
    await scorer.idle();
    expect(scorer.pendingPoints).toBe(0);
  }, 20_000);

  it('refuses bad detector settings when it is created', () => {
    expect(() => new AnomalyScorer({ learningPeriod: -1 })).toThrow(/learningPeriod/);
  });

  it('scores every pending batch in this thread, in order, when the scoring thread dies', async () => {
    const input = batches(50);
    const expected = await scoreAll(new AnomalyScorer({ ...settings, thread: false }), input);
    const errors: unknown[] = [];
    const scorer = new AnomalyScorer({ ...settings, onThreadError: (error) => errors.push(error) });
    const scored = scoreAll(scorer, input);
    // Kill the thread before it can answer (as an out-of-memory crash would).
    await (scorer as unknown as { worker: Worker }).worker.terminate();
    const actual = await scored;
    expect(errors).toHaveLength(1);
    expect(scorer.threaded).toBe(false);
    expect(actual.order).toEqual(input.map((_, i) => i));
    expect(actual.scores).toEqual(expected.scores);
    await scorer.close();
  }, 20_000);
});
