/** Forecast benchmark: accuracy and speed of @zhizao/forecast models on M4 Weekly, M3, tourism and car parts. */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { evaluate, fitModel, isModelName, type ModelName } from '@zhizao/forecast';
import { parseCsvRows as parseCsv, parseSeriesTable } from '@zhizao/tabular';
import { sharedDataPath } from './shared-data.ts';

type DatasetName = 'm4-weekly' | 'm3' | 'tourism-monthly' | 'carparts';

interface BenchSeries {
  readonly id: string;
  readonly group: string;
  readonly season: number;
  readonly horizon: number;
  readonly train: Float64Array;
  readonly test: Float64Array;
}

interface WorkerJob {
  readonly dataset: DatasetName;
  readonly limit: number;
  readonly every: number;
  readonly model: ModelName;
  readonly from: number;
  readonly to: number;
  /** Takes every stride-th series from `from` (interleaving keeps workers balanced across M3's categories). */
  readonly stride?: number;
}

interface WorkerReply {
  readonly means: Float64Array[];
  readonly lowers: Float64Array[];
  readonly uppers: Float64Array[];
}

const DEFAULT_MODELS: Record<DatasetName, ModelName[]> = {
  'm4-weekly': ['naive2', 'theta', 'dotm', 'ets', 'auto'],
  m3: ['naive2', 'theta', 'ets', 'auto'],
  'tourism-monthly': ['snaive', 'theta', 'ets', 'auto'],
  carparts: ['naive', 'mean', 'croston', 'sba', 'tsb', 'imapa', 'auto'],
};

function readText(...parts: string[]): string {
  return readFileSync(sharedDataPath(...parts), 'utf8');
}

/** Loads a dataset as (train, test) pairs with its per-series season and horizon. */
function loadDataset(name: DatasetName, limit: number, every = 1): BenchSeries[] {
  const out: BenchSeries[] = [];
  if (name === 'm4-weekly') {
    const train = parseSeriesTable(readText('forecast', 'm4', 'Weekly-train.csv'), 'wide');
    const test = parseSeriesTable(readText('forecast', 'm4', 'Weekly-test.csv'), 'wide');
    for (const [id, y] of train) {
      // M4 scores weekly data with frequency 1 (no seasonal test, MASE lag 1).
      out.push({
        id,
        group: 'Weekly',
        season: 1,
        horizon: 13,
        train: y,
        test: test.get(id)!.subarray(0, 13),
      });
    }
  } else if (name === 'm3' || name === 'tourism-monthly') {
    const folder = name === 'm3' ? 'm3' : 'tourism';
    const prefix = name === 'm3' ? 'M3' : 'tourism';
    const train = parseSeriesTable(readText('forecast', folder, `${prefix}-train-long.csv`), 'long');
    const test = parseSeriesTable(readText('forecast', folder, `${prefix}-test-long.csv`), 'long');
    const info = parseCsv(readText('forecast', folder, `${prefix}-info.csv`)).slice(1);
    for (const row of info) {
      const [id, , period, , , h, frequency] = row as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      if (name === 'tourism-monthly' && period !== 'MONTHLY') continue;
      const y = train.get(id);
      const actual = test.get(id);
      if (y === undefined || actual === undefined) continue;
      const horizon = Number(h);
      out.push({
        id,
        group: period,
        season: Number(frequency),
        horizon,
        train: y,
        test: actual.subarray(0, horizon),
      });
    }
  } else {
    const rows = parseCsv(readText('forecast', 'intermittent', 'carparts_wide.csv'));
    const ids = rows[0]!.slice(1);
    for (let c = 0; c < ids.length; c++) {
      const values = rows.slice(1).map((r) => r[c + 1]!.trim());
      if (values.some((v) => v === '' || v === 'NA')) continue;
      const y = Float64Array.from(values, Number);
      const train = y.subarray(0, 39);
      let demands = 0;
      for (let t = 0; t < train.length; t++) if (train[t]! > 0) demands += 1;
      // The reference scores keep complete series with at least two demands in the first 39 months.
      if (demands < 2) continue;
      out.push({ id: ids[c]!, group: 'carparts', season: 12, horizon: 12, train, test: y.subarray(39, 51) });
    }
  }
  // `every` keeps every k-th series: a systematic sample across all categories, unlike `limit`.
  const sampled = every > 1 ? out.filter((_, i) => i % every === 0) : out;
  return limit > 0 ? sampled.slice(0, limit) : sampled;
}

/** Fits and forecasts series [from, to) with one model; `loaded` skips re-reading the dataset. */
function forecastRange(job: WorkerJob, loaded?: BenchSeries[]): WorkerReply {
  const all = loaded ?? loadDataset(job.dataset, job.limit, job.every);
  const data: BenchSeries[] = [];
  for (let i = job.from; i < job.to; i += job.stride ?? 1) data.push(all[i]!);
  const nonNegative = job.dataset === 'carparts';
  const reply: WorkerReply = { means: [], lowers: [], uppers: [] };
  for (const s of data) {
    const f = fitModel(job.model, s.train, { season: s.season, nonNegative }).forecast(s.horizon);
    reply.means.push(f.mean);
    reply.lowers.push(f.quantile(0.025));
    reply.uppers.push(f.quantile(0.975));
  }
  return reply;
}

async function runParallel(
  job: Omit<WorkerJob, 'from' | 'to'>,
  data: BenchSeries[],
  workers: number,
): Promise<WorkerReply> {
  const total = data.length;
  // In one thread the timed region holds fitting only, as for augurs-ets (no CSV parsing).
  if (workers <= 1) return forecastRange({ ...job, from: 0, to: total }, data);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const part: WorkerJob = { ...job, from: w, to: total, stride: workers };
      return new Promise<WorkerReply>((resolve, reject) => {
        // Workers do not inherit the tsx loader on Node 20: register it, then load this file.
        const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
        const worker = new Worker(bootstrap, { eval: true, workerData: part });
        worker.once('message', (m: WorkerReply) => resolve(m));
        worker.once('error', reject);
      });
    }),
  );
  const pick = (key: keyof WorkerReply): Float64Array[] =>
    Array.from({ length: total }, (_, i) => parts[i % workers]![key][Math.floor(i / workers)]!);
  return { means: pick('means'), lowers: pick('lowers'), uppers: pick('uppers') };
}

/** Per-step mean or median of member point forecasts (forecast combinations scored without refitting). */
function combine(how: 'mean' | 'median', members: Float64Array[]): Float64Array {
  const h = members[0]!.length;
  const out = new Float64Array(h);
  const values = new Float64Array(members.length);
  for (let t = 0; t < h; t++) {
    let sum = 0;
    for (let k = 0; k < members.length; k++) {
      values[k] = members[k]![t]!;
      sum += values[k]!;
    }
    values.sort();
    const mid = values.length >> 1;
    const median = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    out[t] = how === 'mean' ? sum / values.length : median;
  }
  return out;
}

if (!isMainThread && parentPort !== null) {
  parentPort.postMessage(forecastRange(workerData as WorkerJob));
}

/** Published reference figures for the dataset, as lines of text. */
function publishedFigures(dataset: DatasetName): string[] {
  const lines: string[] = [];
  if (dataset === 'm4-weekly') {
    for (const row of parseCsv(readText('forecast', 'm4', 'reproduced_Weekly.csv')).slice(1)) {
      lines.push(
        `  ${row[1]!.padEnd(12)} sMAPE ${row[2]}  MASE ${row[3]}  OWA ${row[4]}  (R forecast 8.20, M4 code)`,
      );
    }
    lines.push(
      '  Smyl (M4 winner) 7.817 / 2.356 / 0.851; FFORMA 7.625 / 2.108 / 0.796; statsforecast ets MASE 2.55',
    );
  } else if (dataset === 'm3') {
    for (const row of parseCsv(readText('forecast', 'm3', 'M3-official-methods-scores.csv')).slice(1, 6)) {
      lines.push(
        `  ${row[0]!.padEnd(12)} sMAPE all ${row[10]}  MASE all ${row[11]}  Y/Q/M/O sMAPE ${row[1]}/${row[3]}/${row[5]}/${row[7]}`,
      );
    }
    lines.push('  NAIVE2 average sMAPE 14.74 (M3 official)');
  } else if (dataset === 'tourism-monthly') {
    for (const row of parseCsv(readText('forecast', 'tourism', 'Tcomp_reproduction_monthly.csv')).slice(1)) {
      if (row[1] === 'MASE') lines.push(`  ${row[0]!.padEnd(12)} MASE h1-24 ${row[11]}`);
    }
  } else {
    for (const row of parseCsv(
      readText('forecast', 'intermittent', 'reference_scores_R_forecast_8.20.csv'),
    ).slice(1)) {
      if (row[0] === 'carparts')
        lines.push(`  ${row[4]!.padEnd(12)} MAE ${row[5]}  RMSE ${row[6]}  MASE ${row[8]}  RMSSE ${row[9]}`);
    }
  }
  return lines;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

/** Times @bsull/augurs AutoETS ("ZZZ") on the same series, point forecasts only. */
async function augursEts(data: BenchSeries[]): Promise<{ means: Float64Array[]; seconds: number } | string> {
  try {
    const module = await import('@bsull/augurs/ets');
    const wasmPath = new URL('../node_modules/@bsull/augurs/ets_bg.wasm', import.meta.url);
    module.initSync({ module: readFileSync(wasmPath) });
    const started = performance.now();
    const means = data.map((s) => {
      const model = new module.AutoETS(s.season, 'ZZZ');
      model.fit(s.train);
      const point = Float64Array.from(model.predict(s.horizon).point);
      model.free();
      return point;
    });
    return { means, seconds: (performance.now() - started) / 1000 };
  } catch (error: unknown) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Per-core speed of our AutoETS (fit, point and 95% bands) against augurs-ets (fit and point), the two
 * timed series by series in turn so that a changing machine load hits both alike.
 */
async function etsSpeedRatio(data: BenchSeries[]): Promise<string> {
  try {
    const module = await import('@bsull/augurs/ets');
    module.initSync({
      module: readFileSync(new URL('../node_modules/@bsull/augurs/ets_bg.wasm', import.meta.url)),
    });
    let ours = 0;
    let theirs = 0;
    for (const s of data) {
      const started = performance.now();
      const f = fitModel('ets', s.train, { season: s.season }).forecast(s.horizon);
      f.quantile(0.025);
      f.quantile(0.975);
      const middle = performance.now();
      const model = new module.AutoETS(s.season, 'ZZZ');
      model.fit(s.train);
      model.predict(s.horizon);
      model.free();
      theirs += performance.now() - middle;
      ours += middle - started;
    }
    const rate = (ms: number): string => fmt((1000 * data.length) / ms, 1);
    return `ets vs augurs-ets, timed in turn per series: ${fmt(theirs / ours, 2)}× (${rate(ours)} vs ${rate(theirs)} series/s)`;
  } catch (error: unknown) {
    return `ets vs augurs-ets: failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * `npm run bench -- forecast --dataset m4-weekly|m3|tourism-monthly|carparts [--models a,b] [--limit N]
 * [--every K] [--workers N] [--combine mean:a+b,median:a+b]`; model `augurs-ets` times @bsull/augurs AutoETS in
 * the main thread; `--combine` scores per-step mean / median combinations of the models run.
 */
export async function run(args: string[]): Promise<void> {
  const dataset = (option(args, 'dataset') ?? 'm4-weekly') as DatasetName;
  if (!(dataset in DEFAULT_MODELS))
    throw new Error(`--dataset must be one of ${Object.keys(DEFAULT_MODELS).join(', ')}`);
  const limit = Number(option(args, 'limit') ?? 0);
  const every = Number(option(args, 'every') ?? 1);
  const workers = Number(option(args, 'workers') ?? 2);
  const models = (option(args, 'models')?.split(',') ?? DEFAULT_MODELS[dataset]).map((m) => m.trim());
  for (const m of models) if (!isModelName(m) && m !== 'augurs-ets') throw new Error(`unknown model ${m}`);
  const data = loadDataset(dataset, limit, every);
  console.log(
    `dataset ${dataset}: ${data.length} series${every > 1 ? ` (1 in ${every})` : ''}, workers ${workers}`,
  );
  const groups = [...new Set(data.map((s) => s.group))];
  type Forecasts = { means: Float64Array[]; lowers?: Float64Array[]; uppers?: Float64Array[] };
  const kept = new Map<string, Forecasts>();
  for (const model of models) {
    let forecasts: Forecasts;
    let seconds: number;
    if (model === 'augurs-ets') {
      const result = await augursEts(data);
      if (typeof result === 'string') {
        console.log(`augurs-ets: failed: ${result}`);
        continue;
      }
      forecasts = result;
      seconds = result.seconds;
    } else {
      const started = performance.now();
      forecasts = await runParallel({ dataset, limit, every, model: model as ModelName }, data, workers);
      seconds = (performance.now() - started) / 1000;
    }
    kept.set(model, forecasts);
    report(model, forecasts, seconds);
  }
  // `--combine mean:ets+dotm+arima,median:ets+theta+arima` scores combinations of the models run above.
  for (const spec of option(args, 'combine')?.split(',') ?? []) {
    const [how, list] = spec.split(':') as [string, string | undefined];
    const names = list?.split('+') ?? [];
    if ((how !== 'mean' && how !== 'median') || names.some((m) => !kept.has(m)))
      throw new Error(`--combine ${spec}: expected mean|median:model+model with models from --models`);
    const means = data.map((_, i) =>
      combine(
        how,
        names.map((m) => kept.get(m)!.means[i]!),
      ),
    );
    report(`${how}(${names.join('+')})`, { means }, Number.NaN);
  }
  function report(model: string, forecasts: Forecasts, seconds: number): void {
    const index = new Map(data.map((s, i) => [s, i]));
    const parts = groups.map((group) => {
      const members = data.filter((s) => s.group === group);
      const season = members[0]!.season;
      return {
        group,
        count: members.length,
        result: evaluate(
          members,
          (_train, _h, k) => {
            const i = index.get(members[k]!)!;
            const mean = forecasts.means[i]!;
            return {
              model,
              mean,
              quantile: (p) => (p < 0.5 ? forecasts.lowers?.[i] : forecasts.uppers?.[i]) ?? mean,
            };
          },
          { season: dataset === 'carparts' ? 1 : season, pointOnly: forecasts.lowers === undefined },
        ),
      };
    });
    const total = data.length;
    const avg = (pick: (r: (typeof parts)[number]['result']) => number): number =>
      parts.reduce((s, p) => s + pick(p.result) * p.count, 0) / total;
    const smapeAll = avg((r) => r.smape);
    const maseAll = avg((r) => r.mase);
    const owaAll = (smapeAll / avg((r) => r.naive2.smape) + maseAll / avg((r) => r.naive2.mase)) / 2;
    const speed = `${fmt(total / seconds, 1)} series/s`;
    if (dataset === 'carparts') {
      console.log(
        `${model.padEnd(12)} MAE ${fmt(
          avg((r) => r.mae),
          4,
        )}  MASE ${fmt(maseAll, 4)}  RMSSE ${fmt(
          avg((r) => r.rmsse),
          4,
        )}  cover95 ${fmt(avg((r) => r.coverage))}  ${speed}`,
      );
    } else {
      const byGroup =
        groups.length > 1 ? `  [${parts.map((p) => `${p.group} ${fmt(p.result.smape, 2)}`).join(', ')}]` : '';
      console.log(
        `${model.padEnd(12)} sMAPE ${fmt(smapeAll)}  MASE ${fmt(maseAll)}  OWA ${fmt(owaAll)}  MSIS ${fmt(avg((r) => r.msis))}  cover95 ${fmt(avg((r) => r.coverage))}  ${speed}${byGroup}`,
      );
    }
  }
  if (models.includes('ets') && models.includes('augurs-ets')) console.log(await etsSpeedRatio(data));
  console.log('published:');
  for (const line of publishedFigures(dataset)) console.log(line);
}
