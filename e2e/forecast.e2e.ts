/** End-to-end: a SKU imported over HTTP is forecast in the background and drawn with its bands. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, launchBrowser, openDashboard, startServer, type TestServer } from './harness.ts';

/** Background forecasting on a shared CI machine: allow a minute before failing. */
const forecastWait = { timeout: 60_000, interval: 250 };
const eventually = { timeout: 20_000, interval: 100 };
const DAYS = 730;

/** Two years of daily sales with a weekly cycle, a slow trend and a promotion every 30 days. */
function salesCsv(): string {
  const lines = ['sku,date,quantity,promotion'];
  const start = Date.UTC(2023, 0, 1);
  for (let day = 0; day < DAYS; day += 1) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const weekly = [0.7, 1, 1.1, 1.1, 1.2, 1.4, 0.5][day % 7] ?? 1;
    const promotion = day % 30 === 10;
    // A fixed wobble instead of randomness keeps the file identical run to run.
    const quantity = Math.round((20 + day * 0.01) * weekly * (promotion ? 1.6 : 1) + ((day * 7919) % 5) - 2);
    lines.push(`F-1,${date},${Math.max(0, quantity)},${promotion ? 'yes' : 'no'}`);
  }
  return `${lines.join('\n')}\n`;
}

const ITEMS = 'sku,name,unit cost,price,lead time,on hand\nF-1,齿轮泵,12.5,30,14,40\n';

describe('demand forecasting in the dashboard', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await importCsv(server, 'items', 'items.csv', ITEMS);
    await importCsv(server, 'sales', 'sales.csv', salesCsv());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function openDemand(locale: string): Promise<Page> {
    return openDashboard(browser, server, { locale, route: 'demand' });
  }

  it('forecasts the imported SKU in the background and reports the finished run', async () => {
    await expect
      .poll(async () => {
        const status = (await (await fetch(`${server.url}/api/forecasts/status`)).json()) as {
          state: string;
          pending: boolean;
          lastRun: { forecasted: number } | null;
        };
        return status.state === 'idle' && !status.pending ? (status.lastRun?.forecasted ?? 0) : -1;
      }, forecastWait)
      .toBeGreaterThanOrEqual(1);
    const page = await openDemand('en-US');
    await expect
      .poll(() => page.getByTestId('forecast-last-run').textContent(), eventually)
      .toMatch(/1 forecast/);
  });

  it('shows the SKU forecast with 80% and 95% bands, model, backtest and fingerprint', async () => {
    const page = await openDemand('en-US');
    await page.getByTestId('sku-F-1').click();
    await page.getByTestId('chart-forecast').waitFor();
    const chart = page.getByTestId('chart-forecast');
    const names = (await chart.getAttribute('data-series'))?.split('|') ?? [];
    expect(names).toEqual(
      expect.arrayContaining(['History', 'Forecast (mean)', '80% interval', '95% interval']),
    );
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    const detail = (await (await fetch(`${server.url}/api/forecasts/F-1`)).json()) as {
      forecast: {
        mean: number[];
        lower80: number[];
        upper80: number[];
        lower95: number[];
        upper95: number[];
      };
      fingerprint: string;
      summary: { model: string };
    };
    expect(detail.forecast.mean.length).toBeGreaterThan(0);
    detail.forecast.mean.forEach((mean, index) => {
      expect(detail.forecast.lower95[index]).toBeLessThanOrEqual(
        detail.forecast.lower80[index] ?? Number.NaN,
      );
      expect(detail.forecast.lower80[index]).toBeLessThanOrEqual(mean + 1e-9);
      expect(detail.forecast.upper80[index]).toBeGreaterThanOrEqual(mean - 1e-9);
      expect(detail.forecast.upper95[index]).toBeGreaterThanOrEqual(
        detail.forecast.upper80[index] ?? Number.NaN,
      );
    });
    await expect
      .poll(() => page.getByTestId('forecast-model-name').textContent(), eventually)
      .toBe(detail.summary.model);
    expect(await page.getByTestId('forecast-fingerprint').getAttribute('title')).toBe(detail.fingerprint);
    expect(await page.getByTestId('forecast-backtest').textContent()).toContain('MASE');
  });

  it('takes a planned promotion, refits, and marks it on the forecast', async () => {
    const page = await openDemand('en-US');
    await page.getByTestId('sku-F-1').click();
    await page.getByTestId('chart-forecast').waitFor();
    const before = (await (await fetch(`${server.url}/api/forecasts/F-1`)).json()) as {
      forecast: { days: string[] };
    };
    const first = before.forecast.days[3] ?? '';
    const last = before.forecast.days[5] ?? '';
    await page.getByTestId('planned-from').fill(first);
    await page.getByTestId('planned-to').fill(last);
    await page.getByTestId('planned-add').click();
    await page.getByTestId('planned-saved').waitFor();
    expect(await page.getByTestId('planned-promotion-row').textContent()).toContain(first);
    await expect
      .poll(async () => {
        const detail = (await (await fetch(`${server.url}/api/forecasts/F-1`)).json()) as {
          plannedPromotions?: string[];
          upToDate: boolean;
        };
        return detail.upToDate ? (detail.plannedPromotions ?? []).length : -1;
      }, forecastWait)
      .toBe(3);
  });

  it('shows the portfolio in Chinese with the SKU in the ABC/XYZ matrix, and offers the exports', async () => {
    const page = await openDemand('zh-CN');
    await page.getByTestId('tab-portfolio').click();
    await expect.poll(() => page.getByTestId('kpi-forecasted').textContent(), eventually).toContain('1');
    expect(await page.getByTestId('kpi-forecasted').textContent()).toContain('已预测');
    await expect
      .poll(async () => {
        const cells = await page.locator('[data-testid^="matrix-"]').allTextContents();
        return cells.reduce((sum, text) => sum + (Number(text) || 0), 0);
      }, eventually)
      .toBe(1);
    await page.getByTestId('chart-accuracy').waitFor();
    expect(await page.getByTestId('forecast-table').textContent()).toContain('F-1');
    const csv = await fetch(`${server.url}${await page.getByTestId('export-csv').getAttribute('href')}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('F-1');
  });
});
