/**
 * Scenario versions and the numbered steps that upgrade an older saved scenario to the current shape.
 *
 * A step is pure: it takes the raw record of version `from` and returns a new record of version
 * `from + 1`, without touching its input (links, files and stored records may be read again).
 * `migrate` applies the steps in version order and stamps each result with its new version.
 * To change the scenario's shape: bump SCENARIO_VERSION in scenario.ts, append a step here, test it.
 */
import { SCENARIO_VERSION } from './scenario.ts';
import {
  badMigration,
  migrationFailed,
  migrationReturned,
  mustBeVersion,
  newerVersion,
  noMigration,
  IS_REQUIRED,
} from './validationMessages.ts';

export const CURRENT_VERSION: typeof SCENARIO_VERSION = SCENARIO_VERSION;

export interface Migration {
  readonly from: number;
  readonly to: number;
  migrate(raw: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/**
 * 1 → 2: version 2 adds an optional `note` to the scenario and to each scheme. A version-1 scenario has
 * none, so every field is kept as it is: the step only leads to the new version.
 */
const addNotes: Migration = {
  from: 1,
  to: 2,
  migrate: (raw) => ({ ...raw }),
};

export const MIGRATIONS: readonly Migration[] = [addNotes];

type MigrateResult = { ok: true; raw: Record<string, unknown> } | { ok: false; error: string };

/**
 * Brings a raw scenario record up to `toVersion`. Refuses a missing or malformed version, a version
 * newer than `toVersion`, a gap in the chain and a step that throws. Returns `raw` itself when it is
 * already current; otherwise a new record (the input is never mutated by `migrate`).
 */
export function migrate(
  raw: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): MigrateResult {
  const version = ownValue(raw, 'version');
  if (version === undefined) return refuse(IS_REQUIRED);
  if (!isVersionNumber(version)) return refuse(mustBeVersion(version));
  if (version > toVersion) return refuse(newerVersion(version, toVersion));

  let current = raw;
  for (let from = version; from < toVersion; from += 1) {
    const step = migrations.find((migration) => migration.from === from);
    if (step === undefined) return refuse(noMigration(from));
    if (step.to !== from + 1) return refuse(badMigration(from, step.to));
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (error) {
      return refuse(migrationFailed(from, error instanceof Error ? error.message : String(error)));
    }
    if (!isRecord(next)) return refuse(migrationReturned(from, next));
    current = { ...next, version: step.to };
  }
  return { ok: true, raw: current };
}

/** True when `raw` carries a well-formed version newer than this app reads: storage leaves such records alone. */
export function isNewerVersion(raw: unknown, current: number = CURRENT_VERSION): boolean {
  if (!isRecord(raw)) return false;
  const version = ownValue(raw, 'version');
  return isVersionNumber(version) && version > current;
}

function refuse(message: string): MigrateResult {
  return { ok: false, error: `version: ${message}` };
}

function isVersionNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** A JSON-style object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own data property's value; inherited fields and getters count as absent (so `__proto__` is never followed). */
export function ownValue(record: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(record, key)?.value;
}
