import { describe, expect, it, vi } from 'vitest';
import { Faults } from '../../src/state/faults.svelte.ts';
import { SCENARIO_NEWER, STORAGE_FULL } from '../../src/state/libraryMessages.ts';

const full = { ok: false, reason: 'quota', retryable: true } as const;

describe('Faults', () => {
  it('a storage fault is shown with a retry; a refusal no retry mends is an error', () => {
    const faults = new Faults(async () => {});
    faults.refuse(full, async () => {});
    expect(faults.fault).toMatchObject({ message: STORAGE_FULL, source: 'action' });
    faults.refuse({ ok: false, reason: 'newer' }, async () => {});
    expect(faults.error).toBe(SCENARIO_NEWER);
    faults.dismissError();
    faults.dismissFault();
    expect([faults.fault, faults.error]).toEqual([null, null]);
  });

  it('a refusal that comes after a later action has begun does not put its words over that action’s; a fault still does', () => {
    const faults = new Faults(async () => {});
    const rename = faults.begin();
    const open = faults.begin();
    open.refuse({ ok: false, reason: 'invalid', errors: ['horizonYears: not a number'] }, async () => {});
    const damaged = faults.error;
    expect(damaged).not.toBeNull();
    rename.refuse({ ok: false, reason: 'newer' }, async () => {});
    expect(faults.error).toBe(damaged);
    rename.refuse(full, async () => {});
    expect(faults.fault).toMatchObject({ message: STORAGE_FULL });
    // the latest action's own refusal is said
    faults.begin().refuse({ ok: false, reason: 'newer' }, async () => {});
    expect(faults.error).toBe(SCENARIO_NEWER);
  });

  it('never hides a fault of a higher rank, and a later write that works clears only its own', () => {
    const faults = new Faults(async () => {});
    faults.refuse(full, async () => {}, 'working');
    faults.report('no quick copy', async () => {}, 'copy');
    expect(faults.fault?.source).toBe('working');
    faults.cleared('copy');
    expect(faults.fault?.source).toBe('working');
    faults.refuse(full, async () => {});
    expect(faults.fault?.source).toBe('action');
    faults.cleared('working');
    expect(faults.fault?.source).toBe('action');
  });

  it('retrying an action runs it again, then afterRetry once it has worked; not when it failed again', async () => {
    const afterRetry = vi.fn(async () => {});
    const faults = new Faults(afterRetry);
    let failing = true;
    const action = async () => {
      if (failing) faults.refuse(full, action);
    };
    await action();
    await faults.fault!.retry();
    expect(faults.fault).not.toBeNull();
    expect(afterRetry).not.toHaveBeenCalled();
    failing = false;
    await faults.fault!.retry();
    expect(faults.fault).toBeNull();
    expect(afterRetry).toHaveBeenCalledTimes(1);
  });
});
