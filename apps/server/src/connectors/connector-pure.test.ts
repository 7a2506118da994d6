import type { ModbusRegister } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';
import { decodeRegister, planReads } from './modbus-decode.ts';
import { topicMatches } from './mqtt-topic.ts';

function register(
  address: number,
  type: ModbusRegister['type'],
  extra: Partial<ModbusRegister> = {},
): ModbusRegister {
  return {
    address,
    type,
    table: 'holding',
    scale: 1,
    offset: 0,
    wordOrder: 'big',
    tag: `r${address}`,
    ...extra,
  };
}

describe('connector helpers', () => {
  it('backs off exponentially up to the cap', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, { initialMs: 100, maxMs: 1000 }))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
  });

  it('matches MQTT wildcards', () => {
    expect(topicMatches('#', 'a/b')).toBe(true);
    expect(topicMatches('#', '$SYS/x')).toBe(false);
    expect(topicMatches('plant/+/temp', 'plant/p1/temp')).toBe(true);
    expect(topicMatches('plant/+/temp', 'plant/p1/x/temp')).toBe(false);
    expect(topicMatches('plant/#', 'plant')).toBe(true);
    expect(topicMatches('a/b', 'a/b/c')).toBe(false);
  });

  it('decodes 16- and 32-bit registers with scale, offset and word order', () => {
    expect(decodeRegister([0xfffe], 0, register(0, 'int16'))).toBe(-2);
    expect(decodeRegister([0xfffe], 0, register(0, 'uint16', { scale: 0.1 }))).toBeCloseTo(6553.4, 9);
    expect(decodeRegister([0x0001, 0x0002], 0, register(0, 'int32'))).toBe(65538);
    expect(decodeRegister([0x0002, 0x0001], 0, register(0, 'int32', { wordOrder: 'little' }))).toBe(65538);
    expect(decodeRegister([0xffff, 0xffff], 0, register(0, 'uint32'))).toBe(4294967295);
    // 0x41C80000 is 25.0 in IEEE-754 single precision.
    expect(decodeRegister([0, 0x41c8, 0x0000], 1, register(0, 'float32', { offset: -5 }))).toBe(20);
  });

  it('plans contiguous reads per table within the word limit', () => {
    const reads = planReads([
      register(10, 'float32'),
      register(0, 'int16'),
      register(200, 'int16'),
      register(5, 'int16', { table: 'input' }),
    ]);
    expect(reads.map((r) => [r.table, r.start, r.count, r.registers.length])).toEqual([
      ['holding', 0, 12, 2],
      ['holding', 200, 1, 1],
      ['input', 5, 1, 1],
    ]);
  });
});
