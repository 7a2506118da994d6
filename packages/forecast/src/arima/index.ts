/** Public entry of the ARIMA module: fixed-order fits, automatic selection and differencing tests. */
export type { ArimaOptions } from './arima.ts';
export { arima } from './arima.ts';
export type { ArimaMethod } from './arima-estimate.ts';
export type { AutoArimaOptions } from './auto-arima.ts';
export { autoArima } from './auto-arima.ts';
export { kpssStatistic, ndiffs, nsdiffs } from './differencing-tests.ts';
