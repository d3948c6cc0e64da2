import { userInfo } from 'node:os';
import { Argument, type Command, Option } from 'commander';
import type { SyncReport } from '../../sync/runner/run-sync';
import type { InitReport } from '../../sync/template';
import type { AppConfig } from '../app/config';
import { describeCliFailure } from '../app/cli-errors';
import { BadUserInputError } from '../common/errors/errors';
import { forkFor, migrate, type Orm } from '../app/orm';
import type { Viewer } from '../app/request-meta';
import { type BindingOptions, type SyncEnvironment, initSheets, syncSheets } from './sheet-sync.service';
import { parseSpreadsheetIdArgument } from './spreadsheet-id';
import { syncEnvironment } from './sync-environment';
import { syncProgressBar } from './progress/progress-bar';
import { nextRunAt } from './schedule/cron';
import { setSyncSchedule } from './schedule/schedule.service';
import { schedulerConfigFromEnv } from './schedule/scheduler-config';
import { type BindingOutcome, syncEveryBinding } from './schedule/sync-all';
import { syncWorkbookCommand } from './xlsx/xlsx-sync.cli';

/** An id or a sheet URL; an id starting with '-' goes after `--` (see spreadsheet-id.ts). */
const spreadsheetIdArgument = (name: string, description: string) =>
  new Argument(name, `${description}; an id starting with '-' goes after --`).argParser(parseSpreadsheetIdArgument);

type WithOrm = <T>(action: (orm: Orm, config: AppConfig) => Promise<T>) => Promise<T>;

function cliViewer(): Viewer {
  let user = 'cli';
  try {
    user = userInfo().username;
  } catch {
    // No user database entry (some containers): "cli" it is.
  }
  return { actor: `cli:${user}`, source: 'sync' };
}

const LISTED = 20;

function listed<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return [];
  const lines = [`${title} (${items.length}):`, ...items.slice(0, LISTED).map((item) => `  ${line(item)}`)];
  if (items.length > LISTED) lines.push(`  … và ${items.length - LISTED} mục nữa (--json để xem hết)`);
  return lines;
}

/** The run as a short text: what changed on each side, then what needs a person. */
export function formatSyncSummary(report: SyncReport): string {
  const { database, sheet } = report.counts;
  const rows: [string, number | string, number | string][] = [
    ['Bản ghi tạo mới / dòng thêm', database.creates, sheet.appendedRows],
    ['Bản ghi sửa / ô ghi', `${database.updatedRecords} (${database.updatedFields} trường)`, sheet.cellWrites],
    ['Mã ghi lại vào dòng mới', '-', sheet.idWriteBacks],
    ['Đánh dấu mất dòng / khôi phục', `${database.flags} / ${database.unflags}`, '-'],
    ['Xoá', database.deletes, sheet.removedRows],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const calls = report.apiCalls;
  const lines = [
    `${report.dryRun ? 'Chạy thử (không ghi gì)' : 'Đồng bộ'} ${report.spreadsheetId}: ${(report.durationMs / 1000).toFixed(1)} s, ` +
      `${calls.calls} lượt gọi Google API (${calls.reads} đọc, ${calls.writes} ghi${calls.retries ? `, ${calls.retries} thử lại` : ''})`,
    '',
    `${''.padEnd(width)}  ${'hoso'.padStart(14)}  ${'Bảng tính'.padStart(10)}`,
    ...rows.map(([label, db, sh]) => `${label.padEnd(width)}  ${String(db).padStart(14)}  ${String(sh).padStart(10)}`),
    '',
    `Xung đột: ${report.counts.conflicts} · Lỗi ô: ${report.counts.cellErrors} · Vấn đề: ${report.counts.issues} · Bị từ chối: ${report.rejections.length}`,
    ...listed(
      'Xung đột',
      report.conflicts,
      (c) => `${c.a1} ${c.header}: bảng tính «${c.sheetValue ?? ''}», hoso «${c.databaseValue ?? ''}» (${c.resolution})`,
    ),
    ...listed('Lỗi ô', report.cellErrors, (e) => `${e.a1}: ${e.message}`),
    ...listed('Vấn đề', report.issues, (i) => `${i.a1 ? `${i.a1}: ` : ''}${i.message}`),
    ...listed('Bị từ chối', report.rejections, (r) => `${r.table} ${r.id}${r.field ? ` ${r.field}` : ''}: ${r.message}`),
  ];
  if (report.planText) lines.push('', report.planText);
  return lines.join('\n');
}

function formatInitSummary(report: InitReport): string {
  const tabs = report.tabs.map((tab) => {
    const added = tab.headersAdded.length > 0 ? `thêm cột: ${tab.headersAdded.join(', ')}` : 'đủ cột';
    return `${tab.created ? 'Tạo' : 'Sửa'} tab '${tab.title}': ${added}; cột mã ${tab.idColumn}`;
  });
  return [...tabs, ...report.removedTabs.map((title) => `Xoá tab trống '${title}'`)].join('\n');
}

/** `hoso sheets schedule <id> "<cron>"` or `--off`. */
function registerScheduleCommand(sheets: Command, withOrm: WithOrm): void {
  sheets
    .command('schedule')
    .addArgument(spreadsheetIdArgument('<spreadsheetId>', 'a spreadsheet registered with `hoso sheets init` (its id or URL)'))
    .argument('[cron]', 'five fields: minute hour day month weekday, read in HOSO_SCHEDULE_TZ; "*/15 * * * *" is every 15 minutes')
    .description('sync the spreadsheet on a schedule (run by `hoso serve`); --off to stop')
    .option('--off', 'remove the schedule')
    .option('--json', 'print the binding as JSON')
    .action((spreadsheetId: string, cron: string | undefined, options: { off?: boolean; json?: boolean }) =>
      withOrm(async (orm) => {
        if ((options.off === true) === (cron !== undefined)) {
          throw new BadUserInputError([{ field: 'cron', message: 'cho biết lịch (ví dụ "*/15 * * * *"), hoặc --off để bỏ lịch' }]);
        }
        await migrate(orm);
        const { timeZone } = schedulerConfigFromEnv();
        const viewer = cliViewer();
        const binding = await setSyncSchedule(forkFor(orm, viewer), spreadsheetId, cron ?? null, viewer.actor, timeZone);
        const next = binding.schedule ? nextRunAt(binding.schedule, new Date(), timeZone) : null;
        if (options.json) {
          console.log(
            JSON.stringify(
              { spreadsheetId, schedule: binding.schedule, scheduledBy: binding.scheduledBy, timeZone, nextRunAt: next },
              null,
              2,
            ),
          );
        } else if (next) {
          const at = next.toLocaleString('vi-VN', { timeZone, hour12: false });
          console.log(
            `Lịch đồng bộ ${spreadsheetId}: «${binding.schedule}» (giờ ${timeZone}); lần tới: ${at}. \`hoso serve\` sẽ chạy theo lịch.`,
          );
        } else console.log(`Đã bỏ lịch đồng bộ ${spreadsheetId}.`);
      }),
    );
}

/** One line per binding (the full summary of a failure's cause), then the totals; 1 when any failed. */
async function syncAllCommand(env: SyncEnvironment, options: { readonly dryRun: boolean; readonly json: boolean }): Promise<number> {
  const line = (outcome: BindingOutcome): string => {
    if (!outcome.report) return `✗ ${outcome.spreadsheetId}: ${describeCliFailure(outcome.error).sentence}`;
    const { database, sheet, conflicts, cellErrors } = outcome.report.counts;
    return (
      `✓ ${outcome.spreadsheetId}: hoso +${database.creates} ~${database.updatedRecords}, ` +
      `bảng tính +${sheet.appendedRows} ~${sheet.cellWrites} ô; xung đột ${conflicts}, lỗi ô ${cellErrors}; ` +
      `${outcome.report.apiCalls.calls} lượt gọi, ${(outcome.report.durationMs / 1000).toFixed(1)} s`
    );
  };
  const outcomes = await syncEveryBinding(env, cliViewer(), {
    dryRun: options.dryRun,
    ...(options.json ? {} : { onDone: (outcome: BindingOutcome) => console.log(line(outcome)) }),
  });
  const failed = outcomes.filter((o) => !o.report);
  if (options.json) {
    const rows = outcomes.map((o) =>
      o.report
        ? { spreadsheetId: o.spreadsheetId, ok: true, report: { ...o.report, plan: undefined } }
        : { spreadsheetId: o.spreadsheetId, ok: false, error: describeCliFailure(o.error) },
    );
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log(`${outcomes.length} bảng tính: ${outcomes.length - failed.length} xong, ${failed.length} lỗi.`);
  }
  return failed.length > 0 ? 1 : 0;
}

interface SyncCommandOptions {
  readonly all?: boolean;
  readonly xlsx?: string;
  readonly out?: string;
  readonly scope?: string;
  readonly acceptOlderCopy?: boolean;
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

const policyOption = (flags: string, description: string, choices: readonly string[]) => new Option(flags, description).choices(choices);

/** `hoso sheets init`, `hoso sheets schedule` and `hoso sync`. */
export function registerSyncCommands(program: Command, withOrm: WithOrm): void {
  const sheets = program.command('sheets').description('Google Sheets bindings');
  sheets
    .command('init')
    .addArgument(spreadsheetIdArgument('<spreadsheetId>', 'the spreadsheet URL, or the id in it (…/spreadsheets/d/<id>/edit)'))
    .description('create or repair the tabs (headers, dropdowns, protected id column, date format) and register the binding')
    .option('--title <title>', 'a name for this binding')
    .option('--scope <code>', 'the locality or unit (code or global id) whose subtree the spreadsheet holds; default: the whole database')
    .addOption(policyOption('--conflicts <policy>', 'a field changed on both sides', ['manual', 'sheet-wins', 'database-wins']))
    .addOption(policyOption('--sheet-row-deleted <policy>', 'a row deleted from the sheet', ['flag', 'delete']))
    .addOption(policyOption('--record-deleted <policy>', 'a record deleted in hoso', ['mark', 'remove']))
    .option('--json', 'print the result as JSON')
    .action(
      (
        spreadsheetId: string,
        options: { title?: string; scope?: string; conflicts?: string; sheetRowDeleted?: string; recordDeleted?: string; json?: boolean },
      ) =>
        withOrm(async (orm, config) => {
          await migrate(orm);
          const bindingOptions: BindingOptions = {
            ...(options.title !== undefined ? { title: options.title } : {}),
            ...(options.scope !== undefined ? { scope: options.scope } : {}),
            ...(options.conflicts ? { conflictPolicy: options.conflicts as BindingOptions['conflictPolicy'] } : {}),
            ...(options.sheetRowDeleted ? { sheetRowDeleted: options.sheetRowDeleted as BindingOptions['sheetRowDeleted'] } : {}),
            ...(options.recordDeleted ? { recordDeleted: options.recordDeleted as BindingOptions['recordDeleted'] } : {}),
          };
          const { report } = await initSheets(syncEnvironment(orm, config), spreadsheetId, cliViewer(), bindingOptions);
          console.log(options.json ? JSON.stringify(report, null, 2) : formatInitSummary(report));
        }),
    );

  registerScheduleCommand(sheets, withOrm);

  program
    .command('sync')
    .addArgument(spreadsheetIdArgument('[spreadsheetId]', 'a spreadsheet registered with `hoso sheets init` (its id or URL)'))
    .description(
      'sync the spreadsheet (or, with --all, every registered one; with --xlsx, an Excel workbook) with the database both ways, now',
    )
    .option('--all', 'every registered spreadsheet, one after the other: a summary per spreadsheet, exit 1 if any failed')
    .option(
      '--xlsx <file>',
      'an Excel workbook of an office that works offline: synced with the same tabs and rules, the merged copy written back',
    )
    .option('--out <file>', 'with --xlsx: where the merged workbook goes (default: <name>.hoso.xlsx beside it)')
    .option('--scope <code>', 'with --xlsx, for a workbook synced the first time: the locality or unit whose subtree it holds')
    .option('--accept-older-copy', 'with --xlsx: sync a copy older than the one hoso returned last time (its edits may undo later ones)')
    .option('--dry-run', 'plan and report; write nothing on either side')
    .option('--json', 'print the full report as JSON')
    .action((spreadsheetId: string | undefined, options: SyncCommandOptions) =>
      withOrm(async (orm, config) => {
        const chosen = [spreadsheetId !== undefined, options.all === true, options.xlsx !== undefined].filter(Boolean).length;
        if (chosen !== 1) {
          throw new BadUserInputError([
            { field: 'spreadsheetId', message: 'cho biết một mã bảng tính, hoặc --all để đồng bộ mọi bảng tính, hoặc --xlsx <tệp>' },
          ]);
        }
        await migrate(orm);
        const env = syncEnvironment(orm, config);
        if (options.all) {
          process.exitCode = await syncAllCommand(env, { dryRun: options.dryRun === true, json: options.json === true });
          return;
        }
        if (options.xlsx !== undefined) {
          await syncWorkbookCommand(env, options.xlsx, cliViewer(), {
            ...(options.out !== undefined ? { out: options.out } : {}),
            ...(options.scope !== undefined ? { scope: options.scope } : {}),
            dryRun: options.dryRun === true,
            json: options.json === true,
            acceptOlderCopy: options.acceptOlderCopy === true,
            summary: formatSyncSummary,
          });
          return;
        }
        const progress = options.json ? null : syncProgressBar();
        let report: SyncReport;
        try {
          report = await syncSheets(env, spreadsheetId!, cliViewer(), {
            dryRun: options.dryRun === true,
            ...(progress ? { onProgress: progress.onProgress } : {}),
          });
        } catch (error) {
          progress?.stop(false);
          throw error;
        }
        progress?.stop(true);
        if (options.json) {
          const { plan: _plan, ...rest } = report;
          console.log(JSON.stringify(rest, null, 2));
        } else console.log(formatSyncSummary(report));
      }),
    );
}
