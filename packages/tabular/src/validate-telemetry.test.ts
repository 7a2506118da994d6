// Telemetry validation in long and wide format, split date/time columns and the reported problems.
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { validateTelemetry } from './validate-telemetry.ts';

const t0 = Date.UTC(2024, 2, 5, 8, 0);

describe('validateTelemetry', () => {
  it('reads long format with units; zone-less times are UTC', () => {
    const csv = [
      '时间,设备,测点,数值,单位',
      '2024-03-05 08:00:00,CNC-01,spindle_temp,"41,5",℃',
      '2024-03-05T16:00:00+08:00,CNC-01,spindle_load,"0,75",',
    ].join('\n');
    const result = validateTelemetry(parseCsv(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowCount).toBe(2);
    expect(Array.from(result.data.timestamp)).toEqual([t0, t0]);
    expect(result.data.machine).toEqual(['CNC-01', 'CNC-01']);
    expect(result.data.tag).toEqual(['spindle_temp', 'spindle_load']);
    expect(Array.from(result.data.value)).toEqual([41.5, 0.75]);
    expect(result.data.unit).toEqual(['℃', '']);
  });

  it('unpivots wide format, splitting units from headers and skipping empty cells and text columns', () => {
    const csv = [
      'timestamp,machine,温度(℃),pressure [bar],remark',
      '2024-03-05T08:00:00Z,M1,40.5,2.5,ok',
      '2024-03-05T08:01:00Z,M1,,2.6,check',
    ].join('\n');
    const result = validateTelemetry(parseCsv(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowCount).toBe(3);
    expect(Array.from(result.data.timestamp)).toEqual([t0, t0, t0 + 60_000]);
    expect(result.data.tag).toEqual(['温度', 'pressure', 'pressure']);
    expect(result.data.unit).toEqual(['℃', 'bar', 'bar']);
    expect(Array.from(result.data.value)).toEqual([40.5, 2.5, 2.6]);
    expect(result.data.machine).toEqual(['M1', 'M1', 'M1']);
  });

  it('reports bad timestamps, missing machines and text in a tag column', () => {
    const csv = [
      'ts,machine,temp',
      '2024-03-05 08:00,M1,40',
      'yesterday,M1,41',
      '2024-03-05 08:02,,42',
      '2024-03-05 08:03,M1,hot',
      ',M1,44',
    ].join('\n');
    const result = validateTelemetry(parseCsv(csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'ts', 'not_a_timestamp'],
      [6, 'ts', 'required'],
      [4, 'machine', 'required'],
      [5, 'temp', 'not_a_number'],
    ]);
    expect(result.report.problems[0]?.reasonZh).toBe('时间不是可识别的日期时间（例如 2024-03-05 08:30:00）');
    expect(result.report.problems[3]?.reason).toBe('temp must be a number');
  });

  it('reports a wide file without numeric columns and a long file with a bad value', () => {
    const wide = validateTelemetry(parseCsv('ts,machine,note\n2024-03-05 08:00,M1,fine\n'));
    expect(!wide.ok && wide.report.problems.map((p) => p.code)).toEqual(['no_tag_columns']);
    const long = validateTelemetry(parseCsv('ts,machine,tag,value\n2024-03-05 08:00,M1,t,\n'));
    expect(!long.ok && long.report.problems.map((p) => [p.column, p.code])).toEqual([['value', 'required']]);
  });

  it('joins a separate date column to time-of-day values', () => {
    const csv = ['日期,时间,机台,温度', '2024-03-05,08:00:00,M1,40', '2024-03-05,08:00:30,M1,41'].join('\n');
    const result = validateTelemetry(parseCsv(csv));
    expect(result.ok && Array.from(result.data.timestamp)).toEqual([t0, t0 + 30_000]);
    expect(result.ok && result.data.tag).toEqual(['温度', '温度']);
  });
});
