/** Sends a table download as CSV or Excel, with the headers browsers need to save it under a name. */
import { assertNever } from '@zhizao/core';
import type { FastifyReply } from 'fastify';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type SpreadsheetFormat = keyof typeof CONTENT_TYPES;

export interface SpreadsheetSource {
  /** File name without extension. */
  readonly baseName: string;
  csv(): Promise<string>;
  xlsx(): Promise<Uint8Array>;
}

export async function sendSpreadsheet(
  reply: FastifyReply,
  format: SpreadsheetFormat,
  source: SpreadsheetSource,
): Promise<FastifyReply> {
  const body = await bodyOf(format, source);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${source.baseName}.${format}"`)
    .send(body);
}

function bodyOf(format: SpreadsheetFormat, source: SpreadsheetSource): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv':
      return source.csv();
    case 'xlsx':
      return source.xlsx();
    default:
      return assertNever(format, 'spreadsheet format');
  }
}
