// One headline figure: its value, its change on a year earlier judged better or worse, a note on
// what it measures, and a small trend line.

import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { sparkSvg } from '@gapscope/charts/spark.ts';
import { TONE_COLOUR, toneOf } from '../../components/tone.ts';
import { useT, type WebKey } from '../../i18n/index.ts';
import type { Headline } from './headlines.ts';
import styles from './overview.module.css';

const LABEL: Record<Headline['id'], [WebKey, WebKey]> = {
  ratio: ['overview.fig.ratio', 'overview.fig.ratio.note'],
  gini: ['overview.fig.gini', 'overview.fig.gini.note'],
  relative: ['overview.fig.relative', 'overview.fig.relative.note'],
  middle: ['overview.fig.middle', 'overview.fig.middle.note'],
};

export function HeadlineCard({
  figure,
  trend,
}: {
  figure: Headline;
  trend: { periods: string[]; values: (number | null)[] } | null;
}): ReactNode {
  const t = useT();
  const vars = { group: t.name(figure.group), n: figure.n ?? '' };
  const [label, note] = LABEL[figure.id];
  const tone = toneOf(figure.change, figure.direction);
  const Icon =
    figure.change === null || tone === 'same'
      ? MinusOutlined
      : figure.change > 0
        ? ArrowUpOutlined
        : ArrowDownOutlined;
  // A trend needs three points at least; fewer draw a misleading stroke.
  const present = trend ? trend.values.filter((v) => v !== null).length : 0;
  const spark = trend && present >= 3 ? sparkSvg(trend.values, { width: 120, height: 32 }) : '';
  const toneText =
    tone === 'better' ? t('overview.fig.better') : tone === 'worse' ? t('overview.fig.worse') : '';
  return (
    <Card size="small" className={styles.headline} data-testid={`headline-${figure.id}`}>
      <div className={styles.figLabel}>{t(label, vars)}</div>
      <div className={styles.figRow}>
        <span className={`${styles.figValue} num`} data-testid="headline-value">
          {t.num(figure.value, { digits: figure.digits })}
          {figure.value !== null && figure.suffix}
        </span>
        {spark && (
          <img
            className={styles.spark}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(spark)}`}
            width={120}
            height={32}
            alt={t('overview.fig.trend', { from: trend!.periods[0]!, to: trend!.periods.at(-1)! })}
            title={t('overview.fig.trend', {
              from: trend!.periods[0]!,
              to: trend!.periods.at(-1)!,
            })}
          />
        )}
      </div>
      <div className="num" style={{ color: TONE_COLOUR[tone] }}>
        {figure.change === null ? (
          t('overview.fig.noChange')
        ) : (
          <>
            <Icon />{' '}
            {t('overview.fig.change', {
              change: t.signed(figure.change, { digits: figure.digits }) + figure.suffix,
            })}
            {toneText && ` · ${toneText}`}
          </>
        )}
      </div>
      <Typography.Text type="secondary" className={styles.figNote}>
        {t(note, vars)}
      </Typography.Text>
    </Card>
  );
}
