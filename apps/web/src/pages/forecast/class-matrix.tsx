/** The ABC / XYZ matrix: how many forecast SKUs fall in each revenue × variability class. */
import type { ForecastPortfolio } from '@zhizao/contract';
import { type ReactNode, useEffect, useState } from 'react';
import { apiRequest } from '../../api/api-client.ts';
import { useDataVersion } from '../../components/data-version.tsx';
import { LoadError } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

const abcClasses = ['A', 'B', 'C'] as const;
const xyzClasses = ['X', 'Y', 'Z'] as const;

type Counts = Readonly<Record<string, number>>;

/** Counts each cell with a one-row query per cell (the portfolio gives only the margins). */
function useMatrixCounts(): {
  readonly counts: Counts | null;
  readonly error: unknown;
  readonly retry: () => void;
} {
  const version = useDataVersion();
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void version;
    void attempt;
    const controller = new AbortController();
    const cells = abcClasses.flatMap((abc) => xyzClasses.map((xyz) => `${abc}${xyz}`));
    Promise.all(
      cells.map((cell) =>
        apiRequest<ForecastPortfolio>(`/api/forecasts?abc=${cell[0]}&xyz=${cell[1]}&limit=1`, {
          signal: controller.signal,
        }).then((page) => [cell, page.total] as const),
      ),
    ).then(
      (entries) => {
        setError(null);
        setCounts(Object.fromEntries(entries));
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      },
    );
    return () => controller.abort();
  }, [version, attempt]);
  return { counts, error, retry: () => setAttempt((value) => value + 1) };
}

/** A 3 × 3 table; darker cells hold more SKUs. */
export function ClassMatrix(): ReactNode {
  const { t, number } = useI18n();
  const { counts, error, retry } = useMatrixCounts();
  const largest = counts === null ? 0 : Math.max(1, ...Object.values(counts));
  return (
    <section className="card" data-testid="abc-xyz-matrix">
      <h3>{t.forecast.matrixTitle}</h3>
      {error !== null && <LoadError error={error} onRetry={retry} />}
      <table className="matrix">
        <thead>
          <tr>
            <th />
            {xyzClasses.map((xyz) => (
              <th key={xyz}>{xyz}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {abcClasses.map((abc) => (
            <tr key={abc}>
              <th>{abc}</th>
              {xyzClasses.map((xyz) => {
                const count = counts?.[`${abc}${xyz}`];
                const strength = count === undefined ? 0 : count / largest;
                return (
                  <td
                    key={xyz}
                    data-testid={`matrix-${abc}${xyz}`}
                    style={{ background: `rgba(37, 99, 235, ${(0.06 + strength * 0.5).toFixed(2)})` }}
                  >
                    {count === undefined ? '…' : number(count)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t.forecast.matrixNote}</p>
    </section>
  );
}
