/** Demo plant controls on the overview: seeding progress (polled), failures, and the "load demo" offer. */
import type { DemoStatus } from '@zhizao/contract';
import { type ReactNode, useEffect, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-client.ts';
import { useBumpDataVersion, useDataVersion } from '../components/data-version.tsx';
import type { I18n } from '../i18n/create-i18n.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const pollMilliseconds = 1500;

/** The server reports stages by name; show the known ones in the reader's language. */
function stageLabel(stage: string, i18n: I18n): string {
  const stages = i18n.t.demo.stages;
  switch (stage) {
    case 'idle':
      return stages.starting;
    case 'items':
      return stages.items;
    case 'sales':
      return stages.sales;
    case 'telemetry':
      return stages.telemetry;
    default:
      return stage;
  }
}

/** Polls GET /api/demo while seeding runs; bumps the data version when it ends. */
function useDemoStatus(): DemoStatus | null {
  const bump = useBumpDataVersion();
  const dataVersion = useDataVersion();
  const [status, setStatus] = useState<DemoStatus | null>(null);
  useEffect(() => {
    // Restart polling whenever data changes, e.g. right after seeding was requested.
    void dataVersion;
    let cancelled = false;
    let timer: number | undefined;
    let wasSeeding = false;
    const poll = (): void => {
      apiRequest<DemoStatus>('/api/demo')
        .then((next) => {
          if (cancelled) return;
          setStatus(next);
          if (next.progress < 1) {
            wasSeeding = true;
            timer = window.setTimeout(poll, pollMilliseconds);
          } else if (wasSeeding) {
            bump();
          }
        })
        // Progress is a courtesy: if it cannot be read, the page still shows what is loaded.
        .catch(() => undefined);
    };
    poll();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [bump, dataVersion]);
  return status;
}

/** Shows seeding progress, a seeding failure, or (on an empty store) the offer to load the demo plant. */
export function DemoPanel(props: { readonly empty: boolean }): ReactNode {
  const i18n = useI18n();
  const { t, fill } = i18n;
  const status = useDemoStatus();
  const bump = useBumpDataVersion();
  const [requesting, setRequesting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const seed = (): void => {
    setRequesting(true);
    setFailure(null);
    apiRequest<DemoStatus>('/api/demo/seed', { method: 'POST' })
      .then(bump)
      .catch((error: unknown) => setFailure(fill(t.demo.seedFailed, { message: errorMessage(error) })))
      .finally(() => setRequesting(false));
  };

  if (status !== null && status.progress < 1) {
    return (
      <div className="progress-box" data-testid="demo-progress">
        <div>
          {fill(t.demo.seeding, {
            stage: stageLabel(status.stage, i18n),
            percent: i18n.percent(status.progress),
          })}
        </div>
        <progress max={1} value={status.progress} />
      </div>
    );
  }
  const serverFailure =
    status?.stage.startsWith('failed') === true
      ? fill(t.demo.seedFailed, { message: status.stage.replace(/^failed:\s*/, '') })
      : null;
  const shownFailure = failure ?? serverFailure;
  return (
    <>
      {shownFailure !== null && (
        <div className="alert alert-error" role="alert">
          {shownFailure}
        </div>
      )}
      {props.empty && (
        <div className="empty" data-testid="overview-empty">
          <p>{t.common.noData}</p>
          <button
            type="button"
            className="button"
            disabled={requesting}
            onClick={seed}
            data-testid="demo-seed"
          >
            {t.demo.seed}
          </button>
        </div>
      )}
    </>
  );
}
