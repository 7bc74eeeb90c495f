/**
 * `compute` remembered per text, for texts read by many rules of one compile: the cache empties itself
 * past `limit` entries so that a big deck cannot grow it without end. Callers never change a result.
 */
export function memoized<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (cache.size > limit) cache.clear();
    const found = compute(text);
    cache.set(text, found);
    return found;
  };
}
