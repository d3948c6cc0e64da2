import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { columnLetters, quoteSheetTitle } from '../engine/a1';
import { ApiError, invalidArgument, notFound, resourceExhausted, serverError, unauthenticated } from './api-error';
import { type BatchRequest, applyBatch } from './batch-requests';
import type { DateTimeRenderOption, Scalar, ValueRenderOption } from './cells';
import { adminRoute } from './admin';
import { type ApiOperation, type FailureRule, type FaultSettings, Faults, type QuotaRule, quotaKindOf } from './faults';
import { Draft, type Spreadsheet, cellAt } from './model';
import { type SpreadsheetSeed, buildSpreadsheet, requireSpreadsheet, seedFromCreateRequest, spreadsheetJson } from './spreadsheets';
import { type ValueInputOption, readValues, resolveRange, writeValues } from './values-api';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The time quota windows are measured in; share a VirtualClock with the client to replay storms instantly. */
  readonly now?: () => number;
  /** Answer 401 to requests without credentials, as Google does (default true). */
  readonly requireAuth?: boolean;
}

/** One API request as the emulator saw it. */
export interface ApiCall {
  /** 1-based, over the emulator's life (reset() restarts it). */
  readonly index: number;
  readonly operation: ApiOperation;
  readonly spreadsheetId: string | null;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly body: unknown;
  readonly authorization: string | null;
  status: number;
}

export type CallHook = (call: ApiCall, emulator: SheetsEmulator) => void | Promise<void>;

interface Route {
  readonly operation: ApiOperation;
  readonly spreadsheetId: string | null;
  readonly range?: string;
}

const ID = '([^/:]+)';
const ROUTES: readonly { method: string; pattern: RegExp; operation: ApiOperation }[] = [
  { method: 'POST', pattern: /^\/v4\/spreadsheets\/?$/, operation: 'spreadsheets.create' },
  { method: 'GET', pattern: new RegExp(`^/v4/spreadsheets/${ID}$`), operation: 'spreadsheets.get' },
  { method: 'POST', pattern: new RegExp(`^/v4/spreadsheets/${ID}:batchUpdate$`), operation: 'spreadsheets.batchUpdate' },
  { method: 'GET', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values:batchGet$`), operation: 'values.batchGet' },
  { method: 'POST', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values:batchUpdate$`), operation: 'values.batchUpdate' },
  { method: 'GET', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values/(.+)$`), operation: 'values.get' },
];

function route(method: string, path: string): Route | undefined {
  for (const r of ROUTES) {
    const match = r.method === method ? r.pattern.exec(path) : null;
    if (!match) continue;
    return {
      operation: r.operation,
      spreadsheetId: match[1] === undefined ? null : decodeURIComponent(match[1]),
      ...(match[2] !== undefined ? { range: decodeURIComponent(match[2]) } : {}),
    };
  }
  return undefined;
}

function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const value = query.get(name);
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(`Invalid value at '${name}' (${value}), expected one of ${allowed.join(', ')}`);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidArgument('Invalid JSON payload received.');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * A Google Sheets API v4 emulator on loopback: the part of the API hoso uses, with Google's
 * semantics (A1 ranges, trimming, render and input options, all-or-nothing batches, errors in
 * Google's JSON shape), plus test hooks — quotas, injected 5xx and latency, edits between two
 * calls, direct cell access and a request log. State lives in memory.
 */
export class SheetsEmulator {
  readonly faults: Faults;
  /** Every API request served (admin calls excluded). */
  readonly requests: ApiCall[] = [];
  private readonly store = new Map<string, Spreadsheet>();
  private readonly hooks: CallHook[] = [];
  private readonly requireAuth: boolean;
  private server: Server | null = null;
  private address = '';

  constructor(options: EmulatorOptions = {}) {
    this.faults = new Faults(options.now ?? Date.now);
    this.requireAuth = options.requireAuth ?? true;
  }

  static async start(options: EmulatorOptions = {}): Promise<SheetsEmulator> {
    const emulator = new SheetsEmulator(options);
    await emulator.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    return emulator;
  }

  /** `http://127.0.0.1:PORT` */
  get url(): string {
    return this.address;
  }

  /** What GOOGLE_API_ROOT_URL should be set to. */
  get rootUrl(): string {
    return `${this.address}/`;
  }

  async listen(port: number, host: string): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    this.server = server;
    this.address = `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- test hooks -------------------------------------------------------------------------

  /** Runs before each API call is served (after it is logged): the place for "a person types now". Returns an unsubscribe. */
  beforeCall(hook: CallHook): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  setQuota(rule: QuotaRule | null): void {
    this.faults.setQuota(rule);
  }

  /** Adds a failure rule; `onCall` counts from now. */
  failCalls(rule: FailureRule): void {
    this.faults.addFailure(rule, this.requests.length);
  }

  configureFaults(settings: FaultSettings): void {
    this.faults.configure(settings, this.requests.length);
  }

  /** Forgets spreadsheets, hooks, faults and the log. */
  reset(): void {
    this.store.clear();
    this.hooks.length = 0;
    this.faults.clear();
    this.requests.length = 0;
  }

  createSpreadsheet(seed: SpreadsheetSeed = {}): string {
    const spreadsheet = buildSpreadsheet(seed);
    if (this.store.has(spreadsheet.spreadsheetId)) throw new Error(`Spreadsheet ${spreadsheet.spreadsheetId} exists`);
    this.store.set(spreadsheet.spreadsheetId, spreadsheet);
    return spreadsheet.spreadsheetId;
  }

  spreadsheetIds(): string[] {
    return [...this.store.keys()];
  }

  spreadsheet(spreadsheetId: string): Spreadsheet {
    return requireSpreadsheet(this.store, spreadsheetId);
  }

  /** Types into the sheet as a person would (USER_ENTERED by default), outside the API: not logged, no quota. */
  setValues(
    spreadsheetId: string,
    range: string,
    values: readonly (readonly (Scalar | null)[])[],
    input: ValueInputOption = 'USER_ENTERED',
  ): void {
    const draft = new Draft(this.spreadsheet(spreadsheetId));
    writeValues(draft, range, values, input);
    this.store.set(spreadsheetId, draft.spreadsheet);
  }

  getValues(
    spreadsheetId: string,
    range: string,
    options: { valueRenderOption?: ValueRenderOption; dateTimeRenderOption?: DateTimeRenderOption } = {},
  ): Scalar[][] {
    return (
      readValues(this.spreadsheet(spreadsheetId), range, {
        valueRenderOption: options.valueRenderOption ?? 'UNFORMATTED_VALUE',
        dateTimeRenderOption: options.dateTimeRenderOption ?? 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      }).values ?? []
    );
  }

  /** Structural edits as a person would make them (sort, insert or delete rows), outside the API. */
  applyRequests(spreadsheetId: string, requests: readonly BatchRequest[]): void {
    const draft = new Draft(this.spreadsheet(spreadsheetId));
    applyBatch(draft, requests);
    this.store.set(spreadsheetId, draft.spreadsheet);
  }

  /** The note on one cell (`'Cán bộ'!C5`), if any. */
  note(spreadsheetId: string, a1: string): string | undefined {
    const { sheet, range } = resolveRange(this.spreadsheet(spreadsheetId), a1);
    return cellAt(sheet, range.startRow ?? 0, range.startColumn ?? 0)?.note;
  }

  /** Every note of a tab, by A1 cell (`C5`). */
  notes(spreadsheetId: string, sheetTitle: string): Record<string, string> {
    const { sheet } = resolveRange(this.spreadsheet(spreadsheetId), quoteSheetTitle(sheetTitle));
    const notes: Record<string, string> = {};
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.note !== undefined) notes[`${columnLetters(c)}${r + 1}`] = cell.note;
      }),
    );
    return notes;
  }

  sheetId(spreadsheetId: string, sheetTitle: string): number {
    const { sheet } = resolveRange(this.spreadsheet(spreadsheetId), quoteSheetTitle(sheetTitle));
    return sheet.properties.sheetId;
  }

  callsOf(operation: ApiOperation): ApiCall[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  // ---- HTTP -------------------------------------------------------------------------------

  /**
   * Serves one API call without HTTP, through exactly the path HTTP requests take (log, hooks,
   * auth, quota, faults): what an in-process gateway uses to skip the sockets.
   */
  async invoke(
    operation: ApiOperation,
    spreadsheetId: string | null,
    params: {
      readonly query?: Readonly<Record<string, string | readonly string[]>>;
      readonly body?: unknown;
      readonly range?: string;
    } = {},
  ): Promise<unknown> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params.query ?? {})) {
      for (const v of typeof value === 'string' ? [value] : value) search.append(key, v);
    }
    const method = operation === 'spreadsheets.get' || operation === 'values.get' || operation === 'values.batchGet' ? 'GET' : 'POST';
    const found: Route = { operation, spreadsheetId, ...(params.range !== undefined ? { range: params.range } : {}) };
    const call = this.logCall(found, method, `(in-process) ${operation}`, search, params.body, 'Bearer in-process');
    try {
      const { status, json } = await this.serve(call, found, search);
      call.status = status;
      return json;
    } catch (error) {
      call.status = error instanceof ApiError ? error.code : 500;
      throw error;
    }
  }

  private logCall(
    found: Route,
    method: string,
    path: string,
    search: URLSearchParams,
    body: unknown,
    authorization: string | null,
  ): ApiCall {
    const query: Record<string, string[]> = {};
    for (const key of new Set(search.keys())) query[key] = search.getAll(key);
    const call: ApiCall = {
      index: this.requests.length + 1,
      operation: found.operation,
      spreadsheetId: found.spreadsheetId,
      method,
      path,
      query,
      body,
      authorization,
      status: 0,
    };
    this.requests.push(call);
    return call;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let call: ApiCall | null = null;
    try {
      const url = new URL(request.url ?? '/', 'http://emulator');
      if (url.pathname.startsWith('/__emulator/')) {
        const method = request.method ?? 'GET';
        const body = method === 'POST' ? asRecord(await readBody(request)) : {};
        sendJson(response, 200, adminRoute(this, method, url, body));
        return;
      }
      const found = route(request.method ?? 'GET', url.pathname);
      if (!found) throw notFound(`The hoso Sheets emulator has no ${request.method} ${url.pathname}`);
      const body = request.method === 'POST' ? await readBody(request) : undefined;
      call = this.logCall(found, request.method ?? 'GET', url.pathname, url.searchParams, body, request.headers.authorization ?? null);
      const { status, json } = await this.serve(call, found, url.searchParams);
      call.status = status;
      sendJson(response, status, json);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : serverError(500);
      if (!(error instanceof ApiError)) console.error('emulator: unexpected error', error);
      if (call) call.status = apiError.code;
      sendJson(response, apiError.code, apiError.toJSON());
    }
  }

  private async serve(call: ApiCall, found: Route, query: URLSearchParams): Promise<{ status: number; json: unknown }> {
    if (this.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    for (const hook of [...this.hooks]) await hook(call, this);
    if (this.requireAuth && !call.authorization?.startsWith('Bearer ') && !query.has('key')) throw unauthenticated();
    const decision = this.faults.decide(found.operation, call.index);
    if (decision.quotaExceeded) throw resourceExhausted(quotaKindOf(found.operation) === 'read' ? 'Read requests' : 'Write requests');
    if (decision.failure && !decision.failure.afterApplying) throw serverError(decision.failure.status);
    const json = this.execute(found, query, call.body);
    if (decision.failure) throw serverError(decision.failure.status);
    return { status: 200, json };
  }

  private execute(found: Route, query: URLSearchParams, body: unknown): unknown {
    if (found.operation === 'spreadsheets.create') {
      const spreadsheetId = this.createSpreadsheet(seedFromCreateRequest(asRecord(body)));
      return spreadsheetJson(this.spreadsheet(spreadsheetId), [], false, this.address);
    }
    const spreadsheetId = found.spreadsheetId!;
    const spreadsheet = this.spreadsheet(spreadsheetId);
    switch (found.operation) {
      case 'spreadsheets.get':
        return spreadsheetJson(spreadsheet, query.getAll('ranges'), query.get('includeGridData') === 'true', this.address);
      case 'values.get':
      case 'values.batchGet': {
        const options = {
          valueRenderOption: enumParam(
            query,
            'valueRenderOption',
            ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const,
            'FORMATTED_VALUE',
          ),
          dateTimeRenderOption: enumParam(query, 'dateTimeRenderOption', ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const, 'SERIAL_NUMBER'),
          majorDimension: enumParam(query, 'majorDimension', ['ROWS', 'COLUMNS'] as const, 'ROWS'),
        };
        if (found.operation === 'values.get') return readValues(spreadsheet, found.range ?? '', options);
        return { spreadsheetId, valueRanges: query.getAll('ranges').map((range) => readValues(spreadsheet, range, options)) };
      }
      case 'values.batchUpdate':
        return this.valuesBatchUpdate(spreadsheet, asRecord(body));
      case 'spreadsheets.batchUpdate': {
        const requests = asRecord(body).requests;
        if (!Array.isArray(requests)) throw invalidArgument('requests must be a list');
        const draft = new Draft(spreadsheet);
        const replies = applyBatch(draft, requests.map(asRecord));
        this.store.set(spreadsheetId, draft.spreadsheet);
        return { spreadsheetId, replies };
      }
    }
  }

  private valuesBatchUpdate(spreadsheet: Spreadsheet, body: Record<string, unknown>): unknown {
    const input = body.valueInputOption;
    if (input !== 'RAW' && input !== 'USER_ENTERED') throw invalidArgument("'valueInputOption' is required but not specified");
    const data = Array.isArray(body.data) ? body.data.map(asRecord) : [];
    const draft = new Draft(spreadsheet);
    const responses = data.map((d) => {
      if (typeof d.range !== 'string') throw invalidArgument('data[].range is required');
      const values = Array.isArray(d.values) ? (d.values as unknown[]).map((row) => (Array.isArray(row) ? row : [])) : [];
      const result = writeValues(draft, d.range, values, input, d.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS');
      return { spreadsheetId: spreadsheet.spreadsheetId, ...result };
    });
    this.store.set(spreadsheet.spreadsheetId, draft.spreadsheet);
    const sum = (key: 'updatedRows' | 'updatedColumns' | 'updatedCells'): number => responses.reduce((n, r) => n + r[key], 0);
    return {
      spreadsheetId: spreadsheet.spreadsheetId,
      totalUpdatedRows: sum('updatedRows'),
      totalUpdatedColumns: sum('updatedColumns'),
      totalUpdatedCells: sum('updatedCells'),
      totalUpdatedSheets: new Set(responses.map((r) => r.updatedRange.split('!')[0])).size,
      responses,
    };
  }
}
