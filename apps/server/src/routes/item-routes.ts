/** Item master listing and per-SKU sales history. */

import { itemListQuerySchema, itemListSchema, salesSeriesSchema } from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import { z } from 'zod';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { listItems, readSalesSeries } from '../queries/item-query.ts';
import type { ServerContext } from '../server-context.ts';

export function itemRoutes(app: ZodRouteApp, context: ServerContext): void {
  const tags = ['items'];
  app.get(
    '/api/items',
    {
      schema: {
        tags,
        summary: 'Item master, searchable',
        querystring: itemListQuerySchema,
        response: { 200: itemListSchema },
      },
    },
    async (request) => listItems(context.database, request.query),
  );
  app.get(
    '/api/items/:sku/sales',
    {
      schema: {
        tags,
        summary: 'Daily sales history of one SKU',
        params: z.object({ sku: z.string().min(1) }),
        response: { 200: salesSeriesSchema },
      },
    },
    async (request) => {
      const series = await readSalesSeries(context.database, request.params.sku);
      if (!series) throw new AppError('NOT_FOUND', `no item or sales for SKU "${request.params.sku}"`);
      return series;
    },
  );
}
