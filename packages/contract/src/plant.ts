/** The plant -> line -> machine -> tag tree. */
import { z } from 'zod';

export const tagSchema = z.object({ id: z.string(), name: z.string(), unit: z.string() });
export const machineSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  tags: z.array(tagSchema),
});
export const lineSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  machines: z.array(machineSchema),
});
export const plantSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  lines: z.array(lineSchema),
});
export const plantTreeSchema = z.object({ plants: z.array(plantSchema) });
export type PlantTree = z.infer<typeof plantTreeSchema>;
