// The dashboard end to end: the production build served by the real API over a seeded SQLite
// store, driven in headless Chromium. Screenshots of each page go to a temporary folder (or
// GAPSCOPE_E2E_SHOTS) for people to look at.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { createUser } from '../../src/store/users.ts';
import { seedStore, signedIn, startApi, type Client } from '../helpers/api.ts';
import { buildDashboard, launchChromium, openContext } from '../helpers/browser.ts';
import { freshSqlite } from '../helpers/stores.ts';

const SHOTS = process.env.GAPSCOPE_E2E_SHOTS ?? mkdtempSync(join(tmpdir(), 'gapscope-e2e-'));
const STEP = 60_000;

let store: Store;
let server: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;
let page: Page;
let analyst: Client;
let oneTime: string;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  browser = await launchChromium();
  const [webRoot, s] = await Promise.all([buildDashboard(), freshSqlite()]);
  store = s;
  await seedStore(store);
  oneTime = (await createUser(store.db, { name: 'newcomer', role: 'analyst' }, 'test')).password;
  server = await startApi(store, { publicRead: true, webRoot });
  analyst = await signedIn(server.base, 'analyst');
  const pub = await analyst.post('/api/evaluations', { period: '2025' });
  expect(pub.status).toBe(200);
  mkdirSync(SHOTS, { recursive: true });
  const context = await openContext(browser, {
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
  });
  page = await context.newPage();
  process.stderr.write(`dashboard screenshots: ${SHOTS}\n`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('the dashboard in a browser', () => {
  it(
    'shows the public the published overview, labelled as demo data',
    async () => {
      await page.goto(`${server.base}/`);
      await page.getByTestId('overview').waitFor();
      await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('演示数据');
      await expect(page.getByTestId('top').getByRole('listitem').count()).resolves.toBe(5);
      await expect(page.getByText('登录后可查看三大差距的核心指标。')).toBeTruthy();
      await page.getByTestId('distribution').locator('canvas').waitFor();
      await shot('01-public-overview');
      // The chart as SVG (drawn again by ECharts' SVG renderer) and its data as CSV.
      const save = async (item: string): Promise<string> => {
        await page.getByTestId('distribution').getByRole('button', { name: /下载/ }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('menuitem', { name: item }).click(),
        ]);
        return readFileSync((await download.path())!, 'utf8');
      };
      const svg = await save('SVG 矢量图');
      expect(svg).toMatch(/^<svg[\s\S]*得分[\s\S]*<\/svg>$/);
      const csv = (await save('CSV 数据'))
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(csv[0]).toBe('得分区间,单位数');
      expect(csv.at(-3)).toMatch(/^中位数,/);
    },
    STEP,
  );

  it(
    'makes a one-time password be changed, then shows the three gaps',
    async () => {
      await page.getByRole('button', { name: '登录' }).first().click();
      await page.locator('#name').fill('newcomer');
      await page.locator('#password').fill(oneTime);
      await page
        .getByRole('button', { name: '登 录' })
        .or(page.getByRole('button', { name: '登录' }))
        .last()
        .click();
      await page.getByTestId('change-password-form').waitFor();
      await shot('02-change-password');
      await page.locator('#password').fill('a-long-new-password');
      await page.locator('#repeat').fill('a-long-new-password');
      await page.getByTestId('change-password-form').locator('button[type=submit]').click();
      await page.getByTestId('headlines').waitFor();
      const gaps = (await (await analyst.get('/api/gaps?period=2025')).json()) as {
        urbanRural: { province: { ratio: { value: number } } }[];
      };
      const ratio = gaps.urbanRural[0]!.province.ratio.value.toFixed(2);
      await expect(
        page.getByTestId('headline-ratio').getByTestId('headline-value').textContent(),
      ).resolves.toBe(ratio);
      await expect(
        page.getByTestId('headline-middle').getByTestId('headline-value').textContent(),
      ).resolves.toMatch(/%$/);
      await page.getByTestId('headline-ratio').locator('img').waitFor();
      // The overview's map: one tile per county, drawn in SVG or canvas.
      await page.getByTestId('map-card').waitFor();
      await page.getByTestId('map-card').locator('canvas, svg').first().waitFor();
      await shot('03-overview');
    },
    STEP,
  );

  it(
    'ranks every unit with its rank interval, filters by city and downloads what is shown',
    async () => {
      await page.getByRole('menuitem', { name: '排名' }).click();
      await page.getByTestId('rank-table').waitFor();
      const rows = page.getByTestId('rank-table').locator('tbody tr.ant-table-row');
      await expect(rows.count()).resolves.toBe(90);
      await page
        .getByTestId('rank-table')
        .locator('svg[role=img]')
        .first()
        .waitFor({ timeout: 30_000 });
      await shot('04-rankings');

      await page.getByTestId('rank-city').click();
      await page.locator('.ant-select-item-option', { hasText: '杭州市' }).click();
      await page.waitForURL(/city=330100/);
      const ranking = (await (await analyst.get('/api/ranking')).json()) as {
        units: { unit: string }[];
      };
      const units = (await (await analyst.get('/api/units')).json()) as {
        code: string;
        parent: string;
      }[];
      const inHangzhou = ranking.units.filter(
        (u) => units.find((x) => x.code === u.unit)?.parent === '330100',
      ).length;
      await expect.poll(() => rows.count()).toBe(inHangzhou);
      await expect(page.getByTestId('rank-count').textContent()).resolves.toContain(
        `显示 ${inHangzhou} 个`,
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /下载表格/ }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
      const lines = csv.trim().split('\n');
      expect(lines).toHaveLength(inHangzhou + 1);
      expect(lines[0]).toContain('指数得分');
      await shot('05-rankings-hangzhou');
    },
    STEP,
  );

  it(
    'opens a unit from the table and shows its profile',
    async () => {
      await page.getByRole('link', { name: '桐庐县' }).click();
      await page.getByTestId('unit-page').waitFor();
      await expect(page.getByTestId('unit-name').textContent()).resolves.toBe('桐庐县');
      await expect(
        page.getByTestId('indicator-table').locator('tbody tr.ant-table-row').count(),
      ).resolves.toBe(18);
      await expect(
        page.getByTestId('weak-points').locator('.ant-list-item').count(),
      ).resolves.toBeGreaterThan(0);
      await page.getByTestId('radar').locator('canvas').waitFor();
      await page.getByTestId('lifts-table').waitFor({ timeout: 30_000 });
      // How certain the rank is: a 5–95 % range that contains the rank shown.
      const certainty = await page.getByTestId('rank-certainty').textContent({ timeout: 30_000 });
      const [low, high] = /(\d+)–(\d+)/
        .exec(certainty ?? '')!
        .slice(1)
        .map(Number);
      expect(low).toBeLessThanOrEqual(high!);
      await shot('06-unit');
    },
    STEP,
  );

  it(
    'runs a what-if and shows the rank the API computes',
    async () => {
      const res = await analyst.post('/api/whatif', {
        unit: '330122',
        period: '2025',
        set: [{ series: 'C1', value: 12 }],
        lifts: false,
      });
      const expected = (await res.json()) as { before: { rank: number }; after: { rank: number } };
      expect(expected.after.rank).toBeLessThan(expected.before.rank);
      const input = page.getByTestId('whatif-input-C1').locator('xpath=descendant-or-self::input');
      await input.fill('12');
      await expect
        .poll(() => page.getByTestId('whatif-rank').textContent(), { timeout: 20_000 })
        .toBe(String(expected.after.rank));
      await shot('07-whatif');
    },
    STEP,
  );

  it(
    'switches to English and remembers it',
    async () => {
      await page.getByText('English', { exact: true }).click();
      await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe('Tonglu County');
      await page.reload();
      await page.getByTestId('unit-page').waitFor();
      await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe('Tonglu County');
      await expect(page.getByRole('menuitem', { name: 'Rankings' }).count()).resolves.toBe(1);
      await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('Demo data');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await shot('08-unit-en');
      await page.getByRole('menuitem', { name: 'Overview' }).click();
      await page.getByTestId('headlines').waitFor();
      await expect(page.getByText('Urban–rural income ratio').count()).resolves.toBe(1);
      await shot('09-overview-en');
    },
    STEP,
  );
});
