/** The add-connector form: kind, name, JSON configuration from a template, a dry-run test, then add. */
import type {
  Connector,
  ConnectorConfig,
  ConnectorInput,
  ConnectorKind,
  ConnectorTestResult,
} from '@zhizao/contract';
import { type FormEvent, type ReactNode, useState } from 'react';
import { apiRequest, errorMessage } from '../../api/api-client.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { connectorKinds, connectorTemplates } from './connector-templates.ts';

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'ok'; readonly text: string };

function isKind(value: string): value is ConnectorKind {
  return (connectorKinds as readonly string[]).includes(value);
}

const pretty = (config: ConnectorConfig): string => JSON.stringify(config, null, 2);

/** Posts to /api/connectors/test and /api/connectors; `onAdded` runs after a successful add. */
export function ConnectorForm(props: { readonly onAdded: () => void }): ReactNode {
  const { t, fill } = useI18n();
  const [kind, setKind] = useState<ConnectorKind>('mqtt-broker');
  const [name, setName] = useState('');
  const [machine, setMachine] = useState('');
  const [configText, setConfigText] = useState(pretty(connectorTemplates['mqtt-broker']));
  const [busy, setBusy] = useState<'test' | 'add' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const input = (): ConnectorInput | null => {
    try {
      // The server validates the configuration against the contract and names any bad field.
      const config = JSON.parse(configText) as ConnectorConfig;
      const trimmed = machine.trim();
      return { name: name.trim(), enabled: true, config, ...(trimmed === '' ? {} : { machine: trimmed }) };
    } catch (error) {
      setOutcome({ kind: 'error', text: fill(t.connectors.badJson, { message: errorMessage(error) }) });
      return null;
    }
  };

  const test = (): void => {
    const body = input();
    if (body === null) return;
    setBusy('test');
    setOutcome({ kind: 'none' });
    apiRequest<ConnectorTestResult>('/api/connectors/test', { method: 'POST', body })
      .then(
        (result) => {
          const sample = fill(t.connectors.sample, { count: result.sample.length });
          setOutcome(
            result.ok
              ? { kind: 'ok', text: `${fill(t.connectors.testOk, { message: result.message })} ${sample}` }
              : { kind: 'error', text: fill(t.connectors.testFailed, { message: result.message }) },
          );
        },
        (error: unknown) =>
          setOutcome({
            kind: 'error',
            text: fill(t.connectors.testFailed, { message: errorMessage(error) }),
          }),
      )
      .finally(() => setBusy(null));
  };

  const add = (event: FormEvent): void => {
    event.preventDefault();
    const body = input();
    if (body === null) return;
    setBusy('add');
    setOutcome({ kind: 'none' });
    apiRequest<Connector>('/api/connectors', { method: 'POST', body })
      .then(
        (created) => {
          setOutcome({ kind: 'ok', text: fill(t.connectors.added, { name: created.name }) });
          setName('');
          props.onAdded();
        },
        (error: unknown) =>
          setOutcome({ kind: 'error', text: fill(t.connectors.failed, { message: errorMessage(error) }) }),
      )
      .finally(() => setBusy(null));
  };

  return (
    <form className="card connector-form" onSubmit={add} data-testid="connector-form">
      <h3>{t.connectors.addTitle}</h3>
      <div className="form-row">
        <label className="field">
          {t.connectors.kind}
          <select
            value={kind}
            onChange={(event) => {
              const next = event.target.value;
              if (!isKind(next)) return;
              setKind(next);
              setConfigText(pretty(connectorTemplates[next]));
            }}
            data-testid="connector-kind"
          >
            {connectorKinds.map((value) => (
              <option key={value} value={value}>
                {t.connectors.kinds[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t.connectors.name}
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            data-testid="connector-name"
          />
        </label>
        <label className="field">
          {t.connectors.machine}
          <input
            value={machine}
            onChange={(event) => setMachine(event.target.value)}
            data-testid="connector-machine"
          />
        </label>
      </div>
      <label className="field">
        {t.connectors.config}
        <textarea
          className="code-input"
          rows={10}
          spellCheck={false}
          value={configText}
          onChange={(event) => setConfigText(event.target.value)}
          data-testid="connector-config"
        />
      </label>
      <p className="muted small">{t.connectors.configHint}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={test}
          disabled={busy !== null}
          data-testid="connector-test"
        >
          {busy === 'test' ? t.connectors.testing : t.connectors.test}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy !== null}
          data-testid="connector-add"
        >
          {busy === 'add' ? t.connectors.adding : t.connectors.add}
        </button>
      </div>
      {outcome.kind !== 'none' && (
        <p
          className={outcome.kind === 'ok' ? 'alert alert-success' : 'alert alert-error'}
          role="status"
          data-testid="connector-outcome"
        >
          {outcome.text}
        </p>
      )}
    </form>
  );
}
