/**
 * @zhizao/demo — DEMO DATA ONLY: a seeded, invented pump & valve plant (item master, daily sales,
 * asset tree, 1 Hz telemetry with labelled faults) for trying zhizao without real data.
 */

export type { ItemCategory, SeasonShape } from './catalog-types.ts';
export type { DemandPattern, DemandProfile, Lifecycle } from './demand-profile.ts';
export type { FaultKind, FaultRecord } from './faults.ts';
export type { DemoItem, ItemOptions } from './items.ts';
export { DEFAULT_SEED, generateItems } from './items.ts';
export type { LineNode, MachineNode, PlantNode, Schedule, TagInfo } from './plant.ts';
export { demoPlant } from './plant.ts';
export type { SalesChunk, SalesOptions } from './sales.ts';
export { DEFAULT_END_DAY, demandProfiles, generateSales } from './sales.ts';
export type { Driver, TagKind } from './tag-template.ts';
export type { DemoTelemetry, DemoTelemetryOptions, SampleOptions, TelemetrySeries } from './telemetry.ts';
export { createDemoTelemetry } from './telemetry.ts';
