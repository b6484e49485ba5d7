// The map and gap pages end to end: the production build served by the real API over a demo
// SQLite store, in headless Chromium. Screenshots go to a temporary folder (or
// GAPSCOPE_E2E_SHOTS) for people to look at.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { createUser } from '../../src/store/users.ts';
import { hexCentre, parseTileLayout } from '../../web/src/map/tile-layout.ts';
import { Client, startApi } from '../helpers/api.ts';
import { buildDashboard, launchChromium, openContext } from '../helpers/browser.ts';
import { freshSqlite } from '../helpers/stores.ts';
import { layoutText } from './map/geography.ts';

const SHOTS = process.env.GAPSCOPE_E2E_SHOTS ?? mkdtempSync(join(tmpdir(), 'gapscope-e2e-map-'));
const STEP = 60_000;
const MAP_HEIGHT = 640;
/** The timeline's track, measured from the map's bottom (the timeline is 44 px tall, 4 px up, labels under the track). */
const TRACK_FROM_BOTTOM = 53;

let store: Store;
let server: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;
let page: Page;
let analyst: Client;

async function shot(name: string): Promise<void> {
  // Charts animate in for a second; the picture is of what they settle to.
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function text(d: Download): Promise<string> {
  return readFileSync((await d.path())!, 'utf8').replace(/^\ufeff/, '');
}

/** Downloads one of a card's files (PNG, SVG, CSV) through its download menu. */
async function download(card: string, label: string): Promise<Download> {
  // A menu still closing from the last download would take the click: wait until none is open.
  await expect.poll(() => page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
  await page
    .getByTestId(card)
    .getByRole('button', { name: /下载|Download/ })
    .click();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem').filter({ hasText: label, visible: true }).click(),
  ]);
  return d;
}

/**
 * Where a tile's centre is drawn in the map's canvas: the map series scales the tiles' bounding
 * box uniformly so its longer side is `layoutSize` (84 % of the shorter side of the canvas, 94 %
 * without a timeline) and puts its centre at `layoutCenter` (44 %, 46 %; 44 %, 50 % without a
 * timeline) — see buildTileMapOption.
 */
function tilePixel(
  code: string,
  width: number,
  height: number,
  timeline = true,
): { x: number; y: number } {
  const layout = parseTileLayout(layoutText());
  const r3 = Math.sqrt(3);
  const cs = layout.map((c) => hexCentre(c, 1));
  const minX = Math.min(...cs.map((c) => c[0])) - r3 / 2;
  const maxX = Math.max(...cs.map((c) => c[0])) + r3 / 2;
  const minY = Math.min(...cs.map((c) => c[1])) - 1;
  const maxY = Math.max(...cs.map((c) => c[1])) + 1;
  const size = (timeline ? 0.84 : 0.94) * Math.min(width, height);
  const s = size / Math.max(maxX - minX, maxY - minY);
  const [x, y] = hexCentre(
    layout.find((c) => c.code === code)!,
    1,
  );
  return {
    x: 0.44 * width + (x - (minX + maxX) / 2) * s,
    y: (timeline ? 0.46 : 0.5) * height + (y - (minY + maxY) / 2) * s,
  };
}

beforeAll(async () => {
  browser = await launchChromium();
  const [webRoot, s] = await Promise.all([buildDashboard(), freshSqlite()]);
  store = s;
  await initStore(store.db, await readBundle({ demo: true }));
  await createUser(
    store.db,
    { name: 'analyst', role: 'analyst', password: 'password-analyst' },
    'test',
  );
  server = await startApi(store, { webRoot });
  analyst = new Client(server.base);
  expect((await analyst.login('analyst', 'password-analyst')).status).toBe(200);
  mkdirSync(SHOTS, { recursive: true });
  const context = await openContext(browser, {
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  const res = await page.request.post(`${server.base}/api/session`, {
    data: { name: 'analyst', password: 'password-analyst' },
  });
  expect(res.status()).toBe(200);
  process.stderr.write(`map and gap screenshots: ${SHOTS}\n`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('the map page', () => {
  it(
    'draws 90 labelled tiles with the quantile legend and the time slider',
    async () => {
      await page.goto(`${server.base}/map`);
      await page.getByTestId('tile-map').locator('canvas').waitFor();
      await expect(
        page.getByTestId('map-card').locator('.ant-card-head-title').textContent(),
      ).resolves.toContain('2025');
      // The SVG download is the same option drawn as vectors: count the hexagons and read the legend.
      const svg = await text(await download('map-card', 'SVG'));
      // A hexagon is a closed ring of seven positions: M, six L, Z.
      const hexes = [...svg.matchAll(/<path d="M[^"A-Z]*(L[^"A-Z]*){6}Z"/g)];
      expect(hexes).toHaveLength(90);
      for (const label of ['上城', '淳安', '景宁', '嵊泗', '无数据', '2016', '2025'])
        expect(svg, label).toContain(`>${label}<`);
      expect(svg).toMatch(/>&gt; [\d.,]+</);
      await shot('map-01-index');
    },
    STEP,
  );

  it(
    'moves with the slider and downloads the period shown as CSV',
    async () => {
      const canvas = page.getByTestId('tile-map').locator('canvas').first();
      await page
        .getByTestId('map-card')
        .evaluate((el) =>
          (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }),
        );
      const box = (await canvas.boundingBox())!;
      // The timeline's ticks take clicks: walk left along its track from the middle to the first.
      const period = await (async () => {
        for (let x = box.width / 2; x > box.width * 0.05; x -= 4) {
          await page.mouse.click(box.x + x, box.y + MAP_HEIGHT - TRACK_FROM_BOTTOM);
          const p = new URL(page.url()).searchParams.get('period');
          if (p) return p;
        }
        throw new Error('no tick of the timeline took the click');
      })();
      expect(Number(period)).toBeLessThan(2025);
      await expect
        .poll(() => page.getByTestId('map-card').locator('.ant-card-head-title').textContent())
        .toContain(period);
      const csv = (await text(await download('map-card', 'CSV'))).trim().split('\n');
      expect(csv).toHaveLength(91);
      expect(csv[0]).toBe('代码,名称,期别,城乡一体融合高质量发展指数');
      expect(csv.slice(1).every((l) => l.split(',')[2] === period)).toBe(true);
      const values = (await (await analyst.get('/api/map/values')).json()) as {
        periods: string[];
        units: { unit: string; values: (number | null)[] }[];
      };
      const k = values.periods.indexOf(period);
      const row = csv.find((l) => l.startsWith('330127,'))!.split(',');
      expect(Number(row[3])).toBe(values.units.find((u) => u.unit === '330127')!.values[k]);
      await shot('map-02-slider');
    },
    STEP,
  );

  it(
    'colours by an indicator against its target, and opens a unit on click',
    async () => {
      await page.getByTestId('map-kind').getByText('指标数值').click();
      await page.getByTestId('map-measure').click();
      await page.locator('.ant-select-item-option', { hasText: 'P2 ' }).click();
      await page.waitForURL(/measure=P2/);
      await page.getByTestId('map-bins').getByText('对照目标（红绿灯）').click();
      await page.waitForURL(/bins=traffic/);
      await page.getByTestId('period-select').click();
      await page.locator('.ant-select-item-option', { hasText: '2024' }).click();
      await page.waitForURL(/period=2024/);
      const svg = await text(await download('map-card', 'SVG'));
      for (const label of ['已达目标', '接近目标（差距 ≤ 5%）', '未达目标', '无目标或无数据'])
        expect(svg).toContain(label);
      await shot('map-03-traffic');

      const canvas = page.getByTestId('tile-map').locator('canvas').first();
      const box = (await canvas.boundingBox())!;
      const p = tilePixel('330127', box.width, box.height);
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForURL(/\/units\/330127/);
      await page.goBack();
      await page.getByTestId('tile-map').locator('canvas').waitFor();
    },
    STEP,
  );

  it(
    'checks a boundary file, lists what is wrong, and draws a good one with its approval number',
    async () => {
      const input = page.getByTestId('boundary-panel').locator('input[type=file]');
      const bad = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: '999999' },
            geometry: { type: 'Point', coordinates: [0, 0] },
          },
        ],
      };
      await input.setInputFiles({
        name: 'bad.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      await expect(page.getByTestId('boundary-errors').textContent()).resolves.toContain(
        '第 1 个要素的几何须为 Polygon 或 MultiPolygon（实为 Point）。',
      );
      // A good file: a small square around each unit's tile, in degrees near Zhejiang.
      const layout = parseTileLayout(layoutText());
      const features = layout.map((c) => {
        const [x, y] = hexCentre(c, 0.1);
        const lon = 118 + x;
        const lat = 31 - y;
        const d = 0.07;
        return {
          type: 'Feature',
          properties: { adcode: Number(c.code) },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [lon - d, lat - d],
                [lon + d, lat - d],
                [lon + d, lat + d],
                [lon - d, lat + d],
                [lon - d, lat - d],
              ],
            ],
          },
        };
      });
      await input.setInputFiles({
        name: 'counties.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ type: 'FeatureCollection', 审图号: '浙S(2025)001号', features }),
        ),
      });
      await page.getByText('已载入 90 个单位的边界。').waitFor();
      await expect(page.getByTestId('boundary-approval').inputValue()).resolves.toBe(
        '浙S(2025)001号',
      );
      await page.getByRole('button', { name: '使用边界地图' }).click();
      const svg = await text(await download('map-card', 'SVG'));
      expect(svg).toContain('审图号：浙S(2025)001号');
      expect(
        [...svg.matchAll(/<path d="M[^"A-Z]*(L[^"A-Z]*){4}Z"/g)].length,
      ).toBeGreaterThanOrEqual(90);
      await shot('map-04-boundary');
      await page.getByRole('button', { name: '改回瓦片地图' }).click();
    },
    STEP,
  );
});

describe('the map of progress flags', () => {
  /** The legend's flags and counts in the SVG download: "name（n）" pieces. */
  function legend(svg: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of svg.matchAll(/>([^<>（]+)（(\d+)）</g)) out.set(m[1]!, Number(m[2]));
    return out;
  }

  it(
    'colours P2 by its progress flags in the year shown, with their counts in the legend',
    async () => {
      await page.goto(`${server.base}/map?measure=P2&period=2024`);
      await page.getByTestId('tile-map').locator('canvas').waitFor();
      await page.getByTestId('map-kind').getByText('目标进度').click();
      await page.waitForURL(/measure=progress%3AP2|measure=progress:P2/);
      const subtitle = page.getByTestId('map-subtitle');
      await expect
        .poll(() => subtitle.textContent())
        .toBe('评估 2024 年（基期 2016 年），对照 2025 年目标。');
      await expect(
        page.getByTestId('map-card').locator('.ant-card-head-title').textContent(),
      ).resolves.toBe('农村常住居民人均可支配收入：目标进度，2024 年');
      await shot('map-06-progress');

      // The flags the API gives the counties on P2 in 2024 (all indicators asked, P2 picked here).
      const all = (await (await analyst.get('/api/targets?level=county&period=2024')).json()) as {
        rows: { unit: string; indicator: string; progress: { flag: string | null } }[];
      };
      const p2 = all.rows.filter((r) => r.indicator === 'P2');
      expect(p2).toHaveLength(90);
      const names: Record<string, string> = {
        achieved: '已达成',
        'on-track': '进展顺利',
        'needs-acceleration': '需加速',
        limited: '进展有限',
        deterioration: '倒退',
      };
      const want = new Map<string, number>();
      for (const r of p2) {
        const name = r.progress.flag ? names[r.progress.flag]! : '无法评估';
        want.set(name, (want.get(name) ?? 0) + 1);
      }
      expect(want.size).toBeGreaterThan(1);

      const svg = await text(await download('map-card', 'SVG'));
      const got = legend(svg);
      // Every flag and "not assessed" is listed, with zero counts too; the counts add up to the map.
      expect([...got.keys()].sort()).toEqual([...Object.values(names), '无法评估'].sort());
      expect([...got.values()].reduce((a, b) => a + b, 0)).toBe(90);
      for (const [name, n] of got) expect(n, name).toBe(want.get(name) ?? 0);
    },
    STEP,
  );

  it(
    'tells a county’s flag, forecast and probability on hover, and downloads the flags as CSV',
    async () => {
      // 淳安's tile is in view without scrolling (so the page's header stays at the top of the shot).
      const canvas = page.getByTestId('tile-map').locator('canvas').first();
      const box = (await canvas.boundingBox())!;
      // One frame, no timeline: the tiles are laid out as on the slider's map (see tilePixel).
      const p = tilePixel('330127', box.width, box.height, false);
      await page.mouse.move(box.x + p.x, box.y + p.y);
      const tip = page.getByTestId('tile-map').locator('div', { hasText: '达成目标的概率' }).last();
      await tip.waitFor();
      const tipText = (await tip.textContent())!;
      expect(tipText).toContain('淳安县');
      expect(tipText).toMatch(/进度：(已达成|进展顺利|需加速|进展有限|倒退|无法评估)/);
      expect(tipText).toMatch(/2025 年预测值 [\d,]+ 元/);
      expect(tipText).toMatch(/2025 年达成目标的概率 \d+%/);
      await shot('map-07-progress-tooltip');

      const csv = (await text(await download('map-card', 'CSV'))).trim().split('\n');
      expect(csv).toHaveLength(91);
      expect(csv[0]).toBe('代码,名称,期别,进度,进度比 r,达成概率（0—1）');
      const api = (await (
        await analyst.get('/api/targets?level=county&indicator=P2&period=2024&unit=330127')
      ).json()) as {
        rows: {
          progress: { ratio: number | null };
          forecast: { probability: number | null } | null;
        }[];
      };
      const row = csv.find((l) => l.startsWith('330127,'))!.split(',');
      expect(row.slice(0, 3)).toEqual(['330127', '淳安县', '2024']);
      expect(row[4] === '' ? null : Number(row[4])).toBe(api.rows[0]!.progress.ratio);
      expect(row[5] === '' ? null : Number(row[5])).toBe(api.rows[0]!.forecast?.probability);
    },
    STEP,
  );

  it(
    'opens the same map from its link, and assesses the latest year by default',
    async () => {
      const link = new URL(page.url());
      expect(link.searchParams.get('measure')).toBe('progress:P2');
      await page.goto(link.href);
      await expect
        .poll(() => page.getByTestId('map-subtitle').textContent())
        .toContain('评估 2024 年');
      // The base year itself cannot be assessed: the page says so and asks for a later year.
      link.searchParams.set('period', '2016');
      await page.goto(link.href);
      await page.getByText('2016 年不晚于基期，无法评估进度；请选择之后的年份。').waitFor();
      link.searchParams.delete('period');
      await page.goto(link.href);
      await expect
        .poll(() => page.getByTestId('map-subtitle').textContent())
        .toBe('评估 2025 年（基期 2016 年），对照 2027 年目标。');
      // In English, then back.
      await page.getByText('English', { exact: true }).first().click();
      await expect
        .poll(() => page.getByTestId('map-subtitle').textContent())
        .toBe('Year assessed: 2025, measured from the base year 2016; target year: 2027.');
      const svg = await text(await download('map-card', 'SVG'));
      expect(svg).toMatch(/>Needs acceleration \(\d+\)</);
      await page.mouse.wheel(0, -5000);
      await shot('map-08-progress-en');
      await page.getByText('中文', { exact: true }).first().click();
      await page.getByTestId('map-kind').getByText('目标进度').waitFor();
      // Back to the indicator's values keeps the indicator.
      await page.getByTestId('map-kind').getByText('指标数值').click();
      await page.waitForURL(/measure=P2(&|$)/);
    },
    STEP,
  );
});

describe('the gaps page', () => {
  it(
    'shows the three gaps with the API’s figures and every chart',
    async () => {
      await page.getByRole('menuitem', { name: '三大差距' }).click();
      await page.getByTestId('gaps-page').waitFor();
      for (const id of [
        'chart-urban-rural',
        'chart-urban-rural-units',
        'chart-spread',
        'chart-theil',
        'chart-convergence',
        'chart-sigma',
        'chart-lorenz',
      ])
        await page.getByTestId(id).locator('canvas').waitFor({ timeout: 30_000 });
      const gaps = (await (await analyst.get('/api/gaps?period=2025')).json()) as {
        urbanRural: { province: { ratio: { value: number } } }[];
      };
      await expect(page.getByTestId('gap-headlines').textContent()).resolves.toContain(
        gaps.urbanRural[0]!.province.ratio.value.toFixed(2),
      );
      await shot('gaps-01');
    },
    STEP,
  );

  it(
    'compares units over time and downloads each chart’s data as displayed',
    async () => {
      await page.getByTestId('compare-units').click();
      await page.keyboard.type('淳安');
      await page.locator('.ant-select-item-option', { hasText: '淳安县' }).click();
      await page.waitForURL(/units=330127/);
      await page.keyboard.press('Escape');
      const trend = (await text(await download('chart-urban-rural', 'CSV'))).trim().split('\n');
      const overview = (await (await analyst.get('/api/overview')).json()) as { periods: string[] };
      expect(trend).toHaveLength(overview.periods.length + 1);
      expect(trend[0]).toBe('期别,全省,淳安县');
      const theil = (await text(await download('chart-theil', 'CSV'))).trim().split('\n');
      expect(theil[0]).toBe('期别,设区市间,设区市内,合计');
      const beta = (await text(await download('chart-convergence', 'CSV'))).trim().split('\n');
      expect(beta[0]).toMatch(/^代码,名称,\d{4},2025,ln x0,g$/);
      expect(beta.length).toBeGreaterThan(80);
      await shot('gaps-02-compare');
    },
    STEP,
  );

  it(
    'reads in English',
    async () => {
      await page
        .getByRole('button', { name: 'English' })
        .or(page.getByText('English', { exact: true }))
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'Gaps' }).waitFor();
      await page.getByTestId('chart-lorenz').locator('canvas').waitFor();
      await expect(page.getByTestId('gaps-page').locator('h1').textContent()).resolves.toBe(
        'The three gaps',
      );
      await shot('gaps-03-en');
      await page.getByRole('menuitem', { name: 'Map' }).click();
      await page.getByTestId('tile-map').locator('canvas').waitFor();
      await page.waitForTimeout(500);
      await shot('map-05-en');
    },
    STEP,
  );
});
