import type { ForecastStatus } from '@zhizao/contract';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multipartFile } from '../http/test-server.ts';
import type { ForecastService } from './forecast-service.ts';
import { createForecastTestApp, type ForecastTestApp } from './forecast-test-app.ts';
import { seedSales, sparseDemand } from './forecast-test-data.ts';

/** 2024-08-15; the history ends 2024-09-25 and the 14-day forecast reaches National Day (2024-10-01). */
const START = 19_950;
const LAST = START + 41;

describe('forecasting API on a real DuckDB file', () => {
  let test: ForecastTestApp;
  let service: ForecastService;
  let progress: ForecastStatus[];

  beforeEach(async () => {
    progress = [];
    test = await createForecastTestApp({ onProgress: (status) => progress.push(status) });
    service = test.service;
    await seedSales(
      test.context.database,
      [
        {
          sku: 'A-SPARSE',
          startDay: START,
          quantities: sparseDemand({ seed: 7, days: 42, every: 3, maxSize: 6 }),
          price: 50,
        },
        { sku: 'B-ONE', startDay: LAST - 3, quantities: [5] },
        {
          sku: 'C-SHORT',
          startDay: LAST - 14,
          quantities: Array.from({ length: 15 }, (_, t) => 20 + (t % 3)),
          promotionDays: [14],
        },
      ],
      ['D-NEW', 'E-ZERO'],
    );
    await test.context.database.run(
      `INSERT INTO sales VALUES ('E-ZERO', DATE '1970-01-01' + ${LAST - 9}, 0, false, NULL, false)`,
    );
  });

  afterEach(async () => {
    await test.close();
  });

  const get = async (url: string) => test.app.inject({ method: 'GET', url });

  it('forecasts every SKU in the background, reporting progress, and serves detail, portfolio and exports', async () => {
    service.start();
    expect(service.status()).toMatchObject({ state: 'running', workers: 1 });
    await service.idle();
    const status = (await get('/api/forecasts/status')).json();
    expect(status).toMatchObject({
      state: 'idle',
      lastRun: { forecasted: 4, failed: 0, upToDate: 0, cancelled: false },
    });

    const detail = await get('/api/forecasts/A-SPARSE');
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.forecast.days).toHaveLength(14);
    expect(body.forecast.days[0]).toBe('2024-09-26');
    expect(body.history.days).toHaveLength(42);
    expect(body.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(body.upToDate).toBe(true);
    expect(body.summary).toMatchObject({ intermittent: true, abc: 'A', backtest: { folds: 2, horizon: 7 } });
    // 2 folds × 7 days are too few to calibrate the bands; the stored params say so.
    expect(body.params).toMatchObject({
      bandCalibration: 'backtest-conformal',
      bandPoints: 14,
      bandFactor80: 1,
      bandReason95: 'too-few-points',
      bandHoldoutDays: 7,
    });
    expect(body.holidays.map((h: { key: string }) => h.key)).toEqual(['midAutumn', 'nationalDay']);
    for (let k = 0; k < 14; k++) {
      const f = body.forecast;
      expect([f.lower95[k], f.lower80[k], f.median[k], f.upper80[k]]).toEqual(
        [f.lower95[k], f.lower80[k], f.median[k], f.upper80[k]].sort((a: number, b: number) => a - b),
      );
      expect(f.upper95[k]).toBeGreaterThanOrEqual(f.upper80[k]);
    }
    expect((await get('/api/forecasts/C-SHORT')).json().promotions).toEqual(['2024-09-25']);
    const zero = (await get('/api/forecasts/E-ZERO')).json();
    expect(zero.summary.pattern).toBe('none');
    expect(zero.forecast.mean).toEqual(new Array(14).fill(0));
    expect((await get('/api/forecasts/B-ONE')).json().forecast.mean).toHaveLength(14);
    expect((await get('/api/forecasts/D-NEW')).statusCode).toBe(404);

    const portfolio = (await get('/api/forecasts?limit=2&sort=sku')).json();
    expect(portfolio).toMatchObject({ forecasted: 4, withoutSales: 1, total: 4 });
    expect(portfolio.items.map((i: { sku: string }) => i.sku)).toEqual(['A-SPARSE', 'B-ONE']);
    expect(portfolio.accuracy.mase.count).toBeGreaterThanOrEqual(1);
    expect((await get('/api/forecasts?intermittent=false')).json().total).toBeLessThan(4);

    const csv = await get('/api/forecasts/export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('sku,day,mean,p025,p10,p50,p90,p975,model,fingerprint');
    expect(lines).toHaveLength(1 + 4 * 14);
    expect(lines[1]?.startsWith('A-SPARSE,2024-09-26,')).toBe(true);

    const xlsx = await get('/api/forecasts/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    expect(workbook.getWorksheet('forecast')?.rowCount).toBe(1 + 4 * 14);
    expect(workbook.getWorksheet('skus')?.getRow(2).getCell(1).value).toBe('A-SPARSE');
  });

  it('refits only SKUs whose data fingerprint changed, and everything when forced', async () => {
    service.start();
    await service.idle();
    const fingerprint = async (sku: string) =>
      (await get(`/api/forecasts/${sku}`)).json().fingerprint as string;
    const before = { a: await fingerprint('A-SPARSE'), c: await fingerprint('C-SHORT') };
    service.run();
    await service.idle();
    expect(service.status().lastRun).toMatchObject({ forecasted: 0, upToDate: 4 });

    // A sales import notifies the service; the import route does that itself.
    const { body, contentType } = multipartFile('more.csv', 'sku,date,quantity\nC-SHORT,2024-09-05,3\n');
    const imported = await test.app.inject({
      method: 'POST',
      url: '/api/imports?kind=sales',
      headers: { 'content-type': contentType },
      body,
    });
    expect(imported.statusCode).toBe(200);
    expect((await get('/api/forecasts/C-SHORT')).json().upToDate).toBe(false);
    await service.idle();
    expect(service.status().lastRun).toMatchObject({ forecasted: 1, upToDate: 3 });
    expect(await fingerprint('A-SPARSE')).toBe(before.a);
    expect(await fingerprint('C-SHORT')).not.toBe(before.c);

    const forced = await test.app.inject({
      method: 'POST',
      url: '/api/forecasts/run',
      payload: { force: true },
    });
    expect(forced.statusCode).toBe(202);
    expect(forced.json().accepted).toBe(true);
    await service.idle();
    expect(service.status().lastRun).toMatchObject({ forecasted: 4, upToDate: 0 });
  });

  it('starts a run with an empty POST body and cancels it; the routes appear in the OpenAPI document', async () => {
    const started = await test.app.inject({ method: 'POST', url: '/api/forecasts/run' });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ accepted: true, status: { state: 'running' } });
    const cancelled = await test.app.inject({ method: 'POST', url: '/api/forecasts/cancel' });
    expect(cancelled.json()).toMatchObject({ accepted: true, status: { state: 'idle' } });
    expect(service.status().lastRun).toMatchObject({ cancelled: true });
    const openapi = (await get('/docs/json')).json();
    expect(
      Object.keys(openapi.paths)
        .filter((key: string) => key.startsWith('/api/forecasts'))
        .sort(),
    ).toEqual([
      '/api/forecasts',
      '/api/forecasts/cancel',
      '/api/forecasts/export',
      '/api/forecasts/promotions',
      '/api/forecasts/run',
      '/api/forecasts/status',
      '/api/forecasts/{sku}',
    ]);
  });
});
