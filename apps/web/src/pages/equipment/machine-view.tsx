/** One machine: latest value and anomaly score per tag, and a live chart of the chosen tag. */
import type { Alarm, LatestValues, PlantTree, Series } from '@zhizao/contract';
import { type ReactNode, useMemo, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/echart.tsx';
import { LoadError, Loading } from '../../components/load-state.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { telemetryChartOption } from './telemetry-chart-option.ts';
import { type LiveData, useLiveStream } from './use-live-stream.ts';

type Machine = PlantTree['plants'][number]['lines'][number]['machines'][number];

const rangeHours = [1, 6, 24, 168] as const;
const historyBuckets = 400;
const hourMilliseconds = 3_600_000;

function LatestTable(props: {
  readonly machine: Machine;
  readonly live: LiveData;
  readonly tag: string | null;
  readonly onPick: (tag: string) => void;
}): ReactNode {
  const { t, number, dateTime } = useI18n();
  const latest = useApi<LatestValues>(
    `/api/telemetry/latest?machine=${encodeURIComponent(props.machine.id)}`,
  );
  if (latest.error !== null) return <LoadError error={latest.error} onRetry={latest.reload} />;
  if (latest.data === null) return <Loading />;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="latest-values">
        <thead>
          <tr>
            <th>{t.equipment.tag}</th>
            <th className="numeric">{t.equipment.value}</th>
            <th className="numeric">{t.equipment.score}</th>
            <th>{t.equipment.updated}</th>
          </tr>
        </thead>
        <tbody>
          {latest.data.tags.map((row) => {
            // A live point is newer than the polled latest value.
            const livePoint = props.live.points.get(row.tag)?.at(-1);
            const liveScore = props.live.scores.get(row.tag)?.at(-1);
            const value = livePoint?.[1] ?? row.value;
            const ts = livePoint?.[0] ?? row.ts;
            const score = liveScore?.[1] ?? row.score;
            return (
              <tr key={row.tag} className={row.tag === props.tag ? 'selected' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onPick(row.tag)}
                    data-testid={`tag-${row.tag}`}
                  >
                    {row.name || row.tag}
                  </button>{' '}
                  <code className="muted">{row.tag}</code>
                </td>
                <td className="numeric">
                  {value === null ? '—' : number(value, 2)} {row.unit}
                </td>
                <td className={score !== null && score >= 0.99 ? 'numeric score-high' : 'numeric'}>
                  {score === null ? '—' : number(score, 3)}
                </td>
                <td>{ts === null ? t.equipment.never : dateTime(new Date(ts).toISOString())}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function TagChart(props: {
  readonly tag: string;
  readonly unit: string;
  readonly live: LiveData;
  readonly alarms: readonly Alarm[];
}): ReactNode {
  const { t, fill } = useI18n();
  // The window is fixed when the range or tag is picked; live points extend it to the right.
  const [range, setRange] = useState(() => ({ hours: 1, to: Date.now() }));
  const { hours, to } = range;
  const from = to - hours * hourMilliseconds;
  const series = useApi<Series>(
    `/api/telemetry/series?tag=${encodeURIComponent(props.tag)}&from=${from}&to=${to}&buckets=${historyBuckets}`,
  );
  const live = props.live.points.get(props.tag) ?? [];
  const scores = props.live.scores.get(props.tag) ?? [];
  const tagAlarms = useMemo(
    () => props.alarms.filter((alarm) => alarm.tag === props.tag && alarm.raisedAt >= from),
    [props.alarms, props.tag, from],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: live.version marks new points in the stable maps.
  const option = useMemo(
    () =>
      telemetryChartOption(
        { series: series.data, live, scores, alarms: tagAlarms },
        {
          average: t.equipment.average,
          minMax: t.equipment.minMax,
          live: t.equipment.live,
          score: t.equipment.score,
          alarm: t.equipment.alarmMarker,
          unit: props.unit,
        },
      ),
    [series.data, props.live.version, tagAlarms, t, props.unit],
  );
  const title = fill(t.equipment.chartTitle, { tag: props.tag, hours });
  return (
    <section className="card" data-testid="tag-chart">
      <div className="card-heading">
        <h3>{title}</h3>
        <div className="actions">
          <span
            className={props.live.connected ? 'live-badge live-on' : 'live-badge'}
            data-testid="live-status"
            data-connected={props.live.connected}
          >
            {props.live.connected ? t.equipment.liveOn : t.equipment.liveOff}
          </span>
          <span className="muted" data-testid="live-count" data-count={live.length}>
            {fill(t.equipment.livePoints, { count: live.length })}
          </span>
          <label className="inline-field">
            {t.equipment.range}
            <select
              value={hours}
              onChange={(event) => setRange({ hours: Number(event.target.value), to: Date.now() })}
            >
              {rangeHours.map((value) => (
                <option key={value} value={value}>
                  {fill(t.equipment.hours, { count: value })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {series.error !== null && <LoadError error={series.error} onRetry={series.reload} />}
      {series.data !== null && series.data.ts.length === 0 && live.length === 0 && (
        <p className="muted">{t.equipment.noHistory}</p>
      )}
      <EChart option={option} label={title} height={340} testId="chart-live" />
    </section>
  );
}

/** The machine panel; `alarms` are recent alarms of any state, for the chart markers. */
export function MachineView(props: {
  readonly machine: Machine;
  readonly title: string;
  readonly alarms: readonly Alarm[];
  readonly onAlarm: () => void;
}): ReactNode {
  const { t } = useI18n();
  const live = useLiveStream(props.machine.id, props.onAlarm);
  // The caller keys this view by machine id, so the first tag is picked again for another machine.
  const [tag, setTag] = useState<string | null>(props.machine.tags[0]?.id ?? null);
  const unit = props.machine.tags.find((candidate) => candidate.id === tag)?.unit ?? '';
  return (
    <div className="machine-view" data-testid="machine-view">
      <section className="card">
        <h3>{props.title}</h3>
        {props.machine.tags.length === 0 ? (
          <p className="muted">{t.equipment.noTags}</p>
        ) : (
          <LatestTable machine={props.machine} live={live} tag={tag} onPick={setTag} />
        )}
      </section>
      {tag !== null && <TagChart key={tag} tag={tag} unit={unit} live={live} alarms={props.alarms} />}
    </div>
  );
}
