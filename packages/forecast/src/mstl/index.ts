/** Public entry of the MSTL module: STL, multi-seasonal decomposition, seasonal strength and forecasting. */
export type { MstlDecomposition, MstlOptions } from './mstl.ts';
export { mstl } from './mstl.ts';
export { mstlForecast } from './mstl-forecast.ts';
export { seasonalStrength } from './seasonal-strength.ts';
export type { StlDecomposition, StlOptions } from './stl.ts';
export { stl } from './stl.ts';
