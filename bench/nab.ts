/** NAB benchmark: re-scores contextOSE's official rows and scores our streaming detectors on all 58 files. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  DetectorName,
  NabCostMatrix,
  NabFile,
  NabProfileName,
  RangeNoveltyOptions,
} from '@zhizao/monitor';
import {
  createAnomalyDetector,
  createRangeNoveltyDetector,
  DETECTOR_NAMES,
  NAB_PROFILES,
  nabNormalize,
  nabOptimizeThreshold,
  nabProbationLength,
  nabScoreFile,
  RANGE_NOVELTY_TOLERANCE,
  rangeNoveltyScore,
  rowsPerDay,
} from '@zhizao/monitor';
import { sharedDataPath } from './shared-data.ts';

const PROFILES: readonly NabProfileName[] = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'];
/** Detectors the bench can run: every `createAnomalyDetector` variant plus the range-novelty detector. */
type BenchDetector = DetectorName | 'novelty';

interface NabSeries {
  readonly name: string;
  readonly timestamps: Float64Array;
  readonly values: Float64Array;
  readonly windows: ReadonlyArray<readonly [number, number]>;
}

/** Parses NAB's 'YYYY-MM-DD hh:mm:ss[.ffffff]' as UTC epoch milliseconds. */
function parseNabTime(text: string): number {
  const [date = '', time = '00:00:00'] = text.trim().split(' ');
  const value = Date.parse(`${date}T${time.slice(0, 8)}Z`);
  if (Number.isNaN(value)) throw new Error(`bad NAB timestamp: ${text}`);
  return value;
}

/** Reads a NAB CSV: returns the timestamp column and one numeric column by name. */
function readColumns(file: string, column: string): { timestamps: Float64Array; values: Float64Array } {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',');
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`column ${column} not in ${file}`);
  const n = lines.length - 1;
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cells = lines[i + 1]!.split(',');
    timestamps[i] = parseNabTime(cells[0] ?? '');
    values[i] = Number(cells[index]);
  }
  return { timestamps, values };
}

function loadLabels(): Record<string, string[][]> {
  const text = readFileSync(sharedDataPath('anomaly', 'NAB', 'labels', 'combined_windows.json'), 'utf8');
  return JSON.parse(text) as Record<string, string[][]>;
}

function loadCorpus(): NabSeries[] {
  const labels = loadLabels();
  const root = sharedDataPath('anomaly', 'NAB', 'data');
  return Object.keys(labels)
    .sort()
    .map((name) => {
      const { timestamps, values } = readColumns(path.join(root, name), 'value');
      const windows = (labels[name] ?? []).map(
        ([start = '', end = '']) => [parseNabTime(start), parseNabTime(end)] as const,
      );
      return { name, timestamps, values, windows };
    });
}

function loadProfiles(): Record<NabProfileName, NabCostMatrix> {
  const text = readFileSync(sharedDataPath('anomaly', 'NAB', 'config', 'profiles.json'), 'utf8');
  const parsed = JSON.parse(text) as Record<NabProfileName, { CostMatrix: NabCostMatrix }>;
  return {
    standard: parsed.standard.CostMatrix,
    reward_low_FP_rate: parsed.reward_low_FP_rate.CostMatrix,
    reward_low_FN_rate: parsed.reward_low_FN_rate.CostMatrix,
  };
}

interface ProfileResult {
  readonly tuned: number;
  readonly tunedThreshold: number;
  readonly fixed: number;
}

/**
 * Threshold fixed before looking at any label: for the calibrated ensemble 0.999 is a 1-in-1000 tail
 * event; for the novelty detector it is Numenta's 5% spatial tolerance.
 */
function fixedThreshold(detector: BenchDetector): number {
  return detector === 'novelty' ? rangeNoveltyScore(RANGE_NOVELTY_TOLERANCE) : 0.999;
}

function scoreAll(
  files: readonly NabFile[],
  windowCount: number,
  fixedAt = Number.NaN,
): Record<NabProfileName, ProfileResult> {
  const profiles = loadProfiles();
  const out = {} as Record<NabProfileName, ProfileResult>;
  for (const profile of PROFILES) {
    const costs = profiles[profile] ?? NAB_PROFILES[profile];
    const best = nabOptimizeThreshold(files, costs);
    let fixedRaw = 0;
    for (const file of files) fixedRaw += nabScoreFile(file, costs, fixedAt).rawScore;
    out[profile] = {
      tuned: nabNormalize(best.rawScore, costs, windowCount),
      tunedThreshold: best.threshold,
      fixed: nabNormalize(fixedRaw, costs, windowCount),
    };
  }
  return out;
}

function rescoreContextOse(corpus: readonly NabSeries[]): Record<NabProfileName, ProfileResult> {
  const root = sharedDataPath('anomaly', 'NAB', 'results', 'contextOSE');
  const files = corpus.map((series) => {
    const [folder = '', base = ''] = series.name.split('/');
    const scores = readColumns(path.join(root, folder, `contextOSE_${base}`), 'anomaly_score').values;
    return { timestamps: series.timestamps, scores, windows: series.windows };
  });
  return scoreAll(files, countWindows(corpus));
}

function countWindows(corpus: readonly NabSeries[]): number {
  return corpus.reduce((sum, series) => sum + series.windows.length, 0);
}

/** One scorer per file: maps (timestamp, value) to a score using only earlier rows. */
function makeScorer(
  detector: BenchDetector,
  series: NabSeries,
  tuning: NoveltyTuning,
): (timestamp: number, value: number) => number {
  if (detector === 'novelty') {
    const learningPeriod = nabProbationLength(series.values.length);
    const model = createRangeNoveltyDetector({
      ...tuning,
      learningPeriod,
      period: rowsPerDay(series.timestamps, learningPeriod),
    });
    return (_timestamp, value) => model.update(value);
  }
  const model = createAnomalyDetector({
    tags: 1,
    detectors: detector === 'combined' ? undefined : [detector],
  });
  const row = new Float64Array(1);
  return (timestamp, value) => {
    row[0] = value;
    return model.update(timestamp, row);
  };
}

/** Novelty-detector options a sensitivity run may override (`--set smoothing=0.05`). */
type NoveltyTuning = Partial<
  Pick<
    RangeNoveltyOptions,
    'smoothing' | 'rangeHorizon' | 'seasonalGate' | 'suppressionWindow' | 'patternStep' | 'patternMemory'
  >
>;
const TUNABLE = [
  'smoothing',
  'rangeHorizon',
  'seasonalGate',
  'suppressionWindow',
  'patternStep',
  'patternMemory',
] as const;

function parseTuning(args: readonly string[]): NoveltyTuning {
  const tuning: Record<string, number> = {};
  args.forEach((arg, i) => {
    if (arg !== '--set') return;
    const [key = '', text = ''] = (args[i + 1] ?? '').split('=');
    if (!(TUNABLE as readonly string[]).includes(key)) {
      throw new Error(`--set takes ${TUNABLE.join('|')}=NUMBER; got ${args[i + 1]}`);
    }
    tuning[key] = Number(text);
  });
  return tuning as NoveltyTuning;
}

function runDetector(
  corpus: readonly NabSeries[],
  detector: BenchDetector,
  tuning: NoveltyTuning,
): { files: NabFile[]; pointsPerSecond: number } {
  let points = 0;
  let seconds = 0;
  const files = corpus.map((series) => {
    const score = makeScorer(detector, series, tuning);
    const scores = new Float64Array(series.values.length);
    const start = process.hrtime.bigint();
    for (let i = 0; i < series.values.length; i++) {
      scores[i] = score(series.timestamps[i]!, series.values[i]!);
    }
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    points += series.values.length;
    return { timestamps: series.timestamps, scores, windows: series.windows };
  });
  return { files, pointsPerSecond: points / seconds };
}

const fmt = (value: number): string => value.toFixed(2).padStart(7);

const PROTOCOL = [
  'Protocol: NAB v1.1 scoring (our scorer, checked against contextOSE above). Detectors see one row at a',
  "time and learn in NAB's probationary period (first 15% of rows, at most 750, not scored); no",
  'file-wide min/max is used (NAB hands detectors inputMin/inputMax; we ignore them). The novelty',
  "detector's season (rows per day) and pattern step (probation/104 rows) come from the probationary",
  "period only. 'tuned' = NAB's optimizer picks one threshold per profile on the labels (how the",
  'scoreboard is made); fixed = threshold set before looking at labels (novelty: an excess of 5% of',
  "the range seen so far, Numenta HTM's spatial tolerance, for a range of 750 values; combined:",
  'calibrated score 0.999).',
];

/**
 * `npm run bench -- nab [--detector NAME|all] [--every K] [--set option=value ...]`: K > 1 scores every
 * K-th file (a quick look only); `--set` overrides a novelty-detector option for a sensitivity run.
 */
export async function run(args: string[]): Promise<void> {
  const names: readonly BenchDetector[] = [...DETECTOR_NAMES, 'novelty'];
  const flag = args.indexOf('--detector');
  const chosen = flag >= 0 ? args[flag + 1] : 'all';
  const detectors = (chosen === 'all' ? ['novelty', 'combined'] : [chosen]) as BenchDetector[];
  for (const detector of detectors) {
    if (!names.includes(detector)) {
      throw new Error(`--detector must be all or one of ${names.join(', ')}; got ${detector}`);
    }
  }
  const everyFlag = args.indexOf('--every');
  const every = everyFlag >= 0 ? Number(args[everyFlag + 1]) : 1;
  if (!Number.isInteger(every) || every < 1)
    throw new Error(`--every must be a positive integer; got ${every}`);
  const tuning = parseTuning(args);
  const corpus = loadCorpus().filter((_, i) => i % every === 0);
  const windowCount = countWindows(corpus);
  console.log(
    `NAB: ${corpus.length} files, ${windowCount} windows${every > 1 ? ` (every ${every}th file: NOT comparable with the scoreboard)` : ''}`,
  );

  const official = JSON.parse(
    readFileSync(sharedDataPath('anomaly', 'NAB', 'results', 'final_results.json'), 'utf8'),
  ) as Record<string, Record<NabProfileName, number>>;
  if (every === 1) {
    const ose = rescoreContextOse(corpus);
    console.log('\ncontextOSE re-scored by our scorer vs official final_results.json');
    for (const profile of PROFILES) {
      const reference = official.contextOSE?.[profile] ?? Number.NaN;
      const exact = Math.abs(ose[profile].tuned - reference) < 1e-6;
      if (!exact) process.exitCode = 1;
      console.log(
        `  ${profile.padEnd(20)} ours ${ose[profile].tuned.toFixed(4)}  official ${reference.toFixed(4)}  ${exact ? 'match' : 'MISMATCH'}`,
      );
    }
  }

  console.log(`\n${PROTOCOL.join('\n')}`);
  for (const detector of detectors) {
    const { files, pointsPerSecond } = runDetector(corpus, detector, tuning);
    const fixedAt = fixedThreshold(detector);
    const ours = scoreAll(files, windowCount, fixedAt);
    console.log(
      `\ndetector '${detector}'${detector === 'novelty' && Object.keys(tuning).length > 0 ? ` ${JSON.stringify(tuning)}` : ''}: ${Math.round(pointsPerSecond).toLocaleString('en')} points/s (one core)`,
    );
    console.log(
      `profile               tuned (thr)            fixed@${fixedAt.toPrecision(4)}  | HTM 70.1-70.5  ARTime 74.9  contextOSE 69.9`,
    );
    for (const profile of PROFILES) {
      const result = ours[profile];
      const reference = ['numenta', 'ARTime', 'contextOSE']
        .map((name) => fmt(official[name]?.[profile] ?? Number.NaN))
        .join(' ');
      console.log(
        `  ${profile.padEnd(20)}${fmt(result.tuned)} (${result.tunedThreshold.toPrecision(8)}) ${fmt(result.fixed)}       | ${reference}`,
      );
    }
  }
  if (every === 1) checkDataFileCount();
}

/** Sanity check that the data folder holds the 58 labelled files. */
function checkDataFileCount(): void {
  const root = sharedDataPath('anomaly', 'NAB', 'data');
  const count = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce(
      (sum, entry) => sum + readdirSync(path.join(root, entry.name)).filter((f) => f.endsWith('.csv')).length,
      0,
    );
  if (count !== 58) console.log(`note: ${count} data files found (58 expected)`);
}
