import { GraphQLError } from 'graphql';
import type { SyncLock } from '../../../sync/runner/ports';
import type { SyncReport } from '../../../sync/runner/run-sync';
import type { InitReport } from '../../../sync/template';
import { XlsxFormatError, XlsxWorkbook } from '../../../sync/xlsx';
import { forkFor } from '../../app/orm';
import type { Viewer } from '../../app/request-meta';
import { BadUserInputError } from '../../common/errors/errors';
import { type BindingOptions, type SyncEnvironment, initSheets, syncSheets } from '../sheet-sync.service';
import { SyncBinding } from '../sync-binding.entity';
import { SyncRunOutcome } from '../sync-enums';
import { syncLockFor } from '../sync-lock';
import { SyncRun } from '../sync-run.entity';

/** A binding whose "spreadsheet" is an Excel workbook exchanged as a file (its id is `xlsx:<uuid>`): no Google run can reach it. */
export function isWorkbookBinding(spreadsheetId: string): boolean {
  return spreadsheetId.startsWith('xlsx:');
}

export interface WorkbookSyncOptions {
  readonly dryRun?: boolean;
  /** A name for the binding when the workbook is registered (the file's name). */
  readonly title?: string;
  /** The policies (and, with scoped bindings, the scope) of a workbook registered now; an existing binding keeps its own. */
  readonly binding?: BindingOptions;
  /** Sync a copy older than the last exchange anyway (its rows typed since may be created twice). */
  readonly acceptOlderCopy?: boolean;
}

export interface WorkbookSync {
  readonly spreadsheetId: string;
  /** True when this exchange registered the workbook (tabs and headers created as by `sheets init`). */
  readonly registered: boolean;
  readonly init: InitReport | null;
  readonly report: SyncReport;
  /** The merged workbook to hand back; null on a dry run. */
  readonly workbook: Buffer | null;
}

/** An older copy of the workbook than the one hoso returned last: refused (409), since its new rows may already be records. */
export class StaleWorkbookError extends GraphQLError {
  constructor(copy: number, latest: number) {
    super(
      `Sổ này là bản cũ: đã qua ${copy} lần đồng bộ, trong khi hoso đã trả về bản sau lần đồng bộ thứ ${latest}. ` +
        'Hãy dùng tệp hoso trả về lần gần nhất (những dòng mới trong bản cũ có thể đã thành bản ghi). ' +
        'Nếu bản đó đã mất, đồng bộ lại với tuỳ chọn chấp nhận bản cũ và kiểm tra các bản ghi bị tạo trùng.',
      { extensions: { code: 'STALE_WORKBOOK', copy, latest, http: { status: 409 } } },
    );
  }
}

function readError(error: XlsxFormatError): BadUserInputError {
  return new BadUserInputError([{ field: 'file', message: error.message }], { httpStatus: 400 });
}

async function readWorkbook(data: Buffer): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.read(data);
  } catch (error) {
    if (error instanceof XlsxFormatError) throw readError(error);
    throw error;
  }
}

/** The binding's lock, with the check that the copy is the latest made once the lock is held (two uploads of one copy cannot both pass). */
function latestCopyLock(
  env: SyncEnvironment,
  binding: SyncBinding,
  book: XlsxWorkbook,
  acceptOlderCopy: boolean,
  onLatest: (latest: number) => void,
): SyncLock {
  const lock = syncLockFor(env.orm, env.databaseKind);
  return {
    acquire: async (bindingId) => {
      const lease = await lock.acquire(bindingId);
      try {
        const em = forkFor(env.orm, { actor: 'system', source: 'sync' });
        const latest = await em.count(SyncRun, { binding: binding.id, outcome: SyncRunOutcome.SUCCEEDED, dryRun: false });
        onLatest(latest);
        if (book.exchange < latest && !acceptOlderCopy) throw new StaleWorkbookError(book.exchange, latest);
      } catch (error) {
        await lease.release();
        throw error;
      }
      return lease;
    },
  };
}

/**
 * One exchange with an office that works in Excel: the workbook is read into an in-process
 * spreadsheet, registered the first time (hoso's tabs and headers added, as `sheets init` does),
 * synced by the same engine as a Google spreadsheet, and written back with what changed. Each
 * returned copy carries its exchange's number; a copy older than the last one returned is refused,
 * since rows it holds without ids may have become records in the exchange it missed.
 */
export async function syncWorkbook(
  env: SyncEnvironment,
  data: Buffer,
  viewer: Viewer,
  options: WorkbookSyncOptions = {},
): Promise<WorkbookSync> {
  const book = await readWorkbook(data);
  const local: SyncEnvironment = { ...env, sheets: () => book.sheets };
  const em = forkFor(env.orm, viewer);
  let binding = await em.findOne(SyncBinding, { spreadsheetId: book.spreadsheetId });
  let init: InitReport | null = null;
  if (!binding) {
    if (options.dryRun) {
      throw new BadUserInputError(
        [{ field: 'dryRun', message: 'Sổ này chưa đăng ký với hoso: lần đồng bộ đầu tiên phải chạy thật (không chạy thử)' }],
        { httpStatus: 400 },
      );
    }
    const registered = await initSheets(local, book.spreadsheetId, viewer, {
      ...options.binding,
      ...(options.title !== undefined ? { title: options.title } : {}),
    });
    binding = registered.binding;
    init = registered.report;
  }
  let latest = 0;
  const report = await syncSheets(local, book.spreadsheetId, viewer, {
    dryRun: options.dryRun === true,
    lock: latestCopyLock(env, binding, book, options.acceptOlderCopy === true, (count) => (latest = count)),
  });
  // This run is recorded by now: the copy handed back is the latest, numbered after it.
  const workbook = report.dryRun ? null : await book.toBuffer(latest + 1);
  return { spreadsheetId: book.spreadsheetId, registered: init !== null, init, report, workbook };
}
