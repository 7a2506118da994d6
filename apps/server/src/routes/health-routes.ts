/** GET /api/health: liveness, version, storage. */
import { healthSchema } from '@zhizao/contract';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { ServerContext } from '../server-context.ts';

export function healthRoutes(app: ZodRouteApp, context: ServerContext): void {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and storage', response: { 200: healthSchema } } },
    async () => ({
      status: 'ok' as const,
      version: context.version,
      storage: context.database.description,
      demo: await context.demo.isPresent(),
      uptimeSeconds: Math.round(process.uptime()),
    }),
  );
}
