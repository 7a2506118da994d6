/** The demo plant: whether it is loaded, and its removal. */
import { z } from 'zod';

export const demoStatusSchema = z.object({
  present: z.boolean(),
  /** Progress of background seeding, 0..1; 1 when done or absent. */
  progress: z.number(),
  stage: z.string(),
});
export type DemoStatus = z.infer<typeof demoStatusSchema>;
