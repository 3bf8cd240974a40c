/**
 * What went wrong, as the page shows it: a storage fault with a retry (nothing on screen is lost), or a
 * refusal that no retry can mend. The storage layer's reasons are put into words here (libraryMessages.ts).
 */
import type { Refusal } from '../storage/library.ts';
import { refusalMessage } from './libraryMessages.ts';

/** A storage fault: nothing on screen is lost; `retry` runs the same action again. */
export interface Fault {
  message: string;
  retry: () => Promise<void>;
  /**
   * 'working' faults clear themselves when a later autosave succeeds; 'copy' ones (the quick copy a
   * reload reads was not kept) when a later quick copy is kept
   */
  source: 'working' | 'copy' | 'action';
}

/** A fault never hides one of a higher rank: a failed save the user asked for, then a failed autosave. */
const FAULT_RANK: Readonly<Record<Fault['source'], number>> = { copy: 0, working: 1, action: 2 };

export class Faults {
  #fault: Fault | null = $state.raw(null);
  #error: string | null = $state(null);
  /** counts the actions begun (begin), to tell a late refusal from the latest */
  #turn = 0;
  readonly #afterRetry: () => Promise<void>;

  /** `afterRetry` runs once the retry of an action the user asked for has worked: it writes the working scenario too. */
  constructor(afterRetry: () => Promise<void>) {
    this.#afterRetry = afterRetry;
  }

  get fault(): Fault | null {
    return this.#fault;
  }

  /** a refusal that no retry can mend (a record from a newer app, an unreadable one, one deleted elsewhere) */
  get error(): string | null {
    return this.#error;
  }

  /** Says why the storage library refused: with a retry when one may mend it. `message`: other words than refusalMessage's. */
  refuse(result: Refusal, retry: () => Promise<void>, source: Fault['source'] = 'action', message = refusalMessage(result)): void {
    if ('retryable' in result) this.report(message, retry, source);
    else this.fail(message);
  }

  /** A fault a retry may mend. */
  report(message: string, retry: () => Promise<void>, source: Fault['source']): void {
    // A failed save's retry writes the working scenario too, and the autosave's the quick copy.
    if (this.#fault !== null && FAULT_RANK[source] < FAULT_RANK[this.#fault.source]) return;
    this.#fault = {
      message,
      source,
      retry: async () => {
        this.#fault = null;
        await retry();
        if (source === 'action' && this.#fault === null) await this.#afterRetry();
      },
    };
  }

  /** A refusal that no retry can mend. */
  fail(message: string): void {
    this.#error = message;
  }

  /** A later write from `source` worked: the fault it left, if any, is over. */
  cleared(source: Fault['source']): void {
    if (this.#fault?.source === source) this.#fault = null;
  }

  dismissError(): void {
    this.#error = null;
    this.#turn += 1;
  }

  /**
   * An action the user asked for begins: the error shown goes, and what this action is refused is said only while no
   * later action has begun. A rename refused after the user had gone on to open another record no longer puts its
   * words over that record's. A fault a retry may mend is reported whenever it comes: nothing is lost unsaid.
   */
  begin(): Pick<Faults, 'refuse'> {
    this.dismissError();
    const turn = this.#turn;
    return {
      refuse: (result, retry, source, message) => {
        if (!('retryable' in result) && turn !== this.#turn) return;
        this.refuse(result, retry, source, message);
      },
    };
  }

  dismissFault(): void {
    this.#fault = null;
  }
}
