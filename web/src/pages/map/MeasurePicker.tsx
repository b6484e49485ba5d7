// Choose what colours the map: the index, a domain, an indicator or a gap, then which one.

import { Segmented, Select } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import type { MapMeasure } from '@gapscope/api/index.ts';

const KINDS = ['index', 'domain', 'indicator', 'gap'] as const;

export function MeasurePicker({
  measures,
  value,
  onChange,
}: {
  measures: readonly MapMeasure[];
  value: MapMeasure;
  onChange(id: string): void;
}): ReactNode {
  const t = useT();
  const label = {
    index: t('map.kind.index'),
    domain: t('map.kind.domain'),
    indicator: t('map.kind.indicator'),
    gap: t('map.kind.gap'),
  };
  const kinds = KINDS.filter((k) => measures.some((m) => m.kind === k));
  const same = measures.filter((m) => m.kind === value.kind);
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <span id="map-measure-label">{t('map.measure')}</span>
      <Segmented
        aria-labelledby="map-measure-label"
        value={value.kind}
        options={kinds.map((k) => ({ value: k, label: label[k] }))}
        onChange={(k) => onChange(measures.find((m) => m.kind === k)!.id)}
        data-testid="map-kind"
      />
      {value.kind !== 'index' && (
        <Select
          aria-label={label[value.kind]}
          value={value.id}
          onChange={onChange}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220, maxWidth: 360 }}
          popupMatchSelectWidth={false}
          options={same.map((m) => ({
            value: m.id,
            label: m.kind === 'indicator' ? `${m.id} ${t.name(m.name)}` : t.name(m.name),
          }))}
          data-testid="map-measure"
        />
      )}
    </span>
  );
}
