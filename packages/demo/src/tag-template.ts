/** DEMO DATA: what a sensor tag of a machine type is and how its signal is modelled. */

/** What a tag measures. */
export type TagKind = 'temperature' | 'vibration' | 'current' | 'pressure' | 'speed' | 'flow';

/**
 * What drives a tag: `load` (motor load, instant), `speed` (rotation setpoint, instant), `thermal`
 * (load through a first-order lag with time constant `tauSeconds`, plus workshop ambient) or `setpoint`
 * (a controlled heater: on/off state through the same lag, so it settles at `full` while running).
 */
export type Driver = 'load' | 'speed' | 'thermal' | 'setpoint';

/** How one tag's value is simulated: value = idle + (full − idle)·drive + ambient + wander + noise. */
export interface SignalModel {
  readonly driver: Driver;
  /** Value with the machine stopped (drive 0). */
  readonly idle: number;
  /** Value at full drive (drive 1). */
  readonly full: number;
  /** Time constant of the thermal lag, seconds (thermal tags). */
  readonly tauSeconds: number;
  /** Weight of the workshop ambient temperature's deviation from 20 °C. */
  readonly ambient: number;
  /** Standard deviation of the 1 Hz measurement noise. */
  readonly noise: number;
  /** Standard deviation of the slow 10-minute wander. */
  readonly wander: number;
}

/** A tag of a machine type. */
export interface TagTemplate {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: TagKind;
  readonly unit: string;
  /** Normal operating range [min, max]. */
  readonly normal: readonly [number, number];
  readonly signal: SignalModel;
}

/** A machine type and its tags. */
export interface MachineType {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** True when vibration comes from rotating parts with bearings (candidates for bearing wear). */
  readonly rotating: boolean;
  readonly tags: readonly TagTemplate[];
}

/** The signal fields a template must give; the rest default. */
export type Signal = Partial<SignalModel> & Pick<SignalModel, 'driver' | 'idle' | 'full'>;

/** A tag template; noise and wander default to 1% of the normal range, temperatures follow ambient. */
export function tag(
  names: readonly [key: string, name: string, nameEn: string],
  measure: readonly [kind: TagKind, unit: string, min: number, max: number],
  signal: Signal,
): TagTemplate {
  const [key, name, nameEn] = names;
  const [kind, unit, min, max] = measure;
  const span = max - min;
  return {
    key,
    name,
    nameEn,
    kind,
    unit,
    normal: [min, max],
    signal: {
      tauSeconds: 900,
      ambient: kind === 'temperature' ? 1 : 0,
      noise: span * 0.01,
      wander: span * 0.01,
      ...signal,
    },
  };
}
