/** Cross-tag anomaly: Mahalanobis distance of standardised tags under an EW covariance (broken correlations). */
import { EwStats } from './ew-stats.ts';

/** Options of {@link StreamingMahalanobis}. */
export interface StreamingMahalanobisOptions {
  /** Number of tags p (≥ 2). */
  readonly tags: number;
  /** EW weight of the per-tag baselines and of the covariance. */
  readonly alpha: number;
}

const CLIP = 6;

/**
 * D² = zᵀ C⁻¹ z with z the tags standardised by their own EW mean and deviation and C an EW correlation
 * matrix (started at the identity). C⁻¹ is kept with the Sherman–Morrison rank-one update of
 * C' = (1 − α)C + α·zzᵀ (Sherman & Morrison 1950; Golub & Van Loan, "Matrix Computations", §2.1.4),
 * O(p²) per row without allocation; standardised values are clipped at ±6 before learning. A row where
 * each tag is ordinary but their combination is not (pressure up while flow is down) scores high.
 * Rows with a missing tag are skipped.
 */
export class StreamingMahalanobis {
  private readonly baselines: EwStats[];
  private readonly inverse: Float64Array;
  private readonly z: Float64Array;
  private readonly cz: Float64Array;
  private readonly tags: number;
  private readonly alpha: number;

  constructor(options: StreamingMahalanobisOptions) {
    const p = options.tags;
    this.tags = p;
    this.alpha = options.alpha;
    this.baselines = Array.from({ length: p }, () => new EwStats(options.alpha));
    this.inverse = new Float64Array(p * p);
    for (let i = 0; i < p; i++) this.inverse[i * p + i] = 1;
    this.z = new Float64Array(p);
    this.cz = new Float64Array(p);
  }

  /** Scores a row (D², or 0 while learning or when a value is missing), then learns it. */
  update(values: ArrayLike<number>): number {
    const p = this.tags;
    for (let i = 0; i < p; i++) if (!Number.isFinite(values[i]!)) return 0;
    const ready = this.baselines[0]!.count >= 16;
    for (let i = 0; i < p; i++) {
      const baseline = this.baselines[i]!;
      const z = ready ? baseline.z(values[i]!) : 0;
      this.z[i] = Math.max(-CLIP, Math.min(CLIP, z));
      baseline.push(values[i]!);
    }
    if (!ready) return 0;
    // cz = C⁻¹ z and D² = zᵀ C⁻¹ z.
    let d2 = 0;
    for (let i = 0; i < p; i++) {
      let sum = 0;
      for (let j = 0; j < p; j++) sum += this.inverse[i * p + j]! * this.z[j]!;
      this.cz[i] = sum;
      d2 += this.z[i]! * sum;
    }
    const a = this.alpha;
    const ratio = a / (1 - a);
    const denominator = 1 + ratio * d2;
    const scale = 1 / (1 - a);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        const k = i * p + j;
        this.inverse[k] = scale * (this.inverse[k]! - (ratio * this.cz[i]! * this.cz[j]!) / denominator);
      }
    }
    return Math.max(d2, 0);
  }
}
