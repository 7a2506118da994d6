/** @zhizao/contract — request and response schemas of the HTTP API (see docs/architecture.md). */

export type {
  Alarm,
  AlarmCondition,
  AlarmRule,
  AlarmRuleInput,
  AlarmSeverity,
  AlarmState,
  NotificationSettings,
} from './alarms.ts';
export {
  alarmConditionSchema,
  alarmListQuerySchema,
  alarmListSchema,
  alarmRuleInputSchema,
  alarmRuleListSchema,
  alarmRuleSchema,
  alarmSchema,
  alarmSeveritySchema,
  alarmStateSchema,
  notificationSettingsSchema,
} from './alarms.ts';
export type {
  Connector,
  ConnectorConfig,
  ConnectorInput,
  ConnectorKind,
  ConnectorState,
  ConnectorStatus,
  ConnectorTestResult,
  ModbusRegister,
  OpcuaBrowseResult,
  PayloadMapping,
} from './connectors.ts';
export {
  connectorConfigSchema,
  connectorInputSchema,
  connectorListSchema,
  connectorSchema,
  connectorStateSchema,
  connectorStatusSchema,
  connectorTestResultSchema,
  modbusRegisterSchema,
  opcuaBrowseRequestSchema,
  opcuaBrowseResultSchema,
  payloadMappingSchema,
} from './connectors.ts';
export type { DemoStatus } from './demo.ts';
export { demoStatusSchema } from './demo.ts';
export type { ErrorBody } from './errors.ts';
export { errorBodySchema } from './errors.ts';
export type {
  ForecastDetail,
  ForecastListQuery,
  ForecastPortfolio,
  ForecastRunRequest,
  ForecastRunResult,
  ForecastStatus,
  ForecastSummary,
} from './forecasting.ts';
export {
  demandPatternSchema,
  forecastBacktestSchema,
  forecastDetailQuerySchema,
  forecastDetailSchema,
  forecastExportQuerySchema,
  forecastListQuerySchema,
  forecastPortfolioSchema,
  forecastRunRequestSchema,
  forecastRunResultSchema,
  forecastStatusSchema,
  forecastSummarySchema,
} from './forecasting.ts';
export type { Health } from './health.ts';
export { healthSchema } from './health.ts';
export type { DatasetKindName, ImportHistory, ImportReportBody, ImportResult } from './imports.ts';
export {
  datasetKindSchema,
  importHistorySchema,
  importProblemSchema,
  importReportSchema,
  importResultSchema,
} from './imports.ts';
export type { Item, ItemList, SalesSeries } from './items.ts';
export { itemListQuerySchema, itemListSchema, itemSchema, salesSeriesSchema } from './items.ts';
export type { Overview } from './overview.ts';
export { overviewSchema } from './overview.ts';
export type {
  DemandSource,
  Plan,
  PlanDetail,
  PlanException,
  PlanInputs,
  PlanList,
  PlanListQuery,
  PlanProblem,
  PlanRunRequest,
  PlanRunResult,
  PlanServiceTarget,
  ProjectionPoint,
  ServiceKind,
  Tradeoff,
} from './planning.ts';
export {
  demandSourceSchema,
  planDetailSchema,
  planExceptionListSchema,
  planExceptionSchema,
  planExportQuerySchema,
  planInputsSchema,
  planListQuerySchema,
  planListSchema,
  planProblemSchema,
  planRunRequestSchema,
  planRunResultSchema,
  planSchema,
  planSortSchema,
  projectionPointSchema,
  serviceKindSchema,
  serviceTargetSchema,
  tradeoffPointSchema,
  tradeoffQuerySchema,
  tradeoffSchema,
} from './planning.ts';
export type { PlantTree } from './plant.ts';
export { plantTreeSchema } from './plant.ts';
export type {
  PlannedPromotion,
  PlannedPromotionList,
  PlannedPromotionRange,
  PlannedPromotionsRequest,
} from './promotions.ts';
export {
  plannedPromotionListSchema,
  plannedPromotionQuerySchema,
  plannedPromotionRangeSchema,
  plannedPromotionSchema,
  plannedPromotionsRequestSchema,
} from './promotions.ts';
export type { Login, Role, Session } from './session.ts';
export { loginSchema, roleSchema, sessionSchema } from './session.ts';
export type {
  IngestPoint,
  IngestResult,
  LatestValues,
  LiveEvent,
  Retention,
  Series,
  SeriesQuery,
} from './telemetry.ts';
export {
  ingestBatchSchema,
  ingestPointSchema,
  ingestResultSchema,
  latestQuerySchema,
  latestValuesSchema,
  liveEventSchema,
  retentionSchema,
  seriesQuerySchema,
  seriesSchema,
  streamQuerySchema,
} from './telemetry.ts';
