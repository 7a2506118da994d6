/** The one error body every failing API call returns. */
import { z } from 'zod';

export const errorBodySchema = z.object({
  code: z.string().describe('Stable machine-readable code, e.g. INVALID_INPUT, NOT_FOUND, UNAUTHENTICATED'),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
