/** `npm run bench -- import`: import throughput on a generated 1M-row CSV, and seconds from `npm start` to the first page. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@zhizao/core';
import { importFile, loadConfig, openStore } from '@zhizao/server';
import { readTable, validateTable } from '@zhizao/tabular';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A sales CSV: sku, date, quantity, price; 1,000 SKUs x 1,000 days. */
function generateSalesCsv(rows: number): Buffer {
  const random = seededRandom(2026);
  const lines = ['sku,date,quantity,price'];
  const start = Date.UTC(2022, 0, 1);
  const skus = 1000;
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(i / skus) * 86_400_000).toISOString().slice(0, 10);
    lines.push(
      `SKU-${String(i % skus).padStart(5, '0')},${day},${random.poisson(4)},${(10 + (i % 97) / 10).toFixed(2)}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function importThroughput(rows: number): Promise<void> {
  const bytes = generateSalesCsv(rows);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-bench-'));
  const database = await openStore(loadConfig({ ZHIZAO_DATA_DIR: dataDir }));
  try {
    const parseStart = performance.now();
    const table = await readTable(bytes, 'bench.csv');
    const parsed = performance.now();
    const validation = validateTable(table, 'sales');
    const validated = performance.now();
    if (!validation.ok) throw new Error('generated file failed validation');
    const result = await importFile(database, {
      bytes,
      fileName: 'bench.csv',
      kind: 'sales',
      importedBy: 'bench',
    });
    const mb = bytes.length / 1e6;
    console.log(`import: ${rows.toLocaleString('en')} rows, 4 columns, ${mb.toFixed(1)} MB CSV`);
    console.log(
      `  parse only      ${(rows / ((parsed - parseStart) / 1000)).toFixed(0).padStart(10)} rows/s`,
    );
    console.log(`  validate only   ${(rows / ((validated - parsed) / 1000)).toFixed(0).padStart(10)} rows/s`);
    console.log(
      `  end to end      ${(rows / result.seconds).toFixed(0).padStart(10)} rows/s  (${result.seconds.toFixed(2)} s: parse, validate, store in DuckDB)   target >= 500000`,
    );
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Spawns `npm start` on a fresh data folder and polls until the dashboard page is served. */
async function startToFirstPage(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-start-'));
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, ZHIZAO_PORT: String(port), ZHIZAO_DATA_DIR: dataDir, ZHIZAO_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const deadline = started + 60_000;
    while (performance.now() < deadline) {
      const ok = await fetch(`http://127.0.0.1:${port}/`)
        .then((response) => response.ok && response.headers.get('content-type')?.includes('text/html'))
        .catch(() => false);
      if (ok) {
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `start: ${seconds.toFixed(2)} s from \`npm start\` to the first page served (fresh store, demo seeding in background)   target < 15 s`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('server did not serve the first page within 60 s');
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
  await importThroughput(rows);
  if (!args.includes('--no-start')) await startToFirstPage();
}
