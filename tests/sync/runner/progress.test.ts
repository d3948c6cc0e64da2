import { SheetsEmulator } from '../../../sync/emulator/server';
import type { SyncProgressEvent } from '../../../sync/runner/progress';
import { cadre } from '../support/planning';
import { type Harness, harness } from '../support/harness';

const HEADERS = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành'];

/** The events without the report, as "phase at rowsDone/rowsTotal (attempt)". */
function lines(events: readonly SyncProgressEvent[]): string[] {
  return events.map((e) => `${e.phase} ${e.at} ${e.rowsDone}/${e.rowsTotal} #${e.attempt}`);
}

describe('runSync progress events (onProgress)', () => {
  let emulator: SheetsEmulator;
  let h: Harness;

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  beforeEach(() => {
    emulator.reset();
    h = harness(emulator, {
      tabs: [
        {
          title: 'Cán bộ',
          rows: [
            HEADERS,
            [null, 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010],
            [null, 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015],
          ],
        },
      ],
    });
    h.store.put('cadre', '100', cadre('Phạm Thị Dung', '1992-07-20', 'FEMALE', '06', 2018));
  });

  it('a first run says each step it takes, with its rows, then done with the report', async () => {
    const events: SyncProgressEvent[] = [];
    const report = await h.run({ onProgress: (e) => events.push(e) });
    expect(lines(events)).toEqual([
      'read start 0/0 #1',
      'read end 2/2 #1',
      'reserve-ids start 0/2 #1',
      'reserve-ids end 2/2 #1',
      'write-sheet-values start 0/2 #1', // the two ids written back
      'write-sheet-values end 2/2 #1',
      'commit-database start 0/2 #1', // two creates
      'commit-database end 2/2 #1',
      'write-sheet-layout start 0/1 #1', // one appended row
      'write-sheet-layout end 1/1 #1',
      'save-state start 0/1 #1',
      'save-state end 1/1 #1',
      'done end 2/2 #1',
    ]);
    expect(events.every((e) => e.bindingId === h.binding.bindingId)).toBe(true);
    expect(events[events.length - 1]!.report).toBe(report);
    expect(events.slice(0, -1).every((e) => e.report === undefined)).toBe(true);
  });

  it('an idle run says read, the empty layout step and done', async () => {
    await h.run();
    const events: SyncProgressEvent[] = [];
    await h.run({ onProgress: (e) => events.push(e) });
    expect(lines(events)).toEqual([
      'read start 0/0 #1',
      'read end 3/3 #1',
      'write-sheet-layout start 0/0 #1',
      'write-sheet-layout end 0/0 #1',
      'done end 3/3 #1',
    ]);
  });

  it('a listener that throws, or rejects, does not disturb the run', async () => {
    let calls = 0;
    const report = await h.run({
      onProgress: () => {
        calls++;
        throw new Error('the progress bar broke');
      },
    });
    expect(calls).toBe(13);
    expect(report.counts.database.creates).toBe(2);
    const again = await h.run({
      onProgress: async () => {
        await Promise.resolve();
        throw new Error('so did the subscription');
      },
    });
    expect(again.apiCalls).toMatchObject({ reads: 1, writes: 0 });
  });

  it('a failing run ends with failed and the error message; a run started over counts its attempts', async () => {
    const events: SyncProgressEvent[] = [];
    emulator.failCalls({ status: 400, onCall: 1, operations: ['values.batchGet'] });
    await expect(h.run({ onProgress: (e) => events.push(e) })).rejects.toThrow();
    expect(events.map((e) => `${e.phase} ${e.at}`)).toEqual(['read start', 'failed end']);
    expect(events[1]!.error).toMatch(/.+/);

    emulator.reset();
    h = harness(emulator, { tabs: [{ title: 'Cán bộ', rows: [HEADERS] }] });
    h.store.put('cadre', '100', cadre('Phạm Thị Dung', '1992-07-20', 'FEMALE', '06', 2018));
    // The layout batch (call 3: the read, the sheetId lookup, the layout) is applied but its answer lost: the run starts over from the read.
    emulator.failCalls({ status: 500, onCall: 3, operations: ['spreadsheets.batchUpdate'], afterApplying: true });
    const retried: SyncProgressEvent[] = [];
    const report = await h.run({ onProgress: (e) => retried.push(e) });
    expect(report.attempts).toBe(2);
    expect(lines(retried).filter((l) => l.startsWith('read '))).toEqual([
      'read start 0/0 #1',
      'read end 0/0 #1',
      'read start 0/0 #2',
      'read end 1/1 #2',
    ]);
    expect(retried[retried.length - 1]).toMatchObject({ phase: 'done', attempt: 2 });
  });
});
