// The task board end to end: the production build served by the real API over a seeded SQLite
// store, in headless Chromium. An analyst creates an item due in a few months with a quantitative
// target; a report for last month puts it on track, a report for this month that falls behind its
// path puts it at risk, and the board moves it between the groups; the monthly brief comes down
// as a PDF that names it. A department user reads another department's item without the report
// form, is refused by the API, and sees the refusal when its own item is handed on meanwhile.
// Screenshots of each step go to a temporary folder (or GAPSCOPE_E2E_SHOTS).

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../src/core/clock.ts';
import {
  chinaDate,
  firstDay,
  lastDay,
  monthOf,
  nextMonth,
  previousMonth,
} from '../../src/core/tasks/dates.ts';
import type { Store } from '../../src/store/connect.ts';
import { seedStore, signedIn, startApi, type Client } from '../helpers/api.ts';
import { buildDashboard, launchChromium, openContext } from '../helpers/browser.ts';
import { freshSqlite } from '../helpers/stores.ts';
import { pdfText } from '../reports/pdf-tools.ts';

const work = mkdtempSync(join(tmpdir(), 'gapscope-e2e-tasks-'));
const shots = process.env.GAPSCOPE_E2E_SHOTS ?? join(work, 'screenshots');

// The item's dates, from today in China: started four months ago, due in three months' time, so
// that on any day the path expects 49–63 % done by now.
const today = chinaDate(nowIso());
const thisMonth = monthOf(today);
const lastMonth = previousMonth(thisMonth);
let m = thisMonth;
for (let k = 0; k < 4; k++) m = previousMonth(m);
const start = firstDay(m);
const due = lastDay(nextMonth(nextMonth(nextMonth(thisMonth))));
const TITLE = '城乡污水管网延伸工程';

const OPEN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** Picks the option matching `text` of the antd Select `select`. */
async function pick(page: Page, select: Locator, text: string | RegExp): Promise<void> {
  await select.click();
  await page
    .locator(OPEN)
    .last()
    .locator('.ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  await expect.poll(() => page.locator(OPEN).count(), { timeout: 5_000 }).toBe(0);
}

describe('the task board in Chromium', { timeout: 60_000 }, () => {
  let store: Store;
  let api: Awaited<ReturnType<typeof startApi>>;
  let browser: Browser;
  let office: BrowserContext;
  let page: Page;
  let analyst: Client;
  let itemId = '';

  const shot = async (p: Page, name: string): Promise<void> => {
    await p.evaluate('window.scrollTo(0, 0)');
    await p.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  };
  const status = (p: Page): Promise<string | null> =>
    p.getByTestId('item-status').getByTestId('status-tag').getAttribute('data-status');

  /** Reports a month's cumulative value through the item page's form. */
  async function report(month: string, value: number, text: Record<string, string>): Promise<void> {
    const form = page.getByTestId('report-form');
    // The form starts on the current month.
    if (!(await form.getByTestId('report-month').innerText()).includes(month))
      await pick(page, form.getByTestId('report-month'), month);
    await form
      .getByTestId('report-amount')
      .locator('xpath=descendant-or-self::input')
      .fill(String(value));
    await form
      .locator('textarea')
      .nth(0)
      .fill(text.narrative ?? '');
    await form
      .locator('textarea')
      .nth(1)
      .fill(text.problems ?? '');
    await form
      .locator('textarea')
      .nth(2)
      .fill(text.help ?? '');
    const reports = page.getByTestId('reports-table').locator('tbody tr.ant-table-row');
    const before = await reports.count();
    await form.getByTestId('report-submit').click();
    await expect.poll(() => reports.count()).toBe(before + 1);
  }

  /** Opens the board (the lead department's items) and waits for the item in a status group. */
  async function onBoard(p: Page, group: string): Promise<void> {
    await p.goto('/tasks?lead=development-reform');
    await p.getByTestId(`table-${group}`).getByRole('link', { name: TITLE }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const [webRoot, s, b] = await Promise.all([buildDashboard(), freshSqlite(), launchChromium()]);
    store = s;
    browser = b;
    await seedStore(store);
    api = await startApi(store, { webRoot });
    analyst = await signedIn(api.base, 'analyst');
    process.stderr.write(`task board screenshots: ${shots}\n`);
    office = await openContext(browser, {
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
      baseURL: api.base,
    });
    page = await office.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/signin?next=/tasks');
    const form = page.getByTestId('signin-form');
    await form.locator('input').nth(0).fill('analyst');
    await form.locator('input').nth(1).fill('password-analyst');
    await form.locator('button[type=submit]').click();
    await page.getByTestId('tasks-page').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await store?.close();
  });

  it('shows the board: counts by status, groups, investment by list', async () => {
    const items = (await (await analyst.get('/api/items')).json()) as {
      status: { status: string };
    }[];
    const overdue = items.filter((v) => v.status.status === 'overdue').length;
    await expect
      .poll(() => page.getByTestId('count-overdue').innerText())
      .toContain(String(overdue));
    await expect(page.getByTestId('count-all').innerText()).resolves.toContain(
      String(items.length),
    );
    await page.getByTestId('investment').locator('canvas').waitFor();
    await shot(page, '01-board');
  });

  it('creates an item due in a few months with a quantitative target', async () => {
    await page.getByTestId('new-item').click();
    const form = page.getByTestId('item-form');
    await form.waitFor();
    await pick(page, form.getByTestId('field-lead'), '省发展改革委');
    await form.getByTestId('field-title').fill(TITLE);
    await form.getByTestId('field-start').fill(start);
    await form.getByTestId('field-due').fill(due);
    await form.getByTestId('field-target').locator('xpath=descendant-or-self::input').fill('100');
    await form.getByTestId('field-target-unit').fill('公里');
    await shot(page, '02-new-item');
    await page.getByTestId('item-save').click();
    await page.getByTestId('item-page').waitFor();
    itemId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    expect(itemId).toMatch(/^KP-\d{4}-\d+$/);
    await expect(page.getByTestId('item-title').innerText()).resolves.toBe(TITLE);
    // No report yet, and last month's (or the month before's) is due: at risk.
    await expect.poll(() => status(page)).toBe('at-risk');
    await expect(page.getByTestId('item-reasons').innerText()).resolves.toMatch(/进展报告未报送/);
  });

  it('reports two months: on track, then at risk; the board follows', async () => {
    await report(lastMonth, 55, { narrative: '完成管网铺设 55 公里。' });
    await expect.poll(() => status(page)).toBe('on-track');
    const onTrack = await office.newPage();
    await onBoard(onTrack, 'on-track');

    await report(thisMonth, 20, {
      narrative: '核查后计入 20 公里。',
      problems: '35 公里验收未通过，需返工。',
      help: '请求协调施工用地。',
    });
    await expect.poll(() => status(page)).toBe('at-risk');
    await expect(page.getByTestId('item-reasons').innerText()).resolves.toMatch(/落后应完成进度/);
    // Put under supervision (督办): at risk, it is escalated.
    await page.getByTestId('supervised-switch').click();
    await expect
      .poll(() => page.getByTestId('item-status').getByTestId('supervised-tag').innerText())
      .toBe('督办·升级');
    await page.getByTestId('progress-chart').locator('canvas').waitFor();
    await shot(page, '03-item-at-risk');
    await onBoard(onTrack, 'at-risk');
    // The reasons are next to the status, in a tooltip.
    const row = onTrack.getByRole('row').filter({ hasText: TITLE });
    await row.getByTestId('status-tag').hover();
    await expect(onTrack.locator('.ant-tooltip').last().innerText()).resolves.toMatch(/落后/);
    await shot(onTrack, '04-board-at-risk');
    await onTrack.close();
  });

  it('downloads the month’s brief as a PDF that names the item', async () => {
    await page.goto('/tasks');
    await page.getByTestId('brief').waitFor();
    await expect(page.getByTestId('brief-month').innerText()).resolves.toContain(thisMonth);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('brief-pdf').click(),
    ]);
    const file = join(work, 'brief.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(file);
    expect(text.replace(/\s+/g, '')).toContain(TITLE);
  });

  it('lets a department read but not report on another department’s item', async () => {
    const ctx = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      baseURL: api.base,
    });
    const dept = await ctx.newPage();
    dept.setDefaultTimeout(15_000);
    await dept.goto(`/signin?next=/tasks/${itemId}`);
    const form = dept.getByTestId('signin-form');
    await form.locator('input').nth(0).fill('dept');
    await form.locator('input').nth(1).fill('password-department');
    await form.locator('button[type=submit]').click();
    await dept.getByTestId('item-page').waitFor();
    await dept.getByTestId('report-readonly').waitFor();
    expect(await dept.getByTestId('report-form').count()).toBe(0);
    expect(await dept.getByTestId('item-edit').count()).toBe(0);
    const other = await signedIn(api.base, 'department');
    const refused = await other.post(`/api/items/${itemId}/reports`, {
      month: thisMonth,
      value: 90,
    });
    expect(refused.status).toBe(403);

    // Its own item: the form is there; handed to another department meanwhile, the refusal shows.
    await dept.goto('/tasks/MP-2025-004');
    await dept.getByTestId('report-form').waitFor();
    const moved = await analyst.request('PATCH', '/api/items/MP-2025-004', {
      leadDepartment: 'finance',
    });
    expect(moved.status).toBe(200);
    await dept.getByTestId('report-amount').locator('xpath=descendant-or-self::input').fill('60');
    await dept.getByTestId('report-submit').click();
    await expect
      .poll(() => dept.locator('.ant-message').innerText())
      .toContain('您无权对该事项执行此操作');
    // The page reads the item again: now led by another department, it offers no form.
    await dept.getByTestId('report-readonly').waitFor();
    await expect(dept.getByTestId('item-lead').innerText()).resolves.toBe('省财政厅');
    await shot(dept, '05-department-refused');
    await ctx.close();
  });
});
