/** End-to-end: telemetry posted over HTTP reaches the machine tree and the live chart; an alarm is acknowledged. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDashboard, startServer, type TestServer } from './harness.ts';

const eventually = { timeout: 20_000, interval: 100 };
const TAG = 'press-1/temperature';
const RULE = 'Press 1 overheating';

async function post(server: TestServer, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.ok, `${path}: ${text}`).toBe(true);
  return JSON.parse(text) as unknown;
}

async function ingest(server: TestServer, values: readonly number[], end = Date.now()): Promise<void> {
  const points = values.map((value, index) => ({
    tag: TAG,
    value,
    unit: '°C',
    ts: end - (values.length - 1 - index) * 1_000,
  }));
  const result = (await post(server, '/api/telemetry/ingest', { points })) as { accepted: number };
  expect(result.accepted).toBe(values.length);
}

describe('equipment monitoring in the dashboard', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // Ten minutes of history, then an alarm rule on the tag.
    await ingest(
      server,
      Array.from({ length: 600 }, (_, index) => 60 + 5 * Math.sin(index / 30)),
      Date.now() - 5_000,
    );
    await post(server, '/api/alarm-rules', {
      name: RULE,
      tag: TAG,
      severity: 'critical',
      condition: { kind: 'threshold', above: 90 },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function openEquipment(locale: string): Promise<Page> {
    return openDashboard(browser, server, { locale, route: 'equipment' });
  }

  it('shows the machine in the tree and draws live points from the stream', async () => {
    const page = await openEquipment('en-US');
    const machine = page.getByTestId('machine-press-1');
    await expect.poll(() => machine.getAttribute('data-state'), eventually).toBe('ok');
    await machine.click();
    const chart = page.getByTestId('chart-live');
    await chart.waitFor();
    expect(await chart.getAttribute('data-series')).toContain('Live');
    await expect
      .poll(() => page.getByTestId('live-status').getAttribute('data-connected'), eventually)
      .toBe('true');
    const liveCount = async (): Promise<number> =>
      Number(await page.getByTestId('live-count').getAttribute('data-count'));
    // Keep publishing until the stream has delivered points to the chart.
    await expect
      .poll(async () => {
        await ingest(server, [61, 62, 63]);
        return liveCount();
      }, eventually)
      .toBeGreaterThan(0);
    expect(await page.getByTestId('latest-values').textContent()).toContain(TAG);
  });

  it('raises an alarm that shows on the machine and can be acknowledged', async () => {
    const page = await openEquipment('zh-CN');
    await page.getByTestId('machine-press-1').click();
    await page.getByTestId('chart-live').waitFor();
    await ingest(server, [95, 96]);
    const list = page.getByTestId('alarm-list');
    await expect.poll(() => list.textContent(), eventually).toContain(RULE);
    await expect
      .poll(() => page.getByTestId('machine-press-1').getAttribute('data-state'), eventually)
      .toBe('alarm');
    const row = list.locator('tr[data-state="active"]').first();
    expect(await row.textContent()).toContain('严重');
    await row.getByTestId('alarm-acknowledge').click();
    await page.getByTestId('alarm-filter').selectOption('acknowledged');
    await expect
      .poll(() => list.locator('tr[data-state="acknowledged"]').count(), eventually)
      .toBeGreaterThan(0);
    expect(await list.textContent()).toContain('已确认');
  });

  it('lists connectors and adds a demo connector that reports its state', async () => {
    const page = await openEquipment('en-US');
    await page.getByTestId('tab-connectors').click();
    await page.getByTestId('connector-kind').selectOption('demo');
    await page.getByTestId('connector-name').fill('Bench feed');
    await page.getByTestId('connector-add').click();
    await expect
      .poll(() => page.getByTestId('connector-outcome').textContent(), eventually)
      .toContain('Bench feed');
    const list = page.getByTestId('connector-list');
    await expect.poll(() => list.textContent(), eventually).toContain('Bench feed');
    const row = list.locator('tr', { hasText: 'Bench feed' });
    await expect.poll(() => row.getByTestId('connector-status').textContent(), eventually).toBe('connected');
    await row.getByTestId('connector-remove').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => list.textContent(), eventually).not.toContain('Bench feed');
  });
});
