/**
 * The working-scenario slots that bring a reload back to where the user was. Every tab writes the shared
 * slot, which a newly opened tab starts from (the scenario last left in any tab), and its own, which
 * brings a reload of that tab back to what it had — not to what another tab wrote since.
 *
 * - Every slot is read through restoreScenario; every scenario written is first rebuilt by it.
 * - A slot written by a newer app version is reported as `newer` and never overwritten.
 * - Nothing here throws on storage faults: each verb returns a result the UI can show.
 */
import { isRecord, ownValue } from '../model/migrations.ts';
import { restoreScenario } from '../model/restore.ts';
import { SCENARIO_VERSION, type Scenario } from '../model/scenario.ts';
import { fault, invalid, isRevision, isStoredNewer, newer, readPresetId, type Invalid, type Newer, type StorageFault } from './stored.ts';
import { KEEP, type KeyValueStore } from './store.ts';

const WORKING_KEY = 'working';
/** a tab's own working slot is `working:<tab id>` */
const TAB_SLOT_PREFIX = `${WORKING_KEY}:`;
/** tabs' own slots kept when a new tab clears out the oldest */
export const TAB_SLOTS_KEPT = 20;

export interface WorkingScenario {
  scenario: Scenario;
  presetId: string | null;
  /** the saved record this scenario was opened from, if any, and the revision it was opened at */
  libraryId: string | null;
  baseRevision: number | null;
}

/** A browser tab, for its own working slot. */
export interface TabSlot {
  id: string;
  /** false for a tab just opened (it has no slot of its own yet), true for a tab being reloaded */
  known: boolean;
}

type SaveWorkingResult = { ok: true } | Newer | Invalid | StorageFault;
export type LoadWorkingResult = { ok: true; working: WorkingScenario | null; dropped: string[] } | Newer | Invalid | StorageFault;

/** The working slots a tab writes: the shared one, then its own (none without a tab). */
export function workingSlotKeys(tab: TabSlot | null): string[] {
  return tab === null ? [WORKING_KEY] : [WORKING_KEY, TAB_SLOT_PREFIX + tab.id];
}

export class WorkingSlots {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  readonly #tab: TabSlot | null;
  /** the working slots this tab writes: the shared one, and its own */
  readonly #keys: string[];

  /** `tab`: this tab; without one there is only the shared slot */
  constructor(store: KeyValueStore, { now = () => new Date(), tab = null }: { now?: () => Date; tab?: TabSlot | null } = {}) {
    this.#store = store;
    this.#now = now;
    this.#tab = tab;
    this.#keys = workingSlotKeys(tab);
  }

  /** Keeps the scenario being edited (call it debounced, and on pagehide). Never overwrites a newer app's slot. */
  async save(working: WorkingScenario): Promise<SaveWorkingResult> {
    const restored = restoreScenario(working.scenario);
    if (!restored.ok) return invalid(restored.errors);
    const stored = {
      version: SCENARIO_VERSION,
      updatedAt: this.#now().toISOString(),
      scenario: restored.scenario,
      presetId: working.presetId,
      libraryId: working.libraryId,
      baseRevision: working.baseRevision,
    };
    let isNewer = false;
    try {
      // both started at once: a store that writes before returning (the last-chance copy) has written both
      await Promise.all(
        this.#keys.map((key) =>
          this.#store.update(key, (current) => {
            const newerHere = isStoredNewer(current);
            isNewer ||= newerHere;
            return newerHere ? KEEP : stored;
          }),
        ),
      );
    } catch (error) {
      return fault(error);
    }
    return isNewer ? newer() : { ok: true };
  }

  /**
   * The scenario being edited when the page last closed, or null when there is none: a reloaded tab's
   * own (or, if it never wrote one, the shared one); a new tab's, the shared one.
   */
  async load(): Promise<LoadWorkingResult> {
    const keys = this.#tab?.known ? [...this.#keys.slice(1), WORKING_KEY] : [WORKING_KEY];
    let stored: unknown;
    try {
      for (const key of keys) {
        stored = await this.#store.get(key);
        if (stored !== undefined) break;
      }
    } catch (error) {
      return fault(error);
    }
    return readWorkingSlot(stored);
  }

  /**
   * Clears out tabs' own working slots past the TAB_SLOTS_KEPT most recently written (never this
   * tab's, never a newer app's), so tabs long closed do not pile up. Best effort: a fault is ignored.
   */
  async prune(): Promise<void> {
    try {
      const own = this.#keys[1];
      const slots = (await this.#store.entries())
        .filter(([key, stored]) => typeof key === 'string' && key.startsWith(TAB_SLOT_PREFIX) && key !== own && !isStoredNewer(stored))
        .map(([key, stored]) => ({ key, updatedAt: isRecord(stored) ? String(ownValue(stored, 'updatedAt') ?? '') : '' }))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      for (const { key } of slots.slice(TAB_SLOTS_KEPT)) await this.#store.del(key);
    } catch {
      // a store that cannot be listed now is pruned by a later tab
    }
  }
}

/** A stored working slot (or the last-chance copy of one), read through restoreScenario; `working: null` when there is none. */
export function readWorkingSlot(stored: unknown): LoadWorkingResult {
  if (stored === undefined) return { ok: true, working: null, dropped: [] };
  if (isStoredNewer(stored)) return newer();
  const restored = restoreScenario(isRecord(stored) ? ownValue(stored, 'scenario') : undefined);
  if (!restored.ok) return invalid(restored.errors);
  const fields = isRecord(stored) ? stored : {};
  const libraryId = ownValue(fields, 'libraryId');
  const baseRevision = ownValue(fields, 'baseRevision');
  return {
    ok: true,
    working: {
      scenario: restored.scenario,
      presetId: readPresetId(ownValue(fields, 'presetId')),
      libraryId: typeof libraryId === 'string' ? libraryId : null,
      baseRevision: isRevision(baseRevision) ? baseRevision : null,
    },
    dropped: restored.dropped,
  };
}
