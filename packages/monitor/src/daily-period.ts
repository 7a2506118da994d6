/** Season length of one day in rows, read from the spacing of the timestamps seen during learning. */

const DAY_MS = 86_400_000;

/**
 * Rows per day from the median spacing of the first `learningRows` timestamps (epoch ms; later rows
 * are not read, so the choice is causal). 0 when the spacing is unknown or a day does not fit twice
 * into the learning rows, i.e. when a daily season could not be learned in time.
 */
export function rowsPerDay(timestamps: ArrayLike<number>, learningRows: number): number {
  const count = Math.min(learningRows, timestamps.length);
  const gaps: number[] = [];
  for (let i = 1; i < count; i++) {
    const gap = (timestamps[i] as number) - (timestamps[i - 1] as number);
    if (Number.isFinite(gap)) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const spacing = gaps[gaps.length >> 1] ?? 0;
  const period = spacing > 0 ? Math.round(DAY_MS / spacing) : 0;
  return period >= 2 && 2 * period <= learningRows ? period : 0;
}
