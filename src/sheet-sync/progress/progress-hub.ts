import { EventEmitter, on } from 'node:events';
import type { SyncProgressPhase } from '../../../sync/runner/progress';
import type { SyncReportType } from '../sheet-sync.types';

/** What a failed run tells its watchers: the message and code a GraphQL client would get, never internals. */
export interface SyncProgressFailure {
  readonly message: string;
  readonly code: string;
}

/**
 * One event of one run as its watchers see it. `report` is the run's report as the `runSync`
 * mutation returns it, already in its GraphQL shape (a run's plan is not sent to watchers).
 */
export interface SyncProgressMessage {
  readonly bindingId: number;
  readonly spreadsheetId: string;
  /** One per run, so that a watcher tells two runs of the binding apart (one after the other). */
  readonly runId: string;
  /** Who triggered the run (the audit actor: a user, an API key, `cli:…`, a schedule). */
  readonly actor: string;
  readonly dryRun: boolean;
  readonly phase: SyncProgressPhase;
  readonly at: 'start' | 'end';
  readonly rowsDone: number;
  readonly rowsTotal: number;
  readonly attempt: number;
  /** When the event happened (ISO 8601). */
  readonly time: string;
  readonly report?: SyncReportType;
  readonly error?: SyncProgressFailure;
}

/**
 * The runs' events of this process, by binding: every sync (GraphQL, CLI in the same process,
 * the scheduler) publishes here, each `syncProgress` subscription listens to one binding. A
 * watcher that subscribes mid-run sees the run from that point on; nothing is replayed.
 */
export class SyncProgressHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per watcher, and watchers are many: no "possible leak" warning past ten.
    this.emitter.setMaxListeners(0);
  }

  publish(message: SyncProgressMessage): void {
    this.emitter.emit(channel(message.bindingId), message);
  }

  /**
   * The binding's events from now on, until `return()` (the client unsubscribed or went away).
   * Not an async generator: a generator waiting for its next event would only see `return()`
   * when that event came, and the listener would stay until then.
   */
  watch(bindingId: number): AsyncIterableIterator<SyncProgressMessage> {
    const events = on(this.emitter, channel(bindingId));
    const iterator: AsyncIterableIterator<SyncProgressMessage> = {
      next: async () => {
        const result = await events.next();
        return result.done ? { done: true, value: undefined } : { done: false, value: (result.value as [SyncProgressMessage])[0] };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** How many subscriptions watch the binding now (for logs and tests). */
  watchers(bindingId: number): number {
    return this.emitter.listenerCount(channel(bindingId));
  }
}

function channel(bindingId: number): string {
  return `binding:${bindingId}`;
}

/** The hub of this process. */
export const syncProgressHub = new SyncProgressHub();
