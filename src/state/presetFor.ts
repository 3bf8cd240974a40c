/**
 * Which preset a scenario from a link or a file most likely started from. A link carries the scenario
 * only, yet the explorer needs a preset for its "changed" marks, sources and reconciliation; the
 * figures never depend on it.
 */
import { PRESETS } from '../model/presets/index.ts';
import type { Scenario } from '../model/scenario.ts';

/** The preset sharing the most scheme ids with `scenario` (earlier presets win ties); undefined when none shares one. */
export function presetFor(scenario: Scenario): string | undefined {
  const ids = new Set(scenario.schemes.map((s) => s.id));
  let best: { id: string; shared: number } | undefined;
  for (const preset of PRESETS) {
    const shared = preset.scenario.schemes.filter((s) => ids.has(s.id)).length;
    if (shared > 0 && (best === undefined || shared > best.shared)) best = { id: preset.id, shared };
  }
  return best?.id;
}

/** `id` when it names a preset this app has, else undefined (a record from another app, or none). */
export function knownPreset(id: string | null | undefined): string | undefined {
  return id != null && PRESETS.some((p) => p.id === id) ? id : undefined;
}
