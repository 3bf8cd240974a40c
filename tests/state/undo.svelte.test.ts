import { describe, expect, it, vi } from 'vitest';
import { UndoOffer } from '../../src/state/undo.svelte.ts';

describe('UndoOffer', () => {
  it('runs what is on offer once, and a later offer replaces an earlier one', async () => {
    const undo = new UndoOffer();
    const first = vi.fn(async () => {});
    const second = vi.fn(async () => {});
    undo.offer({ message: 'Deleted “A”.', label: 'Undo', run: first });
    undo.offer({ message: 'Deleted “B”.', label: 'Undo', run: second });
    expect(undo.current?.message).toBe('Deleted “B”.');
    await undo.run();
    await undo.run();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(undo.current).toBeNull();
  });

  it('a dismissed offer is not run', async () => {
    const undo = new UndoOffer();
    const run = vi.fn(async () => {});
    undo.offer({ message: 'Deleted “A”.', label: 'Undo', run });
    undo.dismiss();
    await undo.run();
    expect(run).not.toHaveBeenCalled();
  });
});
