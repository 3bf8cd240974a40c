/**
 * Consecutive items that share a key, in order: the groups of a table drawn under one heading row each
 * (a scheme's name once, above its rows, rather than repeated down a narrow column).
 */
export function runsOf<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const runs: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last !== undefined && last.key === key(item)) last.items.push(item);
    else runs.push({ key: key(item), items: [item] });
  }
  return runs;
}
