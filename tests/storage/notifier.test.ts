import { afterEach, describe, expect, it } from 'vitest';
import {
  LIBRARY_CHANNEL,
  broadcastNotifier,
  silentNotifier,
  type LibraryChange,
  type LibraryNotifier,
} from '../../src/storage/notifier.ts';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const item of open.splice(0)) item.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function notifier(name: string): LibraryNotifier {
  const made = broadcastNotifier(name);
  open.push(made);
  return made;
}

describe('broadcastNotifier', () => {
  it("uses the library's channel name by default", () => {
    expect(LIBRARY_CHANNEL).toBe('payback-explorer-library');
    let named = '';
    class Channel {
      onmessage: unknown = null;
      constructor(name: string) {
        named = name;
      }
      postMessage() {}
      close() {}
    }
    broadcastNotifier(undefined, Channel as unknown as typeof BroadcastChannel).close();
    expect(named).toBe(LIBRARY_CHANNEL);
  });

  it('delivers a change to the other tabs, not back to the sender', async () => {
    const name = `test-${Math.random()}`;
    const sender = notifier(name);
    const receiver = notifier(name);
    const atSender: LibraryChange[] = [];
    const atReceiver: LibraryChange[] = [];
    sender.subscribe((change) => atSender.push(change));
    receiver.subscribe((change) => atReceiver.push(change));
    sender.announce({ kind: 'saved', id: 'a', revision: 2 });
    await settle();
    expect(atReceiver).toEqual([{ kind: 'saved', id: 'a', revision: 2 }]);
    expect(atSender).toEqual([]);
  });

  it('stops calling a listener once unsubscribed', async () => {
    const name = `test-${Math.random()}`;
    const sender = notifier(name);
    const receiver = notifier(name);
    const heard: LibraryChange[] = [];
    const unsubscribe = receiver.subscribe((change) => heard.push(change));
    unsubscribe();
    sender.announce({ kind: 'removed', id: 'a', revision: 1 });
    await settle();
    expect(heard).toEqual([]);
  });

  it("ignores messages that are not changes (another app's, or a future format)", async () => {
    const name = `test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    open.push(raw);
    const receiver = notifier(name);
    const heard: LibraryChange[] = [];
    receiver.subscribe((change) => heard.push(change));
    for (const message of [
      null,
      'saved',
      { kind: 'saved', id: 3, revision: 1 },
      { kind: 'renamed', id: 'a', revision: 1 },
      { kind: 'saved', id: 'a', revision: 1.5 },
    ]) {
      raw.postMessage(message);
    }
    raw.postMessage({ kind: 'saved', id: 'a', revision: 1, extra: '<script>' });
    await settle();
    expect(heard).toEqual([{ kind: 'saved', id: 'a', revision: 1 }]);
  });

  it('delivers a batch of records added at once as one change, with its count and nothing else', async () => {
    const name = `test-${Math.random()}`;
    const sender = notifier(name);
    const receiver = notifier(name);
    const raw = new BroadcastChannel(name);
    open.push(raw);
    const sent: unknown[] = [];
    raw.onmessage = (event) => sent.push(event.data);
    const heard: LibraryChange[] = [];
    receiver.subscribe((change) => heard.push(change));
    sender.announce({ kind: 'imported', count: 800, id: 'x' } as LibraryChange);
    await settle();
    expect(sent).toEqual([{ kind: 'imported', count: 800 }]);
    expect(heard).toEqual([{ kind: 'imported', count: 800 }]);
  });

  it('ignores a batch message whose count is not a whole number of records', async () => {
    const name = `test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    open.push(raw);
    const receiver = notifier(name);
    const heard: LibraryChange[] = [];
    receiver.subscribe((change) => heard.push(change));
    for (const count of [undefined, '3', 0, -1, 1.5, Number.NaN, 2 ** 60]) raw.postMessage({ kind: 'imported', count });
    raw.postMessage({ kind: 'imported', count: 2, id: '<script>' });
    await settle();
    expect(heard).toEqual([{ kind: 'imported', count: 2 }]);
  });

  it('without BroadcastChannel, announces to no one and does not fail', () => {
    const quiet = broadcastNotifier('x', null);
    expect(quiet).toBe(silentNotifier);
    expect(() => quiet.announce({ kind: 'saved', id: 'a', revision: 1 })).not.toThrow();
  });
});
