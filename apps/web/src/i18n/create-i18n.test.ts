import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n.ts';

const ignore = (): void => undefined;

describe('createI18n', () => {
  const zh = createI18n('zh', ignore);
  const en = createI18n('en', ignore);

  it('formats numbers for the locale', () => {
    expect(en.number(1234567.891)).toBe('1,234,568');
    expect(en.number(1234.5, 2)).toBe('1,234.50');
    expect(zh.number(1234.5, 1)).toBe('1,234.5');
  });

  it('abbreviates large figures in the local way', () => {
    expect(en.compact(3_456_789)).toBe('3.5M');
    expect(zh.compact(3_456_789)).toBe('345.7万');
    expect(zh.compact(120_000_000)).toBe('1.2亿');
  });

  it('reads a bare ISO date as a calendar day, not shifted by the time zone', () => {
    expect(en.date('2024-01-31')).toBe('Jan 31, 2024');
    expect(zh.date('2024-01-31')).toBe('2024年1月31日');
  });

  it('returns text it cannot read as a date unchanged', () => {
    expect(en.date('not a date')).toBe('not a date');
    expect(en.dateTime('')).toBe('');
  });

  it('fills templates with locale-formatted numbers', () => {
    expect(en.fill(en.t.data.moreProblems, { count: 1200 })).toBe('1,200 more problems');
    expect(zh.fill(zh.t.data.moreProblems, { count: 1200 })).toBe('另有 1,200 个问题');
  });

  it('formats progress as a whole percent', () => {
    expect(en.percent(0.456)).toBe('46%');
  });
});
