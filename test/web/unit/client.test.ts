import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setApiLang, setCsrfToken } from '../../../web/src/api/client.ts';
import { isDemo, noteDemo } from '../../../web/src/api/demo.ts';

/** Replaces fetch with one that answers `body` with `status` and records the calls. */
function stubFetch(status: number, body: unknown): ReturnType<typeof vi.fn> {
  const f = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', f);
  return f;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  noteDemo(false);
});

describe('api', () => {
  it('reads JSON, sends the language, and the CSRF token only on writes', async () => {
    setApiLang('en');
    setCsrfToken('tok');
    const f = stubFetch(200, { ok: true });
    expect(await api('/api/x')).toEqual({ ok: true });
    await api('/api/y', { method: 'POST', body: { a: 1 } });
    const [, get] = f.mock.calls[0] as unknown as [string, RequestInit];
    const [, post] = f.mock.calls[1] as unknown as [string, RequestInit];
    expect((get.headers as Record<string, string>)['accept-language']).toBe('en');
    expect((get.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((post.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect(post.body).toBe('{"a":1}');
    expect(post.credentials).toBe('same-origin');
  });

  it('throws the API’s error with its code, field and details', async () => {
    stubFetch(422, {
      error: {
        code: 'request.invalid',
        message: 'bad',
        detail: 'runs: too big',
        field: 'runs',
        details: ['runs: too big'],
      },
    });
    const e = (await api('/api/uncertainty', { method: 'POST', body: {} }).catch(
      (x) => x,
    )) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.message, e.field, e.details]).toEqual([
      422,
      'request.invalid',
      'bad',
      'runs',
      ['runs: too big'],
    ]);
  });

  it('gives an ApiError for a body that is not the API’s and for a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(await api('/api/x').catch((x: ApiError) => [x.status, x.code])).toEqual([
      502,
      'http.502',
    ]);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('connection refused');
    });
    expect(await api('/api/x').catch((x: ApiError) => [x.status, x.code])).toEqual([0, 'network']);
  });

  it('notes whether an answer is demo data', async () => {
    stubFetch(200, { demo: true, units: [] });
    await api('/api/ranking');
    expect(isDemo()).toBe(true);
    stubFetch(200, { demo: false });
    await api('/api/ranking');
    expect(isDemo()).toBe(false);
    stubFetch(200, [{ code: '330000' }]);
    noteDemo(true);
    await api('/api/units');
    expect(isDemo()).toBe(true);
  });
});
