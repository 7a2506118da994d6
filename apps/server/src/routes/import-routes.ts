/** POST /api/imports (multipart file upload) and the import history. */

import {
  datasetKindSchema,
  type ImportHistory,
  importHistorySchema,
  importResultSchema,
} from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import { z } from 'zod';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { importFile } from '../imports/import-service.ts';
import type { ServerContext } from '../server-context.ts';

export function importRoutes(app: ZodRouteApp, context: ServerContext): void {
  const tags = ['imports'];
  app.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Import a CSV or XLSX file (multipart field "file"); all rows or none',
        description:
          'Every row is validated. On any problem the whole file is rejected with HTTP 422 and details = the row-level report (file, row, column, value, reason; first 100 problems plus a count). Re-importing the same file changes nothing.',
        querystring: z.object({ kind: datasetKindSchema }),
        consumes: ['multipart/form-data'],
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      const principal = requireRole(request, WRITERS[request.query.kind]);
      const file = await request.file();
      if (!file)
        throw new AppError('INVALID_INPUT', 'no file uploaded: send multipart/form-data with a field "file"');
      const bytes = await file.toBuffer();
      const result = await importFile(context.database, {
        bytes,
        fileName: file.filename,
        kind: request.query.kind,
        importedBy: principal.username,
      });
      if (!result.alreadyImported && result.kind === 'sales') context.forecasts.notifySalesChanged();
      if (!result.alreadyImported && result.kind !== 'telemetry') context.planning.notifyChanged();
      return result;
    },
  );
  app.get(
    '/api/imports',
    { schema: { tags, summary: 'Import history, newest first', response: { 200: importHistorySchema } } },
    async () =>
      context.database.query<ImportHistory[number]>(
        `SELECT id, kind, file_name AS fileName, row_count::DOUBLE AS rowCount,
           strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS importedAt, imported_by AS importedBy
         FROM imports ORDER BY imported_at DESC LIMIT 200`,
      ),
  );
}
