/** The demo plant: status, seed, remove. */
import { demoStatusSchema } from '@zhizao/contract';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { ServerContext } from '../server-context.ts';

export function demoRoutes(app: ZodRouteApp, context: ServerContext): void {
  const tags = ['demo'];
  app.get(
    '/api/demo',
    { schema: { tags, summary: 'Demo plant status', response: { 200: demoStatusSchema } } },
    async () => context.demo.status(),
  );
  app.post(
    '/api/demo/seed',
    {
      schema: {
        tags,
        summary: 'Seed the demo plant (in the background)',
        response: { 202: demoStatusSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, WRITERS.admin);
      context.demo.seedInBackground();
      return reply.status(202).send(await context.demo.status());
    },
  );
  app.delete(
    '/api/demo',
    { schema: { tags, summary: 'Remove all demo data', response: { 200: demoStatusSchema } } },
    async (request) => {
      requireRole(request, WRITERS.admin);
      await context.demo.remove();
      return context.demo.status();
    },
  );
}
