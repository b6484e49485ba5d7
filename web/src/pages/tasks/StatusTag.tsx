// A derived status as a coloured tag with the rules that fired in a tooltip, and the supervision
// (督办) flag beside it — red when the supervised item is escalated.

import { InfoCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import type { ItemStatus } from './types.ts';
import { STATUS_COLOUR, statusName } from './words.ts';

export function StatusTag({ status }: { status: ItemStatus }): ReactNode {
  const t = useT();
  return (
    <Tooltip
      title={
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {status.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      }
    >
      <Tag
        color={STATUS_COLOUR[status.status]}
        style={{ marginInlineEnd: 0, cursor: 'help' }}
        data-testid="status-tag"
        data-status={status.status}
        aria-label={`${statusName(t.lang, status.status)}: ${status.reasons.join('; ')}`}
      >
        {statusName(t.lang, status.status)} <InfoCircleOutlined style={{ fontSize: 10 }} />
      </Tag>
    </Tooltip>
  );
}

/** 督办, red with 升级 when escalated; nothing for an item not supervised. */
export function SupervisedTag({
  supervised,
  escalated,
}: {
  supervised: boolean;
  escalated: boolean;
}): ReactNode {
  const t = useT();
  if (!supervised) return null;
  return (
    <Tag
      color={escalated ? 'red' : 'gold'}
      style={{ marginInlineEnd: 0 }}
      data-testid="supervised-tag"
    >
      {escalated ? t('tasks.escalated') : t('tasks.supervised')}
    </Tag>
  );
}
