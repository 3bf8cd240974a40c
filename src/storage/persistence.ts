/**
 * Asking the browser to keep the library through storage pressure (navigator.storage.persist()).
 * Browsers may grant it silently, ask the user, or refuse; the app shows which.
 */

export type Persistence =
  /** no StorageManager here (older browser, insecure context): storage may be cleared under pressure */
  { supported: false } | { supported: true; persisted: boolean };

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'>;

const defaultStorage = (): StorageLike | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Asks for persistent storage unless it is already granted; never throws. */
export async function requestPersistence(storage: StorageLike | undefined = defaultStorage()): Promise<Persistence> {
  if (storage === undefined || typeof storage.persist !== 'function') return { supported: false };
  try {
    if (await storage.persisted()) return { supported: true, persisted: true };
    return { supported: true, persisted: await storage.persist() };
  } catch {
    return { supported: true, persisted: false };
  }
}

/** Whether storage is persistent now, without asking. */
export async function persistence(storage: StorageLike | undefined = defaultStorage()): Promise<Persistence> {
  if (storage === undefined || typeof storage.persisted !== 'function') return { supported: false };
  try {
    return { supported: true, persisted: await storage.persisted() };
  } catch {
    return { supported: true, persisted: false };
  }
}
