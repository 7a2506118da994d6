/** End-to-end (pending until the planning service is wired into the server): plans, detail band, trade-off. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, launchBrowser, openDashboard, startServer, type TestServer } from './harness.ts';

const eventually = { timeout: 60_000, interval: 250 };

/** 120 days of steady sales (a fixed wobble, no randomness) for two SKUs. */
function salesCsv(): string {
  const lines = ['sku,date,quantity,promotion'];
  const start = Date.UTC(2025, 0, 1);
  for (let day = 0; day < 120; day += 1) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    lines.push(`R-1,${date},${10 + ((day * 7919) % 5) - 2},no`);
    lines.push(`R-2,${date},${3 + ((day * 104729) % 3)},no`);
  }
  return `${lines.join('\n')}\n`;
}

// R-1 has ordering costs (EOQ lots); R-2 has none (days-of-demand lots).
const ITEMS =
  'sku,name,unit cost,price,lead time,on hand,订货成本,年持有成本率\nR-1,齿轮泵,12.5,30,7,5,80,25%\nR-2,轴承,2,4,5,900,,\n';

describe('replenishment planning in the dashboard', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await importCsv(server, 'items', 'items.csv', ITEMS);
    await importCsv(server, 'sales', 'sales.csv', salesCsv());
    const run = await fetch(`${server.url}/api/plans/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(run.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function open(locale: string): Promise<Page> {
    return openDashboard(browser, server, { locale, route: 'replenishment' });
  }

  it('lists both SKUs and draws the projected stock band of one', async () => {
    const page = await open('en-US');
    await expect.poll(() => page.getByTestId('plan-table').textContent(), eventually).toContain('R-1');
    expect(await page.getByTestId('plan-table').textContent()).not.toContain('NaN');
    await page.getByTestId('plan-sku-R-1').click();
    const chart = page.getByTestId('chart-stock-band');
    await chart.waitFor();
    expect((await chart.getAttribute('data-series'))?.split('|')).toEqual([
      '10–90% band',
      'Median',
      'Reorder point',
    ]);
    const rule = page.getByTestId('plan-quantity-rule');
    expect(await rule.getAttribute('data-rule')).toBe('eoq');
    expect(await rule.textContent()).toMatch(
      /economic order quantity .* order cost K = 80\.00, holding rate h = 25/,
    );
    expect(await rule.textContent()).not.toContain('NaN');
    await page.getByTestId('plan-sku-R-2').click();
    await expect.poll(() => rule.getAttribute('data-rule'), eventually).toBe('days-of-demand');
  });

  it('shows the excess-stock exception and the trade-off slider in Chinese', async () => {
    const page = await open('zh-CN');
    await page.getByTestId('tab-exceptions').click();
    await page.getByTestId('exception-excess-stock-R-2').waitFor();
    await page.getByTestId('tab-tradeoff').click();
    await page.getByTestId('chart-tradeoff').waitFor();
    await page.getByTestId('tradeoff-slider').fill('7');
    expect(await page.getByTestId('tradeoff-chosen').textContent()).toContain('99.0%');
    await page.getByTestId('tradeoff-apply').click();
    await expect
      .poll(() => page.getByTestId('tradeoff-message').textContent(), eventually)
      .toContain('2 个 SKU');
  });
});
