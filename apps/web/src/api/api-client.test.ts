import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from './api-client.ts';

function answer(status: number, body: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === '' ? null : body, { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('returns the parsed JSON of a success', async () => {
    answer(200, '{"total":2,"items":[]}');
    await expect(apiRequest('/api/items')).resolves.toEqual({ total: 2, items: [] });
  });

  it('throws ApiError carrying the status, code and details of the error body', async () => {
    answer(422, JSON.stringify({ code: 'INVALID_INPUT', message: 'bad rows', details: { problemCount: 2 } }));
    const failure = await apiRequest('/api/imports?kind=sales', { method: 'POST' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 422,
      code: 'INVALID_INPUT',
      message: 'bad rows',
      details: { problemCount: 2 },
    });
  });

  it('names the HTTP status when the error body is not the API shape', async () => {
    answer(502, 'Bad Gateway');
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('sends JSON bodies with a content type and FormData as is', async () => {
    answer(200, '{}');
    await apiRequest('/api/session', { method: 'POST', body: { username: 'a', password: 'b' } });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'x.csv');
    await apiRequest('/api/imports?kind=sales', { method: 'POST', body: form });
    const calls = vi.mocked(fetch).mock.calls;
    expect(calls[0]?.[1]).toMatchObject({
      method: 'POST',
      body: '{"username":"a","password":"b"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(calls[1]?.[1]?.body).toBe(form);
    expect(calls[1]?.[1]?.headers).toBeUndefined();
  });
});
