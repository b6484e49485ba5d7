// Progress towards targets end to end: the unit page's progress flags and forecast fan, and the
// gaps page's path of the province's urban–rural income ratio to its target — the production build
// served by the real API over a demo SQLite store, in headless Chromium. Screenshots go to a
// temporary folder (or GAPSCOPE_E2E_SHOTS) for people to look at.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetRow, TargetsAnswer } from '../../src/api/index.ts';
import { formatNumber, formatPercent, formatSigned } from '../../src/core/text/format.ts';
import { nowMs } from '../../src/core/clock.ts';
import type { Store } from '../../src/store/connect.ts';
import { translate } from '../../web/src/i18n/catalog.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { mostAtRisk } from '../../web/src/pages/unit/at-risk.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { buildDashboard, launchChromium, openContext } from '../helpers/browser.ts';
import { freshSqlite } from '../helpers/stores.ts';

const SHOTS =
  process.env.GAPSCOPE_E2E_SHOTS ?? mkdtempSync(join(tmpdir(), 'gapscope-e2e-targets-'));
const STEP = 60_000;
/** 淳安县: a county-level unit with targets met, missed and absent. */
const UNIT = '330127';

let store: Store;
let server: Awaited<ReturnType<typeof startApi>>;
let browser: Browser;
let page: Page;
let analyst: Client;
let answer: TargetsAnswer;

/** How far the page's fixed clock has been moved on, ms. */
let moved = 0;

async function shot(name: string, opts: { keepScroll?: boolean } = {}): Promise<void> {
  // The page's Date is fixed at the tests' now (openContext) and ECharts animates by Date, so a
  // chart given a new option would stay where its animation started: move the clock on past the
  // animation, then wait for the frames that draw what the chart settles to.
  moved += 5_000;
  await page.clock.setFixedTime(nowMs() + moved);
  await page.waitForTimeout(1200);
  // From the top, the sticky header is where it belongs in the full page (a tooltip needs the
  // pointer where it is, so it keeps the scroll).
  if (!opts.keepScroll) await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function json<T>(path: string): Promise<T> {
  const res = await analyst.get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function text(d: Download): Promise<string> {
  return readFileSync((await d.path())!, 'utf8').replace(/^\ufeff/, '');
}

/** Downloads a card's data as CSV through its download menu. */
async function csv(card: string): Promise<string[]> {
  await expect.poll(() => page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
  await page
    .getByTestId(card)
    .getByRole('button', { name: /下载|Download/ })
    .click();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem').filter({ hasText: 'CSV', visible: true }).click(),
  ]);
  return (await text(d)).trim().split('\n');
}

/** The requests of GET /api/targets made while `act` runs. */
async function targetRequests(act: () => Promise<void>): Promise<URL[]> {
  const seen: URL[] = [];
  const note = (r: { url(): string }): void => {
    const u = new URL(r.url());
    if (u.pathname === '/api/targets') seen.push(u);
  };
  page.on('request', note);
  try {
    await act();
  } finally {
    page.off('request', note);
  }
  return seen;
}

const value = (v: number | null): string => formatNumber(v, 'zh-CN', { significant: 4 });
const pct = (v: number | null): string => formatPercent(v, 'zh-CN', { digits: 0 });

/** The words the fan card opens with, for a row with a forecast, as the catalog writes them. */
function forecastSentence(row: TargetRow): string {
  const f = row.forecast!;
  const last = f.path.find((s) => s.year === f.year)!;
  const vars = { year: f.year, mean: value(f.mean), lo: value(last.lo80), hi: value(last.hi80) };
  return row.target
    ? translate('zh-CN', 'targets.fan.forecast', {
        ...vars,
        target: value(row.target.value),
        probability: pct(f.probability),
      })
    : translate('zh-CN', 'targets.fan.forecast.noTarget', vars);
}

/** The model's words: pooled over how many units, the 80 % interval's backtest coverage. */
function modelSentence(a: TargetsAnswer, row: TargetRow): string {
  const m = a.models.find((x) => x.level === row.level && x.indicator === row.indicator)!;
  const cover = m.coverage.find((c) => c.nominal === 0.8)!;
  return translate('zh-CN', 'targets.fan.model', {
    pool: translate('zh-CN', `targets.pool.${m.pooledFrom}`, { n: m.units }),
    coverage: pct(cover.share),
    n: cover.n,
  });
}

const row = (id: string): TargetRow => answer.rows.find((r) => r.indicator === id)!;

beforeAll(async () => {
  browser = await launchChromium();
  const [webRoot, s] = await Promise.all([buildDashboard(), freshSqlite()]);
  store = s;
  await seedStore(store);
  server = await startApi(store, { webRoot });
  analyst = await signedIn(server.base, 'analyst');
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
  answer = await json<TargetsAnswer>(`/api/targets?unit=${UNIT}`);
  process.stderr.write(`targets screenshots: ${SHOTS}\n`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('the unit page', () => {
  it(
    'flags every indicator with the probability of meeting its target, from one request',
    async () => {
      expect(answer.rows).toHaveLength(18);
      expect(new Set(answer.rows.map((r) => r.unit))).toEqual(new Set([UNIT]));
      const asked = await targetRequests(async () => {
        await page.goto(`${server.base}/units/${UNIT}`);
        await page.getByTestId('unit-forecast').locator('canvas').waitFor();
      });
      expect(asked.map((u) => u.search)).toEqual([`?unit=${UNIT}`]);
      const table = page.getByTestId('indicator-table');
      await expect(table.locator('th').allTextContents()).resolves.toContain('进度');
      for (const r of answer.rows) {
        const cells = table.locator(`tr[data-row-key="${r.indicator}"]`);
        const tag = cells.locator('[data-flag]');
        await expect(tag.getAttribute('data-flag'), r.indicator).resolves.toBe(
          r.progress.flag ?? 'none',
        );
        if (r.progress.flag)
          await expect(tag.textContent()).resolves.toBe(zhCN[`targets.flag.${r.progress.flag}`]);
        const p = r.target ? (r.forecast?.probability ?? null) : null;
        const shown = await cells.getByTestId('probability').allTextContents();
        expect(shown, r.indicator).toEqual(p === null ? [] : [pct(p)]);
      }
      // The demo unit has every kind the page must show: a target met, one missed, none at all.
      const flags = new Set(answer.rows.map((r) => r.progress.flag));
      for (const f of ['achieved', 'on-track', 'needs-acceleration', 'deterioration'] as const)
        expect(flags.has(f), f).toBe(true);
      expect(answer.rows.some((r) => r.target === null)).toBe(true);

      // Without a choice, the fan is of the indicator most at risk of missing its target.
      const risky = row(mostAtRisk(answer.rows)!);
      expect(risky.forecast!.probability).toBe(
        Math.min(...answer.rows.flatMap((r) => (r.target ? [r.forecast?.probability ?? 1] : []))),
      );
      const card = page.getByTestId('unit-forecast');
      await expect(card.locator('.ant-card-head-title').textContent()).resolves.toContain(
        `${risky.indicator} `,
      );
      await expect(
        table.locator('tr.ant-table-row-selected').getAttribute('data-row-key'),
      ).resolves.toBe(risky.indicator);
      await expect(card.getByTestId('fan-words').textContent()).resolves.toContain(
        forecastSentence(risky),
      );
      await shot('unit-01-flags');
    },
    STEP,
  );

  it(
    'opens an indicator’s fan from its flag: the forecast, the target and its probability in words',
    async () => {
      const p1 = row('P1');
      expect(p1.target).toEqual({ year: 2027, value: 1.75 });
      const table = page.getByTestId('indicator-table');
      const flag = table.locator('tr[data-row-key="P1"] [data-flag]');
      await flag.scrollIntoViewIfNeeded();
      await flag.hover();
      // The tooltip tells the years, the rates and r against the thresholds.
      const tip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden)').last();
      await tip.waitFor();
      const tipText = await tip.textContent();
      const pr = p1.progress;
      expect(tipText).toContain(
        translate('zh-CN', 'targets.tip.years', { base: pr.baseYear!, current: pr.currentYear! }),
      );
      expect(tipText).toContain(
        translate('zh-CN', 'targets.tip.ratio', {
          ratio: formatNumber(pr.ratio, 'zh-CN', { digits: 2 }),
        }),
      );
      expect(tipText).toContain(
        '阈值（加拿大统计局）：进展顺利 ≥ 0.95，需加速 ≥ 0.60，进展有限 ≥ 0.00',
      );
      await shot('unit-02-tooltip', { keepScroll: true });

      await flag.click();
      await page.waitForURL(/forecast=P1/);
      const card = page.getByTestId('unit-forecast');
      await expect
        .poll(() => card.locator('.ant-card-head-title').textContent())
        .toContain('P1 城乡居民收入倍差');
      await expect(
        table.locator('tr.ant-table-row-selected').getAttribute('data-row-key'),
      ).resolves.toBe('P1');
      const words = await card.getByTestId('fan-words').textContent();
      expect(words).toContain(forecastSentence(p1));
      expect(words).toContain('2027 年预测值');
      expect(words).toContain(`达成概率 ${pct(p1.forecast!.probability)}`);
      expect(words).toContain(modelSentence(answer, p1));
      // The data as displayed: the years to the target's, the forecast's on its years.
      const lines = await csv('unit-forecast');
      expect(lines[0]).toBe(
        '期别,实际值,预测值,80% 区间下限,80% 区间上限,95% 区间下限,95% 区间上限,目标',
      );
      expect(lines).toHaveLength(1 + 2027 - answer.firstYear + 1);
      const s = p1.forecast!.path.at(-1)!;
      expect(lines.at(-1)).toBe(`2027,,${s.mean},${s.lo80},${s.hi80},${s.lo95},${s.hi95},1.75`);
      await shot('unit-03-fan-P1');
    },
    STEP,
  );

  it(
    'shows an indicator without a target by the thresholds of growth, its fan without a target',
    async () => {
      const free = answer.rows.find((r) => r.target === null && r.forecast && r.progress.flag)!;
      await page.getByTestId('forecast-indicator').click();
      await page.keyboard.type(free.indicator);
      await page
        .locator('.ant-select-item-option', { hasText: `${free.indicator} ` })
        .first()
        .click();
      await page.waitForURL(new RegExp(`forecast=${free.indicator}`));
      const card = page.getByTestId('unit-forecast');
      await expect
        .poll(() => card.getByTestId('fan-words').textContent())
        .toContain(forecastSentence(free));
      const lines = await csv('unit-forecast');
      expect(lines[0]!.split(',')).not.toContain('目标');
      const flag = page
        .getByTestId('indicator-table')
        .locator(`tr[data-row-key="${free.indicator}"] [data-flag]`);
      await flag.hover();
      const tip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden)').last();
      await expect
        .poll(() => tip.textContent())
        .toContain(
          translate('zh-CN', 'targets.tip.growth', {
            growth: `${formatSigned(free.progress.signedGrowth! * 100, 'zh-CN', { digits: 2 })}%`,
          }),
        );
      await expect(tip.textContent()).resolves.toContain('进展顺利 ≥ 1.5%，需加速 ≥ 0.5%');
      await page.mouse.move(0, 0);
      await shot('unit-04-no-target');

      // A rate of change itself grows linearly, and the tooltip says why.
      const linear = answer.rows.find(
        (r) => r.progress.linearBecause === 'rate-of-change' && r.progress.flag !== 'achieved',
      )!;
      await page
        .getByTestId('indicator-table')
        .locator(`tr[data-row-key="${linear.indicator}"] [data-flag]`)
        .hover();
      const linearTip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden)').last();
      await expect
        .poll(() => linearTip.textContent())
        .toContain(zhCN['targets.tip.linear.rate-of-change']);
      await expect(linearTip.textContent()).resolves.toContain(
        `年均变化 ${formatSigned(linear.progress.rate, 'zh-CN', { significant: 3 })} %/年`,
      );
      await page.mouse.move(0, 0);
    },
    STEP,
  );
});

describe('the gaps page', () => {
  it(
    'draws the province’s income ratio on its path to the 2027 target, with the probability',
    async () => {
      const province = await json<TargetsAnswer>('/api/targets?level=province&indicator=P1');
      expect(province.rows).toHaveLength(1);
      const p1 = province.rows[0]!;
      expect([p1.level, p1.indicator, p1.target]).toEqual([
        'province',
        'P1',
        { year: 2027, value: 1.75 },
      ]);
      const asked = await targetRequests(async () => {
        await page.getByRole('menuitem', { name: '三大差距' }).click();
        await page.getByTestId('chart-province-target').locator('canvas').waitFor();
      });
      expect(asked.map((u) => u.search)).toEqual(['?level=province&indicator=P1']);
      const card = page.getByTestId('chart-province-target');
      await expect(card.locator('.ant-card-head-title').textContent()).resolves.toBe(
        '全省城乡居民收入倍差：至 2027 年目标的路径',
      );
      const words = await card.getByTestId('fan-words').textContent();
      expect(words).toContain(forecastSentence(p1));
      expect(words).toContain('目标 1.75');
      expect(words).toContain(`达成概率 ${pct(p1.forecast!.probability)}`);
      // Pooled from the county level: the province alone is too few units for a model.
      expect(words).toContain(modelSentence(province, p1));
      expect(words).toContain('90 个县（市、区）');
      // Which figure is shown, beside the ratio the gaps module computes from the incomes.
      await expect(card.getByTestId('province-target-source').textContent()).resolves.toBe(
        translate('zh-CN', `gaps.target.shown.${p1.source}`, {
          id: 'P1',
          name: '城乡居民收入倍差',
        }),
      );
      const lines = await csv('chart-province-target');
      const observed = lines.slice(1).map((l) => l.split(',')[1]);
      expect(observed.slice(0, p1.values.length)).toEqual(
        p1.values.map((v) => (v === null ? '' : String(v))),
      );
      await card.scrollIntoViewIfNeeded();
      await shot('gaps-01-province-target');
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
      const card = page.getByTestId('chart-province-target');
      await expect
        .poll(() => card.locator('.ant-card-head-title').textContent())
        .toBe('Province: urban–rural income ratio towards the 2027 target');
      await expect(card.getByTestId('fan-words').textContent()).resolves.toMatch(
        /^Forecast for 2027: [\d.]+ \(80%: [\d.]+–[\d.]+\), target 1\.75, probability of meeting it \d+%\./,
      );
      await shot('gaps-02-en');
      await page.goto(`${server.base}/units/${UNIT}?forecast=P1`);
      await page.getByTestId('unit-forecast').locator('canvas').waitFor();
      await expect(
        page
          .getByTestId('indicator-table')
          .locator('tr[data-row-key="P1"] [data-flag]')
          .textContent(),
      ).resolves.toBe(translate('en', `targets.flag.${row('P1').progress.flag!}`));
      await shot('unit-05-en');
    },
    STEP,
  );

  it(
    'shows an indicator that does not apply as “not applicable”, never as a value or missing',
    async () => {
      // 滨江区 has no administrative villages: V1 does not apply (the framework's notApplicable),
      // and it has no progress flag either.
      await page.goto(`${server.base}/units/330108`);
      const table = page.getByTestId('indicator-table');
      await table.locator('tr[data-row-key="V1"]').waitFor();
      await shot('unit-06-not-applicable');
      // In the language the page is in (English after the test before, Chinese alone).
      await expect
        .poll(() => table.getByTestId('not-applicable').allTextContents(), { timeout: 15_000 })
        .toEqual([expect.stringMatching(/^—(，不适用|, not applicable)$/)]);
      await expect(
        table.locator('tr[data-row-key="V1"] [data-testid="not-applicable"]').count(),
      ).resolves.toBe(1);
      // The flags come with the targets' answer: V2 has one once it is in, V1 none.
      await expect.poll(() => table.locator('tr[data-row-key="V2"] [data-flag]').count()).toBe(1);
      await expect(table.locator('tr[data-row-key="V1"] [data-flag]').count()).resolves.toBe(0);
    },
    STEP,
  );
});
