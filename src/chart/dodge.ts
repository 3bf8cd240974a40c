/**
 * Nudges label positions apart so that neighbours are at least `gap` apart, moving them as little as possible:
 * overlapping labels merge into a group centred on where its members want to be, then the group is kept within
 * [min, max]. Returns the new positions in the input order. If they cannot all fit, the top ones overlap at `min`.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] as number) - (wanted[b] as number));
  // Each group: first member's index in `order`, member count, and its top position.
  const groups: { first: number; size: number; top: number; sum: number }[] = [];
  order.forEach((index, k) => {
    // `sum` holds Σ (wanted − offset within group), so the group's best top is sum / size.
    let group = { first: k, size: 1, top: wanted[index] as number, sum: wanted[index] as number };
    for (let previous = groups.at(-1); previous && previous.top + previous.size * gap > group.top; previous = groups.at(-1)) {
      groups.pop();
      const sum = previous.sum + group.sum - group.size * previous.size * gap;
      const size = previous.size + group.size;
      group = { first: previous.first, size, sum, top: sum / size };
    }
    groups.push(group);
  });
  const placed = new Array<number>(wanted.length);
  let floor = min;
  for (const group of groups) {
    const top = Math.max(floor, Math.min(group.top, max - (group.size - 1) * gap));
    for (let j = 0; j < group.size; j++) placed[order[group.first + j] as number] = top + j * gap;
    floor = top + group.size * gap;
  }
  // A clamp against `max` can push a group back into its neighbour above: sweep up from the bottom once.
  let ceiling = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    placed[i] = Math.max(min, Math.min(placed[i] as number, ceiling));
    ceiling = (placed[i] as number) - gap;
  }
  return placed;
}

/**
 * Puts horizontally placed labels on rows so that two labels on one row are at least `gap` apart:
 * each label takes the first row whose last label is far enough to its left. Returns row numbers in input order.
 */
export function stackRows(xs: readonly number[], gap: number): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] as number) - (xs[b] as number));
  const rowEnds: number[] = [];
  const rows = new Array<number>(xs.length);
  for (const i of order) {
    const x = xs[i] as number;
    let row = rowEnds.findIndex((end) => x - end >= gap);
    if (row === -1) row = rowEnds.push(x) - 1;
    else rowEnds[row] = x;
    rows[i] = row;
  }
  return rows;
}
