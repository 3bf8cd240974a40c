/**
 * What the saved records (library.ts) and the working slots (workingSlots.ts) share: how a storage fault,
 * a newer app's value and a scenario restoreScenario refuses are reported — as reasons and data; the
 * words are the state layer's (src/state/libraryMessages.ts) — and the fields both read alike.
 */
import { isNewerVersion, isRecord, ownValue } from '../model/migrations.ts';
import { SCENARIO_VERSION } from '../model/scenario.ts';
import { errorName } from './store.ts';

/** A fault a retry may mend: the storage is full, its connection closing, or anything else (`detail`: the browser's words, or ''). */
export type StorageFault =
  { ok: false; reason: 'quota' | 'closing'; retryable: true } | { ok: false; reason: 'failed'; detail: string; retryable: true };
/** Written by a newer app version: left as it is. */
export type Newer = { ok: false; reason: 'newer' };
/** `errors`: restoreScenario's, one per field it refuses */
export type Invalid = { ok: false; reason: 'invalid'; errors: string[] };

export function fault(error: unknown): StorageFault {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { ok: false, reason: 'quota', retryable: true };
  if (name === 'InvalidStateError') return { ok: false, reason: 'closing', retryable: true };
  const detail = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return { ok: false, reason: 'failed', detail: typeof detail === 'string' ? detail : '', retryable: true };
}

export function newer(): Newer {
  return { ok: false, reason: 'newer' };
}

export function invalid(errors: string[]): Invalid {
  return { ok: false, reason: 'invalid', errors };
}

/** A record (or working slot) written by a newer app: its own version, or its scenario's, is past ours. */
export function isStoredNewer(stored: unknown): boolean {
  if (!isRecord(stored)) return false;
  return isNewerVersion(stored, SCENARIO_VERSION) || isNewerVersion(ownValue(stored, 'scenario'), SCENARIO_VERSION);
}

export function isRevision(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function readPresetId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

/** 16 hex digits: a record's id, or a tab's. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
