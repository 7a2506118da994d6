// Bilingual reasons for every problem code and the 100-problem cap.
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, PROBLEM_CODES, ProblemCollector } from './import-report.ts';

describe('ProblemCollector', () => {
  it('has a distinct English and Chinese reason for every problem code', () => {
    const problems = new ProblemCollector('sales', (field) => (field === 'quantity' ? '数量' : field));
    for (const code of PROBLEM_CODES) {
      problems.add({ row: 2, column: 'Qty', value: 'x', code, field: 'quantity', detail: '7' });
    }
    const report = problems.report('f.csv', 1);
    expect(report.problemCount).toBe(PROBLEM_CODES.length);
    expect(new Set(report.problems.map((p) => p.reason)).size).toBe(PROBLEM_CODES.length);
    expect(new Set(report.problems.map((p) => p.reasonZh)).size).toBe(PROBLEM_CODES.length);
    for (const p of report.problems) {
      expect(p.reason, p.code).toMatch(/^[\x20-\x7e]+$/);
      expect(p.reasonZh, p.code).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(report.problems.find((p) => p.code === 'duplicate_key')?.reasonZh).toBe('数量重复：与第 7 行相同');
  });

  it('truncates long cell values and caps the list while counting everything', () => {
    const problems = new ProblemCollector('items', (field) => field);
    for (let i = 0; i < MAX_REPORTED_PROBLEMS + 5; i++) {
      problems.add({ row: i + 2, column: 'c', value: 'v'.repeat(150), code: 'required', field: 'sku' });
    }
    const report = problems.report('items.csv', 200);
    expect(report).toMatchObject({ fileName: 'items.csv', kind: 'items', rowCount: 200, problemCount: 105 });
    expect(report.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(report.problems[0]?.value).toBe(`${'v'.repeat(100)}…`);
  });
});
