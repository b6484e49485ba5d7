// GET /api/template over real HTTP: any signed-in user gets the XLSX template, a region editor's
// lists only their region, and the route is documented.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { freshSqlite } from '../helpers/stores.ts';

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  return wb;
}

describe('GET /api/template', () => {
  let store: Store;
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    store = await freshSqlite();
    await seedStore(store, false);
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  it('needs a signed-in user', async () => {
    const res = await new Client(api.base).get('/api/template');
    expect(res.status).toBe(401);
  });

  it('gives a viewer the long template by default, as an XLSX attachment', async () => {
    const c = await signedIn(api.base, 'viewer');
    const res = await c.get('/api/template');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="gapscope-template-long.xlsx"',
    );
    const wb = await workbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['data', 'readme', 'lists']);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'unit',
      'indicator',
      'period',
      'value',
      'status',
      'source',
      'note',
    ]);
  });

  it('pre-fills a wide template for a period; a filled-in copy imports through the API', async () => {
    const c = await signedIn(api.base, 'analyst');
    const res = await c.get('/api/template?layout=wide&period=2025Q3-ytd');
    expect(res.headers.get('content-disposition')).toMatch(/template-wide-2025Q3-ytd\.xlsx/);
    const wb = await workbook(res);
    const ws = wb.getWorksheet('data')!;
    expect(ws.actualRowCount).toBe(91);
    expect(ws.getRow(5).getCell(3).value).toBe('2025Q3-ytd');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    ws.getRow(5).getCell(header.indexOf('P2') + 1).value = 41000;
    const form = new FormData();
    form.set('file', new Blob([await wb.xlsx.writeBuffer()]), 'filled.xlsx');
    const dry = await c.request('POST', '/api/imports?dryRun=true', form);
    expect(await dry.json()).toMatchObject({ outcome: 'dry-run', rows: 1, added: 1 });
  });

  it('lists only the region of a region editor', async () => {
    const c = await signedIn(api.base, 'region');
    const wb = await workbook(await c.get('/api/template?layout=wide&period=2025'));
    const lists = wb.getWorksheet('lists')!;
    const codes: string[] = [];
    for (let r = 2; lists.getRow(r).getCell(1).value; r++)
      codes.push(String(lists.getRow(r).getCell(1).value));
    expect(codes[0]).toBe('330100');
    expect(codes.every((code) => code.startsWith('3301'))).toBe(true);
    expect(wb.getWorksheet('data')!.actualRowCount).toBe(codes.length);
  });

  it('refuses a bad layout or period, naming the field', async () => {
    const c = await signedIn(api.base, 'viewer');
    const res = await c.get('/api/template?layout=tall');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('layout');
    const p = await c.get('/api/template?period=2025-13');
    expect(p.status).toBe(422);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await new Client(api.base).get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths['/api/template']?.get).toBeDefined();
  });
});
