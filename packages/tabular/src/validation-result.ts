/** The typed data a successful validation yields, per dataset kind. */
import type { ImportReport } from './import-report.ts';

/** Sales history, column-major. */
export type SalesColumns = {
  sku: string[];
  /** Days since 1970-01-01. */
  day: Int32Array;
  quantity: Float64Array;
  /** 1 on promotion, else 0 (0 when the column is absent). */
  promotion: Uint8Array;
  /** NaN where absent. */
  price: Float64Array;
};

/** One item of the item master. Optional numbers are omitted when the cell or column is empty. */
export type ItemRow = {
  sku: string;
  name: string;
  category: string;
  supplier: string;
  unitCost: number;
  leadTimeDays: number;
  price?: number;
  moq?: number;
  packSize?: number;
  onHand?: number;
  onOrder?: number;
  /** Cost of placing one order (currency per order). */
  orderCost?: number;
  /** Annual holding cost as a fraction of unit cost (0.25 = 25% a year). */
  holdingRate?: number;
};

/** The item master, one object per item. */
export type ItemRows = ItemRow[];

/** Telemetry in long format, one observation per index (wide files are unpivoted row by row). */
export type TelemetryColumns = {
  /** Epoch milliseconds (UTC unless the file wrote a zone). */
  timestamp: Float64Array;
  machine: string[];
  tag: string[];
  value: Float64Array;
  /** '' where unknown. */
  unit: string[];
};

/** Either the typed data and its row count, or the report of every problem found. */
export type ValidationResult<T = SalesColumns | ItemRows | TelemetryColumns> =
  | { ok: true; data: T; rowCount: number }
  | { ok: false; report: ImportReport };
