// The public Methodology page: every indicator of the framework in use — definition, unit,
// direction, weight, goalposts, targets, source — marked as a reconstruction where the framework
// says so, and the formulas of the methods document (docs/METHODS.md, read at build time).

import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { MISSING } from '@gapscope/core/text/format.ts';
import methodsText from '../../../../docs/METHODS.md?raw';
import { ApiError } from '../../api/client.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.ts';
import { useFramework } from '../method/use-framework.ts';
import {
  indicatorsByDomain,
  targetList,
  type DomainEntry,
  type IndicatorEntry,
} from './indicators.ts';
import { parseMarkdown, plainText, type Block } from './markdown.ts';
import { MarkdownView } from './MarkdownView.tsx';
import styles from './methodology.module.css';

const BLOCKS = parseMarkdown(methodsText);
const SECTIONS = BLOCKS.filter(
  (b): b is Extract<Block, { t: 'heading' }> => b.t === 'heading' && b.level === 2,
);

function DomainTable({
  d,
  reconstruction,
}: {
  d: DomainEntry;
  reconstruction: boolean;
}): ReactNode {
  const t = useT();
  return (
    <Card
      size="small"
      id={`domain-${d.domain.id}`}
      className={styles.domain}
      data-testid={`domain-${d.domain.id}`}
      title={
        <span>
          {t.name(d.domain.name)} <span className={styles.muted}>{d.domain.id}</span>
        </span>
      }
      extra={
        <span className={styles.muted}>
          {t('methodology.domainWeight', { w: t.pct(d.weightInIndex, { digits: 1 }) })}
          {reconstruction && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('methodology.reconstruction')}
            </Tag>
          )}
        </span>
      }
    >
      <Table<IndicatorEntry>
        size="small"
        rowKey={(e) => e.indicator.id}
        dataSource={d.indicators}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          {
            key: 'indicator',
            title: t('methodology.indicator'),
            width: 340,
            render: (_: unknown, e) => (
              <div>
                <div>
                  <b>{e.indicator.id}</b> {t.name(e.indicator.name)}
                </div>
                {e.indicator.definition && (
                  <div className={styles.definition}>{t.name(e.indicator.definition)}</div>
                )}
                {e.denominator && (
                  <div className={styles.muted}>
                    {t('methodology.denominator', {
                      series: e.denominator.series,
                      unit: e.denominator.unit,
                      scale: e.denominator.scale,
                    })}
                  </div>
                )}
              </div>
            ),
          },
          {
            key: 'unit',
            title: t('methodology.unit'),
            width: 90,
            render: (_: unknown, e) => e.indicator.unit,
          },
          {
            key: 'direction',
            title: t('methodology.direction'),
            width: 110,
            render: (_: unknown, e) =>
              e.indicator.direction === 1 ? (
                <span className={styles.up}>↑ {t('methodology.higher')}</span>
              ) : (
                <span className={styles.down}>↓ {t('methodology.lower')}</span>
              ),
          },
          {
            key: 'weight',
            title: t('methodology.weight'),
            width: 120,
            render: (_: unknown, e) => (
              <div className="num">
                <div>
                  {t('methodology.inDomain', { w: t.pct(e.weightInParent, { digits: 1 }) })}
                </div>
                <div className={styles.muted}>
                  {t('methodology.inIndex', { w: t.pct(e.weightInIndex, { digits: 2 }) })}
                </div>
              </div>
            ),
          },
          {
            key: 'goalposts',
            title: t('methodology.goalposts'),
            width: 110,
            render: (_: unknown, e) =>
              e.indicator.goalposts ? (
                <span className="num">
                  {t.value(e.indicator.goalposts[0])} – {t.value(e.indicator.goalposts[1])}
                </span>
              ) : (
                MISSING
              ),
          },
          {
            key: 'targets',
            title: t('methodology.targets'),
            width: 120,
            render: (_: unknown, e) => {
              const list = targetList(e.indicator);
              return list.length
                ? list.map((x) => (
                    <div key={x.year} className="num">
                      {x.year}: {t.value(x.value)}
                    </div>
                  ))
                : MISSING;
            },
          },
          {
            key: 'source',
            title: t('methodology.source'),
            render: (_: unknown, e) => (
              <span className={styles.source}>{e.indicator.source ?? MISSING}</span>
            ),
          },
        ]}
      />
    </Card>
  );
}

function Indicators(): ReactNode {
  const t = useT();
  const fw = useFramework();
  const domains = useMemo(() => (fw.data ? indicatorsByDomain(fw.data.framework) : []), [fw.data]);
  if (fw.isPending) return <Loading rows={6} />;
  if (fw.error)
    return fw.error instanceof ApiError && fw.error.status === 401 ? (
      <ErrorView error={fw.error} />
    ) : (
      <ErrorView error={fw.error} retry={() => void fw.refetch()} />
    );
  const f = fw.data.framework;
  const n = domains.reduce((s, d) => s + d.indicators.length, 0);
  return (
    <section aria-labelledby="indicators" data-testid="methodology-indicators">
      <h2 id="indicators" className={styles.h2}>
        {t('methodology.indicators', { n, domains: domains.length })}
      </h2>
      <div className={styles.frameworkLine}>
        <b>{t.name(f.name)}</b>
        <span className={styles.muted}>
          {f.id}@{f.version} ·{' '}
          {t(fw.data.status === 'published' ? 'methodology.published' : 'methodology.draft')}
        </span>
      </div>
      {f.reconstruction && (
        <Alert
          type="warning"
          showIcon
          data-testid="reconstruction"
          title={t('methodology.reconstruction.title')}
          description={f.description ? t.name(f.description) : t('methodology.reconstruction.note')}
          style={{ marginBottom: 16 }}
        />
      )}
      {!f.reconstruction && f.description && (
        <Typography.Paragraph>{t.name(f.description)}</Typography.Paragraph>
      )}
      {domains.map((d) => (
        <DomainTable key={d.domain.id} d={d} reconstruction={f.reconstruction} />
      ))}
    </section>
  );
}

export default function MethodologyPage(): ReactNode {
  const t = useT();
  return (
    <div data-testid="methodology-page" className={styles.page}>
      <Typography.Title level={1} className={styles.title}>
        {t('methodology.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('methodology.intro')}</Typography.Paragraph>
      <nav aria-label={t('methodology.contents')} className={styles.toc}>
        <b>{t('methodology.contents')}</b>
        <a href="#indicators">{t('methodology.indicators.short')}</a>
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#m-${s.id}`}>
            {plainText(s.c)}
          </a>
        ))}
      </nav>
      <Indicators />
      <section aria-labelledby="formulas" data-testid="methodology-formulas">
        <h2 id="formulas" className={styles.h2}>
          {t('methodology.formulas')}
        </h2>
        {t.lang !== 'en' && (
          <Typography.Paragraph type="secondary">
            {t('methodology.englishOnly')}
          </Typography.Paragraph>
        )}
        <Card size="small">
          <MarkdownView
            blocks={BLOCKS.filter((b) => !(b.t === 'heading' && b.level === 1))}
            idPrefix="m-"
          />
        </Card>
      </section>
    </div>
  );
}
