/** Telemetry wiring for the server: create the service, start it, register its routes. */
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { alarmRoutes } from '../routes/alarm-routes.ts';
import { connectorRoutes } from '../routes/connector-routes.ts';
import { telemetryRoutes } from '../routes/telemetry-routes.ts';
import type { TelemetryService } from './telemetry-service.ts';

export type { TelemetryServiceOptions } from './telemetry-service.ts';
export { createTelemetryService, TelemetryService } from './telemetry-service.ts';

/** Registers /api/telemetry/*, /api/connectors*, /api/alarms* and /api/alarm-rules*; open streams end when the app closes. */
export function registerTelemetry(app: ZodRouteApp, service: TelemetryService): void {
  telemetryRoutes(app, service);
  connectorRoutes(app, service);
  alarmRoutes(app, service);
  app.addHook('preClose', async () => {
    service.hub.endAll();
  });
}
