import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, type TestApp } from './test-server.ts';

const GOOD_SALES = 'sku,date,quantity\nP-1,2024-01-01,3\nP-1,2024-01-02,4\nP-2,2024-01-01,1\n';
const BAD_SALES = 'sku,date,quantity\nP-1,2024-01-01,3\nP-1,not-a-date,4\nP-2,2024-01-03,-1\n';

describe('import API on a real DuckDB file', () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await createTestApp();
  });
  afterEach(async () => {
    await test.close();
  });

  async function upload(kind: string, fileName: string, content: string) {
    const { body, contentType } = multipartFile(fileName, content);
    return test.app.inject({
      method: 'POST',
      url: `/api/imports?kind=${kind}`,
      headers: { 'content-type': contentType },
      body,
    });
  }

  it('stores a good file and reports its rows', async () => {
    const response = await upload('sales', 'sales.csv', GOOD_SALES);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'sales',
      fileName: 'sales.csv',
      rowCount: 3,
      alreadyImported: false,
    });
    const series = await test.app.inject({ method: 'GET', url: '/api/items/P-1/sales' });
    expect(series.json()).toEqual({
      sku: 'P-1',
      days: ['2024-01-01', '2024-01-02'],
      quantity: [3, 4],
      promotion: [0, 0],
    });
  });

  it('rejects a file with a bad row whole, naming row, column, value and reason', async () => {
    const response = await upload('sales', 'bad.csv', BAD_SALES);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.details.fileName).toBe('bad.csv');
    expect(body.details.problemCount).toBe(2);
    expect(body.details.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'date', value: 'not-a-date' }),
      expect.objectContaining({ row: 4, column: 'quantity', value: '-1' }),
    ]);
    const rows = await test.context.database.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM sales');
    expect(rows[0]?.n).toBe(0);
  });

  it('does not duplicate data when the same file or overlapping rows come again', async () => {
    await upload('sales', 'sales.csv', GOOD_SALES);
    const again = await upload('sales', 'sales-copy.csv', GOOD_SALES);
    expect(again.json()).toMatchObject({ alreadyImported: true, rowCount: 3 });
    const overlapping = await upload('sales', 'fix.csv', 'sku,date,quantity\nP-1,2024-01-02,9\n');
    expect(overlapping.statusCode).toBe(200);
    const rows = await test.context.database.query<{ n: number; total: number }>(
      'SELECT count(*)::DOUBLE AS n, sum(quantity) AS total FROM sales',
    );
    expect(rows[0]).toEqual({ n: 3, total: 13 });
    const history = await test.app.inject({ method: 'GET', url: '/api/imports' });
    expect(
      history
        .json()
        .map((entry: { fileName: string }) => entry.fileName)
        .sort(),
    ).toEqual(['fix.csv', 'sales.csv']);
  });

  it('imports an item master with Chinese headers and shows it in the overview', async () => {
    const items = '物料编码,名称,单位成本,提前期,现有库存\nA-1,水泵,12.5,14,10\nA-2,阀门,3,7,100\n';
    expect((await upload('items', '物料.csv', items)).statusCode).toBe(200);
    const overview = (await test.app.inject({ method: 'GET', url: '/api/overview' })).json();
    expect(overview.counts.skus).toBe(2);
    expect(overview.inventoryValue).toBe(425);
    const list = (await test.app.inject({ method: 'GET', url: '/api/items?search=阀' })).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      sku: 'A-2',
      name: '阀门',
      unitCost: 3,
      leadTimeDays: 7,
      onHand: 100,
    });
  });

  it('files telemetry of unknown machines under the imported plant and replaces repeated points', async () => {
    const first =
      'timestamp,machine,tag,value,unit\n2024-05-01T08:00:00Z,M-7,temp,61.5,°C\n2024-05-01T08:00:01Z,M-7,temp,61.7,°C\n';
    expect((await upload('telemetry', 't1.csv', first)).statusCode).toBe(200);
    const again = 'timestamp,machine,tag,value\n2024-05-01T08:00:01Z,M-7,temp,99\n';
    expect((await upload('telemetry', 't2.csv', again)).statusCode).toBe(200);
    const tree = (await test.app.inject({ method: 'GET', url: '/api/plant' })).json();
    expect(tree.plants).toEqual([
      expect.objectContaining({
        id: 'imported',
        lines: [
          expect.objectContaining({
            machines: [
              expect.objectContaining({ id: 'M-7', tags: [{ id: 'M-7/temp', name: 'temp', unit: '°C' }] }),
            ],
          }),
        ],
      }),
    ]);
    const points = await test.context.database.query<{ value: number }>(
      "SELECT value FROM telemetry WHERE tag_id = 'M-7/temp' ORDER BY ts",
    );
    expect(points.map((point) => point.value)).toEqual([61.5, 99]);
  });

  it('answers unknown routes and bad queries with the one error shape', async () => {
    const missing = await test.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    const bad = await test.app.inject({ method: 'POST', url: '/api/imports?kind=cats' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
