/** Exit codes of the `zhizao` command, one place: scripts can tell bad input from a broken setup. */
import { type AppErrorCode, assertNever } from '@zhizao/core';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidInput: 3,
  notFound: 4,
  conflict: 5,
  denied: 6,
} as const;

export function exitCodeOf(code: AppErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'UNSUPPORTED':
      return EXIT.invalidInput;
    case 'NOT_FOUND':
      return EXIT.notFound;
    case 'CONFLICT':
      return EXIT.conflict;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return EXIT.denied;
    case 'CANCELLED':
      return EXIT.failure;
    default:
      return assertNever(code, 'error code');
  }
}
