/** GET /api/plant: the plant -> line -> machine -> tag tree. */
import { plantTreeSchema } from '@zhizao/contract';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { readPlantTree } from '../queries/plant-query.ts';
import type { ServerContext } from '../server-context.ts';

export function plantRoutes(app: ZodRouteApp, context: ServerContext): void {
  app.get(
    '/api/plant',
    {
      schema: {
        tags: ['equipment'],
        summary: 'Plant, lines, machines and their tags',
        response: { 200: plantTreeSchema },
      },
    },
    async () => readPlantTree(context.database),
  );
}
