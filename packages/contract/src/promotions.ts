/** Planned promotions: future day ranges per SKU that demand forecasts take into account. */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** One planned promotion: an inclusive day range. */
export const plannedPromotionRangeSchema = z.object({
  from: isoDate.describe('first promotion day'),
  to: isoDate.describe('last promotion day (inclusive)'),
  note: z.string().max(200).optional().describe('e.g. the campaign name'),
});

/** Body of PUT /api/forecasts/promotions: the SKU's complete plan (replaces the previous one). */
export const plannedPromotionsRequestSchema = z.object({
  sku: z.string().min(1),
  promotions: z.array(plannedPromotionRangeSchema).max(100).describe('an empty list clears the plan'),
});

/** A stored planned promotion. */
export const plannedPromotionSchema = z.object({
  sku: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

/** Answer of GET and PUT /api/forecasts/promotions. */
export const plannedPromotionListSchema = z.object({
  items: z.array(plannedPromotionSchema),
  refit: z.boolean().describe('true when a re-forecast was requested (PUT only)'),
});

/** Query of GET /api/forecasts/promotions. */
export const plannedPromotionQuerySchema = z.object({
  sku: z.string().min(1).optional().describe('only this SKU'),
});

/** One planned promotion range in a request. */
export type PlannedPromotionRange = z.infer<typeof plannedPromotionRangeSchema>;
/** Body of PUT /api/forecasts/promotions. */
export type PlannedPromotionsRequest = z.infer<typeof plannedPromotionsRequestSchema>;
/** A stored planned promotion. */
export type PlannedPromotion = z.infer<typeof plannedPromotionSchema>;
/** Answer of GET and PUT /api/forecasts/promotions. */
export type PlannedPromotionList = z.infer<typeof plannedPromotionListSchema>;
