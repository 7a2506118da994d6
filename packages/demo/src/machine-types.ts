/** DEMO DATA: the machine types of the demo plant, their sensor tags, units, normal ranges and signal models. */
import type { MachineType, TagTemplate } from './tag-template.ts';
import { tag } from './tag-template.ts';

const spindle = (maxRpm: number, amps: number): TagTemplate[] => [
  tag(['spindleSpeed', '主轴转速', 'Spindle speed'], ['speed', 'rpm', 0, maxRpm * 1.1], {
    driver: 'speed',
    idle: 0,
    full: maxRpm,
    noise: maxRpm * 0.002,
  }),
  tag(['spindleCurrent', '主轴电流', 'Spindle motor current'], ['current', 'A', 0, amps * 1.25], {
    driver: 'load',
    idle: amps * 0.06,
    full: amps,
  }),
  tag(['spindleTemperature', '主轴轴承温度', 'Spindle bearing temperature'], ['temperature', '°C', 5, 60], {
    driver: 'thermal',
    idle: 24,
    full: 45,
    tauSeconds: 1200,
    noise: 0.15,
  }),
  // ISO 10816-3: 2.8 mm/s RMS is the zone B/C boundary for medium machines on rigid foundations.
  tag(['vibration', '主轴振动', 'Spindle vibration RMS'], ['vibration', 'mm/s', 0, 2.8], {
    driver: 'speed',
    idle: 0.08,
    full: 1.6,
    noise: 0.06,
  }),
];

const coolant = tag(
  ['coolantTemperature', '切削液温度', 'Coolant temperature'],
  ['temperature', '°C', 5, 35],
  {
    driver: 'thermal',
    idle: 21,
    full: 29,
    tauSeconds: 1800,
    noise: 0.1,
  },
);

/** The machine types found in the demo plant. */
export const MACHINE_TYPES = {
  cncLathe: {
    code: 'CNC',
    name: '数控车床',
    nameEn: 'CNC lathe',
    rotating: true,
    tags: [...spindle(3000, 22), coolant],
  },
  verticalMachiningCentre: {
    code: 'VMC',
    name: '立式加工中心',
    nameEn: 'Vertical machining centre',
    rotating: true,
    tags: [...spindle(10_000, 30), coolant],
  },
  horizontalMachiningCentre: {
    code: 'HMC',
    name: '卧式加工中心',
    nameEn: 'Horizontal machining centre',
    rotating: true,
    tags: spindle(6000, 38),
  },
  grinder: {
    code: 'GRD',
    name: '外圆磨床',
    nameEn: 'Cylindrical grinder',
    rotating: true,
    tags: [...spindle(1800, 15).filter((t) => t.key !== 'spindleTemperature'), coolant],
  },
  injectionMoulding: {
    code: 'IMM',
    name: '注塑机',
    nameEn: 'Injection moulding machine',
    rotating: false,
    tags: [
      tag(['barrelTemperature', '料筒温度', 'Barrel temperature'], ['temperature', '°C', 200, 250], {
        driver: 'setpoint',
        idle: 150,
        full: 232,
        tauSeconds: 1500,
        ambient: 0.1,
        noise: 0.4,
      }),
      tag(['mouldTemperature', '模具温度', 'Mould temperature'], ['temperature', '°C', 20, 80], {
        driver: 'setpoint',
        idle: 30,
        full: 62,
        tauSeconds: 900,
        ambient: 0.3,
      }),
      tag(['injectionPressure', '注射压力', 'Injection pressure'], ['pressure', 'bar', 0, 1400], {
        driver: 'load',
        idle: 0,
        full: 1050,
      }),
      tag(
        ['hydraulicOilTemperature', '液压油温', 'Hydraulic oil temperature'],
        ['temperature', '°C', 15, 55],
        {
          driver: 'thermal',
          idle: 26,
          full: 46,
          tauSeconds: 2400,
          noise: 0.1,
        },
      ),
      tag(['pumpCurrent', '油泵电机电流', 'Pump motor current'], ['current', 'A', 0, 60], {
        driver: 'load',
        idle: 3,
        full: 48,
      }),
    ],
  },
  heatTreatmentFurnace: {
    code: 'HTF',
    name: '箱式热处理炉',
    nameEn: 'Box heat-treatment furnace',
    rotating: false,
    tags: [
      tag(['chamberTemperature', '炉膛温度', 'Chamber temperature'], ['temperature', '°C', 820, 900], {
        driver: 'setpoint',
        idle: 250,
        full: 860,
        tauSeconds: 1800,
        ambient: 0,
        noise: 1.2,
        wander: 1.5,
      }),
      tag(['fanCurrent', '循环风机电流', 'Circulation fan current'], ['current', 'A', 0, 25], {
        driver: 'speed',
        idle: 0,
        full: 18,
      }),
      tag(['exhaustTemperature', '排烟温度', 'Flue gas temperature'], ['temperature', '°C', 80, 260], {
        driver: 'thermal',
        idle: 40,
        full: 210,
        tauSeconds: 1200,
        noise: 1,
      }),
    ],
  },
  curingOven: {
    code: 'OVN',
    name: '涂装固化烘箱',
    nameEn: 'Paint curing oven',
    rotating: false,
    tags: [
      tag(['ovenTemperature', '烘箱温度', 'Oven temperature'], ['temperature', '°C', 170, 200], {
        driver: 'setpoint',
        idle: 35,
        full: 185,
        tauSeconds: 900,
        ambient: 0.2,
        noise: 0.5,
      }),
      tag(['fanCurrent', '热风循环电流', 'Hot-air fan current'], ['current', 'A', 0, 20], {
        driver: 'speed',
        idle: 0,
        full: 14,
      }),
      tag(['exhaustTemperature', '排风温度', 'Exhaust air temperature'], ['temperature', '°C', 10, 120], {
        driver: 'thermal',
        idle: 22,
        full: 95,
        tauSeconds: 900,
      }),
    ],
  },
  pumpTestBench: {
    code: 'PTB',
    name: '泵性能试验台',
    nameEn: 'Pump performance test bench',
    rotating: true,
    tags: [
      tag(['dischargePressure', '出口压力', 'Discharge pressure'], ['pressure', 'bar', 0, 16], {
        driver: 'load',
        idle: 0,
        full: 11,
      }),
      tag(['flowRate', '流量', 'Flow rate'], ['flow', 'm³/h', 0, 80], { driver: 'load', idle: 0, full: 60 }),
      tag(['motorCurrent', '电机电流', 'Motor current'], ['current', 'A', 0, 55], {
        driver: 'load',
        idle: 0.5,
        full: 42,
      }),
      tag(['vibration', '泵体振动', 'Pump vibration RMS'], ['vibration', 'mm/s', 0, 4.5], {
        driver: 'speed',
        idle: 0.05,
        full: 2.3,
        noise: 0.08,
      }),
      tag(['waterTemperature', '水箱水温', 'Tank water temperature'], ['temperature', '°C', 5, 40], {
        driver: 'thermal',
        idle: 19,
        full: 27,
        tauSeconds: 3600,
        noise: 0.05,
      }),
    ],
  },
  hydrostaticTestPump: {
    code: 'HTP',
    name: '水压试验泵',
    nameEn: 'Hydrostatic test pump',
    rotating: false,
    tags: [
      // PN16 valves are shell-tested at 1.5 × PN = 24 bar (GB/T 13927).
      tag(['testPressure', '试验压力', 'Test pressure'], ['pressure', 'bar', 0, 26], {
        driver: 'load',
        idle: 0,
        full: 24,
      }),
      tag(['motorCurrent', '电机电流', 'Motor current'], ['current', 'A', 0, 15], {
        driver: 'load',
        idle: 0.3,
        full: 11,
      }),
      tag(['oilTemperature', '油温', 'Oil temperature'], ['temperature', '°C', 5, 50], {
        driver: 'thermal',
        idle: 22,
        full: 38,
        tauSeconds: 1800,
      }),
    ],
  },
  airCompressor: {
    code: 'AC',
    name: '螺杆空压机',
    nameEn: 'Screw air compressor',
    rotating: true,
    tags: [
      tag(['dischargePressure', '排气压力', 'Discharge pressure'], ['pressure', 'bar', 6.5, 8.5], {
        driver: 'load',
        idle: 7.9,
        full: 7.2,
        noise: 0.03,
      }),
      tag(['dischargeTemperature', '排气温度', 'Discharge temperature'], ['temperature', '°C', 60, 100], {
        driver: 'thermal',
        idle: 62,
        full: 88,
        tauSeconds: 600,
        ambient: 0.6,
        noise: 0.3,
      }),
      tag(['motorCurrent', '主电机电流', 'Main motor current'], ['current', 'A', 20, 140], {
        driver: 'load',
        idle: 35,
        full: 118,
      }),
      tag(['vibration', '机体振动', 'Casing vibration RMS'], ['vibration', 'mm/s', 0, 4.5], {
        driver: 'speed',
        idle: 0.1,
        full: 2.2,
        noise: 0.08,
      }),
    ],
  },
  coolingWaterPump: {
    code: 'CWP',
    name: '冷却水循环泵',
    nameEn: 'Cooling water circulation pump',
    rotating: true,
    tags: [
      tag(['outletPressure', '出口压力', 'Outlet pressure'], ['pressure', 'bar', 2, 4.5], {
        driver: 'load',
        idle: 2.6,
        full: 3.7,
        noise: 0.02,
      }),
      tag(['motorCurrent', '电机电流', 'Motor current'], ['current', 'A', 5, 25], {
        driver: 'load',
        idle: 9,
        full: 19,
      }),
      tag(['bearingTemperature', '轴承温度', 'Bearing temperature'], ['temperature', '°C', 20, 70], {
        driver: 'thermal',
        idle: 30,
        full: 48,
        tauSeconds: 2400,
        noise: 0.15,
      }),
      tag(['vibration', '泵体振动', 'Pump vibration RMS'], ['vibration', 'mm/s', 0, 4.5], {
        driver: 'speed',
        idle: 0.1,
        full: 1.9,
        noise: 0.07,
      }),
    ],
  },
  chiller: {
    code: 'CH',
    name: '螺杆冷水机组',
    nameEn: 'Screw chiller',
    rotating: false,
    tags: [
      tag(
        ['supplyTemperature', '供水温度', 'Chilled water supply temperature'],
        ['temperature', '°C', 5, 12],
        {
          driver: 'thermal',
          idle: 7,
          full: 8.5,
          tauSeconds: 600,
          ambient: 0.05,
          noise: 0.05,
        },
      ),
      tag(
        ['returnTemperature', '回水温度', 'Chilled water return temperature'],
        ['temperature', '°C', 8, 16],
        {
          driver: 'thermal',
          idle: 9,
          full: 13,
          tauSeconds: 900,
          ambient: 0.1,
          noise: 0.05,
        },
      ),
      tag(['compressorCurrent', '压缩机电流', 'Compressor current'], ['current', 'A', 10, 110], {
        driver: 'load',
        idle: 20,
        full: 86,
      }),
      tag(['condenserPressure', '冷凝压力', 'Condensing pressure'], ['pressure', 'bar', 8, 17], {
        driver: 'load',
        idle: 10,
        full: 14.5,
        noise: 0.05,
      }),
    ],
  },
} as const satisfies Record<string, MachineType>;

/** Name of a machine type in {@link MACHINE_TYPES}. */
export type MachineTypeName = keyof typeof MACHINE_TYPES;
