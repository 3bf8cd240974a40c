/**
 * The saved scenarios as the list shows them: read again after each change here or in another tab, and
 * never put back to an older read (reading a long list takes several tasks, so reads can overlap).
 */
import type { Library, LibraryEntry } from '../storage/library.ts';
import type { StorageFault } from '../storage/stored.ts';

export class SavedList {
  readonly #library: Library;
  #entries: readonly LibraryEntry[] = $state.raw([]);
  #loaded = $state(false);
  /** list reads started, and the one whose entries are shown */
  #reads = 0;
  #shownRead = 0;

  constructor(library: Library) {
    this.#library = library;
  }

  get entries(): readonly LibraryEntry[] {
    return this.#entries;
  }

  /** the list has been read at least once */
  get loaded(): boolean {
    return this.#loaded;
  }

  find(id: string): LibraryEntry | undefined {
    return this.#entries.find((entry) => entry.id === id);
  }

  /** Reads the list again; a fault is handed back and the list shown stays as it was. */
  async refresh(): Promise<StorageFault | null> {
    const read = ++this.#reads;
    const listed = await this.#library.list();
    // A list read before one already shown is out of date.
    if (read < this.#shownRead) return null;
    if (!listed.ok) return listed;
    this.#shownRead = read;
    this.#entries = listed.entries;
    this.#loaded = true;
    return null;
  }
}
