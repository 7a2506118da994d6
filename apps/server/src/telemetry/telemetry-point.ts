/** The unit of telemetry inside the server: one value of one tag at one time. */

/** One measured value. `unit` and `machineId` only matter when the tag is new and gets created. */
export interface TelemetryPoint {
  readonly tagId: string;
  /** Epoch milliseconds. */
  readonly ts: number;
  readonly value: number;
  readonly unit?: string | undefined;
  readonly machineId?: string | undefined;
}

/** A point that could not be read, with the reason and a short sample of the input for the log. */
export interface MalformedInput {
  readonly reason: string;
  readonly sample: string;
}

/** Epoch ms from epoch ms, epoch seconds (values below 1e11, i.e. before 1973 in ms) or an ISO-8601 string. */
export function parseTime(input: unknown): number | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    return input < 1e11 ? Math.round(input * 1000) : Math.round(input);
  }
  if (typeof input === 'string' && input.length > 0) {
    const numeric = Number(input);
    if (Number.isFinite(numeric)) return parseTime(numeric);
    const parsed = Date.parse(input);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/** The first characters of a payload, for logs and the connector state. */
export function sampleOf(input: unknown, maxLength = 200): string {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = Buffer.from(input.subarray(0, maxLength * 4)).toString('utf8');
  else {
    try {
      text = JSON.stringify(input) ?? String(input);
    } catch {
      text = String(input);
    }
  }
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
