import { describeCliFailure } from '../../src/app/cli-errors';

/** What office staff read when a command fails: one sentence, and an exit code that says whether to retry. */
describe('the CLI says one sentence per failure', () => {
  it('a statement cancelled by PostgreSQL’s statement_timeout says to retry or lift the limit, and exits 75', () => {
    const pg = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const wrapped = Object.assign(new Error('DriverException'), { originalError: pg });
    const failure = describeCliFailure(wrapped);
    expect(failure).toMatchObject({ code: 'QUERY_TIMEOUT', exitCode: 75 });
    expect(failure.sentence).toMatch(/HOSO_STATEMENT_TIMEOUT_MS=0/);
  });

  it('anything unforeseen is one generic sentence pointing at the log, and exits 1', () => {
    const failure = describeCliFailure(new TypeError('x is undefined'));
    expect(failure).toMatchObject({ code: 'INTERNAL_ERROR', exitCode: 1 });
    expect(failure.sentence).toMatch(/TypeError.*xem log/);
    expect(failure.sentence).not.toMatch(/x is undefined/);
  });
});
