/**
 * A function of a string with its answers kept, at most `max` of them. When full, all are dropped
 * at once: these memos serve inputs that repeat within a document or a page (section names,
 * titles, dates), not a long-lived working set, and a clear is cheaper than tracking use.
 */
export function boundedMemo<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as T;
    if (kept.size >= max) kept.clear();
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}
