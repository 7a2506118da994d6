import type { Alarm } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { telemetryChartOption } from './telemetry-chart-option.ts';

const labels = { average: 'Avg', minMax: 'Range', live: 'Live', score: 'Score', alarm: 'Alarm', unit: '°C' };
const alarm = { id: 'a', name: 'hot', raisedAt: 5_000 } as Alarm;

describe('telemetryChartOption', () => {
  const option = telemetryChartOption(
    {
      series: {
        tag: 't',
        from: 0,
        to: 3_000,
        bucketMs: 1_000,
        ts: [0, 1_000],
        min: [1, 2],
        max: [3, 6],
        avg: [2, 4],
        count: [5, 5],
      },
      live: [[4_000, 7]],
      scores: [[4_000, 0.5]],
      alarms: [alarm],
    },
    labels,
  );
  const series = option.series as { name: string; data: unknown; markLine?: { data: unknown } }[];

  it('stacks the bucket spread on the minimum and draws the average', () => {
    expect(series[0]?.data).toEqual([
      [0, 1],
      [1_000, 2],
    ]);
    expect(series[1]?.data).toEqual([
      [0, 2],
      [1_000, 4],
    ]);
    expect(series[2]?.data).toEqual([
      [0, 2],
      [1_000, 4],
    ]);
  });

  it('adds the live tail, the score on the second axis and a marker per alarm', () => {
    expect(series[3]?.data).toEqual([[4_000, 7]]);
    expect(series[4]).toMatchObject({ yAxisIndex: 1, data: [[4_000, 0.5]] });
    expect(series[2]?.markLine?.data).toEqual([{ name: 'hot', xAxis: 5_000 }]);
  });

  it('draws only the live tail when there is no history', () => {
    const empty = telemetryChartOption({ series: null, live: [], scores: [], alarms: [] }, labels);
    expect((empty.series as { data: unknown[] }[]).map((item) => item.data.length)).toEqual([0, 0, 0, 0, 0]);
  });
});
