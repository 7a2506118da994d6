/** The connector page: every connector with its live state (polled), start/stop, remove, and the add form. */
import type { Connector } from '@zhizao/contract';
import { type ReactNode, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { usePolling } from '../../api/use-polling.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ConnectorForm } from './connector-form.tsx';
import { describeConfig } from './connector-templates.ts';

const pollMilliseconds = 2_000;

/** Polls GET /api/connectors; PUT toggles a connector, DELETE removes it. */
export function ConnectorPanel(): ReactNode {
  const { t, fill, number, dateTime } = useI18n();
  const connectors = useApi<Connector[]>('/api/connectors');
  usePolling(connectors.reload, pollMilliseconds);
  const [failure, setFailure] = useState<unknown>(null);
  const change = (request: Promise<unknown>): void => {
    setFailure(null);
    request.then(connectors.reload, setFailure);
  };
  const toggle = (connector: Connector): void => {
    const { id: _id, state: _state, ...input } = connector;
    change(
      apiRequest<Connector>(`/api/connectors/${encodeURIComponent(connector.id)}`, {
        method: 'PUT',
        body: { ...input, enabled: !connector.enabled },
      }),
    );
  };
  const [removing, setRemoving] = useState<Connector | null>(null);
  const remove = (): void => {
    if (removing === null) return;
    change(apiRequest<unknown>(`/api/connectors/${encodeURIComponent(removing.id)}`, { method: 'DELETE' }));
    setRemoving(null);
  };

  return (
    <>
      <section className="card" data-testid="connector-list">
        <h3>{t.connectors.title}</h3>
        {failure !== null && (
          <p className="alert alert-error" role="alert">
            {fill(t.connectors.failed, { message: errorMessage(failure) })}
          </p>
        )}
        {connectors.error !== null && <LoadError error={connectors.error} onRetry={connectors.reload} />}
        {connectors.data === null ? (
          connectors.error === null && <Loading />
        ) : connectors.data.length === 0 ? (
          <p className="empty">{t.connectors.none}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>{t.connectors.name}</th>
                  <th>{t.connectors.kind}</th>
                  <th>{t.connectors.status}</th>
                  <th>{t.connectors.endpoint}</th>
                  <th className="numeric">{t.connectors.points}</th>
                  <th className="numeric">{t.connectors.malformed}</th>
                  <th>{t.connectors.lastPoint}</th>
                  <th className="numeric">{t.connectors.reconnects}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {connectors.data.map((connector) => {
                  const { state } = connector;
                  return (
                    <tr key={connector.id} data-testid={`connector-${connector.id}`}>
                      <td>{connector.name}</td>
                      <td>{t.connectors.kinds[connector.config.kind]}</td>
                      <td>
                        <span className={`status status-${state.status}`} data-testid="connector-status">
                          {t.connectors.statuses[state.status]}
                        </span>
                        {state.lastError !== null && (
                          <div className="error-text small" title={state.lastError}>
                            {t.connectors.lastError}: {state.lastError}
                          </div>
                        )}
                        {state.malformedSample !== null && (
                          <div className="muted small error-text">
                            {fill(t.connectors.malformedSample, { sample: state.malformedSample })}
                          </div>
                        )}
                      </td>
                      <td className="wrap">
                        <code>{state.endpoint ?? describeConfig(connector.config)}</code>
                      </td>
                      <td className="numeric" data-testid="connector-points">
                        {number(state.points)}
                      </td>
                      <td className="numeric">{number(state.malformed)}</td>
                      <td>
                        {state.lastPointAt === null
                          ? '—'
                          : dateTime(new Date(state.lastPointAt).toISOString())}
                      </td>
                      <td className="numeric">{number(state.reconnects)}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => toggle(connector)}
                        >
                          {connector.enabled ? t.connectors.disable : t.connectors.enable}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => setRemoving(connector)}
                          data-testid="connector-remove"
                        >
                          {t.connectors.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ConnectorForm onAdded={connectors.reload} />
      <ConfirmDialog
        open={removing !== null}
        title={fill(t.connectors.removeTitle, { name: removing?.name ?? '' })}
        body={t.connectors.removeBody}
        confirmLabel={t.connectors.remove}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
