import { describe, expect, it } from 'vitest';
import {
  ProgressInputSchema,
  WorkItemChangeSchema,
  WorkItemInputSchema,
} from '../../../src/core/tasks/types.ts';
import {
  itemChangeBody,
  itemFormValues,
  newItemBody,
  recentMonths,
  reportBody,
  reportMonths,
  type ItemFormValues,
} from '../../../web/src/pages/tasks/forms.ts';
import { makeWorkItem } from './work-factories.ts';

const form: ItemFormValues = {
  list: 'key-project',
  titleZh: '  城乡污水管网延伸工程 ',
  leadDepartment: 'development-reform',
  coDepartments: ['finance', 'development-reform'],
  units: ['330127'],
  start: '2025-03-01',
  due: '2026-02-28',
  targetValue: 100,
  targetUnit: '公里',
  baseline: null,
  indicator: ' ',
  planned: 25000,
  supervised: true,
};

describe('the item form', () => {
  it('makes a new item the API accepts: trimmed, the lead not among the co-departments', () => {
    const body = newItemBody(form);
    expect(WorkItemInputSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      title: { zh: '城乡污水管网延伸工程', en: '' },
      coDepartments: ['finance'],
      target: { value: 100, unit: '公里', baseline: null, direction: 'increase', indicator: null },
      investment: { planned: 25000, completed: null },
      supervised: true,
    });
  });

  it('leaves out the target and the investment when their value is empty', () => {
    const body = newItemBody({ ...form, targetValue: null, planned: undefined });
    expect(body.target).toBeNull();
    expect(body.investment).toBeNull();
  });

  it('reads a stored item back into the same form, and changes it with its version', () => {
    const item = makeWorkItem({
      investment: { planned: 500, completed: 120 },
      version: 4,
      target: {
        value: 1.9,
        unit: '倍',
        baseline: 2.1,
        direction: 'decrease',
        indicator: 'P1',
        year: 2027,
      },
    });
    const change = itemChangeBody(itemFormValues(item), item);
    const { version, ...fields } = change;
    expect(version).toBe(4);
    expect(WorkItemChangeSchema.safeParse(fields).success).toBe(true);
    expect(change.target).toEqual(item.target);
    // The completed investment is the reports' business, kept as it was.
    expect(change.investment).toEqual({ planned: 500, completed: 120 });
    expect('milestones' in change).toBe(false);
  });
});

describe('the report form', () => {
  it('sends a value or a share, never both', () => {
    const value = reportBody({
      month: '2025-06',
      measure: 'value',
      amount: 55,
      narrative: ' 铺设 ',
    });
    expect(ProgressInputSchema.parse(value)).toMatchObject({
      value: 55,
      share: null,
      narrative: '铺设',
      problems: '',
    });
    const share = reportBody({ month: '2025-06', measure: 'share', amount: 40, investment: 300 });
    expect(share).toMatchObject({ value: null, share: 40, investment: 300 });
  });

  it('offers the months from the item’s start to the current one, newest first', () => {
    expect(reportMonths({ start: '2025-10-15' }, '2026-01-03')).toEqual([
      '2026-01',
      '2025-12',
      '2025-11',
      '2025-10',
    ]);
    expect(reportMonths({ start: '2026-03-01' }, '2026-01-03')).toEqual([]);
  });

  it('offers the brief for the recent months across a year end', () => {
    expect(recentMonths('2026-02-10', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});
