import type { ForecastDetail } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { type ForecastChartLabels, forecastChartOption } from './forecast-chart-option.ts';

const detail: ForecastDetail = {
  summary: {
    sku: 'A-1',
    name: '水泵',
    model: 'ets',
    createdAt: '2024-01-04T00:00:00Z',
    horizon: 2,
    historyStart: '2024-01-01',
    historyEnd: '2024-01-03',
    pattern: 'smooth',
    intermittent: false,
    adi: 1,
    cv2: 0.1,
    weeklyCv: 0.2,
    abc: 'A',
    xyz: 'X',
    revenue: 100,
    forecastTotal: 10,
    backtest: null,
  },
  params: { alpha: 0.3 },
  season: 7,
  fingerprint: 'abc',
  upToDate: true,
  history: { days: ['2024-01-01', '2024-01-02', '2024-01-03'], quantity: [3, 4, 5], promotion: [0, 1, 0] },
  forecast: {
    days: ['2024-01-04', '2024-01-05'],
    mean: [5, 6],
    median: [5, 6],
    lower80: [4, 4],
    upper80: [6, 8],
    lower95: [3, 2],
    upper95: [7, 10],
  },
  holidays: [
    {
      key: 'x',
      name: 'New Year',
      nameZh: '元旦',
      day: '2024-01-01',
      breakFirst: '2023-12-30',
      breakLast: '2024-01-01',
    },
    {
      key: 'y',
      name: 'Later',
      nameZh: '后',
      day: '2024-03-01',
      breakFirst: '2024-03-01',
      breakLast: '2024-03-01',
    },
  ],
  promotions: ['2024-01-02'],
  plannedPromotions: ['2024-01-05'],
};

const labels: ForecastChartLabels = {
  history: 'History',
  forecast: 'Forecast',
  band80: '80%',
  band95: '95%',
  promotion: 'Promotion',
  plannedPromotion: 'Planned promotion',
  holidayName: (holiday) => holiday.name,
  axisFormatter: String,
};

describe('forecastChartOption', () => {
  const option = forecastChartOption(detail, labels);
  const series = option.series as {
    name: string;
    data: unknown[];
    stack?: string;
    markArea?: { data: unknown };
  }[];

  it('puts history then forecast days on one axis', () => {
    expect(option.xAxis).toMatchObject({
      data: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'],
    });
    expect(series[0]?.data).toEqual([3, 4, 5, null, null]);
    expect(series[5]?.data).toEqual([null, null, null, 5, 6]);
  });

  it('stacks each band as its lower edge plus its width', () => {
    expect(series[1]).toMatchObject({ stack: 'band95', data: [null, null, null, 3, 2] });
    expect(series[2]).toMatchObject({ stack: 'band95', data: [null, null, null, 4, 8] });
    expect(series[3]).toMatchObject({ stack: 'band80', data: [null, null, null, 4, 4] });
    expect(series[4]).toMatchObject({ stack: 'band80', data: [null, null, null, 2, 4] });
  });

  it('marks past promotions on history, planned ones on the forecast, and the holidays that overlap the axis, clamped to it', () => {
    expect(series[6]?.data).toEqual([['2024-01-02', 4]]);
    expect(series[7]?.data).toEqual([['2024-01-05', 6]]);
    expect(series[0]?.markArea?.data).toEqual([
      [{ name: 'New Year', xAxis: '2024-01-01' }, { xAxis: '2024-01-01' }],
    ]);
  });
});
