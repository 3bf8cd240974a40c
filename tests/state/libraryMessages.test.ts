import { describe, expect, it } from 'vitest';
import {
  ID_TAKEN,
  NO_INDEXEDDB,
  SCENARIO_MISSING,
  SCENARIO_NEWER,
  STORAGE_CLOSING,
  STORAGE_FULL,
  refusalMessage,
  scenarioConflict,
  scenarioInvalid,
  storageFailed,
  unavailableMessage,
} from '../../src/state/libraryMessages.ts';

describe('refusalMessage', () => {
  it('puts each reason the storage library gives into words', () => {
    expect(refusalMessage({ ok: false, reason: 'quota', retryable: true })).toBe(STORAGE_FULL);
    expect(refusalMessage({ ok: false, reason: 'closing', retryable: true })).toBe(STORAGE_CLOSING);
    expect(refusalMessage({ ok: false, reason: 'missing' })).toBe(SCENARIO_MISSING);
    expect(refusalMessage({ ok: false, reason: 'newer' })).toBe(SCENARIO_NEWER);
    expect(refusalMessage({ ok: false, reason: 'invalid', errors: ['horizonYears: too long', 'name: too long'] })).toBe(
      'This saved scenario cannot be opened: horizonYears: too long; name: too long',
    );
    expect(refusalMessage({ ok: false, reason: 'conflict', revision: 4 })).toBe(scenarioConflict(4));
    expect(scenarioConflict(4)).toContain('it is now at revision 4');
    expect(refusalMessage({ ok: false, reason: 'taken', revision: 1 })).toBe(ID_TAKEN);
    expect(scenarioInvalid(['a'])).toBe('This saved scenario cannot be opened: a');
  });

  it('names what the browser said when storage fails for another reason, and nothing when it said nothing', () => {
    expect(refusalMessage({ ok: false, reason: 'failed', detail: 'disk on fire', retryable: true })).toBe(
      'Your saved scenarios could not be reached (disk on fire). Your scenario is still open here: try again.',
    );
    expect(storageFailed('')).toBe('Your saved scenarios could not be reached. Your scenario is still open here: try again.');
  });
});

describe('unavailableMessage', () => {
  it('says why nothing can be kept in this window, for the banner', () => {
    expect(unavailableMessage({ reason: 'absent' })).toBe(NO_INDEXEDDB);
    expect(NO_INDEXEDDB).toBe('This browser offers no IndexedDB here.');
    expect(unavailableMessage({ reason: 'failed', detail: 'access denied' })).toBe('IndexedDB could not be opened: access denied');
    expect(unavailableMessage({ reason: 'failed', detail: '' })).toBe('IndexedDB could not be opened.');
    expect(unavailableMessage({ reason: 'timeout', ms: 20 })).toBe('IndexedDB could not be opened: no answer within 0.02 s');
  });
});
