import { SheetsEmulator } from '../../../sync/emulator/server';
import { emptySyncState } from '../../../sync/engine/types';
import { SYNC_STEPS, type SyncStep } from '../../../sync/runner/run-sync';
import { initSpreadsheet } from '../../../sync/template';
import { CADRES } from '../support/cadres';
import { cadre } from '../support/planning';
import { type Harness, calls, harness } from '../support/harness';

const HEADERS = ['Mã hoso', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Năm vào ngành'];
const TAB = 'Xung đột';
const NOW = Date.UTC(2026, 11, 3, 8, 30); // 15:30 in Vietnam
/** 03/12/2026 15:30 (Vietnam) as a Sheets serial: days since 30/12/1899. */
const NOW_SERIAL = (NOW + 7 * 3_600_000) / 86_400_000 + 25_569;

/** The notes below the header row (init puts hints on the headers). */
function dataNotes(h: Harness, title: string): Record<string, string> {
  return Object.fromEntries(Object.entries(h.emulator.notes(h.spreadsheetId, title)).filter(([a1]) => !/^[A-Z]+1$/.test(a1)));
}

/** The tab's data lines, without the header. */
function lines(h: Harness): unknown[][] {
  return h.grid(TAB).slice(1);
}

describe("the 'Xung đột' tab: conflicts listed in the sheet and settled there (in-memory store, emulator, googleapis)", () => {
  let emulator: SheetsEmulator;
  let h: Harness;
  let clock: number;
  const run = (): ReturnType<Harness['run']> => h.run({ now: () => clock });

  beforeAll(async () => {
    emulator = await SheetsEmulator.start();
  });
  afterAll(() => emulator.close());

  /** Two cadres synced, then the start year of the first changed on both sides: a conflict on the next run. */
  beforeEach(async () => {
    emulator.reset();
    clock = NOW;
    h = harness(emulator, {
      tabs: [
        {
          title: 'Cán bộ',
          rows: [
            HEADERS,
            ['1', 'Nguyễn Văn An', '12/03/1985', 'Nam', 'Kinh', 2010],
            ['2', 'Trần Thị Bình', '05/01/1990', 'Nữ', 'Tày', 2015],
          ],
        },
      ],
    });
    h.store.put('cadre', '1', cadre('Nguyễn Văn An', '1985-03-12', 'MALE', '01', 2010));
    h.store.put('cadre', '2', cadre('Trần Thị Bình', '1990-01-05', 'FEMALE', '02', 2015));
    const init = await initSpreadsheet(h.sheets, h.spreadsheetId, [CADRES]);
    h.store.setState({ ...emptySyncState(), sheetIds: init.sheetIds });
    await run();
    h.type("'Cán bộ'!F2", [[2011]]);
    h.store.edit('cadre', '1', { startYear: 2012 });
  });

  it('a conflict gets a line; the run after is idle and still reads the tab in its one batchGet', async () => {
    const report = await run();
    expect(report.conflictTab).toEqual({ title: TAB, applied: 0, notApplied: [], lines: 1, wrote: true, problem: null });
    expect(lines(h)).toEqual([['1', 'Cán bộ', 2, 'Nguyễn Văn An', 'Năm vào ngành', 2011, 2012, NOW_SERIAL]]);
    expect(h.store.currentState()!.conflicts[0]!.since).toBe(new Date(NOW).toISOString());
    clock += 60_000;
    const idle = await run();
    expect(calls(idle)).toBe('1 read(s), 0 write(s)');
    expect(idle.conflictTab).toMatchObject({ lines: 1, wrote: false });
  });

  it("'Bảng tính' chosen: the next run keeps the sheet's value, the line and the cell's note go, the run after is idle", async () => {
    await run();
    expect(Object.keys(dataNotes(h, 'Cán bộ'))).toEqual(['F2']);
    h.type(`'${TAB}'!I2`, [['Bảng tính']]);
    const report = await run();
    expect(report.conflictTab).toMatchObject({ applied: 1, lines: 0, wrote: true });
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2011);
    expect(lines(h)).toEqual([]);
    expect(dataNotes(h, 'Cán bộ')).toEqual({});
    expect(h.grid()[1]![5]).toBe(2011);
    expect(h.store.currentState()!.conflicts).toEqual([]);
    expect(calls(await run())).toBe('1 read(s), 0 write(s)');
  });

  it("'hoso' chosen: hoso's value goes to the cell", async () => {
    await run();
    h.type(`'${TAB}'!I2`, [['HOSO ']]);
    await run();
    expect(h.grid()[1]![5]).toBe(2012);
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2012);
    expect(lines(h)).toEqual([]);
    expect(calls(await run())).toBe('1 read(s), 0 write(s)');
  });

  it("'Giá trị khác' with a value that does not parse stays on its line with a note; once fixed it is applied", async () => {
    await run();
    h.type(`'${TAB}'!I2:J2`, [['Giá trị khác', 'hai nghìn']]);
    const refused = await run();
    expect(refused.conflictTab).toMatchObject({ applied: 0, lines: 1, notApplied: [{ rowNumber: 2 }] });
    expect(lines(h)[0]!.slice(8)).toEqual(['Giá trị khác', 'hai nghìn']);
    expect(dataNotes(h, TAB)).toEqual({ I2: expect.stringContaining('Không đọc được giá trị khác «hai nghìn»') });
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2012);
    expect(calls(await run())).toBe('1 read(s), 0 write(s)'); // the note is remembered: not written again

    h.type(`'${TAB}'!J2`, [[2013]]);
    await run();
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2013);
    expect(h.grid()[1]![5]).toBe(2013);
    expect(lines(h)).toEqual([]);
    expect(dataNotes(h, TAB)).toEqual({});
  });

  it('a conflict settled in hoso (resolveConflict) loses its line on the next run; a choice left on it is not applied', async () => {
    const { resolveConflict } = await import('../../../sync/engine/conflicts');
    await run();
    h.type(`'${TAB}'!I2`, [['hoso']]);
    const state = h.store.currentState()!;
    const { state: next, change } = resolveConflict(state, state.conflicts[0]!, 2011);
    await h.store.commit([change], () => next);
    await run();
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2011);
    expect(h.grid()[1]![5]).toBe(2011);
    expect(lines(h)).toEqual([]);
  });

  it('a run killed after its commit leaves the chosen line on the tab; the re-run drops it without applying it again', async () => {
    await run();
    h.type(`'${TAB}'!I2:J2`, [['Giá trị khác', 2013]]);
    await expect(
      h.run({
        now: () => clock,
        onStep: (step, phase) => {
          if (step === 'commit-database' && phase === 'after') throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2013);
    expect(lines(h)).toHaveLength(1); // the tab is rewritten with the layout, which never ran
    // Meanwhile hoso moves again: a stale choice must not overwrite it.
    h.store.edit('cadre', '1', { startYear: 2014 });
    const rerun = await run();
    expect(rerun.conflictTab).toMatchObject({ applied: 0, lines: 0 });
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2014);
    expect(h.grid()[1]![5]).toBe(2014);
    expect(lines(h)).toEqual([]);
  });

  it("a choice the store refuses (hoso's value edited during the run) stays on its line, noted, and is applied by the next run", async () => {
    await run();
    h.type(`'${TAB}'!I2`, [['Bảng tính']]);
    const report = await h.run({
      now: () => clock,
      onStep: (step, phase) => {
        if (step === 'commit-database' && phase === 'before') h.store.edit('cadre', '1', { startYear: 2020 });
      },
    });
    expect(report.conflictTab).toMatchObject({ applied: 0, lines: 1 });
    expect(lines(h)[0]!.slice(8)).toEqual(['Bảng tính']);
    expect(dataNotes(h, TAB)).toEqual({ I2: expect.stringContaining('hoso không nhận lựa chọn này') });
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2020);
    await run();
    expect(h.store.get('cadre', '1')!.values.startYear).toBe(2011);
    expect(lines(h)).toEqual([]);
    expect(dataNotes(h, 'Cán bộ')).toEqual({});
  });

  describe('killed before or after any step, with a choice on the tab and other work in the same run', () => {
    /** A choice made, a new row typed, a second conflict: every step of the next run has work. */
    async function edited(): Promise<void> {
      await run();
      h.type(`'${TAB}'!I2:J2`, [['Giá trị khác', 2013]]);
      h.type("'Cán bộ'!A4", [[null, 'Vũ Thị Giang', '03/03/1993', 'Nữ', 'Kinh', 2020]]);
      h.type("'Cán bộ'!B3", [['Trần Thị Bình Minh']]);
      h.store.edit('cadre', '2', { fullName: 'Trần Thị Bích' });
    }

    function outcome(): unknown {
      const names = new Map(h.store.all('cadre').map((r) => [r.id, String(r.values.fullName)]));
      return {
        records: h.store.all('cadre').map((r) => r.values),
        rows: h.grid().map((row, i) => (i === 0 ? row : [names.get(String(row[0])) ?? '?', ...row.slice(1)])),
        lines: lines(h).map((line) => [names.get(String(line[0])), ...line.slice(1)]),
        notes: [dataNotes(h, 'Cán bộ'), dataNotes(h, TAB)],
      };
    }

    const points = SYNC_STEPS.flatMap((step) =>
      (['before', 'after'] as const).map((phase) => [step, phase] as [SyncStep, 'before' | 'after']),
    );

    let reference: unknown;

    it('uninterrupted: the choice applied, the new row created, the new conflict listed', async () => {
      await edited();
      const report = await run();
      expect(report.wrote).toEqual({ database: true, sheetValues: true, sheetLayout: true, state: true });
      expect(report.conflictTab).toMatchObject({ applied: 1, lines: 1 });
      reference = outcome();
      expect(reference).toMatchObject({
        records: [{ startYear: 2013 }, { fullName: 'Trần Thị Bích' }, { fullName: 'Vũ Thị Giang' }],
        lines: [['Trần Thị Bích', 'Cán bộ', 3, 'Trần Thị Bích', 'Họ và tên', 'Trần Thị Bình Minh', 'Trần Thị Bích', expect.any(Number)]],
      });
    });

    it.each(points)(
      'killed %s "%s", run again: the choice is applied once and the tab ends as after an uninterrupted run',
      async (step, phase) => {
        await edited();
        await expect(
          h.run({
            now: () => clock,
            onStep: (at, when) => {
              if (at === step && when === phase) throw new Error(`killed ${phase} ${step}`);
            },
          }),
        ).rejects.toThrow('killed');
        await run();
        expect(outcome()).toEqual(reference);
        expect(calls(await run())).toBe('1 read(s), 0 write(s)');
      },
    );
  });
});
