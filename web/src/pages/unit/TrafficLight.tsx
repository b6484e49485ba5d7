// A traffic light with a shape and a word as well as a colour (readable without colour vision).

import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { TRAFFIC } from '@gapscope/charts/theme.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import type { Light } from './standing.ts';

const LOOK = {
  green: { colour: TRAFFIC.met, Icon: CheckCircleFilled },
  amber: { colour: TRAFFIC.near, Icon: ExclamationCircleFilled },
  red: { colour: TRAFFIC.behind, Icon: CloseCircleFilled },
} as const;

export function TrafficLight({ light }: { light: Light | null }): ReactNode {
  const t = useT();
  if (!light) return <span style={{ color: '#bbb' }}>{MISSING}</span>;
  const { colour, Icon } = LOOK[light];
  return (
    <span style={{ color: colour, whiteSpace: 'nowrap' }} data-light={light}>
      <Icon /> {t(`unit.light.${light}`)}
    </span>
  );
}
