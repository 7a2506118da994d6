/** Maps every failure to the one error body `{code, message, details}`; the only place codes become HTTP statuses. */
import { type AppErrorCode, assertNever, isAppError } from '@zhizao/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export function httpStatusOf(code: AppErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
      return 422;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'UNSUPPORTED':
      return 415;
    case 'CANCELLED':
      return 499;
    default:
      return assertNever(code, 'error code');
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      return reply.status(httpStatusOf(error.code)).send({
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        code: 'INVALID_INPUT',
        message: `invalid request ${error.validationContext ?? ''}`.trim(),
        details: error.validation.map((issue) => ({ path: issue.instancePath, message: issue.message })),
      });
    }
    if (typeof error.statusCode === 'number' && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ code: error.code ?? 'BAD_REQUEST', message: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: 'internal error; see the server log' });
  });
}
