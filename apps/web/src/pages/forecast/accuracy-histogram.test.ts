import { describe, expect, it } from 'vitest';
import { histogram, histogramOption, maseEdges } from './accuracy-histogram.ts';

describe('histogram', () => {
  it('puts each value in the half-open bin below its upper edge and the rest in the open last bin', () => {
    const bins = histogram([0.1, 0.5, 0.99, 1, 2.5, 3, 40, Number.NaN], maseEdges);
    expect(bins.map((bin) => bin.count)).toEqual([1, 1, 1, 1, 0, 0, 1, 2]);
    expect(bins.map((bin) => bin.label)).toEqual([
      '0–0.5',
      '0.5–0.75',
      '0.75–1',
      '1–1.25',
      '1.25–1.5',
      '1.5–2',
      '2–3',
      '≥ 3',
    ]);
    expect(bins.map((bin) => bin.good)).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('gives empty bins for no values', () => {
    expect(histogram([], [1]).map((bin) => bin.count)).toEqual([0, 0]);
  });

  it('colours the bars by whether they beat the naive forecast', () => {
    const option = histogramOption(histogram([0.2, 5], [1]), 'SKUs');
    expect(option.series).toEqual([
      expect.objectContaining({
        data: [
          { value: 1, itemStyle: { color: '#10b981' } },
          { value: 1, itemStyle: { color: '#f59e0b' } },
        ],
      }),
    ]);
  });
});
