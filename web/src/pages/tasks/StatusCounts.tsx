// How many items have each status, as tiles in the status's colour; a tile picks that status
// (again: all of them).

import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import { BOARD_STATUSES } from './board.ts';
import type { WorkStatus } from './types.ts';
import { STATUS_COLOUR, statusName } from './words.ts';
import styles from './tasks.module.css';

export function StatusCounts({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<WorkStatus, number>;
  selected: string | undefined;
  onSelect: (status: WorkStatus | undefined) => void;
}): ReactNode {
  const t = useT();
  const total = BOARD_STATUSES.reduce((s, k) => s + counts[k], 0);
  return (
    <div className={styles.counts} data-testid="status-counts">
      <button
        type="button"
        className={styles.count}
        style={{ borderLeftColor: '#1f2329' }}
        aria-pressed={!selected}
        onClick={() => onSelect(undefined)}
        data-testid="count-all"
      >
        <span className={styles.countValue}>{total}</span>
        <span className={styles.countLabel}>{t('tasks.count.all')}</span>
      </button>
      {BOARD_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={styles.count}
          style={{ borderLeftColor: STATUS_COLOUR[s] }}
          aria-pressed={selected === s}
          onClick={() => onSelect(selected === s ? undefined : s)}
          data-testid={`count-${s}`}
        >
          <span className={styles.countValue} style={{ color: STATUS_COLOUR[s] }}>
            {counts[s]}
          </span>
          <span className={styles.countLabel}>{statusName(t.lang, s)}</span>
        </button>
      ))}
    </div>
  );
}
