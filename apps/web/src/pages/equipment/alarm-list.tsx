/** The alarm list: filter by state, acknowledge active alarms, clear them. */
import type { Alarm } from '@zhizao/contract';
import { type ReactNode, useEffect, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { usePolling } from '../../api/use-polling.ts';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

const filters = ['open', 'active', 'acknowledged', 'cleared', 'all'] as const;
type Filter = (typeof filters)[number];

function isFilter(value: string): value is Filter {
  return (filters as readonly string[]).includes(value);
}
const pollMilliseconds = 5_000;

/** Props of AlarmList. */
export interface AlarmListProps {
  /** Only this machine's alarms, when set. */
  readonly machine?: string;
  /** Bumped by the caller (e.g. on a live alarm event) to reload at once. */
  readonly refreshKey?: number;
  /** Called after an acknowledgement or clear. */
  readonly onChanged?: () => void;
  readonly machineName?: (id: string) => string;
}

/** Polls GET /api/alarms and posts /acknowledge and /clear. */
export function AlarmList(props: AlarmListProps): ReactNode {
  const { t, fill, dateTime } = useI18n();
  const [filter, setFilter] = useState<Filter>('open');
  const [failure, setFailure] = useState<unknown>(null);
  const query = new URLSearchParams({ state: filter, limit: '200' });
  if (props.machine !== undefined) query.set('machine', props.machine);
  const alarms = useApi<Alarm[]>(`/api/alarms?${query.toString()}`, { keepPrevious: true });
  usePolling(alarms.reload, pollMilliseconds);
  const { reload } = alarms;
  useEffect(() => {
    if (props.refreshKey !== undefined && props.refreshKey > 0) reload();
  }, [props.refreshKey, reload]);
  const filterLabels: Readonly<Record<Filter, string>> = {
    open: t.alarms.filterOpen,
    active: t.alarms.filterActive,
    acknowledged: t.alarms.filterAcknowledged,
    cleared: t.alarms.filterCleared,
    all: t.alarms.filterAll,
  };
  const act = (alarm: Alarm, action: 'acknowledge' | 'clear'): void => {
    setFailure(null);
    apiRequest<Alarm>(`/api/alarms/${encodeURIComponent(alarm.id)}/${action}`, { method: 'POST' }).then(
      () => {
        alarms.reload();
        props.onChanged?.();
      },
      setFailure,
    );
  };
  const at = (ms: number): string => dateTime(new Date(ms).toISOString());
  return (
    <section className="card" data-testid="alarm-list">
      <div className="card-heading">
        <h3>{t.alarms.title}</h3>
        <label className="inline-field">
          {t.alarms.filter}
          <select
            value={filter}
            onChange={(event) => {
              if (isFilter(event.target.value)) setFilter(event.target.value);
            }}
            data-testid="alarm-filter"
          >
            {filters.map((value) => (
              <option key={value} value={value}>
                {filterLabels[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failure !== null && (
        <p className="alert alert-error" role="alert">
          {fill(t.alarms.actionFailed, { message: errorMessage(failure) })}
        </p>
      )}
      {alarms.error !== null && <LoadError error={alarms.error} onRetry={alarms.reload} />}
      {alarms.data === null ? (
        alarms.error === null && <Loading />
      ) : alarms.data.length === 0 ? (
        <p className="empty" data-testid="alarm-none">
          {t.alarms.none}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t.alarms.severity}</th>
                <th>{t.alarms.name}</th>
                <th>{t.alarms.machine}</th>
                <th>{t.alarms.message}</th>
                <th>{t.alarms.raisedAt}</th>
                <th>{t.alarms.state}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {alarms.data.map((alarm) => (
                <tr key={alarm.id} data-testid={`alarm-${alarm.id}`} data-state={alarm.state}>
                  <td>
                    <span className={`severity severity-${alarm.severity}`}>
                      {t.alarms.severities[alarm.severity]}
                    </span>
                  </td>
                  <td>
                    {alarm.name}
                    {alarm.tag !== null && <code className="muted"> {alarm.tag}</code>}
                  </td>
                  <td>
                    {alarm.machine === null ? '—' : (props.machineName?.(alarm.machine) ?? alarm.machine)}
                  </td>
                  <td className="wrap">{alarm.message}</td>
                  <td>{at(alarm.raisedAt)}</td>
                  <td>
                    {t.alarms.alarmStates[alarm.state]}
                    {alarm.acknowledgedBy !== null && (
                      <div className="muted small">
                        {fill(t.alarms.acknowledgedBy, { user: alarm.acknowledgedBy })}
                      </div>
                    )}
                  </td>
                  <td className="row-actions">
                    {alarm.state === 'active' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => act(alarm, 'acknowledge')}
                        data-testid="alarm-acknowledge"
                      >
                        {t.alarms.acknowledge}
                      </button>
                    )}
                    {alarm.state !== 'cleared' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => act(alarm, 'clear')}
                        data-testid="alarm-clear"
                      >
                        {t.alarms.clear}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
