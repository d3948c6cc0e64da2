import { describeWithDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/server';

/**
 * Found in CI's log of the abuse suite: a variable holding more than 50 wrong values makes
 * graphql-js stop with "Too many errors processing variables", an error without a code, which
 * was answered (and logged) as INTERNAL_SERVER_ERROR although the client sent it.
 */
describeWithDatabase('a variable with too many wrong values', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('is BAD_USER_INPUT, not an internal error', async () => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($e: [Ethnicity!]) { cadres(filter: { ethnicity: $e }) { totalCount } }',
        variables: { e: Array.from({ length: 60 }, (_, i) => `Kinhh${i}`) },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(body.errors.at(-1)!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
