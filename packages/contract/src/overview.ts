/** Plant-wide KPIs for the overview page, computed from the store. */
import { z } from 'zod';

export const overviewSchema = z.object({
  demo: z.boolean(),
  counts: z.object({
    skus: z.number(),
    salesRows: z.number(),
    machines: z.number(),
    tags: z.number(),
    telemetryPoints: z.number(),
  }),
  salesRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  inventoryValue: z.number().describe('Sum of on hand x unit cost over the item master'),
  salesByMonth: z.array(z.object({ month: z.string(), quantity: z.number(), revenue: z.number() })),
  topSkus: z.array(
    z.object({ sku: z.string(), name: z.string(), quantity: z.number(), revenue: z.number() }),
  ),
  categories: z.array(z.object({ category: z.string(), skus: z.number(), inventoryValue: z.number() })),
});
export type Overview = z.infer<typeof overviewSchema>;
