/** Columnar score batches and the per-tag detector state that scores them in one tight loop. */
import { type AnomalyDetector, createAnomalyDetector, type DetectorName } from '@zhizao/monitor';

/** Settings of the per-tag detectors (plain data: it crosses to the scoring thread). */
export interface TagScoringSettings {
  /** Component detectors (default: all, i.e. `combined`). */
  readonly detectors?: readonly DetectorName[] | undefined;
  /** Points per tag used only for learning (default 100). */
  readonly learningPeriod?: number | undefined;
}

/**
 * One batch in columns: tag index (dense, assigned by the caller), epoch ms and value of each point, in
 * arrival order. Typed arrays so a batch moves to the scoring thread without copying (transfer).
 */
export interface ScoreBatch {
  readonly tags: Int32Array<ArrayBuffer>;
  readonly times: Float64Array<ArrayBuffer>;
  readonly values: Float64Array<ArrayBuffer>;
}

/**
 * One univariate detector per tag index: points of different tags arrive at different rates, so a
 * row-wise multivariate detector would need resampling; the machine's score is the maximum over its tags.
 */
export class TagScoring {
  private readonly detectors: (AnomalyDetector | undefined)[] = [];
  private readonly row = new Float64Array(1);

  constructor(private readonly settings: TagScoringSettings = {}) {}

  /** Number of tags with a detector. */
  get tagCount(): number {
    let count = 0;
    for (const detector of this.detectors) if (detector !== undefined) count++;
    return count;
  }

  /** Scores a batch in order (each point only against earlier points of its tag); one score in [0, 1] per point. */
  score(batch: ScoreBatch): Float64Array<ArrayBuffer> {
    const { tags, times, values } = batch;
    const count = tags.length;
    const scores = new Float64Array(count);
    const row = this.row;
    for (let i = 0; i < count; i++) {
      const tag = tags[i]!;
      const detector = this.detectors[tag] ?? this.create(tag);
      row[0] = values[i]!;
      scores[i] = detector.update(times[i]!, row);
    }
    return scores;
  }

  private create(tag: number): AnomalyDetector {
    const detector = createAnomalyDetector({
      tags: 1,
      detectors: this.settings.detectors,
      learningPeriod: this.settings.learningPeriod,
    });
    // Indices are dense, so this fills holes at most once per index.
    while (this.detectors.length < tag) this.detectors.push(undefined);
    this.detectors[tag] = detector;
    return detector;
  }
}
