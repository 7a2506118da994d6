import { dayFromIso, springFestivalDay } from '@zhizao/calendar';
import { describe, expect, it } from 'vitest';
import type { SalesChunk } from './sales.ts';
import { DEFAULT_END_DAY, demandProfiles, generateSales } from './sales.ts';

function collect(chunks: Iterable<SalesChunk>): SalesChunk[] {
  return Array.from(chunks);
}

describe('generateSales', () => {
  const chunks = collect(generateSales());
  const profiles = demandProfiles();
  const endDay = DEFAULT_END_DAY;
  const startDay = endDay - 1095;

  it('ends on 2026-11-28 by default and covers 3 years for established SKUs', () => {
    expect(DEFAULT_END_DAY).toBe(dayFromIso('2026-11-28'));
    expect(chunks.length).toBe(profiles.length);
    expect(chunks.length).toBeGreaterThanOrEqual(300);
    const established = chunks.filter((_, i) => profiles[i]!.lifecycle !== 'new');
    for (const c of established) {
      expect(c.day.length).toBe(1096);
      expect(c.day[0]).toBe(startDay);
      expect(c.day.at(-1)).toBe(endDay);
    }
  });

  it('emits only non-negative whole quantities of plausible size', () => {
    let total = 0;
    let bad = 0;
    for (const c of chunks) {
      for (const q of c.quantity) {
        if (!Number.isInteger(q) || q < 0) bad += 1;
        total += q;
      }
    }
    expect(bad).toBe(0);
    const perDay = total / 1096;
    expect(perDay).toBeGreaterThan(300);
    expect(perDay).toBeLessThan(3000);
  });

  it('is deterministic in the seed', () => {
    const again = collect(generateSales({ skusPerChunk: 50 }));
    // A position-weighted checksum over every row detects any changed, moved or missing value.
    const checksum = (list: SalesChunk[]): number => {
      let sum = 0;
      let position = 0;
      for (const c of list) {
        for (let i = 0; i < c.quantity.length; i += 1) {
          position += 1;
          sum =
            (sum + c.quantity[i]! * ((position % 9973) + 1) + c.promotion[i]! * 7 + (c.day[i]! % 17)) % 1e12;
        }
      }
      return sum + position * 1e12;
    };
    expect(checksum(again)).toBe(checksum(chunks));
    expect(again.length).toBe(Math.ceil(chunks.length / 50));
    expect(again[0]!.sku.length).toBe(again[0]!.quantity.length);
    expect(checksum(collect(generateSales({ seed: 99 })))).not.toBe(checksum(chunks));
  });

  it('makes ~30% of SKUs intermittent with mostly zero days', () => {
    const intermittent = profiles.filter((p) => p.pattern === 'intermittent').length / profiles.length;
    expect(intermittent).toBeCloseTo(0.3, 2);
    const zeroShare = (c: SalesChunk): number => c.quantity.filter((q) => q === 0).length / c.quantity.length;
    chunks.forEach((c, i) => {
      if (profiles[i]!.pattern === 'intermittent') expect(zeroShare(c)).toBeGreaterThan(0.6);
    });
  });

  it('dips in Spring Festival week below the surrounding weeks every year, and on Sundays', () => {
    const daily = new Float64Array(1096);
    for (const c of chunks) {
      for (let i = 0; i < c.day.length; i += 1) daily[c.day[i]! - startDay]! += c.quantity[i]!;
    }
    const mean = (from: number, to: number): number => {
      let sum = 0;
      for (let d = from; d <= to; d += 1) sum += daily[d - startDay]!;
      return sum / (to - from + 1);
    };
    // B2B orders: Sundays see a small fraction of a Monday's demand.
    let monday = 0;
    let sunday = 0;
    for (let d = startDay; d <= endDay; d += 1) {
      const weekday = (((d + 3) % 7) + 7) % 7; // 0 = Monday
      if (weekday === 0) monday += daily[d - startDay]!;
      if (weekday === 6) sunday += daily[d - startDay]!;
    }
    expect(sunday).toBeLessThan(0.25 * monday);
    expect(sunday).toBeGreaterThan(0);
    for (const year of [2024, 2025, 2026]) {
      const sf = springFestivalDay(year);
      const festivalWeek = mean(sf - 1, sf + 5);
      const around = (mean(sf - 35, sf - 22) + mean(sf + 22, sf + 35)) / 2;
      expect(festivalWeek).toBeLessThan(0.2 * around);
    }
  });

  it('lifts demand on promotion days and honours the lifecycle', () => {
    let promo = 0;
    let promoDays = 0;
    let plain = 0;
    let plainDays = 0;
    chunks.forEach((c, i) => {
      const p = profiles[i]!;
      if (p.pattern !== 'smooth' || p.lifecycle !== 'established') return;
      c.quantity.forEach((q, k) => {
        const scaled = q / p.meanDaily;
        if (c.promotion[k] === 1) {
          promo += scaled;
          promoDays += 1;
        } else {
          plain += scaled;
          plainDays += 1;
        }
      });
    });
    expect(promoDays).toBeGreaterThan(1000);
    expect(promo / promoDays).toBeGreaterThan(1.2 * (plain / plainDays));
    chunks.forEach((c, i) => {
      const p = profiles[i]!;
      if (p.lifecycle === 'new') {
        expect(c.day[0]).toBe(p.firstDay);
        expect(c.day.length).toBeLessThan(366);
      }
      if (p.lifecycle === 'discontinued') {
        c.day.forEach((d, k) => {
          if (d > p.lastDemandDay) expect(c.quantity[k]).toBe(0);
        });
      }
    });
  });

  it('checks its options', () => {
    expect(() => generateSales({ years: 0 })).toThrow(/options.years/);
    expect(() => generateSales({ skusPerChunk: 0 })).toThrow(/options.skusPerChunk/);
    expect(() => generateSales({ endDay: dayFromIso('2041-06-01') })).toThrow(/options.endDay/);
  });
});
