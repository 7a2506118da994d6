/** The table of past imports (GET /api/imports). */
import type { DatasetKindName, ImportHistory } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useApi } from '../api/use-api.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Past imports, newest as the server orders them. */
export function ImportHistoryTable(): ReactNode {
  const { t, number, dateTime } = useI18n();
  const history = useApi<ImportHistory>('/api/imports');
  const kindLabels: Readonly<Record<DatasetKindName, string>> = {
    sales: t.data.kindSales,
    items: t.data.kindItems,
    telemetry: t.data.kindTelemetry,
  };
  return (
    <section className="card">
      <h3>{t.data.historyTitle}</h3>
      {history.error !== null && <LoadError error={history.error} onRetry={history.reload} />}
      {history.data === null ? (
        history.error === null && <Loading />
      ) : history.data.length === 0 ? (
        <p className="empty">{t.data.noHistory}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="import-history">
            <thead>
              <tr>
                <th>{t.data.importedAt}</th>
                <th>{t.data.kind}</th>
                <th>{t.data.fileName}</th>
                <th className="numeric">{t.data.rows}</th>
                <th>{t.data.importedBy}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{dateTime(entry.importedAt)}</td>
                  <td>{kindLabels[entry.kind]}</td>
                  <td>{entry.fileName}</td>
                  <td className="numeric">{number(entry.rowCount)}</td>
                  <td>{entry.importedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
