// Equals evaluating every scheme afresh (evaluateScheme() in ../evaluate.ts, as a fresh Evaluator does), digit for digit; proved by "two evaluators fed alternating edits of two scenarios give what fresh ones give" in tests/model/fast/schemeMemory.test.ts.
/**
 * The last scenario's schemes, by object, and the settings they were worked out under: when one
 * slider moves, only that scheme is worked out again. The app replaces a scheme object when it
 * changes and keeps the others; an equal scheme in a new object — from a link, a file, the library
 * — is worked out afresh, which costs less than fingerprinting every scheme of every evaluation.
 */
import type { Scheme } from '../scenario.ts';

export class SchemeMemory<Core> {
  #last: { settingsKey: string; cores: Map<Scheme, Core> } | undefined;

  /** each scheme's core: the last call's for a scheme object it had under the same settings, else `work(scheme)` */
  cores(schemes: readonly Scheme[], settingsKey: string, work: (scheme: Scheme) => Core): Core[] {
    const steps = this.coresInSteps(schemes, settingsKey, work);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `cores`, yielding after each scheme worked out (a long search runs in slices between them) */
  *coresInSteps(schemes: readonly Scheme[], settingsKey: string, work: (scheme: Scheme) => Core): Generator<void, Core[], void> {
    const known = this.#last?.settingsKey === settingsKey ? this.#last.cores : undefined;
    const kept = new Map<Scheme, Core>();
    const cores: Core[] = [];
    for (const scheme of schemes) {
      let core = known?.get(scheme) ?? kept.get(scheme);
      if (core === undefined) {
        core = work(scheme);
        yield;
      }
      kept.set(scheme, core);
      cores.push(core);
    }
    this.#last = { settingsKey, cores: kept };
    return cores;
  }
}
