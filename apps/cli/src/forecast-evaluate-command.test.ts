import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forecastEvaluate } from './forecast-evaluate-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'zhizao-forecast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};

describe('forecastEvaluate', () => {
  it('scores naive2 on wide files: OWA 1, with series count and seconds', async () => {
    const train = file(
      'train.csv',
      '\uFEFFid,v1,v2,v3,v4,v5,v6\r\n"S 1",10,11,12,13,14,15\r\n"S2",5,4,6,5,7,\r\n',
    );
    const test = file('test.csv', 'id,v1,v2\r\n"S 1",16,17\r\n"S2",6,8\r\n');
    const result = await forecastEvaluate({
      train,
      test,
      horizon: 2,
      season: 1,
      format: 'wide',
      model: 'naive2',
    });
    expect(result.series).toBe(2);
    expect(result.OWA).toBeCloseTo(1, 12);
    expect(result.MAE).toBeCloseTo((1.5 + 1) / 2, 12);
    expect(typeof result.seconds).toBe('number');
  });
  it('scores a long file with auto and reports ids missing from the test file', async () => {
    const rows = ['unique_id,t,y'];
    for (let t = 1; t <= 30; t++) rows.push(`A,${t},${100 + t}`, `B,${t},${50 + (t % 4)}`);
    const train = file('long-train.csv', `${rows.join('\n')}\nC,1,5\n`);
    const test = file('long-test.csv', 'unique_id,t,y\nA,31,131\nA,32,132\nB,31,53\nB,32,50\n');
    const result = await forecastEvaluate({
      train,
      test,
      horizon: 2,
      season: 4,
      format: 'long',
      model: 'auto',
    });
    expect(result.series).toBe(2);
    expect(result.skipped).toEqual(['C']);
    expect(Number(result.sMAPE)).toBeLessThan(5);
  });
  it('rejects an unknown model with the list of models', async () => {
    await expect(
      forecastEvaluate({ train: 'x', test: 'y', horizon: 1, season: 1, format: 'long', model: 'prophet' }),
    ).rejects.toThrow(/unknown model "prophet"/);
  });
});
