/** The built-in scenarios, each from one council report, and the one the app opens with. */
import type { Preset } from './preset.ts';
import { leics2020Plan } from './leics2020Plan.ts';
import { leics2021 } from './leics2021.ts';
import { leics2025 } from './leics2025.ts';
import { warwickshire2020 } from './warwickshire2020.ts';

/** Default first, then the other Leicestershire reports by date, then Warwickshire. */
export const PRESETS: readonly Preset[] = [leics2021, leics2020Plan, leics2025, warwickshire2020];

export const DEFAULT_PRESET_ID = 'leics-2021';

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
