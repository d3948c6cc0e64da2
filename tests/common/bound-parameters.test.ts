import { raw } from '@mikro-orm/core';
import { bindParameters, type ParameterDialect } from '../../src/common/db/bound-parameters';

const dialect = (nested: boolean, literal: ParameterDialect['literalQuestionMark']): ParameterDialect => ({
  quoteIdentifier: (id) => `"${id}"`,
  isKnexFragment: (value): value is { toSQL(): { sql: string; bindings: unknown[] } } =>
    typeof value === 'object' && value !== null && 'toSQL' in value,
  scalar: (value) => ({ sql: typeof value === 'number' ? '?::n' : '?', binding: value instanceof Date ? value.getTime() : value }),
  nestedListsInParentheses: nested,
  literalQuestionMark: literal,
});
const postgres = dialect(false, { sql: '\\?' });
const sqlite = dialect(true, { sql: '?', binding: 'RAW?' });

describe('bindParameters', () => {
  it('binds every value and quotes identifiers, as formatQuery would inline them', () => {
    expect(bindParameters('select ?? from t where a = ? and b in (?)', ['name', "O'Brien\u0000", ['x', 'y']], postgres)).toEqual({
      sql: 'select "name" from t where a = ? and b in (?, ?)',
      bindings: ["O'Brien\u0000", 'x', 'y'],
    });
  });

  it('types numbers through the dialect, binds objects as JSON and nulls for missing values', () => {
    expect(bindParameters('values (?, ?, ?, ?)', [5, { a: 1 }, null, undefined], postgres)).toEqual({
      sql: 'values (?::n, ?, ?, ?)',
      bindings: [5, '{"a":1}', null, null],
    });
  });

  it('keeps nested lists in parentheses where the dialect wrote them so', () => {
    expect(
      bindParameters(
        '(a, b) in (?)',
        [
          [
            ['x', 'y'],
            ['z', 'w'],
          ],
        ],
        sqlite,
      ).sql,
    ).toBe('(a, b) in ((?, ?), (?, ?))');
    expect(bindParameters('a in (?)', [[['x', 'y']]], postgres).sql).toBe('a in (?, ?)');
  });

  it('inlines raw fragments as SQL with their own parameters bound', () => {
    expect(bindParameters('select ? as x where y = ?', [raw('lower(?)', ['Q']), 'v'], postgres)).toEqual({
      sql: 'select lower(?) as x where y = ?',
      bindings: ['Q', 'v'],
    });
  });

  it('writes a literal question mark as the dialect needs, and as plain text when nothing is bound', () => {
    expect(bindParameters("select '\\?' where a = ?", ['v'], postgres)).toEqual({ sql: "select '\\?' where a = ?", bindings: ['v'] });
    expect(bindParameters("select '\\?' where a = ?", ['v'], sqlite)).toEqual({ sql: "select '?' where a = ?", bindings: ['RAW?', 'v'] });
    expect(bindParameters("select '\\?' from ??", ['t'], sqlite)).toEqual({ sql: `select '?' from "t"`, bindings: [] });
    expect(bindParameters('select 1', [], sqlite)).toEqual({ sql: 'select 1', bindings: [] });
  });
});
