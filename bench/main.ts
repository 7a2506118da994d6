/** Benchmark entry: `npm run bench -- <name> [args]` runs bench/<name>.ts. */
const benchmarks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  import: () => import('./import.ts'),
  demo: () => import('./demo.ts'),
  'import-parse': () => import('./import-parse.ts'),
  forecast: () => import('./forecast.ts'),
  'forecast-regressors': () => import('./forecast-regressors.ts'),
  inventory: () => import('./inventory.ts'),
  nab: () => import('./nab.ts'),
  ingest: () => import('./ingest.ts'),
};

const [name, ...args] = process.argv.slice(2);
const load = name === undefined ? undefined : benchmarks[name];
if (load === undefined) {
  console.error(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [args]`);
  process.exit(2);
}
const bench = await load();
await bench.run(args);

export {};
