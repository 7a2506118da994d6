/** Reads a value at a dotted path (`data.temp`, `points.0.v`) inside parsed JSON. */

/** Split paths, kept because the same few mapping paths are read for every point. */
const splitCache = new Map<string, readonly string[]>();

function keysOf(path: string): readonly string[] {
  let keys = splitCache.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (splitCache.size < 10_000) splitCache.set(path, keys);
  }
  return keys;
}

/** The value at `path` in `root`, or undefined; an empty path returns the root. */
export function readPath(root: unknown, path: string): unknown {
  if (path === '') return root;
  if (root === null || typeof root !== 'object') return undefined;
  if (path.indexOf('.') < 0) return (root as Record<string, unknown>)[path];
  let current: unknown = root;
  for (const key of keysOf(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
