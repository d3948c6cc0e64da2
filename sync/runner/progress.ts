import type { SyncReport, SyncStep } from './run-sync';

export type SyncProgressPhase = SyncStep | 'done' | 'failed';

/**
 * What a run says about itself while it goes: the `syncProgress` subscription and the CLI's
 * progress bar read these. A step that has nothing to do (no ids to reserve, no cell to write)
 * is skipped and says nothing; a run that starts over after an uncertain layout write repeats
 * its steps with the next `attempt`.
 */
export interface SyncProgressEvent {
  readonly bindingId: string;
  readonly phase: SyncProgressPhase;
  /** A step's start or its end; `done` and `failed` are ends. */
  readonly at: 'start' | 'end';
  /**
   * Per step: `read` counts the sheet rows read (known at its end); `reserve-ids` the ids;
   * `write-sheet-values` the cells; `commit-database` the changes (at the end: those accepted);
   * `write-sheet-layout` the notes, appended and removed rows; `save-state` 1. `done`: the rows read.
   */
  readonly rowsDone: number;
  readonly rowsTotal: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** On `done`. */
  readonly report?: SyncReport;
  /** On `failed`: the error's message. */
  readonly error?: string;
}

export type SyncProgressListener = (event: SyncProgressEvent) => void;

/** A listener that never throws into the run: its errors, thrown or as a rejected promise, are dropped. */
export function safeListener(listener: SyncProgressListener | undefined): SyncProgressListener {
  if (!listener) return () => undefined;
  return (event) => {
    try {
      const result: unknown = listener(event);
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // A progress display failing must not fail the sync.
    }
  };
}
