/** Assembles the Fastify app: logging, validation, OpenAPI at /docs, access control, routes, the web app. */
import { existsSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerForecastRoutes } from '../forecasting/index.ts';
import { registerPlanningRoutes } from '../planning/index.ts';
import { demoRoutes } from '../routes/demo-routes.ts';
import { healthRoutes } from '../routes/health-routes.ts';
import { importRoutes } from '../routes/import-routes.ts';
import { itemRoutes } from '../routes/item-routes.ts';
import { overviewRoutes } from '../routes/overview-routes.ts';
import { plantRoutes } from '../routes/plant-routes.ts';
import { sessionRoutes } from '../routes/session-routes.ts';
import type { ServerContext } from '../server-context.ts';
import { registerTelemetry } from '../telemetry/index.ts';
import { installAccess } from './access.ts';
import { installErrorHandler } from './error-handler.ts';

const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export async function buildApp(context: ServerContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: context.logger,
    bodyLimit: 64 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'zhizao 智造 API',
        description: 'Open, self-hosted AI platform for manufacturers. Errors are {code, message, details}.',
        version: context.version,
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'zhizao_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  installAccess(app, { database: context.database, authRequired: context.authRequired });

  healthRoutes(app, context);
  sessionRoutes(app, context);
  overviewRoutes(app, context);
  itemRoutes(app, context);
  importRoutes(app, context);
  plantRoutes(app, context);
  demoRoutes(app, context);
  registerTelemetry(app, context.telemetry);
  registerForecastRoutes(app, context, context.forecasts);
  registerPlanningRoutes(app, context.planning);
  await serveWebApp(app, context.config.webRoot);
  return app;
}

/** Serves the built dashboard; unknown non-API GETs get index.html so client-side routes load; the rest is a JSON 404. */
async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const hasWebApp = existsSync(webRoot);
  if (hasWebApp) await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  else app.log.warn({ webRoot }, 'web app not built; run `npm run build:web` (the API still works)');
  app.setNotFoundHandler((request, reply) => {
    if (hasWebApp && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` });
  });
}
