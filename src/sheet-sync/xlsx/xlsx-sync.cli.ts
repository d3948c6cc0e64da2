import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Viewer } from '../../app/request-meta';
import { BadUserInputError } from '../../common/errors/errors';
import type { SyncReport } from '../../../sync/runner/run-sync';
import type { SyncEnvironment } from '../sheet-sync.service';
import { syncWorkbook } from './xlsx-sync.service';

export interface WorkbookCommandOptions {
  /** Where the merged workbook goes; `<name>.hoso.xlsx` beside the input unless told. */
  readonly out?: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
  /** `--scope` of a workbook registered now. */
  readonly scope?: string;
  readonly acceptOlderCopy?: boolean;
  /** The summary of a run as `hoso sync` prints it (given by the command, which owns it). */
  readonly summary: (report: SyncReport) => string;
}

/** `office.xlsx` → `office.hoso.xlsx`: hoso never writes over the file the office sent unless told to. */
export function defaultOutput(input: string): string {
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension)}.hoso${extension || '.xlsx'}`);
}

/** Written beside the target and renamed over it, so that a crash never leaves half a workbook; the input itself is backed up first. */
async function writeSafely(path: string, data: Buffer, input: string): Promise<string | null> {
  let backup: string | null = null;
  if (resolve(path) === resolve(input)) {
    backup = `${path}.truoc-dong-bo`;
    await copyFile(input, backup);
  }
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
  return backup;
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là thư mục' : 'không đọc được tệp';
    throw new BadUserInputError([{ field: '--xlsx', message: `${file}: ${why}` }]);
  }
}

/**
 * `hoso sync --xlsx office.xlsx [--out merged.xlsx]`: one exchange with an offline office. Prints
 * the same summary as a Google sync, then where the merged workbook went.
 */
export async function syncWorkbookCommand(
  env: SyncEnvironment,
  file: string,
  viewer: Viewer,
  options: WorkbookCommandOptions,
): Promise<void> {
  const data = await readInput(file);
  const result = await syncWorkbook(env, data, viewer, {
    dryRun: options.dryRun === true,
    acceptOlderCopy: options.acceptOlderCopy === true,
    title: basename(file),
    ...(options.scope !== undefined ? { binding: { scope: options.scope } } : {}),
  });
  const out = options.out ?? defaultOutput(file);
  const backup = result.workbook ? await writeSafely(out, result.workbook, file) : null;
  if (options.json) {
    const { plan: _plan, ...report } = result.report;
    console.log(
      JSON.stringify(
        { spreadsheetId: result.spreadsheetId, registered: result.registered, out: result.workbook ? out : null, report },
        null,
        2,
      ),
    );
    return;
  }
  const lines = [options.summary(result.report), ''];
  if (result.registered) lines.push(`Sổ mới, đã đăng ký với hoso (${result.spreadsheetId}).`);
  if (result.workbook) {
    lines.push(`Đã ghi sổ sau đồng bộ: ${out}${backup ? ` (bản trước khi đồng bộ: ${backup})` : ''}.`);
    lines.push('Lần sau hãy gửi lại chính tệp này: bản cũ hơn sẽ bị từ chối.');
  }
  console.log(lines.join('\n'));
}
