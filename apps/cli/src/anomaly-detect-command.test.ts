import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '@zhizao/core';
import { RANGE_NOVELTY_TOLERANCE, rangeNoveltyScore } from '@zhizao/monitor';
import { afterAll, describe, expect, it } from 'vitest';
import { anomalyDetect, noveltyLearningRows, parseNumber, parseTimestamp } from './anomaly-detect-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'zhizao-anomaly-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A SKAB-like file: semicolon separated, BOM, label columns, a 4-sigma shift of one tag at row 800. */
function skabLike(rows: number): string {
  const rng = seededRandom(42);
  const lines = ['\uFEFFdatetime;Accelerometer1RMS;Current;Pressure;anomaly;changepoint'];
  for (let i = 0; i < rows; i++) {
    const t = new Date(Date.UTC(2020, 2, 9, 10, 0, i)).toISOString().replace('T', ' ').slice(0, 19);
    const shift = i >= 800 ? 4 : 0;
    const label = i >= 800 ? 1 : 0;
    const a = (0.2 + 0.01 * rng.normal()).toFixed(5);
    const c = (1.5 + 0.05 * rng.normal() + 0.05 * shift).toFixed(5);
    const p = (0.05 + 0.002 * rng.normal()).toFixed(5);
    lines.push(`${t};${a};${c};${p};${label};${label}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('CSV helpers', () => {
  it('parses numbers with decimal commas and ISO-like timestamps', () => {
    expect(parseNumber(' 1.25 ')).toBe(1.25);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(Number.isNaN(parseNumber(''))).toBe(true);
    expect(Number.isNaN(parseNumber('abc'))).toBe(true);
    expect(parseTimestamp('2020-03-09 10:14:33')).toBe(Date.parse('2020-03-09T10:14:33'));
    expect(parseTimestamp('1700000000000')).toBe(1_700_000_000_000);
  });
});

describe('anomalyDetect', () => {
  it('scores a SKAB-like file row by row, ignoring label columns, and flags the shift', async () => {
    const input = path.join(dir, 'skab.csv');
    const output = path.join(dir, 'scores.csv');
    writeFileSync(input, skabLike(1000));
    await anomalyDetect({ file: input, format: 'csv', output });
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('timestamp,score');
    expect(lines).toHaveLength(1001);
    expect(lines[1]).toBe('2020-03-09 10:00:00,0');
    const scores = lines.slice(1).map((line) => Number(line.split(',')[1]));
    const falseAlarms = scores.slice(200, 800).filter((s) => s >= 0.99).length;
    expect(falseAlarms).toBeLessThanOrEqual(12);
    const first = scores.findIndex((s, i) => i >= 800 && s >= 0.999);
    expect(first).toBeGreaterThanOrEqual(800);
    expect(first - 800).toBeLessThan(5);
    // The whole abnormal period stays flagged, not just its onset.
    const flagged = scores.slice(800).filter((s) => s >= 0.99).length;
    expect(flagged / 200).toBeGreaterThan(0.8);
  });

  it('with --detector novelty, learns on the first 15% of rows, then flags the shift at its onset', async () => {
    const input = path.join(dir, 'skab-novelty.csv');
    const output = path.join(dir, 'scores-novelty.csv');
    writeFileSync(input, skabLike(1000));
    await anomalyDetect({ file: input, format: 'csv', output, detector: 'novelty' });
    const scores = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(',')[1]));
    expect(scores).toHaveLength(1000);
    expect(noveltyLearningRows(1000)).toBe(150);
    expect(scores.slice(0, 150).every((score) => score === 0)).toBe(true);
    const tolerance = rangeNoveltyScore(RANGE_NOVELTY_TOLERANCE);
    const onset = scores.findIndex((score, i) => i >= 800 && score >= tolerance);
    expect(onset - 800).toBeGreaterThanOrEqual(0);
    expect(onset - 800).toBeLessThan(5);
    expect(Math.max(...scores.slice(800, 805))).toBeGreaterThan(Math.max(...scores.slice(150, 800)));
  });

  it('rejects an unknown detector by name', async () => {
    const input = path.join(dir, 'skab-bad.csv');
    writeFileSync(input, skabLike(50));
    await expect(
      anomalyDetect({ file: input, format: 'csv', detector: 'magic' as 'novelty' }),
    ).rejects.toThrow(/detector must be one of combined, novelty; got magic/);
  });

  it('writes JSON and honours explicit columns', async () => {
    const input = path.join(dir, 'plain.csv');
    const rows = ['time,a,b'];
    for (let i = 0; i < 150; i++) rows.push(`${i},${Math.sin(i)},${i % 7}`);
    writeFileSync(input, rows.join('\n'));
    const output = path.join(dir, 'scores.json');
    await anomalyDetect({ file: input, format: 'json', output, columns: ['b'], timestamp: 'time' });
    const parsed = JSON.parse(readFileSync(output, 'utf8')) as { timestamp: string; score: number }[];
    expect(parsed).toHaveLength(150);
    expect(parsed[3]).toEqual({ timestamp: '3', score: 0 });
  });

  it('names the missing column in its error', async () => {
    const input = path.join(dir, 'bad.csv');
    writeFileSync(input, 'ts,x\n1,2\n');
    await expect(anomalyDetect({ file: input, format: 'csv', columns: ['y'] })).rejects.toThrow(
      /tag column "y" not found; columns are: ts, x/,
    );
  });
});
