/** @zhizao/inventory — inventory optimisation engine: distributions, policies, multi-echelon models, simulation. */

export type { BudgetAllocation, BudgetItem } from './budget-allocation.ts';
export { allocateBudget } from './budget-allocation.ts';
export type { ClarkScarfMethod, ClarkScarfOptions, ClarkScarfSolution, SerialStage } from './clark-scarf.ts';
export { clarkScarf } from './clark-scarf.ts';
export type { ClarkScarfGrid } from './clark-scarf-discretised.ts';
export {
  DiscreteDistribution,
  distributionFromQuantiles,
  empiricalDistribution,
  latticeDistribution,
  poissonDistribution,
} from './discrete-distribution.ts';
export type { DemandDistribution } from './distribution.ts';
export type { EoqInput } from './eoq.ts';
export { eoq, eoqWithBackorders } from './eoq.ts';
export { GammaDistribution } from './gamma-distribution.ts';
export type { GsmNode, GsmSolution } from './guaranteed-service.ts';
export { guaranteedService } from './guaranteed-service.ts';
export type { LeadTimeDistribution } from './lead-time-demand.ts';
export {
  compoundNormalLeadTimeDemand,
  convolveLattice,
  leadTimeDemandFromPeriods,
  leadTimeDemandFromSamplePaths,
  randomLeadTimeDemand,
  sumOfPeriods,
  toLattice,
} from './lead-time-demand.ts';
export { MixtureDistribution } from './mixture-distribution.ts';
export type { NewsvendorCosts, NewsvendorSolution } from './newsvendor.ts';
export { newsvendor, newsvendorCost } from './newsvendor.ts';
export { NormalDistribution } from './normal-distribution.ts';
export type { OrderRules } from './order-rounding.ts';
export { roundOrderQuantity } from './order-rounding.ts';
export type { RQCosts, RQSolution } from './r-q-policy.ts';
export { optimalRQ, optimalRQDiscrete, rqCost, rqCostDiscrete } from './r-q-policy.ts';
export type { SSCosts, SSSolution } from './s-s-policy.ts';
export { optimalSSDiscrete, powerApproximationSS, ssCostDiscrete } from './s-s-policy.ts';
export type { ServiceAllocation, ServiceOptions } from './service-allocation.ts';
export { allocateService } from './service-allocation.ts';
export type { CycleServiceTarget, FillRateTarget, ProtectionDemand, ServiceTarget } from './service-level.ts';
export {
  checkServiceTarget,
  cycleServiceLevel,
  cycleServiceOf,
  fillRate,
  fillRateOf,
  fillRateOfInteger,
  integerLevelForFillRate,
  levelForService,
} from './service-level.ts';
export type { PolicySchedule, SimulationOptions, SimulationPolicy, SimulationResult } from './simulate.ts';
export { scheduleOf, simulate, simulateSamplePaths, simulateSchedule } from './simulate.ts';
export type { ProblemType } from './solve-problem.ts';
export { PROBLEM_TYPES, solveProblem } from './solve-problem.ts';
export type { Solution } from './solve-single-stage.ts';
export { normalCdf, normalPdf, normalQuantile } from './special-functions.ts';
