import type { PlanDetail, PlanList } from '@zhizao/contract';
import { ManualClock } from '@zhizao/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/test-server.ts';
import { createPlanningService, type PlanningService } from './index.ts';
import { seedForecast, seedItems, seedPoissonSales, TODAY } from './planning-test-data.ts';

const base = { price: null, moq: 0, packSize: 0, onOrder: 0 };

describe('planning API on a real DuckDB file', () => {
  let test: TestApp;
  let service: PlanningService;

  beforeEach(async () => {
    test = await createTestApp({
      planning: { clock: new ManualClock(TODAY * 86_400_000 + 8 * 3_600_000), debounceMs: 0, paths: 100 },
    });
    const { database } = test.context;
    service = test.context.planning;
    await seedItems(database, [
      // Forecast 10/day, 80% interval 6–14; 20 on hand, 7-day lead time: order now.
      { ...base, sku: 'A-FCST', unitCost: 10, price: 15, leadTimeDays: 7, onHand: 20 },
      // No forecast, Poisson(5) sales; 500 on hand is far above need: excess stock.
      { ...base, sku: 'B-HIST', unitCost: 2, leadTimeDays: 5, moq: 50, packSize: 12, onHand: 500 },
      { ...base, sku: 'C-NEGLT', unitCost: 3, leadTimeDays: -3, onHand: 5 },
      { ...base, sku: 'D-NOCOST', unitCost: 0, leadTimeDays: 3, onHand: 5 },
      { ...base, sku: 'E-NODATA', unitCost: 4, leadTimeDays: 3, onHand: 5 },
    ]);
    await seedForecast(database, { sku: 'A-FCST', mean: 10, p10: 6, p90: 14, days: 56, fingerprint: 'fp-a' });
    await seedPoissonSales(database, { sku: 'B-HIST', mean: 5, days: 120, seed: 3 });
  });

  afterEach(async () => {
    await test.close();
  });

  const get = async (url: string) => test.app.inject({ method: 'GET', url });
  const plan = async (sku: string) => (await get(`/api/plans/${sku}`)).json<PlanDetail>();

  it('plans from forecasts, falls back to sales history and records bad input as problems', async () => {
    const run = await test.app.inject({ method: 'POST', url: '/api/plans/run', payload: {} });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ target: { kind: 'fill-rate', level: 0.95 }, skus: 5, problems: 3 });

    const a = await plan('A-FCST');
    expect(a).toMatchObject({ status: 'ok', source: 'forecast', orderDate: '2026-03-01', note: null });
    expect(a.leadTimeDemandMean).toBeCloseTo(70, 6);
    expect(a.orderQuantity).toBe(140);
    // Daily review, gamma LTD with mean 70 and sd 1.56·√7: a 95% fill rate with Q = 140 needs r near the mean.
    expect(a.reorderPoint).toBeGreaterThanOrEqual(60);
    expect(a.reorderPoint).toBeLessThanOrEqual(75);
    expect(a.orderUpTo).toBe((a.reorderPoint ?? 0) + 140);
    expect(a.suggestedQuantity).toBe(140);
    expect(a.expectedFillRate).toBeGreaterThanOrEqual(0.95);
    expect(a.expectedFillRate).toBeLessThan(0.97);
    expect(a.stockoutRisk).toBeGreaterThan(0.99);
    expect(a.valueAtRisk).toBeCloseTo(50 * 15, 0);
    expect(a.inputs).toMatchObject({
      forecastFingerprint: 'fp-a',
      unitCost: 10,
      leadTimeDays: 7,
      cycleDays: 14,
    });
    expect(a.projection).toHaveLength(56);
    expect(a.projection[0]).toMatchObject({ day: '2026-03-01' });
    for (const point of a.projection) expect(point.p10).toBeLessThanOrEqual(point.p90);
    // The first order (140) arrives on day 8: stock is out before it; ~60 backordered units are then served.
    expect(a.projection[6]?.p50).toBe(0);
    expect(a.projection[9]?.p50).toBeGreaterThan(40);
    expect(a.projection[9]?.p50).toBeLessThan(80);

    const b = await plan('B-HIST');
    expect(b).toMatchObject({ status: 'ok', source: 'sales-history', inputs: { forecastFingerprint: null } });
    expect(b.note).toContain('120 days of sales history');
    expect(b.orderQuantity).toBe(72);
    expect(b.excessValue).toBeGreaterThan(400);

    const c = await plan('C-NEGLT');
    expect(c).toMatchObject({ status: 'problem', reorderPoint: null, problem: { field: 'lead_time_days' } });
    expect(c.problem?.message).toContain('C-NEGLT');
    expect((await plan('D-NOCOST')).problem).toMatchObject({ field: 'unit_cost' });
    expect((await plan('E-NODATA')).problem?.message).toBe(
      'SKU E-NODATA: no forecast and 0 days of sales history (need 28)',
    );
    expect((await get('/api/plans/NOPE')).statusCode).toBe(404);
  });

  it('pages, sorts and filters plans, ranks exceptions and draws the trade-off curve', async () => {
    await service.run();
    const page = (await get('/api/plans?pageSize=2&sort=valueAtRisk&order=desc')).json<PlanList>();
    expect(page.total).toBe(5);
    expect(page.items.map((p) => p.sku)).toEqual(['A-FCST', 'B-HIST']);
    expect(page.items[0]).not.toHaveProperty('projection');
    const problems = (await get('/api/plans?status=problem&sort=sku&order=asc')).json<PlanList>();
    expect(problems.items.map((p) => p.sku)).toEqual(['C-NEGLT', 'D-NOCOST', 'E-NODATA']);
    const due = (await get('/api/plans?toOrder=true')).json<PlanList>();
    expect(due.items.map((p) => p.sku)).toEqual(['A-FCST']);
    expect((await get('/api/plans?search=hist')).json<PlanList>().total).toBe(1);

    const exceptions = (await get('/api/plans/exceptions')).json<{
      items: { sku: string; kind: string; value: number }[];
    }>();
    expect(exceptions.items.map((e) => [e.sku, e.kind])).toEqual([
      ['A-FCST', 'stockout-risk'],
      ['B-HIST', 'excess-stock'],
    ]);
    expect(exceptions.items[0]?.value).toBeGreaterThan(exceptions.items[1]?.value ?? 0);

    const tradeoff = (await get('/api/plans/tradeoff')).json<{
      skus: number;
      points: { level: number; inventoryValue: number }[];
    }>();
    expect(tradeoff.skus).toBe(2);
    expect(tradeoff.points.map((p) => p.level)).toEqual([
      0.8, 0.85, 0.9, 0.925, 0.95, 0.97, 0.98, 0.99, 0.995,
    ]);
    for (let i = 1; i < tradeoff.points.length; i++)
      expect(tradeoff.points[i]?.inventoryValue).toBeGreaterThanOrEqual(
        tradeoff.points[i - 1]?.inventoryValue ?? 0,
      );
    const cycle = (await get('/api/plans/tradeoff?kind=cycle-service-level')).json<{
      points: { inventoryValue: number }[];
    }>();
    // At the same level a cycle-service target needs more stock than a fill-rate target.
    expect(cycle.points[8]?.inventoryValue).toBeGreaterThan(tradeoff.points[8]?.inventoryValue ?? 0);
  });

  it('recomputes for a new target, lead-time variability and changed stock', async () => {
    await service.run();
    const fill = await plan('A-FCST');
    await test.app.inject({
      method: 'POST',
      url: '/api/plans/run',
      payload: { target: { kind: 'cycle-service-level', level: 0.99 } },
    });
    const cycle = await plan('A-FCST');
    expect(cycle.target).toEqual({ kind: 'cycle-service-level', level: 0.99 });
    expect(cycle.expectedCycleService).toBeGreaterThanOrEqual(0.99);
    expect(cycle.reorderPoint).toBeGreaterThan(fill.reorderPoint ?? 0);

    await service.run({ target: { kind: 'fill-rate', level: 0.95 }, leadTimeCv: 0.3 });
    expect((await plan('A-FCST')).reorderPoint).toBeGreaterThan(fill.reorderPoint ?? 0);

    const impossible = await test.app.inject({
      method: 'POST',
      url: '/api/plans/run',
      payload: { target: { kind: 'fill-rate', level: 1 }, leadTimeCv: 0 },
    });
    expect(impossible.json()).toMatchObject({ problems: 4 });
    const a = await plan('A-FCST');
    expect(a).toMatchObject({
      status: 'problem',
      expectedFillRate: null,
      problem: { field: 'target.level' },
    });
    expect(a.problem?.message).toMatch(/^SKU A-FCST: .*100% is unreachable/);

    await service.run({ target: { kind: 'fill-rate', level: 0.95 } });
    await test.context.database.run("UPDATE items SET on_hand = 1000 WHERE sku = 'A-FCST'");
    service.notifyChanged();
    await service.idle();
    const restocked = await plan('A-FCST');
    expect(restocked.orderDate).not.toBe('2026-03-01');
    expect(restocked.stockoutRisk).toBe(0);
  });

  it('plans on start and notices unannounced changes to its inputs', async () => {
    const watcher = createPlanningService({
      database: test.context.database,
      logger: test.context.logger,
      clock: new ManualClock(TODAY * 86_400_000),
      debounceMs: 0,
      paths: 20,
      pollMs: 20,
    });
    await watcher.start();
    expect((await plan('A-FCST')).orderDate).toBe('2026-03-01');
    await test.context.database.run("UPDATE items SET on_hand = 1000 WHERE sku = 'A-FCST'");
    await expect
      .poll(async () => (await plan('A-FCST')).stockoutRisk, { timeout: 10_000, interval: 50 })
      .toBe(0);
    await watcher.stop();
  });

  it('sets EOQ lots where order cost and holding rate are known and reports the rule', async () => {
    await seedItems(test.context.database, [
      // 1200/yr forecast, K = 50, h = 20%/yr of 10: Q* = √60000 ≈ 244.95 → packs of 50 → 250.
      {
        ...base,
        sku: 'F-EOQ',
        unitCost: 10,
        leadTimeDays: 7,
        packSize: 50,
        onHand: 0,
        orderCost: 50,
        holdingRate: 0.2,
      },
      { ...base, sku: 'G-BADRATE', unitCost: 10, leadTimeDays: 7, onHand: 0, orderCost: 50, holdingRate: 0 },
    ]);
    const perDay = 1200 / 365;
    await seedForecast(test.context.database, {
      sku: 'F-EOQ',
      mean: perDay,
      p10: perDay - 1,
      p90: perDay + 1,
      days: 56,
      fingerprint: 'fp-f',
    });
    await service.run();
    const f = await plan('F-EOQ');
    expect(f).toMatchObject({ status: 'ok', quantityRule: 'eoq', orderQuantity: 250 });
    expect(f.eoqQuantity).toBeCloseTo(244.95, 2);
    expect(f.inputs).toMatchObject({ orderCost: 50, holdingRate: 0.2, annualDemand: 1200 });
    expect(f.expectedFillRate).toBeGreaterThanOrEqual(0.95);
    const a = await plan('A-FCST');
    expect(a).toMatchObject({ quantityRule: 'days-of-demand', eoqQuantity: null, orderQuantity: 140 });
    expect(a.inputs).toMatchObject({ orderCost: null, holdingRate: null, annualDemand: null });
    const list = (await get('/api/plans?search=F-EOQ')).json<PlanList>();
    expect(list.items[0]).toMatchObject({ quantityRule: 'eoq', orderQuantity: 250 });
    expect((await plan('G-BADRATE')).problem).toEqual({
      field: 'holding_rate',
      message: 'SKU G-BADRATE: holding_rate must be a yearly rate in (0, 5] such as 0.25, got 0',
    });
    const csv = (await get('/api/plans/export?format=csv')).body.trim().split('\r\n');
    expect(csv.find((line) => line.startsWith('F-EOQ,'))).toMatch(/,250,10,2500,.*,forecast,eoq,244\.95$/);
  });

  it('still serves plans stored before the quantity rule was recorded', async () => {
    await service.run();
    const { database } = test.context;
    const [row] = await database.query<{ plan: string }>("SELECT plan FROM plans WHERE sku = 'A-FCST'");
    const { quantityRule: _rule, eoqQuantity: _eoq, ...old } = JSON.parse(row?.plan ?? '{}') as PlanDetail;
    const { orderCost: _k, holdingRate: _h, annualDemand: _d, ...oldInputs } = old.inputs;
    await database.run("UPDATE plans SET plan = ? WHERE sku = 'A-FCST'", [
      JSON.stringify({ ...old, inputs: oldInputs }),
    ]);
    const response = await get('/api/plans/A-FCST');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      quantityRule: null,
      eoqQuantity: null,
      inputs: { orderCost: null, holdingRate: null, annualDemand: null },
    });
    expect((await get('/api/plans?search=A-FCST')).json<PlanList>().items[0]?.quantityRule).toBeNull();
    expect((await get('/api/plans/export?format=csv')).body).toMatch(/\r\nA-FCST,.*,forecast,,\r\n/);
  });

  it('exports purchase suggestions as CSV and Excel', async () => {
    await service.run();
    const csv = await get('/api/plans/export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'sku,name,orderDate,suggestedQuantity,unitCost,orderValue,onHand,onOrder,reorderPoint,orderUpTo,expectedFillRate,source,quantityRule,eoqQuantity',
    );
    expect(lines[1]).toMatch(/^A-FCST,Item A-FCST,2026-03-01,\d+,10,/);
    const xlsx = await get('/api/plans/export?format=xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
