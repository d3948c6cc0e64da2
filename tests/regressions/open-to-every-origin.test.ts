import { loadConfig } from '../../src/app/config';
import { startTestApi, type TestApi } from '../support/server';
import { describeWithDatabase } from '../support/database';

const QUERY = JSON.stringify({ query: '{ __typename }' });

/** By default the API listens on loopback and answers no browser on another origin. */
describeWithDatabase('cross-origin access and the listening interface', () => {
  let closed: TestApi;
  let open: TestApi;

  beforeAll(async () => {
    closed = await startTestApi();
    open = await startTestApi({ HOSO_CORS_ORIGINS: 'https://hoso.example.gov.vn, http://localhost:5173' });
  });
  afterAll(async () => {
    await closed?.close();
    await open?.close();
  });

  const post = (api: TestApi, origin: string) =>
    fetch(api.server.url, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json', origin }, body: QUERY });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('sends no Access-Control-Allow-Origin by default, to any origin', async () => {
    const response = await post(closed, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(closed.server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins, and no others', async () => {
    const allowed = await post(open, 'http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const preflight = await fetch(open.server.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://hoso.example.gov.vn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://hoso.example.gov.vn');
    const other = await post(open, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a malformed HOSO_CORS_ORIGINS at start rather than opening up', () => {
    expect(() => loadConfig({ HOSO_CORS_ORIGINS: 'hoso.example.gov.vn' })).toThrow(/HOSO_CORS_ORIGINS/);
    expect(() => loadConfig({ HOSO_CORS_ORIGINS: 'https://hoso.example.gov.vn/graphql' })).toThrow(/scheme, host and port only/);
  });
});
