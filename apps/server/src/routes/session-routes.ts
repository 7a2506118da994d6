/** Sign in and out with a session cookie (HttpOnly, SameSite=Strict). */
import { loginSchema, sessionSchema } from '@zhizao/contract';
import { signIn, signOut } from '../auth/users.ts';
import { readCookie, SESSION_COOKIE } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { ServerContext } from '../server-context.ts';

function cookieHeader(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

export function sessionRoutes(app: ZodRouteApp, context: ServerContext): void {
  const tags = ['session'];
  app.get(
    '/api/session',
    { schema: { tags, summary: 'Who am I', response: { 200: sessionSchema } } },
    async (request) => ({
      user: request.principal ? { username: request.principal.username, role: request.principal.role } : null,
      authRequired: context.authRequired,
    }),
  );

  app.post(
    '/api/session',
    { schema: { tags, summary: 'Sign in', body: loginSchema, response: { 200: sessionSchema } } },
    async (request, reply) => {
      const { secret, principal, maxAgeSeconds } = await signIn(
        context.database,
        request.body.username,
        request.body.password,
      );
      reply.header('set-cookie', cookieHeader(secret, maxAgeSeconds));
      return {
        user: { username: principal.username, role: principal.role },
        authRequired: context.authRequired,
      };
    },
  );

  app.delete('/api/session', { schema: { tags, summary: 'Sign out' } }, async (request, reply) => {
    const secret = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (secret) await signOut(context.database, secret);
    reply.header('set-cookie', cookieHeader('', 0));
    return reply.status(204).send();
  });
}
