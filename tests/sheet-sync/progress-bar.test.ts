import { progressLine } from '../../src/sheet-sync/progress/progress-bar';
import type { SyncProgressEvent } from '../../sync/runner/progress';

/** What `hoso sync`'s bar shows, from the same events as the syncProgress subscription. */
describe('the CLI progress bar', () => {
  const event = (fields: Partial<SyncProgressEvent>): SyncProgressEvent => ({
    bindingId: '1',
    phase: 'read',
    at: 'start',
    rowsDone: 0,
    rowsTotal: 0,
    attempt: 1,
    ...fields,
  });

  it('shows each step with its rows done of its total, and which step of how many', () => {
    expect(progressLine(event({ phase: 'commit-database', at: 'start', rowsDone: 0, rowsTotal: 350 }))).toEqual({
      index: 4,
      steps: 6,
      step: 'ghi hoso',
      unit: 'thay đổi',
      value: 0,
      total: 350,
    });
    expect(progressLine(event({ phase: 'commit-database', at: 'end', rowsDone: 348, rowsTotal: 350 }))).toMatchObject({
      value: 348,
      total: 350,
    });
  });

  it('a read, whose total comes at its end, shows 0 of 1 until then; a second attempt says so', () => {
    expect(progressLine(event({ phase: 'read', at: 'start' }))).toMatchObject({ index: 1, step: 'đọc bảng tính', value: 0, total: 1 });
    expect(progressLine(event({ phase: 'read', at: 'end', rowsDone: 2000, rowsTotal: 2000 }))).toMatchObject({
      unit: 'dòng',
      value: 2000,
      total: 2000,
    });
    expect(progressLine(event({ phase: 'write-sheet-layout', attempt: 2 }))).toMatchObject({ step: 'ghi chú, thêm dòng (lần 2)' });
  });

  it('DONE and FAILED leave the bar to stop()', () => {
    expect(progressLine(event({ phase: 'done', at: 'end' }))).toBeUndefined();
    expect(progressLine(event({ phase: 'failed', at: 'end', error: 'x' }))).toBeUndefined();
  });
});
