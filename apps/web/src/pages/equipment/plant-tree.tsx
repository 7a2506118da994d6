/** The plant -> line -> machine tree, each node coloured by its (worst) state; a click picks a machine. */
import type { PlantTree } from '@zhizao/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { type MachineState, worstState } from './machine-state.ts';

type Plant = PlantTree['plants'][number];

/** A name in the current language (English names may be empty). */
export function useLocalName(): (named: { readonly name: string; readonly nameEn: string }) => string {
  const { language } = useI18n();
  return (named) => (language === 'en' && named.nameEn !== '' ? named.nameEn : named.name);
}

function StateDot(props: { readonly state: MachineState | null }): ReactNode {
  const { t } = useI18n();
  if (props.state === null) return <span className="state-dot" aria-hidden="true" />;
  return (
    <span
      className={`state-dot state-${props.state}`}
      title={t.equipment.states[props.state]}
      role="img"
      aria-label={t.equipment.states[props.state]}
    />
  );
}

/** Props of PlantTreeView. */
export interface PlantTreeProps {
  readonly tree: PlantTree;
  readonly states: ReadonlyMap<string, MachineState>;
  readonly selected: string | null;
  readonly onSelect: (machineId: string) => void;
}

function PlantNode(props: PlantTreeProps & { readonly plant: Plant }): ReactNode {
  const { t, fill } = useI18n();
  const name = useLocalName();
  const { plant, states } = props;
  const stateOf = (ids: readonly string[]): MachineState | null =>
    worstState(ids.flatMap((id) => states.get(id) ?? []));
  const allIds = plant.lines.flatMap((line) => line.machines.map((machine) => machine.id));
  return (
    <details open className="tree-node">
      <summary>
        <StateDot state={stateOf(allIds)} />
        <strong>{name(plant)}</strong>{' '}
        <span className="muted">{fill(t.equipment.machineCount, { count: allIds.length })}</span>
      </summary>
      <ul className="tree">
        {plant.lines.map((line) => (
          <li key={line.id}>
            <details open className="tree-node">
              <summary>
                <StateDot state={stateOf(line.machines.map((machine) => machine.id))} />
                {name(line)}{' '}
                <span className="muted">
                  {fill(t.equipment.machineCount, { count: line.machines.length })}
                </span>
              </summary>
              <ul className="tree">
                {line.machines.map((machine) => {
                  const state = states.get(machine.id) ?? null;
                  return (
                    <li key={machine.id}>
                      <button
                        type="button"
                        className={
                          machine.id === props.selected ? 'machine-button selected' : 'machine-button'
                        }
                        onClick={() => props.onSelect(machine.id)}
                        data-testid={`machine-${machine.id}`}
                        data-state={state ?? 'unknown'}
                      >
                        <StateDot state={state} />
                        {name(machine)} <span className="chip">{machine.kind}</span>
                        <span className="muted">
                          {fill(t.equipment.tagCount, { count: machine.tags.length })}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The whole tree, with a legend of the state colours. */
export function PlantTreeView(props: PlantTreeProps): ReactNode {
  const { t } = useI18n();
  const legend: readonly MachineState[] = ['alarm', 'anomaly', 'stale', 'ok'];
  return (
    <>
      <div className="state-legend">
        {legend.map((state) => (
          <span key={state}>
            <StateDot state={state} /> {t.equipment.states[state]}
          </span>
        ))}
      </div>
      {props.tree.plants.map((plant) => (
        <PlantNode key={plant.id} {...props} plant={plant} />
      ))}
    </>
  );
}
