import { seededRandom } from '@zhizao/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForecastTestApp, type ForecastTestApp } from './forecast-test-app.ts';
import { seedSales } from './forecast-test-data.ts';

/** 2024-03-04 (a Monday); 140 days of history end on 2024-07-21 (a Sunday). */
const START = 19_786;
const DAYS = 140;

/** Weekly demand with a 5-day promotion (× 2) every 28 days: 5 promotion events in the history. */
function promotedDemand(): { quantities: number[]; promotionDays: number[] } {
  const random = seededRandom(21);
  const promotionDays: number[] = [];
  for (let start = 7; start < DAYS; start += 28) for (let k = 0; k < 5; k++) promotionDays.push(start + k);
  const promoted = new Set(promotionDays);
  const quantities = Array.from({ length: DAYS }, (_, t) =>
    random.poisson((t % 7 >= 5 ? 8 : 25) * (promoted.has(t) ? 2 : 1)),
  );
  return { quantities, promotionDays };
}

describe('planned promotions API on a real DuckDB file', () => {
  let test: ForecastTestApp;

  beforeEach(async () => {
    test = await createForecastTestApp({});
    await seedSales(
      test.context.database,
      [{ sku: 'P-PROMO', startDay: START, ...promotedDemand() }],
      ['U-NEW'],
    );
  });

  afterEach(async () => {
    await test.close();
  });

  const get = async (url: string) => test.app.inject({ method: 'GET', url });
  const put = async (payload: Record<string, unknown>) =>
    test.app.inject({ method: 'PUT', url: '/api/forecasts/promotions', payload });

  it('stores a plan, marks the forecast stale, refits with the promotion lift and shows the planned days', async () => {
    test.service.start();
    await test.service.idle();
    const before = (await get('/api/forecasts/P-PROMO')).json();
    expect(before.upToDate).toBe(true);
    expect(before.plannedPromotions).toEqual([]);
    expect(String(before.params.regressors)).toContain('promotion');
    const lift = before.params['effect.promotion'] as number;
    expect(lift).toBeGreaterThan(1.6);
    expect(lift).toBeLessThan(2.4);

    // History ends Sunday 2024-07-21; plan Monday 07-29 to Wednesday 07-31 (forecast days 8–10).
    const saved = await put({
      sku: 'P-PROMO',
      promotions: [{ from: '2024-07-29', to: '2024-07-31', note: 'summer campaign' }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      refit: true,
      items: [{ sku: 'P-PROMO', from: '2024-07-29', to: '2024-07-31', note: 'summer campaign' }],
    });
    expect((await get('/api/forecasts/P-PROMO')).json().upToDate).toBe(false);
    await test.service.idle();
    expect(test.service.status().lastRun).toMatchObject({ forecasted: 1, upToDate: 0 });

    const after = (await get('/api/forecasts/P-PROMO')).json();
    expect(after.upToDate).toBe(true);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.plannedPromotions).toEqual(['2024-07-29', '2024-07-30', '2024-07-31']);
    const mean = after.forecast.mean as number[];
    const days = after.forecast.days as string[];
    const monday = days.indexOf('2024-07-29');
    expect(monday).toBe(7);
    // Same weekdays a week earlier, without a promotion, against the planned ones.
    for (let k = 0; k < 3; k++) {
      expect(mean[monday + k]! / mean[monday + k - 7]!).toBeCloseTo(after.params['effect.promotion'], 1);
      expect(mean[monday + k]!).toBeGreaterThan(before.forecast.mean[monday + k] * 1.4);
    }

    const listed = (await get('/api/forecasts/promotions?sku=P-PROMO')).json();
    expect(listed.items).toHaveLength(1);
    expect((await get('/api/forecasts/promotions')).json().items).toHaveLength(1);
    const cleared = await put({ sku: 'P-PROMO', promotions: [] });
    expect(cleared.json()).toEqual({ items: [], refit: true });
    await test.service.idle();
    expect((await get('/api/forecasts/P-PROMO')).json().plannedPromotions).toEqual([]);
  });

  it('rejects reversed, invalid or too long ranges and unknown SKUs; accepts an item without sales', async () => {
    const reversed = await put({ sku: 'P-PROMO', promotions: [{ from: '2024-08-05', to: '2024-08-01' }] });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().message).toContain('promotions[0].to (2024-08-01) is before from (2024-08-05)');
    const invalid = await put({ sku: 'P-PROMO', promotions: [{ from: '2024-02-30', to: '2024-03-01' }] });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().message).toContain('promotions[0].from must be a date');
    const long = await put({ sku: 'P-PROMO', promotions: [{ from: '2024-01-01', to: '2025-06-01' }] });
    expect(long.statusCode).toBe(422);
    expect(long.json().message).toContain('spans 518 days; at most 366');
    const malformed = await put({ sku: 'P-PROMO', promotions: [{ from: '29.07.2024', to: '2024-07-31' }] });
    expect(malformed.statusCode).toBe(400);
    const unknown = await put({ sku: 'NOPE', promotions: [{ from: '2024-08-01', to: '2024-08-02' }] });
    expect(unknown.statusCode).toBe(404);
    const unsold = await put({ sku: 'U-NEW', promotions: [{ from: '2024-08-01', to: '2024-08-02' }] });
    expect(unsold.statusCode).toBe(200);
    expect((await get('/api/forecasts/promotions')).json().items.map((p: { sku: string }) => p.sku)).toEqual([
      'U-NEW',
    ]);
    await test.service.idle();
  });
});
