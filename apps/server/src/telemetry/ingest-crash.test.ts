import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../storage/duckdb-database.ts';

const child = path.join(import.meta.dirname, 'ingest-crash-child.ts');

function launch(mode: 'ingest', file: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', child, mode, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves with the last acknowledged count once it passes `atLeast`, after killing the child with SIGKILL. */
function ingestThenKill(file: string, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const process = launch('ingest', file);
    let acknowledged = 0;
    let tail = '';
    process.stdout?.on('data', (chunk: Buffer) => {
      const lines = (tail + chunk.toString('utf8')).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) acknowledged = Number(match[1]);
      }
      if (acknowledged >= atLeast && !process.killed) process.kill('SIGKILL');
    });
    process.on('exit', () => resolve(acknowledged));
    process.on('error', reject);
  });
}

async function count(file: string): Promise<{ n: number; distinct_values: number }> {
  const database = await openDuckDb(file);
  try {
    const rows = await database.query<{ n: number; distinct_values: number }>(
      'SELECT count(*)::DOUBLE AS n, count(DISTINCT value)::DOUBLE AS distinct_values FROM telemetry',
    );
    return rows[0] ?? { n: 0, distinct_values: 0 };
  } finally {
    await database.close();
  }
}

describe('ingest survives kill -9', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged point when the process is killed mid-ingest', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'zhizao-crash-'));
    const file = path.join(dir, 'crash.duckdb');
    const acknowledged = await ingestThenKill(file, 20_000);
    expect(acknowledged).toBeGreaterThanOrEqual(20_000);
    const stored = await count(file);
    expect(stored.n).toBeGreaterThanOrEqual(acknowledged);
    // Values are sequence numbers: none was stored twice.
    expect(stored.distinct_values).toBe(stored.n);
  }, 60_000);
});
