/**
 * `npm run bench -- forecast-regressors [skus] [origins] [seed]`: rolling-origin backtest of the server's
 * `auto` model with and without holiday/promotion regressors on seeded demo SKUs.
 */
import { holidayFeatures } from '@zhizao/calendar';
import { seededRandom } from '@zhizao/core';
import { demandProfiles, generateSales } from '@zhizao/demo';
import {
  auto,
  demandRegressors,
  type FitOptions,
  fitWithRegressors,
  type Regressor,
  rollingOriginBacktest,
} from '@zhizao/forecast';

const HORIZON = 28;

interface SkuSeries {
  readonly sku: string;
  readonly startDay: number;
  readonly values: Float64Array;
  readonly promotion: Uint8Array;
}

/** Sums of |error| and of actuals on one kind of day, over all folds and SKUs (for a WAPE). */
interface DayError {
  error: number;
  actual: number;
  days: number;
}

interface VariantScore {
  mase: number[];
  smape: number[];
  all: DayError;
  holiday: DayError;
  promotion: DayError;
  ordinary: DayError;
}

function emptyScore(): VariantScore {
  const day = (): DayError => ({ error: 0, actual: 0, days: 0 });
  return { mase: [], smape: [], all: day(), holiday: day(), promotion: day(), ordinary: day() };
}

/** Demo SKUs picked by a seeded shuffle, each from its first row to the common end day. */
function pickSeries(count: number, seed: number): SkuSeries[] {
  const all: SkuSeries[] = [];
  for (const chunk of generateSales({ skusPerChunk: 64 })) {
    let start = 0;
    while (start < chunk.sku.length) {
      let end = start;
      while (end < chunk.sku.length && chunk.sku[end] === chunk.sku[start]) end++;
      all.push({
        sku: chunk.sku[start]!,
        startDay: chunk.day[start]!,
        values: chunk.quantity.slice(start, end),
        promotion: chunk.promotion.slice(start, end),
      });
      start = end;
    }
  }
  const random = seededRandom(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.filter((s) => s.values.length >= 28 * 4 + HORIZON).slice(0, count);
}

function addDays(
  target: DayError,
  actual: Float64Array,
  forecast: Float64Array,
  keep: (k: number) => boolean,
): void {
  for (let k = 0; k < actual.length; k++) {
    if (!keep(k)) continue;
    target.error += Math.abs(actual[k]! - forecast[k]!);
    target.actual += actual[k]!;
    target.days += 1;
  }
}

const mean = (values: readonly number[]): number => {
  const finite = values.filter(Number.isFinite);
  return finite.reduce((a, b) => a + b, 0) / finite.length;
};
const wape = (d: DayError): string => `${((100 * d.error) / d.actual).toFixed(1)}%`;

/** Backtests the SKUs; prints per-variant MASE, sMAPE and WAPE on holiday, promotion and ordinary days. */
export async function run(args: string[]): Promise<void> {
  const count = Number(args[0] ?? 60);
  const origins = Number(args[1] ?? 12);
  const seed = Number(args[2] ?? 2026);
  const started = performance.now();
  const series = pickSeries(count, seed);
  const truth = new Map(demandProfiles().map((p) => [p.sku, p]));
  const variants: Record<'none' | 'regressors', VariantScore> = {
    none: emptyScore(),
    regressors: emptyScore(),
  };
  const lifts: { estimated: number; truth: number }[] = [];
  const used = new Map<string, number>();
  const perSku: { none: number; regressors: number }[] = [];
  for (const s of series) {
    const days = Int32Array.from({ length: s.values.length }, (_, i) => s.startDay + i);
    const columns = demandRegressors(holidayFeatures(days), s.promotion);
    const isHoliday = (t: number): boolean =>
      columns.some((c) => !c.name.startsWith('promotion') && !c.name.startsWith('post') && c.values[t] === 1);
    const base = (y: Float64Array, options: FitOptions) =>
      auto(y, { ...options, nonNegative: true, arima: false, seed: 42 });
    const forecasters = {
      none: (train: Float64Array, h: number) => base(train, { season: 7 }).forecast(h),
      regressors: (train: Float64Array, h: number) =>
        fitWithRegressors(train, columns as Regressor[], { season: 7, base, nonNegative: true }).forecast(h),
    };
    const skuMase = { none: Number.NaN, regressors: Number.NaN };
    for (const name of ['none', 'regressors'] as const) {
      const result = rollingOriginBacktest(s.values, forecasters[name], {
        horizon: HORIZON,
        season: 7,
        origins,
        step: HORIZON,
        minTrain: 56,
      });
      const score = variants[name];
      skuMase[name] = result.mase;
      for (const fold of result.folds) {
        score.mase.push(fold.mase);
        score.smape.push(fold.smape);
        const at = (k: number): number => fold.origin + k;
        addDays(score.all, fold.actual, fold.forecast, () => true);
        addDays(score.holiday, fold.actual, fold.forecast, (k) => isHoliday(at(k)));
        addDays(score.promotion, fold.actual, fold.forecast, (k) => s.promotion[at(k)] === 1);
        addDays(
          score.ordinary,
          fold.actual,
          fold.forecast,
          (k) => !isHoliday(at(k)) && s.promotion[at(k)] === 0,
        );
      }
    }
    perSku.push(skuMase);
    const full = fitWithRegressors(s.values, columns, { season: 7, base, nonNegative: true });
    for (const effect of full.effects)
      if (effect.used) used.set(effect.name, (used.get(effect.name) ?? 0) + 1);
    const promo = full.effects.find((e) => e.name === 'promotion');
    const profile = truth.get(s.sku);
    if (promo?.used && profile) lifts.push({ estimated: promo.factor, truth: profile.promotionLift });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `demo data, ${series.length} SKUs (seeded pick ${seed}), ${origins} origins × ${HORIZON} days, base = auto (ETS+DOTM, no ARIMA)`,
  );
  console.log('variant      MASE   sMAPE   WAPE all  holiday days  promotion days  ordinary days');
  for (const name of ['none', 'regressors'] as const) {
    const v = variants[name];
    console.log(
      `${name.padEnd(11)} ${mean(v.mase).toFixed(3)}  ${mean(v.smape).toFixed(1).padStart(5)}  ${wape(v.all).padStart(8)}  ${wape(v.holiday).padStart(12)}  ${wape(v.promotion).padStart(14)}  ${wape(v.ordinary).padStart(13)}`,
    );
  }
  const v = variants.none;
  const better = perSku.filter((m) => m.regressors < 0.98 * m.none).length;
  const worse = perSku.filter((m) => m.regressors > 1.02 * m.none).length;
  console.log(
    `per SKU (mean MASE over origins): ${better} better by > 2%, ${worse} worse by > 2%, ${perSku.length - better - worse} within ±2%`,
  );
  console.log(`days scored: ${v.all.days} (holiday ${v.holiday.days}, promotion ${v.promotion.days})`);
  console.log(
    `effects kept on the full history (SKUs): ${[...used.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  if (lifts.length > 0) {
    const ratio = lifts.map((l) => l.estimated / l.truth);
    console.log(
      `promotion lift estimated / generator truth over ${lifts.length} SKUs: mean ${mean(ratio).toFixed(3)}, ` +
        `min ${Math.min(...ratio).toFixed(2)}, max ${Math.max(...ratio).toFixed(2)} (no published reference: demo data)`,
    );
  }
  console.log(`${seconds.toFixed(0)} s wall (2 shared cores, load varies)`);
}
