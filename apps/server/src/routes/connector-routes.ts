/** Connector API: CRUD, connection test, live state, and OPC UA browsing. */
import {
  type Connector,
  type ConnectorConfig,
  connectorInputSchema,
  connectorListSchema,
  connectorSchema,
  connectorTestResultSchema,
  opcuaBrowseRequestSchema,
  opcuaBrowseResultSchema,
} from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import { z } from 'zod';
import { browseOpcua } from '../connectors/opcua-driver.ts';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { TelemetryService } from '../telemetry/telemetry-service.ts';

/** Stands in for a stored password in answers; sending it back keeps the stored one. */
export const REDACTED = '********';

function redact(connector: Connector): Connector {
  const config = connector.config as ConnectorConfig & { password?: string | undefined };
  if (config.password === undefined) return connector;
  return { ...connector, config: { ...config, password: REDACTED } as ConnectorConfig };
}

function keepPassword(next: ConnectorConfig, previous: ConnectorConfig): ConnectorConfig {
  const incoming = next as ConnectorConfig & { password?: string | undefined };
  const stored = previous as ConnectorConfig & { password?: string | undefined };
  return incoming.password === REDACTED
    ? ({ ...incoming, password: stored.password } as ConnectorConfig)
    : next;
}

const idParams = z.object({ id: z.string() });

export function connectorRoutes(app: ZodRouteApp, service: TelemetryService): void {
  const tags = ['connectors'];
  const manager = service.connectors;
  app.get(
    '/api/connectors',
    { schema: { tags, summary: 'Connectors with their live state', response: { 200: connectorListSchema } } },
    async () => manager.list().map(redact),
  );
  app.get(
    '/api/connectors/:id',
    {
      schema: {
        tags,
        summary: 'One connector with its live state',
        params: idParams,
        response: { 200: connectorSchema },
      },
    },
    async (request) => redact(manager.get(request.params.id)),
  );
  app.post(
    '/api/connectors',
    {
      schema: {
        tags,
        summary: 'Add a connector (started at once when enabled)',
        body: connectorInputSchema,
        response: { 201: connectorSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, WRITERS.telemetry);
      return reply.status(201).send(redact(await manager.create(request.body)));
    },
  );
  app.put(
    '/api/connectors/:id',
    {
      schema: {
        tags,
        summary: 'Change a connector (it restarts)',
        params: idParams,
        body: connectorInputSchema,
        response: { 200: connectorSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.telemetry);
      const previous = manager.get(request.params.id);
      const input = { ...request.body, config: keepPassword(request.body.config, previous.config) };
      return redact(await manager.update(request.params.id, input));
    },
  );
  app.delete(
    '/api/connectors/:id',
    { schema: { tags, summary: 'Stop and remove a connector', params: idParams } },
    async (request, reply) => {
      requireRole(request, WRITERS.telemetry);
      await manager.delete(request.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/connectors/test',
    {
      schema: {
        tags,
        summary: 'Try a configuration: connect once, collect sample points for up to 3 s, store nothing',
        body: connectorInputSchema,
        response: { 200: connectorTestResultSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.telemetry);
      return manager.test(request.body);
    },
  );
  app.post(
    '/api/connectors/opcua/browse',
    {
      schema: {
        tags,
        summary: 'List the children of an OPC UA node, to pick variables',
        body: opcuaBrowseRequestSchema,
        response: { 200: opcuaBrowseResultSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.telemetry);
      try {
        return await browseOpcua(request.body.endpoint, request.body.nodeId, request.body);
      } catch (error) {
        throw new AppError(
          'INVALID_INPUT',
          `cannot browse ${request.body.endpoint}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  );
}
