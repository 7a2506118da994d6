/** Exports every stored forecast as CSV (one row per SKU and day) or an Excel workbook (forecast + SKU sheets). */
import ExcelJS from 'exceljs';
import type { Database } from '../storage/database.ts';
import { readSummaries } from './portfolio-query.ts';

interface ExportRow {
  sku: string;
  day: string;
  mean: number;
  p025: number;
  p10: number;
  p50: number;
  p90: number;
  p975: number;
  model: string;
  fingerprint: string;
}

const FORECAST_HEADER = [
  'sku',
  'day',
  'mean',
  'p025',
  'p10',
  'p50',
  'p90',
  'p975',
  'model',
  'fingerprint',
] as const;

async function readRows(database: Database): Promise<ExportRow[]> {
  return database.query<ExportRow>(
    `SELECT p.sku, strftime(p.day, '%Y-%m-%d') AS day, p.mean, p.p025, p.p10, p.p50, p.p90, p.p975, f.model, f.fingerprint
     FROM forecast_points p JOIN forecasts f USING (sku) ORDER BY p.sku, p.day`,
  );
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(Math.round(value * 1e4) / 1e4) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV with a header row; quantile columns p025…p975 give the 95% (p025–p975) and 80% (p10–p90) bands. */
export async function exportCsv(database: Database): Promise<string> {
  const rows = await readRows(database);
  const lines = [FORECAST_HEADER.join(',')];
  for (const row of rows) lines.push(FORECAST_HEADER.map((key) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** An .xlsx workbook: sheet "forecast" (as the CSV) and sheet "skus" (model, classes, backtest accuracy). */
export async function exportXlsx(database: Database): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhizao';
  const forecast = workbook.addWorksheet('forecast');
  forecast.columns = FORECAST_HEADER.map((key) => ({
    header: key,
    key,
    width: key === 'fingerprint' ? 66 : 12,
  }));
  for (const row of await readRows(database)) forecast.addRow(row);
  const skus = workbook.addWorksheet('skus');
  const header = [
    'sku',
    'name',
    'model',
    'pattern',
    'intermittent',
    'abc',
    'xyz',
    'revenue',
    'forecastTotal',
    'mase',
    'rmsse',
    'smape',
    'coverage80',
    'coverage95',
  ];
  skus.columns = header.map((key) => ({ header: key, key, width: 14 }));
  for (const summary of await readSummaries(database)) {
    skus.addRow({
      ...summary,
      mase: summary.backtest?.mase ?? null,
      rmsse: summary.backtest?.rmsse ?? null,
      smape: summary.backtest?.smape ?? null,
      coverage80: summary.backtest?.coverage80 ?? null,
      coverage95: summary.backtest?.coverage95 ?? null,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
