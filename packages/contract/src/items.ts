/** Item master and sales history. */
import { z } from 'zod';

export const itemSchema = z.object({
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  unitCost: z.number(),
  price: z.number().nullable(),
  supplier: z.string(),
  leadTimeDays: z.number(),
  moq: z.number(),
  packSize: z.number(),
  onHand: z.number(),
  onOrder: z.number(),
});
export type Item = z.infer<typeof itemSchema>;

export const itemListQuerySchema = z.object({
  search: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const itemListSchema = z.object({ total: z.number(), items: z.array(itemSchema) });
export type ItemList = z.infer<typeof itemListSchema>;

export const salesSeriesSchema = z.object({
  sku: z.string(),
  /** ISO dates, one per day with a record. */
  days: z.array(z.string()),
  quantity: z.array(z.number()),
  promotion: z.array(z.number()),
});
export type SalesSeries = z.infer<typeof salesSeriesSchema>;
