import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { addApiKey, revokeApiKey } from '../../src/access/api-keys.service';
import { grantSpecsFromOptions, resolveGrantSpec } from '../../src/access/grants';
import { forkFor } from '../../src/app/orm';
import type { Viewer } from '../../src/app/request-meta';
import { ID_HEADER, initSheets, type SyncEnvironment } from '../../src/sheet-sync/sheet-sync.service';
import { SyncBinding } from '../../src/sheet-sync/sync-binding.entity';
import { syncEnvironment } from '../../src/sheet-sync/sync-environment';
import { syncLockFor } from '../../src/sheet-sync/sync-lock';
import { SheetsEmulator } from '../../sync/emulator/server';
import { describeWithDatabase } from '../support/database';
import { emulatorClient } from '../support/emulator-client';
import { insertGrid } from '../support/fixtures';
import { freePort } from '../support/ports';
import { startTestApi, type TestApi } from '../support/server';

/**
 * The Apps Script menu 'hoso → Đồng bộ ngay' (sync/apps-script/hoso.gs), its HTTP side for real:
 * the script runs in a node:vm context with fakes of the Apps Script globals. UrlFetchApp is
 * synchronous there and cannot be here, so a press happens in two steps: the script builds its
 * request, which the test sends with real `fetch` to a real hoso over a spreadsheet in the Sheets
 * emulator; then the menu handler runs again with a UrlFetchApp that checks it sends that same
 * request and hands it hoso's real response, and the test reads what the script shows staff.
 */

const SYSTEM: Viewer = { actor: 'jest', source: 'sync' };
const CADRES = 'Cán bộ';
const SCRIPT = readFileSync(join(__dirname, '../../sync/apps-script/hoso.gs'), 'utf8');

interface FetchParams {
  method: string;
  contentType: string;
  headers: Record<string, string>;
  payload: string;
  muteHttpExceptions: boolean;
}
type Built = { url: string; params: FetchParams } | { setupNeeded: string };
interface Shown {
  kind: 'alert' | 'toast' | 'prompt';
  title: string;
  text: string;
}
/** hoso's response, or why the request never got one (what UrlFetchApp throws then). */
type Recorded = { status: number; headers: Record<string, string>; text: string } | { failure: string };
interface FakeResponse {
  getResponseCode(): number;
  getHeaders(): Record<string, string>;
  getContentText(): string;
}

/** The script loaded once per spreadsheet, with its Script Properties, menu and what it showed. */
function appsScript(spreadsheetId: string, properties: Record<string, string>) {
  const shown: Shown[] = [];
  const menu: { name: string; items: [string, string][] } = { name: '', items: [] };
  let fetcher: (url: string, params: FetchParams) => FakeResponse = () => {
    throw new Error('the script fetched when it should not have');
  };
  const answers: [button: string, text: string][] = [];
  const ui = {
    prompt: (title: string, text: string) => {
      shown.push({ kind: 'prompt', title, text });
      const [button, answer] = answers.shift() ?? ['CANCEL', ''];
      return { getSelectedButton: () => button, getResponseText: () => answer };
    },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL' },
    alert: (title: string, text: string) => void shown.push({ kind: 'alert', title, text }),
    createMenu(name: string) {
      menu.name = name;
      const builder = {
        addItem: (caption: string, fn: string) => (menu.items.push([caption, fn]), builder),
        addSeparator: () => builder,
        addToUi: () => undefined,
      };
      return builder;
    },
  };
  const context = createContext({
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => ({
        getId: () => spreadsheetId,
        toast: (text: string, title: string) => void shown.push({ kind: 'toast', title, text }),
      }),
    },
    PropertiesService: {
      getScriptProperties: () => ({
        getProperty: (name: string) => properties[name] ?? null,
        setProperty: (name: string, value: string) => void (properties[name] = value),
      }),
    },
    UrlFetchApp: { fetch: (url: string, params: FetchParams) => fetcher(url, params) },
  });
  runInContext(SCRIPT, context, { filename: 'hoso.gs' });
  const call = <T>(name: string, ...args: unknown[]): T => (context[name] as (...a: unknown[]) => T)(...args);
  return {
    menu,
    shown,
    properties,
    /** What the person types into the next prompts (OK with text, or CANCEL). */
    answer: (...given: [button: string, text: string][]) => answers.push(...given),
    call,
    /** The menu handler with UrlFetchApp answering `response` to exactly `expected`. */
    press(handler: string, expected?: Built, response?: Recorded): Shown[] {
      const sent: unknown[] = [];
      fetcher = (url, params) => {
        sent.push({ url, params });
        if (!response) throw new Error('the script fetched when it should not have');
        if ('failure' in response) throw new Error(response.failure);
        return { getResponseCode: () => response.status, getHeaders: () => response.headers, getContentText: () => response.text };
      };
      shown.length = 0;
      call(handler);
      expect(sent).toEqual(expected && 'url' in expected ? [expected] : []);
      return [...shown];
    },
  };
}

/** The response, failing the test when the request got none. */
function replied(recorded: Recorded): Extract<Recorded, { status: number }> {
  if ('failure' in recorded) throw new Error(`the request got no response: ${recorded.failure}`);
  return recorded;
}

/** UrlFetchApp's request sent for real; the response as UrlFetchApp would give it. */
async function send(request: { url: string; params: FetchParams }): Promise<Recorded> {
  const { params } = request;
  expect(params).toMatchObject({ method: 'post', muteHttpExceptions: true });
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: params.method.toUpperCase(),
      headers: { ...params.headers, 'content-type': params.contentType },
      body: params.payload,
    });
  } catch (error) {
    // As Apps Script words it: "Exception: Address unavailable: <url>".
    return { failure: `Address unavailable: ${request.url} (${String((error as Error).cause ?? error)})` };
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
}

describeWithDatabase('Apps Script menu: hoso → Đồng bộ ngay', () => {
  let emulator: SheetsEmulator;
  let api: TestApi;
  let env: SyncEnvironment;
  let spreadsheetId = '';
  const keys = { commune: '', noSync: '', other: '', revoked: '' };

  const grid = () => emulator.getValues(spreadsheetId, `'${CADRES}'`);
  const column = (name: string) => {
    const index = grid()[0]!.map(String).indexOf(name);
    if (index < 0) throw new Error(`no column ${name} on ${CADRES}`);
    return index;
  };
  const appendCadre = (cells: Record<string, string>) => {
    const values = new Array<string | null>(grid()[0]!.length).fill(null);
    for (const [name, value] of Object.entries(cells)) values[column(name)] = value;
    emulator.setValues(spreadsheetId, `'${CADRES}'!A${grid().length + 1}`, [values]);
  };
  const cadresNamed = async (name: string) =>
    forkFor(api.db.orm, SYSTEM).getConnection().execute<{ id: number }[]>(`select id from cadre where full_name = ?`, [name]);
  /** `hoso apikey add <name> --role editor --scope <scope> [--sync]`, as the CLI resolves it. */
  const apiKey = async (name: string, scope: string, sync: boolean) => {
    const em = forkFor(api.db.orm, { actor: 'admin', source: 'cli' });
    const grants = await Promise.all(grantSpecsFromOptions({ role: 'editor', scope, sync }).map((spec) => resolveGrantSpec(em, spec)));
    return addApiKey(em, name, grants);
  };
  /** A click on the menu item, the HTTP part for real; returns what staff see. */
  const click = async (key: string, handler = 'hosoSyncNow', url = api.server.url) => {
    const script = appsScript(spreadsheetId, { HOSO_URL: url, HOSO_API_KEY: key });
    const built = script.call<Built>('hosoRequest_', handler === 'hosoDryRun');
    if (!('url' in built)) throw new Error(`the script wants setup: ${built.setupNeeded}`);
    const response = await send(built);
    const shown = script.press(handler, built, response);
    expect(shown[0]).toMatchObject({ kind: 'toast' });
    expect(shown).toHaveLength(2);
    return { built, response, alert: shown[1]! };
  };

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
    const sheets = emulatorClient(emulator);
    api = await startTestApi({}, { sheets: () => sheets });
    env = syncEnvironment(api.db.orm, api.db.config, () => sheets);
    // Province 15; communes 10000 and 10001 (Xã Thử Nghiệm 1, 2), units 'Đơn vị 1.x' in the first.
    await insertGrid(forkFor(api.db.orm, { actor: 'seed', source: 'seed' }), {
      localities: 2,
      unitsPerLocality: 1,
      cadresPerUnit: 2,
      enrollmentsPerCadre: 0,
    });
    spreadsheetId = emulator.createSpreadsheet({ title: 'Xã 1', sheets: [] });
    await initSheets(env, spreadsheetId, SYSTEM, { title: 'Xã 1', scope: '10000' });
    keys.commune = await apiKey('xa1-bang-tinh', '10000', true);
    keys.noSync = await apiKey('xa1-khong-dong-bo', '10000', false);
    keys.other = await apiKey('xa2-bang-tinh', '10001', true);
    keys.revoked = await apiKey('xa1-cu', '10000', true);
    await revokeApiKey(forkFor(api.db.orm, { actor: 'admin', source: 'cli' }), 'xa1-cu');
  });

  afterAll(async () => {
    await api?.close();
    await emulator?.close();
  });

  it('onOpen adds the menu hoso with Đồng bộ ngay, a dry run and the setup', () => {
    const script = appsScript(spreadsheetId, {});
    script.call('onOpen');
    expect(script.menu).toEqual({
      name: 'hoso',
      items: [
        ['Đồng bộ ngay', 'hosoSyncNow'],
        ['Chạy thử (không ghi)', 'hosoDryRun'],
        ['Cài đặt…', 'hosoSetup'],
      ],
    });
  });

  it('with no Script Properties it asks for setup and sends nothing', () => {
    const shown = appsScript(spreadsheetId, {}).press('hosoSyncNow');
    expect(shown).toEqual([
      { kind: 'alert', title: 'hoso: cần cài đặt', text: expect.stringMatching(/thiếu HOSO_URL .* và HOSO_API_KEY .*hoso → Cài đặt…/) },
    ]);
    const noKey = appsScript(spreadsheetId, { HOSO_URL: 'https://hoso.example.gov.vn/graphql' }).press('hosoSyncNow');
    expect(noKey[0]!.text).toMatch(/thiếu HOSO_API_KEY/);
    expect(noKey[0]!.text).not.toMatch(/HOSO_URL/);
  });

  it('Cài đặt… stores the address and the key in Script Properties, and refuses an http:// address', () => {
    const script = appsScript(spreadsheetId, {});
    script.answer(['OK', 'http://hoso.example.gov.vn/graphql']);
    script.call('hosoSetup');
    expect(script.shown.map((s) => s.kind)).toEqual(['prompt', 'alert']);
    expect(script.shown[1]!.text).toMatch(/phải dùng https:\/\//);
    expect(script.properties).toEqual({});
    script.answer(['OK', ' https://hoso.example.gov.vn/graphql '], ['OK', keys.commune]);
    script.call('hosoSetup');
    expect(script.properties).toEqual({ HOSO_URL: 'https://hoso.example.gov.vn/graphql', HOSO_API_KEY: keys.commune });
    expect(script.shown.at(-1)!.text).toMatch(/^Đã lưu/);
    // Left empty, both are kept; cancelled, nothing changes.
    script.answer(['OK', ''], ['OK', '']);
    script.call('hosoSetup');
    script.answer(['CANCEL', '']);
    script.call('hosoSetup');
    expect(script.properties).toEqual({ HOSO_URL: 'https://hoso.example.gov.vn/graphql', HOSO_API_KEY: keys.commune });
  });

  it('refuses an address that would send the key in clear text, or not to /graphql, and sends nothing', () => {
    const http = appsScript(spreadsheetId, { HOSO_URL: 'http://hoso.example.gov.vn/graphql', HOSO_API_KEY: keys.commune }).press(
      'hosoSyncNow',
    );
    expect(http).toEqual([expect.objectContaining({ title: 'hoso: cần cài đặt', text: expect.stringMatching(/phải dùng https:\/\//) })]);
    const root = appsScript(spreadsheetId, { HOSO_URL: 'https://hoso.example.gov.vn', HOSO_API_KEY: keys.commune }).press('hosoSyncNow');
    expect(root[0]!.text).toMatch(/kết thúc bằng \/graphql/);
  });

  it('the request: POST runSync of this spreadsheet with the key as a Bearer token', () => {
    const built = appsScript(spreadsheetId, { HOSO_URL: api.server.url, HOSO_API_KEY: ` ${keys.commune} ` }).call<Built>(
      'hosoRequest_',
      false,
    );
    expect(built).toMatchObject({
      url: api.server.url,
      params: {
        method: 'post',
        contentType: 'application/json',
        headers: { Authorization: `Bearer ${keys.commune}` },
        muteHttpExceptions: true,
      },
    });
    const payload = JSON.parse((built as { params: FetchParams }).params.payload) as { query: string; variables: unknown };
    expect(payload.variables).toEqual({ spreadsheetId, dryRun: false });
    expect(payload.query).toMatch(/runSync\(spreadsheetId: \$spreadsheetId, dryRun: \$dryRun\)/);
  });

  it('a key with the sync right over the commune runs the sync: the first run fills the sheet', async () => {
    const { response, alert } = await click(keys.commune);
    expect(replied(response).status).toBe(200);
    expect(alert.title).toBe('hoso: đã đồng bộ');
    const report = (JSON.parse(replied(response).text) as { data: { runSync: { counts: { sheet: { appendedRows: number } } } } }).data
      .runSync;
    expect(report.counts.sheet.appendedRows).toBeGreaterThanOrEqual(2);
    expect(alert.text).toMatch(/^Đồng bộ xong trong \d+\.\d giây\.\nhoso: không thay đổi\.\n/);
    expect(alert.text).toMatch(new RegExp(`\\nBảng tính: thêm ${report.counts.sheet.appendedRows} hàng\\.$`));
    expect(
      grid()
        .slice(1)
        .map((row) => row[column('Họ và tên')]),
    ).toEqual(['Nguyễn Văn Thử 0-0-0', 'Nguyễn Văn Thử 0-0-1']);
  });

  it('rows staff typed become records; the dry run says so first and writes nothing', async () => {
    appendCadre({
      'Họ và tên': 'Lò Thị Lạc',
      'Ngày sinh': '1990',
      'Giới tính': 'Nữ',
      'Dân tộc': 'Kinh',
      'Đối tượng': 'Công chức',
      'Đơn vị': 'Đơn vị 1.1',
    });
    appendCadre({
      'Họ và tên': 'Vàng A Chứ',
      'Ngày sinh': '1988',
      'Giới tính': 'Nam',
      'Dân tộc': 'Mông',
      'Đối tượng': 'Công chức',
      'Đơn vị': 'Đơn vị 2.1',
    });
    const dry = await click(keys.commune, 'hosoDryRun');
    expect(dry.alert.title).toBe('hoso: chạy thử xong');
    expect(dry.alert.text).toMatch(/^Chạy thử: chưa ghi gì .*\nhoso: thêm 1 bản ghi\./);
    expect(dry.alert.text).toMatch(/Ô có lỗi: 1/);
    expect(await cadresNamed('Lò Thị Lạc')).toEqual([]);

    const { alert } = await click(keys.commune);
    expect(alert.text).toMatch(/\nhoso: thêm 1 bản ghi\.\nBảng tính: .*ghi mã cho 1 hàng mới/);
    // 'Đơn vị 2.1' is in commune 2, outside this sheet's scope: a cell error, no record.
    expect(alert.text).toMatch(/\nÔ có lỗi: 1 \(xem ghi chú/);
    expect(await cadresNamed('Lò Thị Lạc')).toHaveLength(1);
    expect(await cadresNamed('Vàng A Chứ')).toEqual([]);
    // The id hoso gave the new record is written back into its row.
    const row = grid().find((r) => r[column('Họ và tên')] === 'Lò Thị Lạc')!;
    expect(Number(row[column(ID_HEADER)])).toBe(Number((await cadresNamed('Lò Thị Lạc'))[0]!.id));
  });

  it('a key without the sync right is refused, and the script says why', async () => {
    const { response, alert } = await click(keys.noSync);
    expect(alert.title).toBe('hoso: chưa đồng bộ được');
    expect(alert.text).toMatch(/^Khóa API này không có quyền đồng bộ bảng tính này/);
    expect(alert.text).toMatch(/Chi tiết từ hoso: spreadsheetId: cần quyền đồng bộ \(--sync\)/);
    expect(alert.text).toMatch(/Mã lỗi: FORBIDDEN$/);
    expect(replied(response).status).toBe(200);
    expect(JSON.parse(replied(response).text)).toMatchObject({ data: null });
  });

  it('a key with the sync right over another commune is refused, naming the sheet', async () => {
    const { alert } = await click(keys.other);
    expect(alert.text).toMatch(/^Khóa API này không có quyền/);
    expect(alert.text).toMatch(/trên phạm vi chứa .*Xã 1/);
    expect(alert.text).toMatch(/Mã lỗi: FORBIDDEN$/);
  });

  it('a revoked key and a wrong key are answered 401, and the script asks for a new key', async () => {
    for (const key of [keys.revoked, `hoso_0123456789_${'A'.repeat(43)}`]) {
      const { response, alert } = await click(key);
      expect(replied(response).status).toBe(401);
      expect(alert.text).toMatch(/^hoso không nhận khóa API .*nhập lại ở hoso → Cài đặt…/);
      expect(alert.text).toMatch(/Mã lỗi: UNAUTHENTICATED$/);
    }
    const revoked = await click(keys.revoked);
    expect(revoked.alert.text).toMatch(/"xa1-cu" đã bị thu hồi/);
  });

  it('a hoso that cannot be reached: the script says the address must be reachable from the Internet', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const { response, alert } = await click(keys.commune, 'hosoSyncNow', url);
    expect(response).toEqual({ failure: expect.stringContaining(url) });
    expect(alert.title).toBe('hoso: không gọi được hoso');
    expect(alert.text).toMatch(new RegExp(`^Không kết nối được tới ${url.replace(/[.]/g, '\\.')}\\. .*qua HTTPS`));
  });

  it('while the spreadsheet is being synced the script says to try again in N seconds', async () => {
    const binding = await forkFor(api.db.orm, SYSTEM).findOneOrFail(SyncBinding, { spreadsheetId });
    const lease = await syncLockFor(api.db.orm, api.db.kind).acquire(String(binding.id));
    try {
      const { response, alert } = await click(keys.commune);
      const retryAfter = (JSON.parse(replied(response).text) as { errors: { extensions: { retryAfter: number } }[] }).errors[0]!.extensions
        .retryAfter;
      expect(retryAfter).toBeGreaterThan(0);
      expect(alert.text).toMatch(new RegExp(`^Bảng tính đang được đồng bộ .*Thử lại sau ${retryAfter} giây\\.`));
      expect(alert.text).toMatch(/Mã lỗi: SYNC_BUSY$/);
    } finally {
      await lease.release();
    }
  });

  it('a spreadsheet the hoso at that address does not know, then the rate limit (429, Retry-After)', async () => {
    // Another hoso, one request a minute per identity, where this spreadsheet was never registered.
    const strict = await startTestApi({ HOSO_RATE_LIMIT_PER_MINUTE: '1' }, { sheets: () => emulatorClient(emulator) });
    try {
      const em = forkFor(strict.db.orm, { actor: 'admin', source: 'cli' });
      const key = await addApiKey(em, 'tinh', [{ role: 'admin', scope: { kind: 'root' }, personalData: false, sync: true }]);
      const unknown = await click(key, 'hosoSyncNow', strict.server.url);
      expect(unknown.alert.text).toMatch(/^Bảng tính này chưa được đăng ký với hoso[\s\S]*Mã lỗi: NOT_FOUND$/);
      const limited = await click(key, 'hosoSyncNow', strict.server.url);
      expect(replied(limited.response).status).toBe(429);
      const retryAfter = Number(replied(limited.response).headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(limited.alert.text).toMatch(new RegExp(`^hoso đang nhận quá nhiều yêu cầu từ khóa này\\. Thử lại sau ${retryAfter} giây\\.`));
      expect(limited.alert.text).toMatch(/Mã lỗi: RATE_LIMITED$/);
    } finally {
      await strict.close();
    }
  });
});
