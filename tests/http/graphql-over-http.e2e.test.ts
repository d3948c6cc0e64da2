import { auditServer } from 'graphql-http';
import { startTestApi, type TestApi } from '../support/server';
import { describeWithDatabase } from '../support/database';

/**
 * The GraphQL-over-HTTP audit of graphql-http, against the real server. Departures allowed, each
 * said in the README: GET needs the CSRF preflight header (Apollo's csrfPrevention), so the
 * audit's plain GETs are refused (notices); a request that fails to parse, validate or coerce
 * its variables is a 400 also under `application/json` (the spec's SHOULD is 200 there).
 */
const ALLOWED_WARNINGS = new Set(['572B', 'FDE2', '7B9B']);

describeWithDatabase('GraphQL over HTTP (graphql-http server audit)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('has no ERROR, and no warning beyond the documented ones', async () => {
    // The audit's requests carry the root admin's token, as a client's would.
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), ...api.headers } });
    const results = await auditServer({ url: api.server.url, fetchFn });
    const describe = (r: (typeof results)[number]) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`;
    expect(results.filter((r) => r.status === 'error').map(describe)).toEqual([]);
    expect(results.filter((r) => r.status === 'warn' && !ALLOWED_WARNINGS.has(r.id)).map(describe)).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(30);
  });
});
