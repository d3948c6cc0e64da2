import type { Em } from '../../src/app/orm';
import { REQUEST_META_KEY } from '../../src/app/request-meta';
import type { RequestAccess } from '../../src/access/scope-cut';
import { cachedStatement } from '../../src/common/db/statement-cache';

/** What cachedStatement reads of an EntityManager: its database (knex) and the request's access. */
function emFor(knex: object, access?: RequestAccess): Em {
  return {
    getKnex: () => knex,
    getLoggerContext: () => ({ [REQUEST_META_KEY]: { actor: 'jest', source: 'test', access } }),
  } as unknown as Em;
}

const access = (path: string, personalData = false): RequestAccess => ({
  principal: { kind: 'user', name: `viewer of ${path}`, grants: [] },
  grants: [{ role: 'viewer', scope: { kind: 'locality', id: Number(path.split('/')[1]) }, personalData, sync: false, path }],
});

describe('root-page statements kept per query shape', () => {
  const field = {};
  let builds = 0;
  const build = () => ({ statement: ++builds });

  beforeEach(() => {
    builds = 0;
    jest.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') });
  });
  afterEach(() => jest.useRealTimers());

  it('builds a shape once, and again for other inputs, another field or another database', () => {
    const em = emFor({}, access('/1/'));
    expect(cachedStatement(em, field, ['cadre', { first: 5 }], build)).toEqual({ statement: 1 });
    expect(cachedStatement(em, field, ['cadre', { first: 5 }], build)).toEqual({ statement: 1 });
    expect(cachedStatement(em, field, ['cadre', { first: 6 }], build)).toEqual({ statement: 2 });
    expect(cachedStatement(em, {}, ['cadre', { first: 5 }], build)).toEqual({ statement: 3 });
    expect(cachedStatement(emFor({}, access('/1/')), field, ['cadre', { first: 5 }], build)).toEqual({ statement: 4 });
  });

  it("never hands one viewer's statement to another: any difference in access is another shape", () => {
    const knex = {};
    const inputs = ['cadre', { first: 5 }];
    const one = cachedStatement(emFor(knex, access('/1/')), field, inputs, build);
    const other = cachedStatement(emFor(knex, access('/2/')), field, inputs, build);
    const system = cachedStatement(emFor(knex), field, inputs, build);
    expect(new Set([one.statement, other.statement, system.statement]).size).toBe(3);
    expect(cachedStatement(emFor(knex, access('/2/')), field, inputs, build)).toBe(other);
    expect(cachedStatement(emFor(knex, access('/1/', true)), field, inputs, build)).not.toBe(one);
  });

  it('builds again on the next day, when ages are counted from another date', () => {
    const em = emFor({}, access('/1/'));
    const today = cachedStatement(em, field, ['cadre', { ageMin: 40 }], build);
    jest.setSystemTime(new Date('2026-12-07T23:59:59Z'));
    expect(cachedStatement(em, field, ['cadre', { ageMin: 40 }], build)).toBe(today);
    jest.setSystemTime(new Date('2026-12-08T00:00:00Z'));
    expect(cachedStatement(em, field, ['cadre', { ageMin: 40 }], build)).not.toBe(today);
  });

  it('keeps nothing when the build throws, so a refusal is made again', () => {
    const em = emFor({}, access('/1/'));
    const refuse = () => {
      builds++;
      throw new Error('refused');
    };
    expect(() => cachedStatement(em, field, ['refused'], refuse)).toThrow('refused');
    expect(() => cachedStatement(em, field, ['refused'], refuse)).toThrow('refused');
    expect(builds).toBe(2);
  });

  it('keeps at most 16 shapes of one field, dropping the oldest first', () => {
    const em = emFor({}, access('/1/'));
    const first = cachedStatement(em, field, [0], build);
    for (let i = 1; i < 16; i++) cachedStatement(em, field, [i], build);
    expect(cachedStatement(em, field, [0], build)).toBe(first);
    cachedStatement(em, field, [16], build);
    expect(cachedStatement(em, field, [0], build)).not.toBe(first);
  });

  it('tells a bigint from a string in the inputs', () => {
    const em = emFor({}, access('/1/'));
    expect(cachedStatement(em, field, [5n], build)).not.toBe(cachedStatement(em, field, ['5'], build));
  });
});
