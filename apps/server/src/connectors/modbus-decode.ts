/** Decodes Modbus register words into engineering values by a register map entry (type, word order, scale, offset). */
import type { ModbusRegister } from '@zhizao/contract';
import { assertNever } from '@zhizao/core';

/** Registers (16-bit words) a value of this type occupies. */
export function registerWidth(type: ModbusRegister['type']): 1 | 2 {
  return type === 'int16' || type === 'uint16' ? 1 : 2;
}

const view = new DataView(new ArrayBuffer(4));

/**
 * Value of `register` read from `words` starting at `index`: raw · scale + offset. 32-bit values are
 * big-endian within each word (Modbus Application Protocol v1.1b §4.2); `wordOrder` says which word is high.
 */
export function decodeRegister(words: ArrayLike<number>, index: number, register: ModbusRegister): number {
  const first = (words[index] ?? 0) & 0xffff;
  let raw: number;
  const type = register.type;
  switch (type) {
    case 'uint16':
      raw = first;
      break;
    case 'int16':
      raw = first >= 0x8000 ? first - 0x10000 : first;
      break;
    case 'int32':
    case 'uint32':
    case 'float32': {
      const second = (words[index + 1] ?? 0) & 0xffff;
      const [high, low] = register.wordOrder === 'big' ? [first, second] : [second, first];
      view.setUint16(0, high);
      view.setUint16(2, low);
      raw = type === 'float32' ? view.getFloat32(0) : type === 'int32' ? view.getInt32(0) : view.getUint32(0);
      break;
    }
    default:
      return assertNever(type, 'register type');
  }
  return raw * register.scale + register.offset;
}

/** A contiguous read covering several registers of one table. */
export interface RegisterRead {
  readonly table: ModbusRegister['table'];
  readonly start: number;
  readonly count: number;
  readonly registers: readonly ModbusRegister[];
}

/** Groups registers into as few reads as possible (at most 125 words each, the protocol limit). */
export function planReads(registers: readonly ModbusRegister[], maxWords = 125): RegisterRead[] {
  const reads: RegisterRead[] = [];
  for (const table of ['holding', 'input'] as const) {
    const sorted = registers.filter((r) => r.table === table).sort((a, b) => a.address - b.address);
    let current: { start: number; end: number; registers: ModbusRegister[] } | undefined;
    for (const register of sorted) {
      const end = register.address + registerWidth(register.type);
      if (current !== undefined && end - current.start <= maxWords) {
        current.end = Math.max(current.end, end);
        current.registers.push(register);
        continue;
      }
      if (current !== undefined)
        reads.push({
          table,
          start: current.start,
          count: current.end - current.start,
          registers: current.registers,
        });
      current = { start: register.address, end, registers: [register] };
    }
    if (current !== undefined)
      reads.push({
        table,
        start: current.start,
        count: current.end - current.start,
        registers: current.registers,
      });
  }
  return reads;
}
