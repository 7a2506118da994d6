/** Guesses a CSV delimiter from the first lines of a file. */

/** Delimiters {@link detectDelimiter} chooses among, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

const SAMPLE_LINES = 20;
const SAMPLE_CHARS = 65_536;

/**
 * Picks the candidate that splits the sampled lines most consistently: every line should hold the
 * same number of delimiters as the header (quoted text is skipped). Ties go to the higher count,
 * then to the order of {@link CANDIDATE_DELIMITERS}. Falls back to ','.
 */
export function detectDelimiter(text: string): string {
  const counts = sampleCounts(text);
  let best = ',';
  let bestConsistency = -1;
  let bestCount = 0;
  CANDIDATE_DELIMITERS.forEach((delimiter, k) => {
    const perLine = counts.map((line) => line[k] ?? 0);
    const first = perLine[0] ?? 0;
    if (first === 0) return;
    const consistency = perLine.filter((c) => c === first).length / perLine.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && first > bestCount)) {
      best = delimiter;
      bestConsistency = consistency;
      bestCount = first;
    }
  });
  return best;
}

/** Delimiter counts per non-blank line (outside quotes) for the first lines of `text`. */
function sampleCounts(text: string): number[][] {
  const lines: number[][] = [];
  const codes = CANDIDATE_DELIMITERS.map((d) => d.charCodeAt(0));
  let current = codes.map(() => 0);
  let nonBlank = false;
  let inQuotes = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && lines.length < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      inQuotes = !inQuotes;
      nonBlank = true;
    } else if (inQuotes) {
      // delimiters and newlines inside quotes do not count
    } else if (c === 10 || c === 13) {
      if (nonBlank) lines.push(current);
      current = codes.map(() => 0);
      nonBlank = false;
    } else {
      const k = codes.indexOf(c);
      if (k >= 0) current[k] = (current[k] ?? 0) + 1;
      if (c !== 32) nonBlank = true;
    }
  }
  if (nonBlank && lines.length < SAMPLE_LINES) lines.push(current);
  return lines;
}
