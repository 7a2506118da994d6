/** Progress of background forecasting, with re-forecast, cancel and export actions. */
import type { ForecastRunResult, ForecastStatus } from '@zhizao/contract';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { usePolling } from '../../api/use-polling.ts';
import { useBumpDataVersion } from '../../components/data-version.tsx';
import { LoadError } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

const busyPollMilliseconds = 1_000;
const idlePollMilliseconds = 10_000;

function isBusy(status: ForecastStatus | null): boolean {
  return status !== null && (status.state !== 'idle' || status.pending);
}

/** The server names its stages in English; known ones are shown in the current language. */
function useStageName(): (stage: string) => string {
  const { t } = useI18n();
  const names: Readonly<Record<string, string>> = {
    starting: t.forecast.stages.starting,
    'reading sales': t.forecast.stages.reading,
    forecasting: t.forecast.stages.forecasting,
    'up to date': t.forecast.stages.upToDate,
    cancelling: t.forecast.stages.cancelling,
  };
  return (stage) => names[stage] ?? stage;
}

function RunLine(props: { readonly status: ForecastStatus }): ReactNode {
  const { t, fill, number, percent, dateTime } = useI18n();
  const stageName = useStageName();
  const { status } = props;
  if (status.state !== 'idle') {
    const fraction = status.total > 0 ? status.done / status.total : 0;
    return (
      <div className="progress-box" data-testid="forecast-progress">
        <progress max={1} value={fraction} aria-label={t.forecast.statusTitle} />
        <span>
          {fill(t.forecast.running, {
            stage: stageName(status.stage),
            done: status.done,
            total: status.total,
          })}{' '}
          ({percent(fraction)})
          {status.etaSeconds !== null &&
            ` · ${fill(t.forecast.eta, { seconds: Math.ceil(status.etaSeconds) })}`}
          {status.skusPerSecond !== null &&
            ` · ${fill(t.forecast.rate, { rate: number(status.skusPerSecond, 1), workers: status.workers })}`}
        </span>
      </div>
    );
  }
  const last = status.lastRun;
  if (last === null) return <p className="muted">{t.forecast.idleNever}</p>;
  return (
    <p className="muted" data-testid="forecast-last-run">
      {fill(t.forecast.lastRun, {
        finished: dateTime(last.finishedAt),
        forecasted: last.forecasted,
        upToDate: last.upToDate,
        failed: last.failed,
        seconds: number(last.seconds, 1),
      })}
      {last.cancelled && ` ${t.forecast.lastRunCancelled}`}
      {last.error !== null && ` ${fill(t.forecast.lastRunError, { message: last.error })}`}
    </p>
  );
}

/** The status card: polls GET /api/forecasts/status, fast while a run is going. */
export function ForecastStatusBar(): ReactNode {
  const { t, fill } = useI18n();
  const status = useApi<ForecastStatus>('/api/forecasts/status');
  const bump = useBumpDataVersion();
  const [failure, setFailure] = useState<unknown>(null);
  const busy = isBusy(status.data);
  usePolling(status.reload, busy ? busyPollMilliseconds : idlePollMilliseconds);

  // When a run finishes, every forecast view reloads.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (status.data === null) return;
    if (wasBusy.current && !busy) bump();
    wasBusy.current = busy;
  }, [busy, bump, status.data]);

  const post = (path: string, body?: unknown): void => {
    setFailure(null);
    apiRequest<ForecastRunResult>(path, { method: 'POST', body }).then(status.reload, setFailure);
  };

  return (
    <section className="card forecast-status" data-testid="forecast-status">
      <div className="card-heading">
        <h3>{t.forecast.statusTitle}</h3>
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            title={t.forecast.updateHint}
            onClick={() => post('/api/forecasts/run', { force: false })}
            data-testid="forecast-run"
          >
            {t.forecast.update}
          </button>
          <button
            type="button"
            className="button"
            title={t.forecast.refitAllHint}
            onClick={() => post('/api/forecasts/run', { force: true })}
            data-testid="forecast-refit"
          >
            {t.forecast.refitAll}
          </button>
          {status.data !== null && status.data.state === 'running' && (
            <button
              type="button"
              className="button button-danger"
              onClick={() => post('/api/forecasts/cancel')}
              data-testid="forecast-cancel"
            >
              {t.forecast.cancel}
            </button>
          )}
          <a className="button" href="/api/forecasts/export?format=csv" download data-testid="export-csv">
            {t.forecast.exportCsv}
          </a>
          <a className="button" href="/api/forecasts/export?format=xlsx" download data-testid="export-xlsx">
            {t.forecast.exportXlsx}
          </a>
        </div>
      </div>
      {status.error !== null && status.data === null && (
        <LoadError error={status.error} onRetry={status.reload} />
      )}
      {status.data !== null && <RunLine status={status.data} />}
      {status.data?.pending === true && <p className="muted">{t.forecast.queued}</p>}
      {failure !== null && (
        <p className="alert alert-error" role="alert">
          {fill(t.forecast.runFailed, { message: errorMessage(failure) })}
        </p>
      )}
    </section>
  );
}
