/** Reads a value at a dotted path (`data.temp`, `points.0.v`) inside parsed JSON. */

/** Reads the value at one fixed path; see {@link compilePath}. */
export type PathReader = (root: unknown) => unknown;

const readRoot: PathReader = (root) => root;

/**
 * Compiles a path into a reader, once per mapping rather than once per point: the keys are split
 * here, and a one-key path (the common case) becomes a single property read.
 */
export function compilePath(path: string): PathReader {
  if (path === '') return readRoot;
  const keys = path.split('.');
  if (keys.length === 1) {
    return (root) =>
      root === null || typeof root !== 'object' ? undefined : (root as Record<string, unknown>)[path];
  }
  return (root) => {
    let current: unknown = root;
    for (const key of keys) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}
