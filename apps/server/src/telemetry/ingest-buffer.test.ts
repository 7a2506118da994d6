import { describe, expect, it } from 'vitest';
import { IngestBuffer, IngestOverloadError } from './ingest-buffer.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

const point = (value: number): TelemetryPoint => ({ tagId: 't', ts: value, value });

describe('IngestBuffer', () => {
  it('groups concurrent writers into one commit and resolves them after it', async () => {
    const batches: number[][] = [];
    const seen: number[] = [];
    const buffer = new IngestBuffer({
      commit: async (points) => {
        batches.push(points.map((p) => p.value));
      },
      onCommitted: (points) => seen.push(points.length),
      maxDelayMs: 1,
    });
    await Promise.all([buffer.add([point(1), point(2)]), buffer.add([point(3)])]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(seen).toEqual([3]);
  });

  it('commits at maxPoints without waiting, and rejects every writer of a failed batch', async () => {
    let calls = 0;
    const buffer = new IngestBuffer({
      commit: async (points) => {
        calls++;
        if (points.some((p) => p.value < 0)) throw new Error('disk full');
      },
      maxDelayMs: 60_000,
      maxPoints: 2,
    });
    await expect(Promise.all([buffer.add([point(1)]), buffer.add([point(-1)])])).rejects.toThrow('disk full');
    await buffer.add([point(5), point(6)]);
    expect(calls).toBe(2);
  });

  it('refuses points beyond maxPending and after close', async () => {
    const buffer = new IngestBuffer({ commit: async () => {}, maxPending: 2, maxDelayMs: 1 });
    await expect(buffer.add([point(1), point(2), point(3)])).rejects.toBeInstanceOf(IngestOverloadError);
    await buffer.add([point(1)]);
    await buffer.close();
    await expect(buffer.add([point(1)])).rejects.toThrow('stopped');
    expect(buffer.pendingCount).toBe(0);
  });
});
