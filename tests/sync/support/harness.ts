import type { SheetsEmulator } from '../../../sync/emulator/server';
import type { Scalar } from '../../../sync/emulator/cells';
import type { TableSpec } from '../../../sync/engine/types';
import { MemoryLock, MemorySyncStore } from '../../../sync/runner/memory-store';
import type { SyncBinding } from '../../../sync/runner/ports';
import { type RunSyncOptions, type SyncReport, runSync } from '../../../sync/runner/run-sync';
import type { SheetsGateway } from '../../../sync/sheets/sheets-client';
import { SheetsClient } from '../../../sync/sheets/sheets-client';
import { CADRES } from './cadres';

export interface Harness {
  readonly emulator: SheetsEmulator;
  readonly spreadsheetId: string;
  readonly store: MemorySyncStore;
  readonly lock: MemoryLock;
  readonly sheets: SheetsGateway;
  readonly binding: SyncBinding;
  run(options?: RunSyncOptions): Promise<SyncReport>;
  /** The tab as the sheet holds it (UNFORMATTED). */
  grid(title?: string): Scalar[][];
  type(range: string, rows: readonly (readonly (Scalar | null)[])[]): void;
}

export interface HarnessOptions {
  readonly tables?: readonly TableSpec[];
  readonly tabs?: readonly { title: string; rows: readonly (readonly (Scalar | null)[])[] }[];
  readonly policy?: SyncBinding['policy'];
  /** The binding's store; a new empty one by default. `store.binding(scope)` gives another binding over the same records. */
  readonly store?: MemorySyncStore;
  /** Defaults to the real googleapis client over HTTP. */
  readonly sheets?: (emulator: SheetsEmulator) => SheetsGateway;
}

/** A spreadsheet in the emulator, an in-memory record store and a binding between them. */
export function harness(emulator: SheetsEmulator, options: HarnessOptions): Harness {
  const spreadsheetId = emulator.createSpreadsheet({
    title: 'Hồ sơ cán bộ',
    sheets: options.tabs?.map((t) => ({ title: t.title, rows: t.rows })) ?? [],
  });
  const store = options.store ?? new MemorySyncStore();
  const lock = new MemoryLock();
  const sheets =
    options.sheets?.(emulator) ??
    new SheetsClient({
      rootUrl: emulator.rootUrl,
      credentials: { kind: 'access-token', token: 'test' },
      retry: { maxAttempts: 6, baseDelayMs: 2, maxDelayMs: 10 },
      requestsPerMinute: 100_000,
    });
  const binding: SyncBinding = {
    bindingId: `b-${spreadsheetId}`,
    spreadsheetId,
    tables: options.tables ?? [CADRES],
    ...(options.policy ? { policy: options.policy } : {}),
  };
  return {
    emulator,
    spreadsheetId,
    store,
    lock,
    sheets,
    binding,
    run: (runOptions) => runSync(binding, { sheets, store, lock }, runOptions),
    grid: (title = 'Cán bộ') => emulator.getValues(spreadsheetId, `'${title.replace(/'/g, "''")}'`),
    type: (range, rows) => emulator.setValues(spreadsheetId, range, rows),
  };
}

/** The calls of a report as "reads/writes". */
export function calls(report: SyncReport): string {
  return `${report.apiCalls.reads} read(s), ${report.apiCalls.writes} write(s)`;
}
