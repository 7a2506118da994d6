/** DEMO DATA: the plant → line → machine → tag tree of the invented pump & valve works. */
import type { MachineTypeName } from './machine-types.ts';
import { MACHINE_TYPES } from './machine-types.ts';
import type { SignalModel, TagKind } from './tag-template.ts';

/** When a line works: two 8-hour shifts, around the clock, one day shift, or always (utilities). */
export type Schedule = 'two-shift' | 'continuous' | 'day-shift' | 'utility';

/** One sensor tag; `id` is `<machine id>.<key>`. */
export interface TagInfo {
  readonly id: string;
  readonly machineId: string;
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: TagKind;
  readonly unit: string;
  /** Normal operating range while the machine runs. */
  readonly normalMin: number;
  readonly normalMax: number;
}

/** A machine with its tags. */
export interface MachineNode {
  readonly id: string;
  readonly lineId: string;
  /** Machine type code, e.g. `CNC`. */
  readonly type: string;
  readonly name: string;
  readonly nameEn: string;
  /** True for machines whose bearings can wear (vibration from rotating parts). */
  readonly rotating: boolean;
  readonly tags: readonly TagInfo[];
}

/** A production line. */
export interface LineNode {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly schedule: Schedule;
  readonly machines: readonly MachineNode[];
}

/** The plant, root of the asset tree. Local time is China Standard Time (UTC+8, no daylight saving). */
export interface PlantNode {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly timeZone: 'Asia/Shanghai';
  readonly lines: readonly LineNode[];
}

/** A tag with what the telemetry simulator needs to know about it. */
export interface SimulatedTag {
  readonly info: TagInfo;
  readonly machine: MachineNode;
  readonly schedule: Schedule;
  readonly signal: SignalModel;
}

type LineSpec = readonly [
  id: string,
  name: string,
  nameEn: string,
  schedule: Schedule,
  machines: readonly (readonly [MachineTypeName, number])[],
];

const LINES: readonly LineSpec[] = [
  [
    'L1',
    '机加工一线',
    'Machining line 1',
    'two-shift',
    [
      ['cncLathe', 4],
      ['verticalMachiningCentre', 2],
    ],
  ],
  [
    'L2',
    '机加工二线',
    'Machining line 2',
    'two-shift',
    [
      ['cncLathe', 2],
      ['horizontalMachiningCentre', 1],
      ['grinder', 1],
    ],
  ],
  [
    'L3',
    '注塑与热处理车间',
    'Moulding & heat-treatment shop',
    'continuous',
    [
      ['injectionMoulding', 2],
      ['heatTreatmentFurnace', 1],
      ['curingOven', 1],
    ],
  ],
  [
    'L4',
    '装配与试验线',
    'Assembly & test line',
    'day-shift',
    [
      ['pumpTestBench', 2],
      ['hydrostaticTestPump', 1],
    ],
  ],
  [
    'L5',
    '公用动力站',
    'Utilities',
    'utility',
    [
      ['airCompressor', 2],
      ['coolingWaterPump', 2],
      ['chiller', 1],
    ],
  ],
];

function build(): { plant: PlantNode; tags: SimulatedTag[] } {
  const tags: SimulatedTag[] = [];
  const lines = LINES.map(([lineId, name, nameEn, schedule, specs]): LineNode => {
    const machines: MachineNode[] = [];
    for (const [typeName, count] of specs) {
      const type = MACHINE_TYPES[typeName];
      for (let n = 1; n <= count; n += 1) {
        const id = `${lineId}-${type.code}${String(n).padStart(2, '0')}`;
        const machineTags = type.tags.map(
          (t): TagInfo => ({
            id: `${id}.${t.key}`,
            machineId: id,
            key: t.key,
            name: t.name,
            nameEn: t.nameEn,
            kind: t.kind,
            unit: t.unit,
            normalMin: t.normal[0],
            normalMax: t.normal[1],
          }),
        );
        const machine: MachineNode = {
          id,
          lineId,
          type: type.code,
          name: `${n}号${type.name}`,
          nameEn: `${type.nameEn} #${n}`,
          rotating: type.rotating,
          tags: machineTags,
        };
        machines.push(machine);
        type.tags.forEach((t, k) => {
          tags.push({ info: machineTags[k]!, machine, schedule, signal: t.signal });
        });
      }
    }
    return { id: lineId, name, nameEn, schedule, machines };
  });
  const plant: PlantNode = {
    id: 'WZ1',
    name: '温州智造泵阀有限公司 一厂',
    nameEn: 'Wenzhou Zhizao Pump & Valve Co., Plant 1',
    timeZone: 'Asia/Shanghai',
    lines,
  };
  return { plant, tags };
}

const built = build();

/** DEMO: the asset tree: 1 plant, 5 lines, 22 machines, 3–5 tags each. */
export function demoPlant(): PlantNode {
  return built.plant;
}

/** DEMO: every tag of the plant with its machine, line schedule and signal model, in tree order. */
export function simulatedTags(): readonly SimulatedTag[] {
  return built.tags;
}
