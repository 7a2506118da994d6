/** GET /api/overview: plant-wide KPIs straight from the store. */
import { overviewSchema } from '@zhizao/contract';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { readOverview } from '../queries/overview-query.ts';
import type { ServerContext } from '../server-context.ts';

export function overviewRoutes(app: ZodRouteApp, context: ServerContext): void {
  app.get(
    '/api/overview',
    { schema: { tags: ['overview'], summary: 'Plant-wide KPIs', response: { 200: overviewSchema } } },
    async () => ({ ...(await readOverview(context.database)), demo: await context.demo.isPresent() }),
  );
}
