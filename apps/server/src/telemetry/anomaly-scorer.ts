/** Scores every stored point with a per-tag streaming detector from @zhizao/monitor and keeps the latest score. */
import { type AnomalyDetector, createAnomalyDetector, type DetectorName } from '@zhizao/monitor';
import type { TelemetryPoint } from './telemetry-point.ts';

/** Options of {@link AnomalyScorer}. */
export interface AnomalyScorerOptions {
  /** Component detectors (default: all, i.e. `combined`). */
  readonly detectors?: readonly DetectorName[] | undefined;
  /** Points per tag used only for learning (default 100). */
  readonly learningPeriod?: number | undefined;
}

/** The latest score of a tag. */
export interface TagScore {
  readonly ts: number;
  readonly score: number;
}

/**
 * One univariate detector per tag: points of different tags arrive at different rates, so a row-wise
 * multivariate detector would need resampling; the machine's score is the maximum over its tags.
 */
export class AnomalyScorer {
  private readonly detectors = new Map<string, AnomalyDetector>();
  private readonly latest = new Map<string, TagScore>();
  private readonly row = new Float64Array(1);

  constructor(private readonly options: AnomalyScorerOptions = {}) {}

  /** Scores a batch in order; returns one score in [0, 1] per point. */
  score(points: readonly TelemetryPoint[]): Float64Array {
    const scores = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) {
      const point = points[i]!;
      let detector = this.detectors.get(point.tagId);
      if (detector === undefined) {
        detector = createAnomalyDetector({
          tags: 1,
          detectors: this.options.detectors,
          learningPeriod: this.options.learningPeriod,
        });
        this.detectors.set(point.tagId, detector);
      }
      this.row[0] = point.value;
      const score = detector.update(point.ts, this.row);
      scores[i] = score;
      this.latest.set(point.tagId, { ts: point.ts, score });
    }
    return scores;
  }

  /** Latest score of a tag, if it was scored. */
  latestOf(tagId: string): TagScore | undefined {
    return this.latest.get(tagId);
  }

  /** Number of tags with a detector. */
  get tagCount(): number {
    return this.detectors.size;
  }
}
