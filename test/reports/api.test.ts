// GET /api/reports/brief and /api/reports/unit/{code} over real HTTP on a seeded store: signed-in
// users get the PDF (or the annex), errors name what is wrong, and the routes are documented.

import { beforeAll, describe, expect, it } from 'vitest';
import { Client, demoServer, signedIn } from '../helpers/api.ts';
import { pdfText, squeeze } from './pdf-tools.ts';

describe('report endpoints', () => {
  const server = demoServer();
  let viewer: Client;
  beforeAll(async () => {
    viewer = await signedIn(server.base, 'viewer');
  });

  it('need a signed-in user', async () => {
    const anon = new Client(server.base);
    expect((await anon.get('/api/reports/brief?month=2025-11')).status).toBe(401);
    expect((await anon.get('/api/reports/unit/330122')).status).toBe(401);
  });

  it('give the brief as a Chinese PDF, in English on request, and its annex', async () => {
    const res = await viewer.get('/api/reports/brief?month=2025-11&lang=zh-CN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="brief-2025-11-zh-CN.pdf"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = squeeze(await pdfText(bytes));
    expect(text).toContain('二、三大差距');
    expect(text).toContain('三、工作推进');

    // Accept-Language is English for this client: lang defaults to it.
    const en = await viewer.get('/api/reports/brief?month=2025-11');
    expect(squeeze(await pdfText(new Uint8Array(await en.arrayBuffer())))).toContain(
      '2Thethreegaps',
    );

    const xlsx = await viewer.get('/api/reports/brief?month=2025-11&format=xlsx&lang=zh-CN');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(xlsx.headers.get('content-disposition')).toBe(
      'attachment; filename="brief-2025-11-zh-CN.xlsx"',
    );
  });

  it('give a county report as PDF', async () => {
    const res = await viewer.get('/api/reports/unit/330122?lang=zh-CN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="report-330122-2025-zh-CN.pdf"',
    );
    const text = squeeze(await pdfText(new Uint8Array(await res.arrayBuffer())));
    expect(text).toContain('桐庐县城乡一体融合高质量发展评价报告');
  });

  it('answer a bad month 422, an unknown unit 404 and an absent period 422', async () => {
    const month = await viewer.get('/api/reports/brief?month=2025-13');
    expect(month.status).toBe(422);
    expect(((await month.json()) as { error: { detail: string } }).error.detail).toMatch(/YYYY-MM/);
    const unit = await viewer.get('/api/reports/unit/330100');
    expect(unit.status).toBe(404);
    expect(((await unit.json()) as { error: { field: string } }).error.field).toBe('code');
    expect((await viewer.get('/api/reports/unit/330122?period=2010')).status).toBe(422);
    expect((await viewer.get('/api/reports/brief?month=2025-11&format=doc')).status).toBe(422);
  });

  it('are in the OpenAPI document', async () => {
    const doc = (await (await viewer.get('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/reports/brief', '/api/reports/unit/{code}']),
    );
  });
});
