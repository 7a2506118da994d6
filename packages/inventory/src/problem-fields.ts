/** Hand-written readers for the JSON problem format: every error names the field, the value and the item id. */
import { AppError } from '@zhizao/core';

/** Numeric bounds for a field. */
export interface NumberRule {
  readonly min?: number;
  /** Exclusive lower bound. */
  readonly above?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Reads fields of one JSON object; `where` prefixes messages (e.g. `sku A: ` or `stages[2]: `). */
export class Fields {
  readonly where: string;
  private readonly value: Record<string, unknown>;

  constructor(value: unknown, where: string) {
    this.where = where;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new AppError('INVALID_INPUT', `${where || 'problem'} must be a JSON object, got ${show(value)}`);
    }
    this.value = value as Record<string, unknown>;
  }

  /** The prefix for messages about this object, including its id when it has one. */
  private prefix(): string {
    const id = this.value.id;
    const idText =
      typeof id === 'string' || typeof id === 'number'
        ? `${this.where ? `${this.where} ` : ''}(id ${id})`
        : this.where;
    return idText ? `${idText}: ` : '';
  }

  /** Throws an INVALID_INPUT AppError about a field. */
  fail(name: string, message: string): never {
    throw new AppError('INVALID_INPUT', `${this.prefix()}${name} ${message}`, { field: name });
  }

  has(name: string): boolean {
    return this.value[name] !== undefined;
  }

  raw(name: string): unknown {
    return this.value[name];
  }

  /** A required number obeying the rule. */
  number(name: string, rule: NumberRule = {}): number {
    const v = this.value[name];
    if (v === undefined) this.fail(name, 'is required');
    if (typeof v !== 'number' || !Number.isFinite(v))
      this.fail(name, `must be a finite number, got ${show(v)}`);
    checkNumber(v, rule, (message) => this.fail(name, message));
    return v;
  }

  /** An optional number (undefined when absent). */
  optionalNumber(name: string, rule: NumberRule = {}): number | undefined {
    return this.value[name] === undefined ? undefined : this.number(name, rule);
  }

  /** A required string from a fixed set. */
  choice<T extends string>(name: string, options: readonly T[], fallback?: T): T {
    const v = this.value[name];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || !options.includes(v as T)) {
      this.fail(name, `must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${show(v)}`);
    }
    return v as T;
  }

  /** An optional string. */
  optionalString(name: string): string | undefined {
    const v = this.value[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') this.fail(name, `must be a string, got ${show(v)}`);
    return String(v);
  }

  /** A non-empty array of numbers, each obeying the rule. */
  numbers(name: string, rule: NumberRule = {}): Float64Array {
    const v = this.value[name];
    if (!Array.isArray(v) || v.length === 0)
      this.fail(name, `must be a non-empty array of numbers, got ${show(v)}`);
    const out = new Float64Array(v.length);
    v.forEach((item, i) => {
      if (typeof item !== 'number' || !Number.isFinite(item))
        this.fail(`${name}[${i}]`, `must be a finite number, got ${show(item)}`);
      checkNumber(item, rule, (message) => this.fail(`${name}[${i}]`, message));
      out[i] = item;
    });
    return out;
  }

  /** A nested object. */
  object(name: string): Fields {
    const v = this.value[name];
    if (v === undefined) this.fail(name, 'is required');
    return new Fields(v, `${this.prefix()}${name}`);
  }

  /** A non-empty array of objects. */
  objects(name: string): Fields[] {
    const v = this.value[name];
    if (!Array.isArray(v) || v.length === 0)
      this.fail(name, `must be a non-empty array of objects, got ${show(v)}`);
    return v.map((item, i) => new Fields(item, `${this.prefix()}${name}[${i}]`));
  }
}

function checkNumber(v: number, rule: NumberRule, fail: (message: string) => never): void {
  if (rule.integer === true && !Number.isInteger(v)) fail(`must be an integer, got ${v}`);
  if (rule.min !== undefined && v < rule.min) fail(`must be >= ${rule.min}, got ${v}`);
  if (rule.above !== undefined && !(v > rule.above)) fail(`must be > ${rule.above}, got ${v}`);
  if (rule.max !== undefined && v > rule.max) fail(`must be <= ${rule.max}, got ${v}`);
}
