/** Replenishment planning inside the product: the background service and its HTTP routes. */

export { registerPlanningRoutes } from '../routes/planning-routes.ts';
export type { PlanningLogger, PlanningService, PlanningServiceOptions } from './planning-service.ts';
export { createPlanningService, DEFAULT_TARGET } from './planning-service.ts';
