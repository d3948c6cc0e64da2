import { type FieldMerge, mergeField } from '../../../sync/engine/merge';
import type { ConflictPolicy, FieldValue } from '../../../sync/engine/types';

const ok = (value: FieldValue) => ({ ok: true as const, value });

describe('three-way merge of one field', () => {
  it.each<[string, FieldValue, FieldValue, FieldValue | undefined, ConflictPolicy, Partial<FieldMerge>]>([
    ['nothing changed', 'An', 'An', 'An', 'manual', { outcome: 'unchanged', base: 'An' }],
    ['changed only in the sheet → database', 'Ân', 'An', 'An', 'manual', { outcome: 'to-database', value: 'Ân', base: 'Ân' }],
    ['changed only in hoso → sheet', 'An', 'Ân', 'An', 'manual', { outcome: 'to-sheet', value: 'Ân', base: 'Ân' }],
    ['both changed to the same value → no conflict', 'Ân', 'Ân', 'An', 'manual', { outcome: 'unchanged', base: 'Ân' }],
    [
      'both changed differently, manual → kept, base stays',
      'Ấn',
      'Ẩn',
      'An',
      'manual',
      { outcome: 'conflict', resolution: 'kept-both', sheetValue: 'Ấn', base: 'An' },
    ],
    ['both changed differently, sheet-wins', 'Ấn', 'Ẩn', 'An', 'sheet-wins', { outcome: 'conflict', resolution: 'sheet-won', base: 'Ấn' }],
    [
      'both changed differently, database-wins',
      'Ấn',
      'Ẩn',
      'An',
      'database-wins',
      { outcome: 'conflict', resolution: 'database-won', base: 'Ẩn' },
    ],
    ['emptied in the sheet → database', null, 'An', 'An', 'manual', { outcome: 'to-database', value: null }],
    ['emptied in hoso → sheet', 'An', null, 'An', 'manual', { outcome: 'to-sheet', value: null }],
    ['no base, sheet filled, hoso blank → database', 'An', null, undefined, 'manual', { outcome: 'to-database', value: 'An' }],
    ['no base, hoso filled, sheet blank → sheet', null, 'An', undefined, 'manual', { outcome: 'to-sheet', value: 'An' }],
    [
      'no base, both filled differently → conflict',
      'An',
      'Ân',
      undefined,
      'manual',
      { outcome: 'conflict', resolution: 'kept-both', base: null },
    ],
    ['numbers compare as numbers', 1985, 1985, 1984, 'manual', { outcome: 'unchanged', base: 1985 }],
  ])('%s', (_name, sheet, database, base, policy, expected) => {
    expect(mergeField({ sheet: ok(sheet), database, base, required: false, policy })).toMatchObject(expected);
  });

  it('a cell that does not parse is an error: nothing moves, the base stays, the field is unsettled on the sheet side', () => {
    expect(mergeField({ sheet: { ok: false, message: 'sai' }, database: 'An', base: 'An', required: false, policy: 'sheet-wins' })).toEqual(
      {
        outcome: 'cell-error',
        message: 'sai',
        requiredBlank: false,
        base: 'An',
        unsettled: 'sheet',
      },
    );
  });

  it('once an unreadable cell is fixed, whatever it holds counts as a sheet change — even the old value, even empty', () => {
    const fixed = (sheet: FieldValue, database: FieldValue) =>
      mergeField({ sheet: ok(sheet), database, base: 'An', required: false, policy: 'manual', unsettled: 'sheet' });
    expect(fixed('Ấn', 'An')).toMatchObject({ outcome: 'to-database', value: 'Ấn', unsettled: null });
    expect(fixed(null, 'An')).toMatchObject({ outcome: 'to-database', value: null });
    // hoso changed it meanwhile: fixing the cell back to the old value is a conflict, not "unchanged" overwritten by hoso.
    expect(fixed('An', 'Ân')).toMatchObject({ outcome: 'conflict', resolution: 'kept-both', unsettled: 'both' });
    expect(fixed('Ân', 'Ân')).toEqual({ outcome: 'unchanged', base: 'Ân', unsettled: null });
  });

  it('a kept conflict stays one while the sides differ, even when one goes back to the old value', () => {
    const kept = mergeField({ sheet: ok('Ấn'), database: 'Ẩn', base: 'An', required: false, policy: 'manual' });
    expect(kept).toMatchObject({ outcome: 'conflict', base: 'An', unsettled: 'both' });
    expect(mergeField({ sheet: ok('Ấn'), database: 'An', base: 'An', required: false, policy: 'manual', unsettled: 'both' })).toMatchObject(
      {
        outcome: 'conflict',
        resolution: 'kept-both',
      },
    );
    expect(
      mergeField({ sheet: ok('Ấn'), database: 'An', base: 'An', required: false, policy: 'sheet-wins', unsettled: 'both' }),
    ).toMatchObject({
      outcome: 'conflict',
      resolution: 'sheet-won',
      base: 'Ấn',
      unsettled: null,
    });
  });

  it('emptying a required cell is an error, not a deletion of the value', () => {
    expect(mergeField({ sheet: ok(null), database: 'An', base: 'An', required: true, policy: 'manual' })).toMatchObject({
      outcome: 'cell-error',
      requiredBlank: true,
      base: 'An',
    });
  });

  it('a required cell blank on both sides is not an error', () => {
    expect(mergeField({ sheet: ok(null), database: null, base: null, required: true, policy: 'manual' }).outcome).toBe('unchanged');
  });
});
