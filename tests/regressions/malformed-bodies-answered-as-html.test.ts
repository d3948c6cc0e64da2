import { startTestApi, type TestApi } from '../support/server';
import { describeWithDatabase } from '../support/database';

/** Bodies that are not a GraphQL request get JSON in GraphQL's error shape, with a 4xx, and no stack. */
describeWithDatabase('malformed request bodies are answered as JSON errors', () => {
  let api: TestApi;
  const send = async (body: string | Buffer, contentType = 'application/json') => {
    const response = await fetch(api.server.url, { method: 'POST', headers: { ...api.headers, 'content-type': contentType }, body });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  };
  const expectJsonError = (answer: { type: string; text: string }, code: string) => {
    expect(answer.type).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(body.errors[0]!.message.length).toBeGreaterThan(10);
    expect(answer.text).not.toMatch(/<html|<pre|at \w+ \(|node_modules/i);
  };

  beforeAll(async () => {
    api = await startTestApi({ HOSO_MAX_BODY_BYTES: String(64 * 1024) });
  });
  afterAll(() => api?.close());

  it('malformed JSON is a 400 BAD_REQUEST', async () => {
    const answer = await send('{"query": "{ cadres { totalCount } }"');
    expect(answer.status).toBe(400);
    expectJsonError(answer, 'BAD_REQUEST');
  });

  it('a JSON null body is a 400 BAD_REQUEST', async () => {
    const answer = await send('null');
    expect(answer.status).toBe(400);
    expectJsonError(answer, 'BAD_REQUEST');
  });

  it('a body over the limit is a 413 PAYLOAD_TOO_LARGE, read no further', async () => {
    const answer = await send(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200 * 1024) } }));
    expect(answer.status).toBe(413);
    expectJsonError(answer, 'PAYLOAD_TOO_LARGE');
  });

  it('a body in another charset is a 415', async () => {
    const answer = await send('{"query":"{ __typename }"}', 'application/json; charset=latin1');
    expect(answer.status).toBe(415);
    expectJsonError(answer, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown path is a JSON 404 and the health probe answers after all of it', async () => {
    const base = new URL(api.server.url);
    const missing = await fetch(new URL('/nothing-here', base));
    expect(missing.status).toBe(404);
    expectJsonError({ type: missing.headers.get('content-type') ?? '', text: await missing.text() }, 'NOT_FOUND');
    const health = await fetch(new URL('/health', base));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});
