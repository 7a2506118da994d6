/** Who may do what: local admin on loopback; beyond loopback a session cookie or API token, and roles for writes. */

import type { Role } from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Principal, principalFromSession, principalFromToken } from '../auth/users.ts';
import type { Database } from '../storage/database.ts';

export const SESSION_COOKIE = 'zhizao_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

const LOCAL_ADMIN: Principal = { username: 'local-admin', role: 'admin', via: 'loopback' };

/** Requests that need no principal even when sign-in is required. */
function isPublic(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0] ?? '';
  if (!url.startsWith('/api/')) return true;
  return url === '/api/health' || url === '/api/session';
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function installAccess(
  app: FastifyInstance,
  options: { database: Database; authRequired: boolean },
): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    if (!options.authRequired) {
      request.principal = LOCAL_ADMIN;
      return;
    }
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    request.principal = bearer
      ? await principalFromToken(options.database, bearer)
      : cookie
        ? await principalFromSession(options.database, cookie)
        : undefined;
    if (!request.principal && !isPublic(request)) {
      throw new AppError('UNAUTHENTICATED', 'sign in or send an API token (Authorization: Bearer …)');
    }
  });
}

/** Throws unless the request's principal has one of the roles. */
export function requireRole(request: FastifyRequest, roles: readonly Role[]): Principal {
  const principal = request.principal;
  if (!principal) throw new AppError('UNAUTHENTICATED', 'sign in first');
  if (!roles.includes(principal.role)) {
    throw new AppError('FORBIDDEN', `role ${principal.role} may not do this; needs ${roles.join(' or ')}`);
  }
  return principal;
}

/** Roles allowed to change data of a kind. */
export const WRITERS = {
  sales: ['admin', 'planner'],
  items: ['admin', 'planner'],
  telemetry: ['admin', 'engineer'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
