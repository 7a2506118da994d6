/** Equipment: the plant tree coloured by machine state, live machine charts, alarms and connectors. */
import type { Alarm, PlantTree } from '@zhizao/contract';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useApi } from '../api/use-api.ts';
import { usePolling } from '../api/use-polling.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { Tabs } from '../components/tabs.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AlarmList } from './equipment/alarm-list.tsx';
import { ConnectorPanel } from './equipment/connector-panel.tsx';
import { MachineView } from './equipment/machine-view.tsx';
import { PlantTreeView, useLocalName } from './equipment/plant-tree.tsx';
import { useMachineStates } from './equipment/use-machine-states.ts';

const treePollMilliseconds = 15_000;

type View = 'machines' | 'alarms' | 'connectors';
type Machine = PlantTree['plants'][number]['lines'][number]['machines'][number];

function machinesOf(tree: PlantTree | null): Machine[] {
  return (tree?.plants ?? []).flatMap((plant) => plant.lines.flatMap((line) => line.machines));
}

function MachinesView(props: {
  readonly tree: PlantTree | null;
  readonly onAlarm: () => void;
  readonly alarmKey: number;
}): ReactNode {
  const { t } = useI18n();
  const name = useLocalName();
  const machines = useMemo(() => machinesOf(props.tree), [props.tree]);
  const ids = useMemo(() => machines.map((machine) => machine.id), [machines]);
  const { states, refresh } = useMachineStates(ids);
  const [selected, setSelected] = useState<string | null>(null);
  const machine = machines.find((candidate) => candidate.id === selected) ?? null;
  const recent = useApi<Alarm[]>(
    machine === null ? null : `/api/alarms?state=all&limit=200&machine=${encodeURIComponent(machine.id)}`,
  );
  const onAlarm = useCallback(() => {
    refresh();
    recent.reload();
    props.onAlarm();
  }, [refresh, recent.reload, props.onAlarm]);
  if (props.tree === null) return <Loading />;
  if (props.tree.plants.length === 0) return <p className="empty">{t.equipment.noPlant}</p>;
  return (
    <div className="equipment-layout">
      <section className="card tree-card" data-testid="plant-tree">
        <h3>{t.equipment.plantTree}</h3>
        <PlantTreeView tree={props.tree} states={states} selected={selected} onSelect={setSelected} />
      </section>
      <div className="machine-column">
        {machine === null ? (
          <p className="muted">{t.equipment.pickMachine}</p>
        ) : (
          <>
            <MachineView
              key={machine.id}
              machine={machine}
              title={name(machine)}
              alarms={recent.data ?? []}
              onAlarm={onAlarm}
            />
            <AlarmList
              machine={machine.id}
              refreshKey={props.alarmKey}
              onChanged={onAlarm}
              machineName={() => name(machine)}
            />
          </>
        )}
      </div>
    </div>
  );
}

/** The equipment page. */
export default function EquipmentPage(): ReactNode {
  const { t } = useI18n();
  const name = useLocalName();
  const tree = useApi<PlantTree>('/api/plant');
  // Ingest and connectors add machines and tags as they appear.
  usePolling(tree.reload, treePollMilliseconds);
  const [view, setView] = useState<View>('machines');
  const [alarmKey, setAlarmKey] = useState(0);
  const bumpAlarms = useCallback(() => setAlarmKey((value) => value + 1), []);
  const machineName = (id: string): string => {
    const machine = machinesOf(tree.data).find((candidate) => candidate.id === id);
    return machine === undefined ? id : name(machine);
  };
  return (
    <div className="page">
      <h2>{t.equipment.title}</h2>
      <Tabs<View>
        current={view}
        onChange={setView}
        tabs={[
          { id: 'machines', label: t.equipment.tabMachines },
          { id: 'alarms', label: t.equipment.tabAlarms },
          { id: 'connectors', label: t.equipment.tabConnectors },
        ]}
      />
      {tree.error !== null && <LoadError error={tree.error} onRetry={tree.reload} />}
      {view === 'machines' && <MachinesView tree={tree.data} onAlarm={bumpAlarms} alarmKey={alarmKey} />}
      {view === 'alarms' && <AlarmList refreshKey={alarmKey} machineName={machineName} />}
      {view === 'connectors' && <ConnectorPanel />}
    </div>
  );
}
