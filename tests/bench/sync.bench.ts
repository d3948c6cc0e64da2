/**
 * Benchmark (not a test): one binding of 5 tabs × 10,000 rows synced through the Sheets API
 * emulator over HTTP on 127.0.0.1, with the real googleapis-based SheetsClient (configured the
 * way the application configures it, sheetsConfigFromEnv) and the in-memory MemorySyncStore.
 *
 *   node -r ts-node/register/transpile-only tests/bench/sync.bench.ts
 *   BENCH_ROWS=1000 ...                  # rows per tab (default 10,000)
 *   BENCH_FIRST_RUN=sheet ...            # the other first run (see below)
 *   BENCH_SCOPED=1 ...                   # a commune's binding over a 100,000-cadre PostgreSQL
 *                                        # database instead (tests/bench/sync-scoped.bench.ts)
 *
 * The emulator runs as a child process (sync/emulator/main.ts), so the CPU and memory figures
 * are hoso's alone: the googleapis client, the engine, the runner and the in-memory store
 * (the "database" lives in this process, as loadRecords puts it in a real one's memory).
 * Wall time includes the emulator's work and loopback HTTP.
 *
 * Runs, each measured on its own, after a warm-up sync of a 50-row tab (module loading and JIT
 * are process start-up, not sync cost):
 *   1. first run — by default hoso's records into new tabs holding only their headers (the
 *      database full, the sheet empty: 50,000 rows appended in one appendCells batch), the
 *      heavier of the two first runs in CPU and memory. BENCH_FIRST_RUN=sheet measures the other:
 *      rows typed by staff without ids, database empty (50,000 creates, 50,000 ids written back).
 *   2. no change;
 *   3. 1% of the rows edited on each side (different rows), plus two same-field conflicts per tab;
 *   4. no change again (the conflicts stay open: their notes must not be rewritten).
 *
 * CPU: process.cpuUsage() delta (user + system) around runSync alone. Wall: the same span.
 * Memory, peak over the run: RSS sampled every 20 ms by a worker thread (it sees the process
 * while the main thread is busy planning); heapUsed sampled every 20 ms and at each step of the
 * run on the main thread, and taken before every garbage collection (v8.GCProfiler), which
 * catches the peaks inside long synchronous stretches. A full GC precedes each run; "base" is
 * the memory at its start. RSS seldom shrinks, so after the first run its peak is often the
 * process's high-water mark; heapUsed is the figure to compare between runs.
 *
 * Asserted (the issue's floors; the script prints its tables first, then exits non-zero):
 * exactly one values.batchGet per run, at most 2 write calls (a layout over 2 MB: 1 + its batches), 0 writes on the no-change runs.
 * The one other read the runner may make — the spreadsheets.get that learns the tabs' sheetIds,
 * done once per binding, the first time a run needs a structural write (notes, appended rows)
 * and remembered in the state — is shown and allowed once, never again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { cellA1, quoteSheetTitle } from '../../sync/engine/a1';
import type { CellValue, ColumnSpec, FieldValue, FieldValues, ParseResult, TableSpec } from '../../sync/engine/types';
import { MemoryLock, MemorySyncStore } from '../../sync/runner/memory-store';
import type { SyncBinding } from '../../sync/runner/ports';
import { type SyncReport, type SyncStep, runSync } from '../../sync/runner/run-sync';
import { MAX_BATCH_BYTES } from '../../sync/sheets/batches';
import { seededRandom } from '../../sync/sheets/clock';
import { type SheetsConfig, sheetsConfigFromEnv } from '../../sync/sheets/config';
import {
  type BatchGetOptions,
  type SheetsCallStats,
  type SheetsGateway,
  type SheetsRequest,
  type Spreadsheet,
  type ValueInputOption,
  type ValueRange,
  type ValueWrite,
  SheetsClient,
} from '../../sync/sheets/sheets-client';
import { CADRES } from '../sync/support/cadres';
import { codeColumn, dateColumn, integerColumn, textColumn } from '../sync/support/codecs';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error(`BENCH_ROWS must be a positive integer, not ${process.env.BENCH_ROWS}`);
const FIRST_RUN: 'sheet' | 'database' = process.env.BENCH_FIRST_RUN === 'sheet' ? 'sheet' : 'database';
/** 1% of the rows, edited on each side. */
const EDITS_PER_SIDE = Math.max(1, Math.round(ROWS / 100));
const CONFLICTS_PER_TAB = 2;
const SAMPLE_MS = 20;
const REPO = resolve(__dirname, '..', '..');
const MIB = 1024 * 1024;

// ---- the five tabs ------------------------------------------------------------------------------

type Random = () => number;
type Generate = (random: Random) => FieldValue;

interface BenchColumn {
  readonly spec: ColumnSpec;
  readonly generate: Generate;
  /** How staff may type it: NFD names, labels without diacritics... (parsed to the same value). */
  readonly messy?: (typed: CellValue) => CellValue;
}

interface BenchTab {
  readonly spec: TableSpec;
  readonly columns: readonly BenchColumn[];
}

const pick =
  <T>(items: readonly T[]) =>
  (random: Random): T =>
    items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Thu', 'Xuân', 'Công', 'Thùy'];
const GIVEN = (
  'An Bảo Cường Dũng Đạt Hải Hiếu Hùng Khánh Long Nam Phong Quân Sơn Thắng Tuấn ' +
  'Anh Chi Dung Giang Hà Hạnh Hoa Hương Lan Linh Mai Nga Ngân Phương Thảo Yến'
).split(' ');
const PROVINCES = ['Hà Nội', 'Nam Định', 'Thái Bình', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Thừa Thiên Huế', 'Quảng Nam', 'Bình Định'];
const WARDS = ['xã Hòa Bình', 'xã Tân Lập', 'phường Quang Trung', 'thị trấn Phú Xuyên', 'xã Đông Sơn', 'phường Trường Thi', 'xã Yên Phú'];
const AGENCIES = (
  'Sở Nội vụ; Sở Tài chính; Sở Giáo dục và Đào tạo; Sở Y tế; Văn phòng UBND tỉnh; Ban Tổ chức Tỉnh ủy; ' +
  'Sở Kế hoạch và Đầu tư; UBND huyện Đông Anh; UBND thành phố Vinh; Thanh tra tỉnh'
).split('; ');
const COURSES = ['Bồi dưỡng lãnh đạo cấp phòng', 'Trung cấp lý luận chính trị', 'Quản lý nhà nước ngạch chuyên viên chính', 'Tiếng Anh B1'];
const REMARKS = ['Có năng lực, phẩm chất tốt', 'Cần rèn luyện thêm kỹ năng quản lý', 'Được tập thể tín nhiệm cao', 'Đã qua luân chuyển'];

const POSITIONS = {
  GD: 'Giám đốc',
  PGD: 'Phó Giám đốc',
  TP: 'Trưởng phòng',
  PTP: 'Phó Trưởng phòng',
  CVC: 'Chuyên viên chính',
  CV: 'Chuyên viên',
};

const fullName: Generate = (random) => `${pick(FAMILY)(random)} ${pick(MIDDLE)(random)} ${pick(GIVEN)(random)}`;
const isoDate =
  (fromYear: number, toYear: number): Generate =>
  (random) =>
    `${between(random, fromYear, toYear)}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
const integer =
  (low: number, high: number): Generate =>
  (random) =>
    between(random, low, high);
const oneOf =
  (values: readonly FieldValue[]): Generate =>
  (random) =>
    pick(values)(random);
const codesOf = (labels: Readonly<Record<string, string>>): Generate => oneOf(Object.keys(labels));
const sometimesBlank =
  (generate: Generate, blank = 0.1): Generate =>
  (random) =>
    random() < blank ? null : generate(random);
const decision: Generate = (random) => `${between(random, 1, 2999)}/QĐ-${pick(['UBND', 'SNV', 'TU', 'BTCTU'])(random)}`;

/** A decimal as typed (4,98 or 4.98), two places in the database. */
function decimalColumn(field: string, header: string): ColumnSpec {
  const ok = (value: FieldValue): ParseResult => ({ ok: true, value });
  return {
    field,
    header,
    parse: (cell) => {
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim().replace(',', '.'));
      return Number.isFinite(n) ? ok(Math.round(n * 100) / 100) : { ok: false, message: 'không phải số.' };
    },
    format: (value) => (value === null ? null : Number(value)),
  };
}

const nfd = (typed: CellValue): CellValue => (typeof typed === 'string' ? typed.normalize('NFD') : typed);
const bareLabel = (typed: CellValue): CellValue =>
  typeof typed === 'string' ? typed.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase() : typed;

function column(spec: ColumnSpec, generate: Generate, messy?: (typed: CellValue) => CellValue): BenchColumn {
  return messy ? { spec, generate, messy } : { spec, generate };
}

function cadreColumn(field: string): ColumnSpec {
  const spec = CADRES.columns.find((c) => c.field === field);
  if (!spec) throw new Error(`CADRES has no column ${field}`);
  return spec;
}

const EDUCATION = { TS: 'Tiến sĩ', THS: 'Thạc sĩ', DH: 'Đại học', CD: 'Cao đẳng', TC: 'Trung cấp' };
const THEORY = { CC: 'Cao cấp', TC: 'Trung cấp', SC: 'Sơ cấp' };
const MOVES = { BN: 'Bổ nhiệm', DD: 'Điều động', LC: 'Luân chuyển', BP: 'Biệt phái', TD: 'Tiếp nhận' };
const TRAINING_KINDS = { LLCT: 'Lý luận chính trị', QLNN: 'Quản lý nhà nước', CM: 'Chuyên môn', NN: 'Ngoại ngữ', TH: 'Tin học' };
const RESULTS = { XS: 'Xuất sắc', G: 'Giỏi', K: 'Khá', TB: 'Trung bình', KD: 'Không đạt' };
const RATINGS = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
};

/** The cadre tab of the tests (tests/sync/support/cadres.ts) with three more columns, and four tabs shaped like it. */
const TABS: readonly BenchTab[] = [
  {
    spec: { ...CADRES, columns: [] },
    columns: [
      column(cadreColumn('fullName'), fullName, nfd),
      column(cadreColumn('birthDate'), isoDate(1965, 2000)),
      column(cadreColumn('sex'), oneOf(['MALE', 'FEMALE']), bareLabel),
      column(cadreColumn('ethnicity'), oneOf(['01', '01', '01', '02', '03', '06']), bareLabel),
      column(cadreColumn('startYear'), integer(1985, 2024)),
      column(textColumn('hometown', 'Quê quán'), (r) => `${pick(WARDS)(r)}, ${pick(PROVINCES)(r)}`),
      column(codeColumn('education', 'Trình độ chuyên môn', EDUCATION), codesOf(EDUCATION), bareLabel),
      column(decimalColumn('salaryCoefficient', 'Hệ số lương'), oneOf([2.34, 2.67, 3, 3.33, 3.66, 3.99, 4.4, 4.74, 4.98, 5.36, 6.2])),
    ],
  },
  {
    spec: { table: 'rotation', sheetTitle: 'Quá trình công tác', idHeader: 'Mã hoso', columns: [] },
    columns: [
      column(textColumn('cadreName', 'Họ và tên', { required: true }), fullName, nfd),
      column(dateColumn('fromDate', 'Từ ngày'), isoDate(2000, 2015)),
      column(dateColumn('toDate', 'Đến ngày'), sometimesBlank(isoDate(2016, 2025), 0.3)),
      column(textColumn('agency', 'Cơ quan, đơn vị'), oneOf(AGENCIES)),
      column(codeColumn('position', 'Chức vụ', POSITIONS), codesOf(POSITIONS)),
      column(codeColumn('move', 'Hình thức', MOVES), codesOf(MOVES), bareLabel),
      column(textColumn('decision', 'Số quyết định'), decision),
      column(integerColumn('months', 'Thời gian (tháng)'), integer(6, 120)),
    ],
  },
  {
    spec: { table: 'enrollment', sheetTitle: 'Đào tạo, bồi dưỡng', idHeader: 'Mã hoso', columns: [] },
    columns: [
      column(textColumn('traineeName', 'Họ và tên học viên', { required: true }), fullName, nfd),
      column(textColumn('course', 'Tên khóa học'), oneOf(COURSES)),
      column(codeColumn('kind', 'Loại hình', TRAINING_KINDS), codesOf(TRAINING_KINDS)),
      column(dateColumn('startDate', 'Ngày bắt đầu'), isoDate(2015, 2024)),
      column(dateColumn('endDate', 'Ngày kết thúc'), isoDate(2015, 2025)),
      column(codeColumn('result', 'Kết quả', RESULTS), codesOf(RESULTS), bareLabel),
      column(decimalColumn('score', 'Điểm'), (r) => between(r, 50, 100) / 10),
      column(
        textColumn('certificate', 'Số chứng chỉ'),
        sometimesBlank((r) => `CC-${pad(between(r, 1, 99_999), 6)}`),
      ),
    ],
  },
  {
    spec: { table: 'planning', sheetTitle: 'Quy hoạch', idHeader: 'Mã hoso', columns: [] },
    columns: [
      column(textColumn('cadreName', 'Họ và tên', { required: true }), fullName, nfd),
      column(integerColumn('birthYear', 'Năm sinh'), integer(1965, 1995)),
      column(codeColumn('title', 'Chức danh quy hoạch', POSITIONS), codesOf(POSITIONS)),
      column(textColumn('term', 'Giai đoạn'), oneOf(['2020 - 2025', '2025 - 2030', '2026 - 2031'])),
      column(dateColumn('approvedOn', 'Ngày phê duyệt'), isoDate(2019, 2025)),
      column(textColumn('decision', 'Số quyết định'), decision),
      column(codeColumn('theory', 'Lý luận chính trị', THEORY), codesOf(THEORY), bareLabel),
      column(textColumn('remark', 'Ghi chú'), sometimesBlank(oneOf(REMARKS), 0.6)),
    ],
  },
  {
    spec: { table: 'evaluation', sheetTitle: 'Đánh giá, xếp loại', idHeader: 'Mã hoso', columns: [] },
    columns: [
      column(textColumn('cadreName', 'Họ và tên', { required: true }), fullName, nfd),
      column(integerColumn('year', 'Năm đánh giá'), integer(2015, 2025)),
      column(codeColumn('rating', 'Xếp loại', RATINGS), codesOf(RATINGS), bareLabel),
      column(dateColumn('ratedOn', 'Ngày đánh giá'), isoDate(2015, 2025)),
      column(textColumn('agency', 'Cơ quan, đơn vị'), oneOf(AGENCIES)),
      column(integerColumn('selfScore', 'Điểm tự chấm'), integer(60, 100)),
      column(textColumn('rater', 'Người đánh giá'), fullName),
      column(textColumn('remark', 'Nhận xét'), sometimesBlank(oneOf(REMARKS), 0.5)),
    ],
  },
].map((tab) => ({ ...tab, spec: { ...tab.spec, columns: tab.columns.map((c) => c.spec) } }));

const headerRow = (tab: BenchTab): string[] => [tab.spec.idHeader, ...tab.columns.map((c) => c.spec.header)];

/** Row `index` of a tab, the same on every call (no 50,000 rows kept around to skew the memory figures). */
function recordValues(tabIndex: number, index: number): FieldValues {
  const random = seededRandom((tabIndex + 1) * 1_000_003 + index);
  return Object.fromEntries(tab(tabIndex).columns.map((c) => [c.spec.field, c.generate(random)]));
}

/** What a person types for a record: the formatted values, dates as dd/mm/yyyy, ~3% of names and labels typed sloppily. */
function typedRow(tabIndex: number, index: number): (CellValue | null)[] {
  const values = recordValues(tabIndex, index);
  const random = seededRandom(index * 7 + tabIndex);
  return [
    null,
    ...tab(tabIndex).columns.map((c) => {
      const typed = c.spec.format(values[c.spec.field] ?? null);
      return typed !== null && c.messy && random() < 0.03 ? c.messy(typed) : typed;
    }),
  ];
}

function tab(index: number): BenchTab {
  const found = TABS[index];
  if (!found) throw new Error(`No tab ${index}`);
  return found;
}

// ---- the emulator, in a child process ----------------------------------------------------------

export interface EmulatorProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

export async function startEmulator(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'sync/emulator/main.ts'], {
    cwd: REPO,
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the emulator did not start in 30 s: ${output}`));
    }, 30_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code ?? signal}) before listening: ${output}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
  });
  child.stdout!.resume();
  return { url, child };
}

export async function stopEmulator(emulator: EmulatorProcess): Promise<void> {
  const { child } = emulator;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The emulator's own hooks (/__emulator/...): not API calls, never counted. */
export async function admin<T>(url: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}/__emulator${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

// ---- what each run sent, by kind ---------------------------------------------------------------

export interface Tally {
  valueReads: number;
  sheetIdLookups: number;
  valueCellsSent: number;
  valueCellsUpdated: number;
  appendedRows: number;
  appendedCells: number;
  noteCells: number;
  removedRows: number;
  /** spreadsheets.batchUpdate calls and the JSON bytes they carried (layouts over 2 MB are split). */
  layoutBatches: number;
  layoutBytes: number;
}

const emptyTally = (): Tally => ({
  valueReads: 0,
  sheetIdLookups: 0,
  valueCellsSent: 0,
  valueCellsUpdated: 0,
  appendedRows: 0,
  appendedCells: 0,
  noteCells: 0,
  removedRows: 0,
  layoutBatches: 0,
  layoutBytes: 0,
});

/** The real client, with a tally of what went through it (the call counts themselves come from the client's stats). */
export class TallyingSheets implements SheetsGateway {
  tally = emptyTally();

  constructor(private readonly client: SheetsGateway) {}

  stats(): SheetsCallStats {
    return this.client.stats();
  }

  async batchGetValues(spreadsheetId: string, ranges: readonly string[], options?: BatchGetOptions): Promise<ValueRange[]> {
    this.tally.valueReads++;
    return this.client.batchGetValues(spreadsheetId, ranges, options);
  }

  async batchUpdateValues(spreadsheetId: string, data: readonly ValueWrite[], valueInputOption: ValueInputOption): Promise<number> {
    for (const write of data) for (const row of write.values) this.tally.valueCellsSent += row.length;
    const updated = await this.client.batchUpdateValues(spreadsheetId, data, valueInputOption);
    this.tally.valueCellsUpdated += updated;
    return updated;
  }

  async batchUpdateSpreadsheet(
    spreadsheetId: string,
    requests: readonly SheetsRequest[],
    options?: { readonly idempotent?: boolean },
  ): ReturnType<SheetsGateway['batchUpdateSpreadsheet']> {
    this.tally.layoutBatches++;
    this.tally.layoutBytes += Buffer.byteLength(JSON.stringify(requests));
    for (const request of requests) {
      for (const row of request.appendCells?.rows ?? []) {
        this.tally.appendedRows++;
        this.tally.appendedCells += row.values?.filter((cell) => cell.userEnteredValue).length ?? 0;
      }
      if (request.updateCells?.fields === 'note') this.tally.noteCells += request.updateCells.rows?.length ?? 0;
      if (request.deleteDimension) this.tally.removedRows++;
    }
    return this.client.batchUpdateSpreadsheet(spreadsheetId, requests, options);
  }

  async getSpreadsheet(
    spreadsheetId: string,
    options?: { readonly ranges?: readonly string[]; readonly includeGridData?: boolean },
  ): Promise<Spreadsheet> {
    this.tally.sheetIdLookups++;
    return this.client.getSpreadsheet(spreadsheetId, options);
  }
}

// ---- memory, CPU, time -------------------------------------------------------------------------

/** Node's gc(), reached without --expose-gc on the command line; a no-op if that ever stops working. */
export function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => void gc() : () => undefined;
}

const RSS_WORKER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData.buffer);
setInterval(() => {
  const kib = Math.ceil(process.memoryUsage.rss() / 1024);
  let seen = Atomics.load(peak, 0);
  while (kib > seen) {
    const previous = Atomics.compareExchange(peak, 0, seen, kib);
    if (previous === seen) break;
    seen = previous;
  }
}, workerData.intervalMs);
`;

export class MemorySampler {
  private readonly rssPeakKib = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker = new Worker(RSS_WORKER, {
    eval: true,
    execArgv: [],
    workerData: { buffer: this.rssPeakKib.buffer, intervalMs: SAMPLE_MS },
  });
  private timer: NodeJS.Timeout | null = null;
  private gcProfiler: GCProfiler | null = null;
  private heapPeak = 0;
  private rssPeak = 0;

  start(): void {
    Atomics.store(this.rssPeakKib, 0, 0);
    this.heapPeak = 0;
    this.rssPeak = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    // The heap grows only between collections: its size before each one (even inside a long synchronous stretch) is a peak.
    this.gcProfiler = new GCProfiler();
    this.gcProfiler.start();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    if (heapUsed > this.heapPeak) this.heapPeak = heapUsed;
    if (rss > this.rssPeak) this.rssPeak = rss;
  }

  stop(): { rss: number; heapUsed: number } {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const gc of this.gcProfiler?.stop().statistics ?? []) {
      this.heapPeak = Math.max(this.heapPeak, gc.beforeGC.heapStatistics.usedHeapSize);
    }
    this.gcProfiler = null;
    return { rss: Math.max(this.rssPeak, Atomics.load(this.rssPeakKib, 0) * 1024), heapUsed: this.heapPeak };
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.gcProfiler?.stop();
    await this.worker.terminate();
  }
}

type RunSummary = Pick<SyncReport, 'counts' | 'apiCalls' | 'wrote' | 'attempts'> & { readonly cellErrors: number };

const summary = (report: SyncReport): RunSummary =>
  structuredClone({
    counts: report.counts,
    apiCalls: report.apiCalls,
    wrote: report.wrote,
    attempts: report.attempts,
    cellErrors: report.cellErrors.length,
  });

export interface Measured {
  readonly label: string;
  /** What the report says, without the plan (kept, 50,000 rows of it would weigh on the next runs' memory). */
  readonly report: RunSummary;
  readonly tally: Tally;
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  readonly base: { rss: number; heapUsed: number };
  readonly peak: { rss: number; heapUsed: number };
  /** Seconds spent in each step, and in the engine between steps (planning, binding, notes). */
  readonly phases: readonly (readonly [string, number])[];
  readonly sheetIdsKnownBefore: boolean;
  /** SQL statements the run sent, when the run measures them (a real database). */
  readonly sql: SqlTally | null;
}

/** SQL statements of one run, and the rows they returned by the table they read from. */
export interface SqlTally {
  readonly statements: number;
  readonly rows: number;
  /** Rows returned, summed over the statements whose main table (first FROM) it is. */
  readonly rowsByTable: Readonly<Record<string, number>>;
  /** The most rows one statement returned, by main table. */
  readonly largestByTable: Readonly<Record<string, number>>;
}

/** Counts the SQL a run sends: started before it, read after it. */
export interface SqlMeter {
  reset(): void;
  read(): SqlTally;
}

// ---- the benchmark -----------------------------------------------------------------------------

interface Bench {
  readonly url: string;
  readonly spreadsheetId: string;
  readonly binding: SyncBinding;
  readonly store: MemorySyncStore;
  readonly lock: MemoryLock;
  readonly sheets: TallyingSheets;
  readonly sampler: MemorySampler;
  readonly gc: () => void;
}

/** What a measured run needs besides the run itself. */
export interface Meter {
  readonly sheets: TallyingSheets;
  readonly sampler: MemorySampler;
  readonly gc: () => void;
  readonly sql?: SqlMeter;
}

/** One run measured: CPU and wall time around it alone, peak memory over it, seconds per step. */
export async function measureRun(
  meter: Meter,
  label: string,
  sheetIdsKnownBefore: boolean,
  run: (onStep: (step: SyncStep, phase: 'before' | 'after') => void) => Promise<SyncReport>,
): Promise<Measured> {
  meter.gc();
  await new Promise((done) => setImmediate(done));
  meter.gc();
  meter.sheets.tally = emptyTally();
  meter.sql?.reset();
  const { rss, heapUsed } = process.memoryUsage();
  const marks: { step: string; phase: string; at: bigint }[] = [];
  meter.sampler.start();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const report = await run((step, phase) => {
    meter.sampler.sample();
    marks.push({ step, phase, at: process.hrtime.bigint() });
  });
  const ended = process.hrtime.bigint();
  const used = process.cpuUsage(cpu);
  const peak = meter.sampler.stop();
  const phases: [string, number][] = [];
  let previous = started;
  for (const mark of marks) {
    const seconds = Number(mark.at - previous) / 1e9;
    phases.push([mark.phase === 'after' ? mark.step : 'engine', seconds]);
    previous = mark.at;
  }
  phases.push(['engine', Number(ended - previous) / 1e9]);
  const merged = new Map<string, number>();
  for (const [name, seconds] of phases) merged.set(name, (merged.get(name) ?? 0) + seconds);
  return {
    label,
    report: summary(report),
    tally: meter.sheets.tally,
    cpuSeconds: (used.user + used.system) / 1e6,
    wallSeconds: Number(ended - started) / 1e9,
    base: { rss, heapUsed },
    peak,
    phases: [...merged],
    sheetIdsKnownBefore,
    sql: meter.sql?.read() ?? null,
  };
}

async function measure(bench: Bench, label: string): Promise<Measured> {
  const known = bench.store.currentState()?.sheetIds ?? {};
  const sheetIdsKnownBefore = bench.binding.tables.every((t) => known[t.sheetTitle] !== undefined);
  return measureRun(bench, label, sheetIdsKnownBefore, (onStep) =>
    runSync(bench.binding, { sheets: bench.sheets, store: bench.store, lock: bench.lock }, { onStep }),
  );
}

/** The spreadsheet and the database before the first run. */
async function seed(url: string, store: MemorySyncStore): Promise<string> {
  const sheets = TABS.map((t, tabIndex) => ({
    title: t.spec.sheetTitle,
    rows: [headerRow(t), ...(FIRST_RUN === 'sheet' ? Array.from({ length: ROWS }, (_, i) => typedRow(tabIndex, i)) : [])],
  }));
  const { spreadsheetId } = await admin<{ spreadsheetId: string }>(url, 'POST', '/spreadsheets', {
    title: 'Hồ sơ cán bộ — benchmark',
    sheets,
  });
  if (FIRST_RUN === 'database') {
    TABS.forEach((t, tabIndex) => {
      for (let i = 0; i < ROWS; i++) store.put(t.spec.table, String(i + 1), recordValues(tabIndex, i));
    });
  }
  return spreadsheetId;
}

/** A new value for a field, different from `avoid` (the generators repeat, so draw until it differs). */
function differentValue(bench: BenchColumn, random: Random, avoid: readonly FieldValue[]): FieldValue | null {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = bench.generate(random);
    if (value !== null && !avoid.includes(value)) return value;
  }
  return null;
}

interface EditCounts {
  readonly sheetEdits: number;
  readonly databaseEdits: number;
  readonly conflicts: number;
}

/**
 * 1% of the rows edited in the sheet (typed, USER_ENTERED, as a person would), 1% of other rows
 * edited in hoso, and a few fields edited on both sides to different values.
 */
async function editBothSides(bench: Bench): Promise<EditCounts> {
  const random = seededRandom(20_261_121);
  const typing: { range: string; values: (CellValue | null)[][] }[] = [];
  let counts = { sheetEdits: 0, databaseEdits: 0, conflicts: 0 };
  for (const t of TABS) {
    const idRange = encodeURIComponent(`${quoteSheetTitle(t.spec.sheetTitle)}!A2:A`);
    const { values } = await admin<{ values: CellValue[][] }>(
      bench.url,
      'GET',
      `/spreadsheets/${bench.spreadsheetId}/values?range=${idRange}`,
    );
    const rows = values.map((row, i) => ({ id: String(row[0] ?? ''), rowNumber: i + 2 })).filter((r) => r.id !== '');
    // Disjoint rows: a shuffled prefix for the sheet, the next slice for hoso, then the conflicts.
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const edit = (row: { id: string; rowNumber: number }, side: 'sheet' | 'database' | 'both'): void => {
      for (;;) {
        const columnIndex = Math.floor(random() * t.columns.length);
        const c = t.columns[columnIndex]!;
        const current = bench.store.get(t.spec.table, row.id)?.values[c.spec.field] ?? null;
        const typed = differentValue(c, random, [current]);
        const stored = side === 'both' && typed !== null ? differentValue(c, random, [current, typed]) : typed;
        // A two-valued column (sex) cannot take two new values at once: another column then.
        if (typed === null || stored === null) continue;
        if (side !== 'database') {
          typing.push({ range: cellA1(t.spec.sheetTitle, row.rowNumber, columnIndex + 1), values: [[c.spec.format(typed)]] });
        }
        if (side !== 'sheet') bench.store.edit(t.spec.table, row.id, { [c.spec.field]: stored });
        return;
      }
    };
    const inSheet = rows.slice(0, EDITS_PER_SIDE);
    const inHoso = rows.slice(EDITS_PER_SIDE, 2 * EDITS_PER_SIDE);
    const onBoth = rows.slice(2 * EDITS_PER_SIDE, 2 * EDITS_PER_SIDE + CONFLICTS_PER_TAB);
    inSheet.forEach((row) => edit(row, 'sheet'));
    inHoso.forEach((row) => edit(row, 'database'));
    onBoth.forEach((row) => edit(row, 'both'));
    counts = {
      sheetEdits: counts.sheetEdits + inSheet.length,
      databaseEdits: counts.databaseEdits + inHoso.length,
      conflicts: counts.conflicts + onBoth.length,
    };
  }
  // A person types cell by cell; 16 at a time keeps the setup short.
  for (let i = 0; i < typing.length; i += 16) {
    await Promise.all(
      typing
        .slice(i, i + 16)
        .map((cell) =>
          admin(bench.url, 'POST', `/spreadsheets/${bench.spreadsheetId}/values`, { ...cell, valueInputOption: 'USER_ENTERED' }),
        ),
    );
  }
  return counts;
}

/** Loads googleapis' lazy parts and warms the engine on a tiny spreadsheet, so the first measured run is not process start-up. */
export async function warmUp(url: string, sheets: SheetsGateway): Promise<void> {
  const t = tab(0);
  const { spreadsheetId } = await admin<{ spreadsheetId: string }>(url, 'POST', '/spreadsheets', {
    sheets: [{ title: t.spec.sheetTitle, rows: [headerRow(t), ...Array.from({ length: 50 }, (_, i) => typedRow(0, i))] }],
  });
  const binding: SyncBinding = { bindingId: 'warm-up', spreadsheetId, tables: [t.spec] };
  await runSync(binding, { sheets, store: new MemorySyncStore(), lock: new MemoryLock() });
}

// ---- output ------------------------------------------------------------------------------------

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const mib = (bytes: number): string => (bytes / MIB).toFixed(0);
export const secs = (seconds: number): string => seconds.toFixed(2);
export const int = (n: number): string => n.toLocaleString('en-US');

/** Google recommends request payloads under 2 MB and refuses those over 10 MiB ("Request payload size exceeds the limit: 10485760 bytes"). */
export const GOOGLE_PAYLOAD_LIMIT = 10 * MIB;

/**
 * The size of each run's largest request body, from the emulator's request log (fetched once at
 * the end, so that serialising 20 MB again is not counted in any run). The log holds the warm-up's
 * calls, then each run's, in order.
 */
export async function largestRequests(url: string, warmUpCalls: number, runs: readonly Measured[]): Promise<number[] | null> {
  const { requests } = await admin<{ requests: { body?: unknown }[] }>(url, 'GET', '/requests');
  const counts = runs.map((m) => m.report.apiCalls.calls);
  if (requests.length !== warmUpCalls + counts.reduce((a, b) => a + b, 0)) return null;
  let next = warmUpCalls;
  return counts.map((count) => {
    const bodies = requests.slice(next, (next += count));
    return Math.max(0, ...bodies.map((r) => (r.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(r.body)))));
  });
}

export const size = (bytes: number): string =>
  bytes === 0 ? '–' : bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

function readsText(m: Measured): string {
  const lookups = m.tally.sheetIdLookups;
  return lookups === 0 ? String(m.report.apiCalls.reads) : `${m.report.apiCalls.reads} (${lookups} sheetId lookup)`;
}

export function print(runs: readonly Measured[], requestBytes: readonly number[] | null): void {
  console.log(
    table(
      [
        'run',
        'reads',
        'writes',
        'retries',
        'largest request',
        'cells written',
        'rows appended',
        'notes',
        'db creates',
        'db updates (fields)',
        'conflicts',
      ],
      runs.map((m) => {
        const db = m.report.counts.database;
        return [
          m.label,
          readsText(m),
          String(m.report.apiCalls.writes),
          String(m.report.apiCalls.retries),
          requestBytes ? size(requestBytes[runs.indexOf(m)]!) : '?',
          int(m.tally.valueCellsUpdated),
          m.tally.appendedRows === 0 ? '0' : `${int(m.tally.appendedRows)} (${int(m.tally.appendedCells)} cells)`,
          int(m.tally.noteCells),
          int(db.creates),
          `${int(db.updatedRecords)} (${int(db.updatedFields)})`,
          int(m.report.counts.conflicts),
        ];
      }),
    ),
  );
  console.log('');
  console.log(
    table(
      ['run', 'CPU s', 'wall s', 'peak RSS MiB', 'peak heap MiB', 'base RSS MiB', 'base heap MiB'],
      runs.map((m) => [
        m.label,
        secs(m.cpuSeconds),
        secs(m.wallSeconds),
        mib(m.peak.rss),
        mib(m.peak.heapUsed),
        mib(m.base.rss),
        mib(m.base.heapUsed),
      ]),
    ),
  );
  const measuredSql = runs.filter((m) => m.sql !== null);
  if (measuredSql.length > 0) {
    const tables = [...new Set(measuredSql.flatMap((m) => Object.keys(m.sql!.rowsByTable)))].sort();
    console.log('');
    console.log(
      table(
        ['run', 'SQL statements', 'rows returned', ...tables.map((t) => `${t} rows (largest)`)],
        measuredSql.map((m) => [
          m.label,
          int(m.sql!.statements),
          int(m.sql!.rows),
          ...tables.map((t) => `${int(m.sql!.rowsByTable[t] ?? 0)} (${int(m.sql!.largestByTable[t] ?? 0)})`),
        ]),
      ),
    );
  }
  console.log(
    '\nreads, writes, retries: HTTP calls counted by SheetsClient. cells written: values.batchUpdate (ids written back, changed cells).\n' +
      'rows appended: appendCells. notes: cells whose note hoso set or cleared. db: records created, records (fields) updated.',
  );
  console.log('\nwall seconds by step ("engine": lock, planning and everything else between the steps)');
  for (const m of runs) console.log(`  ${m.label.padEnd(22)} ${m.phases.map(([name, s]) => `${name} ${secs(s)}`).join(' · ')}`);
}

/** Collects what failed instead of stopping at the first: the tables are printed either way. */
export function failureList(): { failures: string[]; expect: (ok: boolean, message: string) => void } {
  const failures: string[] = [];
  return { failures, expect: (ok, message) => void (ok || failures.push(message)) };
}

/**
 * The issue's floors, for any binding: one values.batchGet per run, at most 2 write calls (more
 * only for a layout over 2 MB), the sheetId lookup at most once, and nothing written by the runs
 * `idle` (the no-change runs).
 */
export function checkFloors(runs: readonly Measured[], idle: readonly (Measured | undefined)[]): string[] {
  const { failures, expect } = failureList();
  let lookups = 0;
  for (const m of runs) {
    const { reads, writes } = m.report.apiCalls;
    expect(m.tally.valueReads === 1, `${m.label}: ${m.tally.valueReads} values.batchGet calls, expected exactly 1`);
    expect(reads === 1 + m.tally.sheetIdLookups, `${m.label}: ${reads} read calls, expected 1 (+ the one-off sheetId lookup)`);
    lookups += m.tally.sheetIdLookups;
    expect(m.tally.sheetIdLookups === 0 || !m.sheetIdsKnownBefore, `${m.label}: looked sheetIds up although the state knew them`);
    // The floor is 2 (one values batch, one layout batch); a layout over Google's recommended 2 MB per
    // request (the first run of a big table appends tens of MB) goes out in as many batches as it needs.
    const layoutFloor = Math.max(1, Math.ceil(m.tally.layoutBytes / MAX_BATCH_BYTES));
    expect(writes <= 1 + layoutFloor, `${m.label}: ${writes} write calls, expected at most ${1 + layoutFloor}`);
    expect(m.tally.layoutBytes > MAX_BATCH_BYTES || writes <= 2, `${m.label}: ${writes} write calls, expected at most 2`);
    expect(m.report.attempts === 1, `${m.label}: ${m.report.attempts} attempts`);
  }
  expect(lookups <= 1, `${lookups} sheetId lookups over the runs, expected at most 1 per binding`);
  for (const m of idle) {
    if (!m) continue;
    expect(m.report.apiCalls.reads === 1, `${m.label}: ${m.report.apiCalls.reads} read calls, expected 1`);
    expect(m.report.apiCalls.writes === 0, `${m.label}: ${m.report.apiCalls.writes} write calls, expected 0`);
    expect(
      Object.values(m.report.wrote).every((w) => !w),
      `${m.label}: wrote ${JSON.stringify(m.report.wrote)}, expected nothing`,
    );
  }
  return failures;
}

/** The floors, and that each run did what the scenario says (else the figures mean nothing). */
function check(runs: readonly Measured[], edits: EditCounts): string[] {
  const [first, unchanged, edited, unchangedAgain] = runs;
  const { failures, expect } = failureList();
  failures.push(...checkFloors(runs, [unchanged, unchangedAgain]));
  const total = ROWS * TABS.length;
  if (first) {
    const { creates } = first.report.counts.database;
    if (FIRST_RUN === 'sheet') {
      expect(creates === total, `${first.label}: ${creates} creates, expected ${total}`);
      expect(
        first.tally.valueCellsUpdated === total,
        `${first.label}: ${first.tally.valueCellsUpdated} cells written, expected ${total} ids`,
      );
    } else {
      expect(first.tally.appendedRows === total, `${first.label}: ${first.tally.appendedRows} rows appended, expected ${total}`);
    }
    expect(first.report.cellErrors === 0, `${first.label}: ${first.report.cellErrors} cell errors (sloppy typing should parse)`);
  }
  if (edited) {
    const { counts } = edited.report;
    const { updatedRecords } = counts.database;
    expect(updatedRecords === edits.sheetEdits, `${edited.label}: ${updatedRecords} records updated, expected ${edits.sheetEdits}`);
    expect(
      counts.sheet.cellWrites === edits.databaseEdits,
      `${edited.label}: ${counts.sheet.cellWrites} cells, expected ${edits.databaseEdits}`,
    );
    expect(counts.conflicts === edits.conflicts, `${edited.label}: ${counts.conflicts} conflicts, expected ${edits.conflicts}`);
    expect(edited.tally.noteCells === edits.conflicts, `${edited.label}: ${edited.tally.noteCells} notes, expected ${edits.conflicts}`);
  }
  if (unchangedAgain) {
    const conflicts = unchangedAgain.report.counts.conflicts;
    expect(conflicts === edits.conflicts, `${unchangedAgain.label}: ${conflicts} open conflicts, expected ${edits.conflicts}`);
  }
  return failures;
}

/**
 * The emulator in its child process and the memory sampler around `work`; both stopped however
 * it ends (the child killed if the process exits on a signal). `config`: the googleapis client's
 * settings for that emulator, as the application reads them from its environment.
 */
export async function withEmulator(
  work: (emulator: EmulatorProcess, sampler: MemorySampler, config: SheetsConfig) => Promise<void>,
): Promise<void> {
  const emulator = await startEmulator();
  const killChild = (): void => void emulator.child.kill('SIGKILL');
  process.once('exit', killChild);
  const interrupted = (): void => process.exit(130);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const sampler = new MemorySampler();
  try {
    await work(emulator, sampler, sheetsConfigFromEnv({ GOOGLE_API_ROOT_URL: `${emulator.url}/`, GOOGLE_ACCESS_TOKEN: 'bench' }));
  } finally {
    await sampler.close();
    await stopEmulator(emulator);
    process.removeListener('exit', killChild);
  }
}

async function main(): Promise<void> {
  const benchStarted = Date.now();
  await withEmulator(async (emulator, sampler, config) => {
    const sheets = new TallyingSheets(SheetsClient.fromConfig(config));
    await warmUp(emulator.url, sheets);
    const warmUpCalls = sheets.stats().calls;
    const store = new MemorySyncStore();
    const spreadsheetId = await seed(emulator.url, store);
    const binding: SyncBinding = { bindingId: 'bench', spreadsheetId, tables: TABS.map((t) => t.spec) };
    const bench: Bench = { url: emulator.url, spreadsheetId, binding, store, lock: new MemoryLock(), sheets, sampler, gc: fullGc() };

    console.log(
      `hoso sync benchmark: ${TABS.length} tabs × ${int(ROWS)} rows × ${TABS[0]!.columns.length + 1} columns, ` +
        `emulator ${emulator.url} (child process ${emulator.child.pid}), googleapis SheetsClient, MemorySyncStore, Node ${process.version}`,
    );
    console.log(
      FIRST_RUN === 'sheet'
        ? 'first run: rows typed in the sheet without ids, database empty\n'
        : 'first run: records in the database, tabs holding only their headers\n',
    );
    const runs: Measured[] = [];
    runs.push(await measure(bench, '1. first run'));
    runs.push(await measure(bench, '2. no change'));
    const edits = await editBothSides(bench);
    runs.push(await measure(bench, `3. 1% edited each side`));
    runs.push(await measure(bench, '4. no change again'));

    const requestBytes = await largestRequests(emulator.url, warmUpCalls, runs);
    print(runs, requestBytes);
    const oversized = (requestBytes ?? []).flatMap((bytes, i) =>
      bytes > GOOGLE_PAYLOAD_LIMIT ? [`${runs[i]!.label} (${size(bytes)})`] : [],
    );
    if (oversized.length > 0) {
      console.log(
        `\nWARNING: request bodies over Google's 10 MiB payload limit, which the emulator does not enforce: ${oversized.join(', ')}`,
      );
    }
    console.log(
      `\nrun 3: ${edits.sheetEdits} rows edited in the sheet, ${edits.databaseEdits} other rows in hoso, ` +
        `${edits.conflicts} fields edited on both sides (policy manual). Total ${secs((Date.now() - benchStarted) / 1000)} s.`,
    );
    const failures = check(runs, edits);
    if (failures.length > 0) throw new Error(`sync benchmark: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    console.log(
      'checks: 1 values.batchGet per run, ≤ 2 writes (1 + its 2 MB layout batches when a layout is bigger), 0 writes without changes — ok',
    );
  });
}

if (require.main === module) {
  // The scoped bench reuses this file's measuring code; loaded only when asked for (it needs PostgreSQL).
  const bench = process.env.BENCH_SCOPED === '1' ? import('./sync-scoped.bench').then((scoped) => scoped.main()) : main();
  bench.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
