// The overview's map: every unit coloured by the index in quantile classes, at the period shown,
// with the time slider; a click opens the unit. The full map page offers the other measures.

import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../api/client.ts';
import { titleCase } from '@gapscope/charts/text.ts';
import { Loading } from '../../components/Loading.tsx';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { registerTiles } from '../../map/register.ts';
import { shortName } from '../../map/short-name.ts';
import { buildTileMapOption, tileMapTable } from '../../map/tile-map-option.ts';
import type { MapValues } from '@gapscope/api/index.ts';
import { MapCard } from '../map/MapCard.tsx';
import { mapInput } from '../map/map-input.ts';

export function OverviewMap({ period }: { period: string | undefined }): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const q = useApiQuery<MapValues>('/api/map/values');
  const { name } = useUnits();
  const periods = q.data?.periods ?? [];
  const [moved, setMoved] = useState<number | null>(null);
  const at =
    moved ?? (period && periods.includes(period) ? periods.indexOf(period) : periods.length - 1);
  const start = period && periods.includes(period) ? periods.indexOf(period) : periods.length - 1;
  const input = useMemo(
    () =>
      q.data
        ? mapInput(q.data, {
            lang: t.lang,
            map: registerTiles(),
            period: start,
            name: (c) => name(c),
            label: (c) => shortName(name(c)),
            bins: 'quantile',
          })
        : null,
    // The option starts at the period shown; later moves go to the chart's own timeline.
    [q.data, t.lang, name, start],
  );
  const option = useMemo(
    () => (input ? buildTileMapOption(input, { lang: t.lang }) : null),
    [input, t.lang],
  );
  if (q.isPending || !option || !input || !q.data) return <Loading rows={6} />;
  const title = t('map.tableTitle', {
    measure: titleCase(t.name(q.data.measure.name)),
    period: periods[at] ?? '',
  });
  return (
    <MapCard
      title={title}
      name={title}
      option={option}
      height={460}
      period={at}
      onPeriod={setMoved}
      onUnit={(code) => navigate(`/units/${code}`)}
      table={() => tileMapTable(input, at, { lang: t.lang })}
      extra={<Link to="/map">{t('map.title')} →</Link>}
    />
  );
}
