import { startTestApi, type TestApi } from '../support/server';
import { describeWithDatabase } from '../support/database';

interface RawResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Requests a client team gets wrong are the client's fault: a 400 with a stable code, never a 500. */
describeWithDatabase('client errors are 4xx with a stable code and a readable message', () => {
  let api: TestApi;
  const post = async (query: string, variables?: Record<string, unknown>): Promise<RawResponse> => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as RawResponse['body'] };
  };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('a query estimated too costly is a 400 QUERY_TOO_COMPLEX with a figure a person can read', async () => {
    const deep =
      '{ localities(first: 500) { nodes { units(first: 500) { nodes { cadres(first: 500) { nodes { enrollments(first: 500) { nodes { id } } } } } } } } }';
    const { status, body } = await post(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/Truy vấn quá phức tạp: ước tính [\d.,]+ × 10\^\d+|Truy vấn quá phức tạp: ước tính [\d.]+,/);
    expect(body.errors?.[0]?.message).not.toMatch(/e\+\d/);
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  it('10,000 aliases are a 400 QUERY_TOO_COMPLEX, not an internal error', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/quá nhiều trường/);
  });

  it('an enum value that does not exist, given as a variable, is a 400 BAD_USER_INPUT naming the variable', async () => {
    const { status, body } = await post('query ($e: [Ethnicity!]) { cadres(filter: { ethnicity: $e }) { totalCount } }', { e: ['Kinhh'] });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/\$e/);
    expect(body.errors?.[0]?.message).toMatch(/Kinhh/);
  });

  it('a valid query next to them still answers', async () => {
    const { status, body } = await post('{ cadres { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ cadres: { totalCount: 0 } });
  });
});
