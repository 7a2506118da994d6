/** CLI command module: `inventory-solve <file.json>` reads an inventory problem and solves it (wired by main.ts). */
import { readFile } from 'node:fs/promises';
import { AppError } from '@zhizao/core';
import { solveProblem } from '@zhizao/inventory';

/**
 * Reads a JSON inventory problem (format: docs/inventory-problem-format.md) and returns the solution object.
 * Missing files give AppError('NOT_FOUND'); unreadable JSON and invalid problems give AppError('INVALID_INPUT').
 */
export async function inventorySolve(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `problem file not found: ${file}`);
    throw new AppError(
      'INVALID_INPUT',
      `cannot read problem file ${file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  let problem: unknown;
  try {
    problem = JSON.parse(text);
  } catch (e) {
    throw new AppError(
      'INVALID_INPUT',
      `${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return solveProblem(problem);
}
