/** The row-level report of a rejected import: which row and column, the value, and why. */
import type { ImportReportBody } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The problems table, with a count of those the server left out. */
export function ImportReport(props: { readonly report: ImportReportBody }): ReactNode {
  const { t, fill, language } = useI18n();
  const { report } = props;
  const more = report.problemCount - report.problems.length;
  return (
    <div className="import-report" data-testid="import-report">
      <div className="alert alert-error" role="alert">
        {fill(t.data.rejected, { file: report.fileName, count: report.problemCount, rows: report.rowCount })}
      </div>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th className="numeric">{t.data.row}</th>
              <th>{t.data.column}</th>
              <th>{t.data.value}</th>
              <th>{t.data.reason}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem) => (
              <tr
                key={`${problem.row}|${problem.column}|${problem.value}|${problem.reason}`}
                data-testid="import-problem"
              >
                <td className="numeric">{problem.row}</td>
                <td>
                  <code>{problem.column}</code>
                </td>
                <td>
                  <code>{problem.value}</code>
                </td>
                <td>{language === 'zh' ? problem.reasonZh : problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="muted" data-testid="import-more">
          {fill(t.data.moreProblems, { count: more })}
        </p>
      )}
    </div>
  );
}
