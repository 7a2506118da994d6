/** File imports: what was stored, and the row-level report when a file is rejected. */
import { z } from 'zod';

export const datasetKindSchema = z.enum(['sales', 'items', 'telemetry']);
export type DatasetKindName = z.infer<typeof datasetKindSchema>;

export const importProblemSchema = z.object({
  row: z.number().describe('1-based row as a spreadsheet shows it (the header is row 1)'),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
  reasonZh: z.string(),
});

export const importReportSchema = z.object({
  fileName: z.string(),
  kind: datasetKindSchema,
  rowCount: z.number(),
  problemCount: z.number(),
  problems: z.array(importProblemSchema),
});
export type ImportReportBody = z.infer<typeof importReportSchema>;

export const importResultSchema = z.object({
  id: z.string(),
  kind: datasetKindSchema,
  fileName: z.string(),
  rowCount: z.number(),
  /** True when the same file content was imported before: nothing was written again. */
  alreadyImported: z.boolean(),
  seconds: z.number(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importHistorySchema = z.array(
  z.object({
    id: z.string(),
    kind: datasetKindSchema,
    fileName: z.string(),
    rowCount: z.number(),
    importedAt: z.string(),
    importedBy: z.string(),
  }),
);
export type ImportHistory = z.infer<typeof importHistorySchema>;
