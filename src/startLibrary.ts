/**
 * Start-up of everything that keeps and moves scenarios: the store (IndexedDB, or memory with a
 * banner), the scenario the user left, a share link in the address, tab-to-tab notices and autosave.
 */
import { Library } from './storage/library.ts';
import { broadcastNotifier } from './storage/notifier.ts';
import { openStore } from './storage/store.ts';
import { currentTab } from './storage/tab.ts';
import { WorkingSlots } from './storage/workingSlots.ts';
import { Autosave } from './state/autosave.svelte.ts';
import { LastChance } from './storage/lastChance.ts';
import type { Explorer } from './state/explorer.svelte.ts';
import { LibraryState } from './state/library.svelte.ts';
import { unavailableMessage } from './state/libraryMessages.ts';
import { Transfer } from './state/transfer.svelte.ts';

export interface Keeping {
  library: LibraryState;
  transfer: Transfer;
}

export async function startLibrary(explorer: Explorer): Promise<Keeping> {
  const { store, unavailable } = await openStore();
  const tab = currentTab();
  // Without IndexedDB nothing is kept, as the banner says; the last-chance copy only backs up IndexedDB.
  const lastChance = unavailable === null ? LastChance.open(tab) : null;
  const kept = new Library(store, { notifier: broadcastNotifier() });
  const slots = new WorkingSlots(store, { tab });
  const library = new LibraryState(kept, slots, explorer, { unavailable: unavailable && unavailableMessage(unavailable), lastChance });
  const transfer = new Transfer(explorer, library);

  await library.restoreWorking();
  // A new tab clears out the slots of tabs long closed (a reload has nothing new to clear).
  if (!tab.known) void Promise.all([slots.prune(), lastChance?.prune()]);
  await readLink(transfer);
  library.start();
  new Autosave((write) => library.saveWorking(write), { keepNow: () => library.keepNow() }).watch(() => [
    explorer.scenario,
    explorer.preset,
    library.current,
  ]);
  // A link pasted into the address bar of an open page changes only the fragment.
  window.addEventListener('hashchange', () => void readLink(transfer));
  return { library, transfer };
}

/** Opens the link in the address, if any, and takes it out of the address (and of the history) at once. */
async function readLink(transfer: Transfer): Promise<void> {
  const fragment = location.hash.slice(1);
  if (fragment === '') return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  await transfer.openLink(fragment);
}
