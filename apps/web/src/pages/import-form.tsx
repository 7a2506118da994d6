/** Upload form: choose the data set and a file, send it, show the result or the row-level report. */
import type { DatasetKindName, ImportReportBody, ImportResult } from '@zhizao/contract';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, apiRequest, errorMessage } from '../api/api-client.ts';
import { useBumpDataVersion } from '../components/data-version.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ImportReport } from './import-report.tsx';
import { isImportReport } from './import-report-guard.ts';

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading' }
  | { readonly kind: 'imported'; readonly result: ImportResult }
  | { readonly kind: 'rejected'; readonly report: ImportReportBody }
  | { readonly kind: 'failed'; readonly message: string };

const kinds: readonly DatasetKindName[] = ['sales', 'items', 'telemetry'];

/** The import form of the Data page. */
export function ImportForm(): ReactNode {
  const { t, fill, number } = useI18n();
  const bump = useBumpDataVersion();
  const [kind, setKind] = useState<DatasetKindName>('sales');
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const kindLabels: Readonly<Record<DatasetKindName, string>> = {
    sales: t.data.kindSales,
    items: t.data.kindItems,
    telemetry: t.data.kindTelemetry,
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (file === null) return;
    const form = new FormData();
    form.append('file', file, file.name);
    setOutcome({ kind: 'uploading' });
    apiRequest<ImportResult>(`/api/imports?kind=${kind}`, { method: 'POST', body: form })
      .then((result) => {
        setOutcome({ kind: 'imported', result });
        bump();
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 422 && isImportReport(error.details)) {
          setOutcome({ kind: 'rejected', report: error.details });
        } else {
          setOutcome({ kind: 'failed', message: errorMessage(error) });
        }
      });
  };

  return (
    <section className="card">
      <h3>{t.data.importTitle}</h3>
      <form className="import-form" onSubmit={submit}>
        <label className="field">
          <span>{t.data.kind}</span>
          <select
            value={kind}
            data-testid="import-kind"
            onChange={(event) => {
              const next = kinds.find((candidate) => candidate === event.target.value);
              if (next !== undefined) setKind(next);
            }}
          >
            {kinds.map((value) => (
              <option key={value} value={value}>
                {kindLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.data.file}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={file === null || outcome.kind === 'uploading'}
          data-testid="import-submit"
        >
          {outcome.kind === 'uploading' ? t.data.uploading : t.data.upload}
        </button>
      </form>
      {outcome.kind === 'imported' && (
        <div className="alert alert-success" role="status" data-testid="import-result">
          {outcome.result.alreadyImported
            ? fill(t.data.alreadyImported, { file: outcome.result.fileName })
            : fill(t.data.imported, {
                rows: outcome.result.rowCount,
                file: outcome.result.fileName,
                seconds: number(outcome.result.seconds, 1),
              })}
        </div>
      )}
      {outcome.kind === 'rejected' && <ImportReport report={outcome.report} />}
      {outcome.kind === 'failed' && (
        <div className="alert alert-error" role="alert" data-testid="import-error">
          {fill(t.data.failed, { message: outcome.message })}
        </div>
      )}
    </section>
  );
}
