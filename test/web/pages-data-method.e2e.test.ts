// The Data, Method and Methodology pages in headless Chromium against the real server on a real
// SQLite store with the demo data: an analyst downloads the import template, uploads a bad file
// (every row problem listed, nothing written) and a good one (checked, then imported), reads a
// figure's revision history, changes the weighting method and sees the ranking change, meets an
// inconsistent AHP matrix, publishes; a viewer cannot import or publish; the public reads the
// Methodology page without signing in. Screenshots of each step are kept.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { readObservations } from '../../src/store/observations.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { createUser } from '../../src/store/users.ts';
import { startApi } from '../helpers/api.ts';
import { buildDashboard, launchChromium, openContext } from '../helpers/browser.ts';
import { freshSqlite } from '../helpers/stores.ts';

const work = mkdtempSync(join(tmpdir(), 'gapscope-e2e-data-method-'));
const shots = process.env.GAPSCOPE_E2E_SHOTS ?? join(work, 'screenshots');

async function count(
  store: Store,
  table: 'observations' | 'imports' | 'evaluations',
): Promise<number> {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const OPEN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/**
 * Picks the option whose text matches `text` from the antd Select `select`, again if a re-render
 * closed the list under the click.
 */
async function pick(page: Page, select: Locator, text: string | RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const option = page
      .locator(OPEN)
      .last()
      .locator('.ant-select-item-option')
      .filter({ hasText: text })
      .first();
    const label = (await option.innerText()).trim();
    await option.click();
    // A popup still fading out would cover the next select.
    if (await page.locator(OPEN).count()) await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(OPEN).count(), { timeout: 5_000 }).toBe(0);
    if ((await select.innerText()).includes(label) || attempt === 3) {
      expect(await select.innerText()).toContain(label);
      return;
    }
  }
}

/** Picks an option of the antd Select marked with `testId`. */
const choose = (page: Page, testId: string, text: string | RegExp): Promise<void> =>
  pick(page, page.getByTestId(testId), text);

describe('Data, Method and Methodology pages in Chromium', { timeout: 60_000 }, () => {
  let store: Store;
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let analyst: BrowserContext;
  let page: Page;
  const shot = async (p: Page, name: string): Promise<void> => {
    // From the top, or the sticky header is drawn where the page was scrolled to.
    await p.evaluate('window.scrollTo(0, 0)');
    await p.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const webRoot = await buildDashboard();
    store = await freshSqlite();
    await initStore(store.db, await readBundle({ demo: true }));
    for (const role of ['analyst', 'viewer'] as const)
      await createUser(
        store.db,
        { name: role, role, scope: null, password: `password-${role}` },
        'test',
      );
    api = await startApi(store, { publicRead: true, webRoot });
    browser = await launchChromium();
    process.stderr.write(`data and method page screenshots: ${shots}\n`);
    analyst = await openContext(browser, {
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      baseURL: api.base,
    });
    page = await analyst.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto('/signin?next=/data');
    const form = page.getByTestId('signin-form');
    await form.locator('input').nth(0).fill('analyst');
    await form.locator('input').nth(1).fill('password-analyst');
    await form.locator('button[type=submit]').click();
    await page.getByTestId('data-page').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await store?.close();
  });

  it('downloads the import template: the import header, lists and readme', async () => {
    await page.goto('/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('gapscope-template-long.xlsx');
    const file = join(work, 'template.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['data', 'readme', 'lists']);
    const data = wb.getWorksheet('data')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'unit',
      'indicator',
      'period',
      'value',
      'status',
      'source',
      'note',
    ]);
    // Filled in, it is the good file of the next test.
    data.addRow(['330102', 'C1', '2025', 6.3, 'final', '上城区统计局', 'revised']);
    data.addRow(['330105', 'C1', '2025-10', 6.0, 'provisional', '', '']);
    data.addRow(['330106', 'P2', '2025Q4-ytd', 51234, 'provisional', '', '']);
    await wb.xlsx.writeFile(join(work, 'good.xlsx'));
  });

  it('lists every row problem of a bad file and writes nothing', async () => {
    const before = {
      obs: await count(store, 'observations'),
      imports: await count(store, 'imports'),
    };
    const bad = join(work, 'bad.csv');
    writeFileSync(
      bad,
      'unit,indicator,period,value\n999999,C1,2025,1\n330102,C9,2025,1\n330102,C1,2025-13,1\n330105,C1,2025,abc\n330106,C1,2025,99\n',
    );
    await page.goto('/data');
    await page.getByTestId('import-file').setInputFiles(bad);
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    const rows = refused.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(5);
    const text = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(text[0]).toMatch(/^2 unit unknown unit "999999"/);
    expect(text[1]).toMatch(/^3 indicator unknown indicator or series "C9"/);
    expect(text[2]).toMatch(/^4 period "2025-13" is not a period/);
    expect(text[3]).toMatch(/^5 value "abc" is not a number/);
    expect(text[4]).toMatch(/^6 value 99 is outside the plausible range of C1/);
    await expect.poll(() => refused.locator('[role=alert]').innerText()).toMatch(/5/);
    await shot(page, '01-data-bad-file');
    expect(await count(store, 'observations')).toBe(before.obs);
    expect(await count(store, 'imports')).toBe(before.imports);
  });

  it('checks a good file first, then imports it when asked', async () => {
    const before = await count(store, 'observations');
    await page.goto('/data');
    await page.getByTestId('import-file').setInputFiles(join(work, 'good.xlsx'));
    const report = page.getByTestId('import-report');
    await report.waitFor();
    const counts = (await page.getByTestId('import-counts').innerText()).replace(/\s+/g, ' ');
    // 3 values: 2 new, 1 revised, 0 unchanged; read as a workbook.
    expect(counts).toMatch(/\D3\D+2\D+1\D+0 \S+ XLSX$/);
    expect(await page.getByTestId('import-encoding').innerText()).toBe('XLSX');
    await shot(page, '02-data-good-file-checked');
    // The check wrote nothing.
    expect(await count(store, 'observations')).toBe(before);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    await shot(page, '03-data-imported');
    expect(await count(store, 'observations')).toBe(before + 3);
    const now = await readObservations(store.db, {
      units: ['330102'],
      series: ['C1'],
      periods: ['2025'],
    });
    expect(now[0]).toMatchObject({ value: 6.3, revision: 2, note: 'revised' });
  });

  it('shows the revision history of a figure with the file and user of each revision', async () => {
    await page.goto('/data?tab=history&unit=330102&series=C1');
    const table = page.getByTestId('history-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await choose(page, 'history-period', '2025');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    const [newest, oldest] = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    expect(newest).toMatch(/2025 2 .*6\.3.*good\.xlsx analyst/);
    expect(oldest).toMatch(/2025 1 .*zhejiang-demo\.csv/);
    expect(page.url()).toContain('period=2025');
    await shot(page, '04-data-history');
  });

  it('re-evaluates when the weighting method changes, and the ranking moves', async () => {
    await page.goto('/method');
    const top = page.getByTestId('ranking-top');
    await top.locator('tbody tr.ant-table-row').nth(9).waitFor();
    await expect.poll(() => page.getByTestId('rank-shift').isVisible()).toBe(true);
    const expert = await top.locator('tbody tr.ant-table-row').allInnerTexts();
    await choose(page, 'weights-method', 'entropy');
    await expect
      .poll(async () => (await top.locator('tbody tr.ant-table-row').allInnerTexts()).join('|'), {
        timeout: 15_000,
      })
      .not.toBe(expert.join('|'));
    const shift = await page.getByTestId('rank-shift').innerText();
    expect(shift).toMatch(/\d+/);
    expect(Number(/(\d+)/.exec(shift)![1])).toBeGreaterThan(0);
    expect(page.url()).toContain('config=');
    expect(decodeURIComponent(page.url())).toContain('"method":"entropy"');
    // The tree shows the entropy weights beside the expert ones.
    await expect.poll(() => page.getByTestId('weights-tree').innerText()).toMatch(/entropy/);
    await shot(page, '05-method-entropy');
  });

  it('places an inconsistent AHP matrix’s error at the matrix', async () => {
    await page.goto('/method');
    await page.getByTestId('ranking-top').locator('tbody tr.ant-table-row').nth(9).waitFor();
    await choose(page, 'weights-method', 'ahp');
    const index = page.getByTestId('ahp-INDEX');
    await index.getByRole('switch').click();
    // City ≫ village, village ≫ integration, but integration ≫ city: intransitive.
    const cells = index.locator('.ant-select');
    const judge = (n: number, label: string): Promise<void> =>
      pick(page, cells.nth(n), new RegExp(`^${label.replace('/', '\\/')}$`));
    await judge(0, '9'); // CITY over VILLAGE
    await judge(1, '1/9'); // CITY over INTEGRATION
    await judge(3, '9'); // VILLAGE over INTEGRATION
    const error = page.getByTestId('ahp-error-INDEX');
    await expect
      .poll(() => error.innerText(), { timeout: 15_000 })
      .toMatch(/CR = \d+\.\d+ ≥ 0\.10/);
    await expect.poll(() => page.getByTestId('run-failed').isVisible()).toBe(true);
    expect(await page.getByTestId('publish-button').isDisabled()).toBe(true);
    await shot(page, '06-method-ahp-inconsistent');
  });

  it('publishes the evaluation with the chosen settings', async () => {
    await page.goto('/method');
    await page.getByTestId('ranking-top').locator('tbody tr.ant-table-row').nth(9).waitFor();
    await choose(page, 'weights-method', 'equal');
    await expect
      .poll(() => page.getByTestId('publish-button').isEnabled(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('publish-button').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect
      .poll(() => page.getByTestId('publish-newest').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await count(store, 'evaluations')).toBe(1);
    const e = await store.db
      .selectFrom('evaluations')
      .select(['config', 'created_by'])
      .executeTakeFirstOrThrow();
    expect(e.created_by).toBe('analyst');
    expect(JSON.parse(e.config)).toMatchObject({ weights: { method: 'equal' } });
  });

  it('lets a viewer look but not import or publish', async () => {
    const viewer = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
      baseURL: api.base,
    });
    try {
      const res = await viewer.request.post('/api/session', {
        data: { name: 'viewer', password: 'password-viewer' },
      });
      expect(res.ok()).toBe(true);
      const p = await viewer.newPage();
      await p.goto('/data');
      await expect.poll(() => p.getByTestId('data-page').innerText()).toMatch(/viewer|查看/i);
      expect(await p.getByTestId('import-file').count()).toBe(0);
      expect(await p.getByTestId('template-download').count()).toBe(1);
      await p.goto('/method');
      await p.getByTestId('ranking-top').locator('tbody tr.ant-table-row').first().waitFor();
      expect(await p.getByTestId('publish-button').count()).toBe(0);
    } finally {
      await viewer.close();
    }
  });

  it('shows the Methodology page to the public, signed out, in both languages', async () => {
    const anon = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
      baseURL: api.base,
    });
    try {
      const p = await anon.newPage();
      await p.goto('/methodology');
      const indicators = p.getByTestId('methodology-indicators');
      await indicators.waitFor();
      expect(await indicators.locator('tbody tr.ant-table-row').count()).toBe(18);
      expect(await p.getByTestId('reconstruction').isVisible()).toBe(true);
      const c1 = (await indicators.locator('tbody tr.ant-table-row').first().innerText()).replace(
        /\s+/g,
        ' ',
      );
      expect(c1).toMatch(/C1 地区生产总值增速/);
      expect(c1).toMatch(/-5 – 15/);
      expect(c1).toMatch(/2025: 5\.5/);
      const formulas = await p.getByTestId('methodology-formulas').innerText();
      // Subscripts set as subscripts: e_j = −(1/ln n_j) Σ_i p_ij ln p_ij.
      expect(formulas).toContain('ej = −(1/ln nj) Σi pij ln pij');
      expect(await p.locator('[data-testid=methodology-formulas] sub').count()).toBeGreaterThan(
        100,
      );
      expect(formulas).toContain('CR = CI/RI');
      expect(await p.locator('[data-testid=methodology-formulas] table').count()).toBeGreaterThan(
        3,
      );
      await shot(p, '07-methodology-public-zh');
      await p.getByText('English', { exact: true }).click();
      await expect.poll(() => indicators.innerText()).toMatch(/GDP growth/);
      expect(await indicators.innerText()).toMatch(/higher is better/);
      await shot(p, '08-methodology-public-en');
    } finally {
      await anon.close();
    }
  });
});
