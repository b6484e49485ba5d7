// The status rules in words, for the reasons shown next to each status (English; the i18n
// catalogs hold the same sentences by rule code for the interface).

import type { FiredRule } from './status.ts';

/** One fired rule as a sentence. */
export function describeRule(r: FiredRule): string {
  const p = r.params;
  switch (r.code) {
    case 'done-target':
      return p.from === 'indicator'
        ? `done: the indicator's value ${p.value} meets the target ${p.target}`
        : `done: the value reported for ${p.month}, ${p.value}, meets the target ${p.target}`;
    case 'done-share':
      return `done: the report for ${p.month} puts the work at 100 %`;
    case 'done-milestones':
      return `done: all ${p.count} milestones are done, the final one included (the last on ${p.on})`;
    case 'done-late':
      return `completed on ${p.on}, ${p.days} days after the due date ${p.due}`;
    case 'not-started':
      return `not started: the item starts on ${p.start}`;
    case 'overdue-item':
      return `overdue: the due date ${p.due} passed ${p.days} days ago and the item is not done`;
    case 'overdue-milestone':
      return `overdue: the milestone "${p.title}" was due on ${p.due} (${p.days} days ago) and is not done`;
    case 'behind-path':
      return `at risk: progress ${p.share} % is ${p.gap} points behind the expected ${p.expected} % (more than ${p.threshold})`;
    case 'indicator-behind':
      return `at risk: the indicator stands at ${p.share} % of the way to its target, ${p.gap} points behind the expected ${p.expected} % (more than ${p.threshold})`;
    case 'forecast-behind':
      return `at risk: the forecast for ${p.year} is ${p.mean} (80 % interval ${p.lo80} to ${p.hi80}), a ${p.probability} % chance of reaching the target ${p.target}, below ${p.threshold} % (data to ${p.period})`;
    case 'late-report':
      return `at risk: the progress report for ${p.month} is missing (it was due by ${p.deadline})`;
    case 'on-track':
      return p.share === 'unknown'
        ? `on track: nothing is overdue or late (expected ${p.expected} %; no progress figure reported)`
        : `on track: progress ${p.share} % against the expected ${p.expected} %`;
    case 'escalated':
      return `escalated: the item is under supervision and ${String(p.status).replace('-', ' ')}`;
  }
}
