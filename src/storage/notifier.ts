/**
 * Tells other tabs that the library changed, so their lists refresh and a tab editing a scenario
 * learns it was saved elsewhere. BroadcastChannel never delivers a message back to its sender.
 */

export const LIBRARY_CHANNEL = 'payback-explorer-library';

export type LibraryChange =
  | {
      kind: 'saved' | 'removed';
      id: string;
      /** the record's revision after the change (for `removed`, the revision it had) */
      revision: number;
    }
  /** `count` new records added at once (a library file), announced once: none is open in another tab */
  | { kind: 'imported'; count: number };

export interface LibraryNotifier {
  announce(change: LibraryChange): void;
  /** Calls `listener` for each change another tab announces; returns the unsubscribe. */
  subscribe(listener: (change: LibraryChange) => void): () => void;
  close(): void;
}

/** For tests and for browsers without BroadcastChannel: announces to no one. */
export const silentNotifier: LibraryNotifier = {
  announce() {},
  subscribe: () => () => {},
  close() {},
};

type ChannelConstructor = new (name: string) => BroadcastChannel;

export function broadcastNotifier(
  name: string = LIBRARY_CHANNEL,
  /** null: this browser has none */
  Channel: ChannelConstructor | null = globalThis.BroadcastChannel ?? null,
): LibraryNotifier {
  if (Channel === null) return silentNotifier;
  const channel = new Channel(name);
  const listeners = new Set<(change: LibraryChange) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const change = readChange(event.data);
    if (change !== null) for (const listener of listeners) listener(change);
  };
  return {
    announce(change) {
      channel.postMessage(
        change.kind === 'imported'
          ? { kind: change.kind, count: change.count }
          : { kind: change.kind, id: change.id, revision: change.revision },
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}

/** Messages come from this origin's other tabs, maybe an older or newer app: read only what is known. */
function readChange(data: unknown): LibraryChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, id, revision, count } = data as Record<string, unknown>;
  if (kind === 'imported') return Number.isSafeInteger(count) && (count as number) > 0 ? { kind, count: count as number } : null;
  if ((kind !== 'saved' && kind !== 'removed') || typeof id !== 'string' || !Number.isSafeInteger(revision)) return null;
  return { kind, id, revision: revision as number };
}
