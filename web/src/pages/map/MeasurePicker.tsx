// Choose what colours the map: the index, a domain, an indicator, a gap or an indicator's progress
// flags, then which one.

import { Segmented, Select } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import type { MapMeasure } from '@gapscope/api/index.ts';
import { progressMeasure } from './progress-input.ts';

const KINDS = ['index', 'domain', 'indicator', 'gap', 'progress'] as const;
type Kind = (typeof KINDS)[number];

export function MeasurePicker({
  measures,
  value,
  progress,
  onChange,
}: {
  measures: readonly MapMeasure[];
  /** The measure shown; with `progress`, the indicator whose flags are shown. */
  value: MapMeasure;
  progress: boolean;
  onChange(id: string): void;
}): ReactNode {
  const t = useT();
  const label: Record<Kind, string> = {
    index: t('map.kind.index'),
    domain: t('map.kind.domain'),
    indicator: t('map.kind.indicator'),
    gap: t('map.kind.gap'),
    progress: t('map.kind.progress'),
  };
  const indicators = measures.filter((m) => m.kind === 'indicator');
  const kind: Kind = progress ? 'progress' : value.kind;
  const kinds = KINDS.filter((k) =>
    measures.some((m) => m.kind === (k === 'progress' ? 'indicator' : k)),
  );
  // Between an indicator's values and its flags the indicator stays; other kinds start at the first.
  const choose = (k: Kind): void => {
    const same = value.kind === 'indicator' ? value : indicators[0]!;
    if (k === 'progress') onChange(progressMeasure(same.id));
    else if (k === 'indicator') onChange(same.id);
    else onChange(measures.find((m) => m.kind === k)!.id);
  };
  const options =
    kind === 'progress'
      ? indicators.map((m) => ({
          value: progressMeasure(m.id),
          label: m.hasTargets
            ? `${m.id} ${t.name(m.name)}`
            : t('map.progress.noTarget', { name: `${m.id} ${t.name(m.name)}` }),
        }))
      : measures
          .filter((m) => m.kind === value.kind)
          .map((m) => ({
            value: m.id,
            label: m.kind === 'indicator' ? `${m.id} ${t.name(m.name)}` : t.name(m.name),
          }));
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <span id="map-measure-label">{t('map.measure')}</span>
      <Segmented
        aria-labelledby="map-measure-label"
        value={kind}
        options={kinds.map((k) => ({ value: k, label: label[k] }))}
        onChange={(k) => choose(k)}
        data-testid="map-kind"
      />
      {kind !== 'index' && (
        <Select
          aria-label={label[kind]}
          value={progress ? progressMeasure(value.id) : value.id}
          onChange={onChange}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220, maxWidth: 360 }}
          popupMatchSelectWidth={false}
          options={options}
          data-testid="map-measure"
        />
      )}
    </span>
  );
}
