/** A progress bar on a terminal, plain percentage lines elsewhere (CI logs stay readable). */
import { Bar, Presets } from 'cli-progress';

export interface Progress {
  update(fraction: number, stage: string): void;
  stop(): void;
}

export function startProgress(title: string): Progress {
  if (!process.stderr.isTTY) {
    let lastPercent = -10;
    return {
      update(fraction, stage) {
        const percent = Math.floor(fraction * 100);
        if (percent >= lastPercent + 10 || fraction >= 1) {
          lastPercent = percent;
          console.error(`${title}: ${percent}% ${stage}`);
        }
      },
      stop() {},
    };
  }
  const bar = new Bar(
    { format: `${title} [{bar}] {percentage}% {stage}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(100, 0, { stage: '' });
  return {
    update: (fraction, stage) => bar.update(Math.round(fraction * 100), { stage }),
    stop: () => bar.stop(),
  };
}
