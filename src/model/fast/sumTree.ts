// Equals pairwiseSum() in ../figures.ts over the parts as they are now (a tree built afresh), digit for digit; proved by "carried-over sums are the pairwise sums of the parts" in tests/model/fast/sumTree.test.ts.
/**
 * Sums over many parts that follow one part's change in a few additions: a fixed binary tree over
 * the parts, in their order, whose additions above a replaced part are redone.
 */
import { ZERO, type Decimal } from '../decimal.ts';

/** A sum of parts as a fixed binary tree: one part replaced, the additions above it redone. */
/** what a sum tree adds up: model decimals, or exact numerators */
interface Addable<T> {
  plus(y: T): T;
}

export class SumTree<T extends Addable<T> = Decimal> {
  /** 1-based heap, the parts at n … 2n − 1 */
  readonly #nodes: T[];
  readonly #n: number;

  private constructor(nodes: T[], n: number) {
    this.#nodes = nodes;
    this.#n = n;
  }

  static of<T extends Addable<T>>(parts: readonly T[]): SumTree<T> {
    const n = parts.length;
    const nodes = new Array<T>(2 * n);
    for (let i = 0; i < n; i++) nodes[n + i] = parts[i]!;
    for (let i = n - 1; i >= 1; i--) nodes[i] = nodes[2 * i]!.plus(nodes[2 * i + 1]!);
    return new SumTree(nodes, n);
  }

  /** a copy with some parts replaced */
  with(changes: readonly (readonly [index: number, value: T])[]): SumTree<T> {
    const nodes = this.#nodes.slice();
    const n = this.#n;
    for (const [i, value] of changes) nodes[n + i] = value;
    for (const [i] of changes) {
      for (let k = (n + i) >> 1; k >= 1; k >>= 1) nodes[k] = nodes[2 * k]!.plus(nodes[2 * k + 1]!);
    }
    return new SumTree(nodes, n);
  }

  get total(): T {
    return this.#nodes[1]!;
  }
}

/**
 * Sums of several quantities over the same parts (the enabled schemes, in scenario order), carried from one
 * call to the next: when at most a quarter of the parts are new objects (a slider moved one scheme), only
 * their leaves are replaced; otherwise the trees are built afresh. Either way each total is the one fresh
 * trees give. `layout` names what the leaves are measured against (a horizon, a set of year ends): sums of
 * another layout are never carried over.
 */
export class CarriedSums<Part> {
  #last: { layout: unknown; parts: readonly Part[]; trees: SumTree[] } | undefined;

  /** `leaves(part)` gives one value per sum, `width` of them */
  totals(parts: readonly Part[], width: number, leaves: (part: Part) => readonly Decimal[], layout: unknown = null): Decimal[] {
    if (parts.length === 0) {
      this.#last = undefined;
      return new Array<Decimal>(width).fill(ZERO);
    }
    const last = this.#last;
    const changed =
      last !== undefined && last.layout === layout && last.parts.length === parts.length
        ? parts.flatMap((p, i) => (p === last.parts[i] ? [] : [i]))
        : null;
    let trees: SumTree[];
    if (last !== undefined && changed !== null && changed.length <= parts.length / 4) {
      const replaced = changed.map((i) => [i, leaves(parts[i]!)] as const);
      trees =
        replaced.length === 0
          ? last.trees
          : last.trees.map((tree, k) => tree.with(replaced.map(([i, values]) => [i, values[k]!] as const)));
    } else {
      const all = parts.map(leaves);
      trees = Array.from({ length: width }, (_, k) => SumTree.of(all.map((values) => values[k]!)));
    }
    this.#last = { layout, parts, trees };
    return trees.map((tree) => tree.total);
  }
}
