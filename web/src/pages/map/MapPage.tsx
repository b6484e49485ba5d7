// The map: every unit coloured by the index, a domain, an indicator or a gap, in quantile classes
// or traffic lights against targets, with a time slider that plays; or by its progress flag on an
// indicator in the year shown (GET /api/targets). A unit opens on click. The hex tiles are the
// default; a boundary file of one's own can replace them.

import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Col, Row, Segmented, Typography } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/client.ts';
import { titleCase } from '@gapscope/charts/text.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useUnits } from '../../hooks/use-units.ts';
import { useT } from '../../i18n/index.ts';
import { aspectOf, BOUNDARY_MAP } from '../../map/boundary.ts';
import { registerBoundary, registerTiles } from '../../map/register.ts';
import { shortName } from '../../map/short-name.ts';
import { buildTileMapOption, tileMapTable } from '../../map/tile-map-option.ts';
import type { MapValues, TargetsAnswer } from '@gapscope/api/index.ts';
import type { Flag } from '@gapscope/core/targets/flag.ts';
import { FLAG_COLOUR } from '../../components/ProgressFlag.tsx';
import { BoundaryPanel } from './BoundaryPanel.tsx';
import { canJudge, mapInput } from './map-input.ts';
import { MapCard } from './MapCard.tsx';
import { MeasurePicker } from './MeasurePicker.tsx';
import {
  asksFor,
  progressIndicator,
  progressInput,
  progressSubtitle,
  progressTable,
  targetsPath,
} from './progress-input.ts';

const HEIGHT = 640;
/** The flags' colours on the map: the tags' of the rest of the dashboard. */
const FLAG_FILL = Object.fromEntries(
  Object.entries(FLAG_COLOUR).map(([flag, c]) => [flag, c.bg]),
) as Record<Flag, string>;

export default function MapPage(): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const [measureId, setMeasure] = useSearchState('measure');
  const [binsParam, setBins] = useSearchState('bins');
  const [periodParam, setPeriod] = useSearchState('period');
  const [boundary, setBoundary] = useState<{ approval: string; aspect: number } | null>(null);
  // progress:<indicator> colours by the indicator's flags; its values still give the periods.
  const flagsOf = progressIndicator(measureId);
  const valuesOf = flagsOf ?? measureId;
  const q = useApiQuery<MapValues>(
    `/api/map/values${valuesOf ? `?measure=${encodeURIComponent(valuesOf)}` : ''}`,
    { placeholderData: keepPreviousData },
  );
  const { units, name } = useUnits();
  const values = q.data;
  const periods = values?.periods ?? [];
  const period =
    periodParam && periods.includes(periodParam)
      ? periods.indexOf(periodParam)
      : periods.length - 1;
  const shown = periods[period];
  // While another year's flags load, the last year's stay on screen; another indicator's do not.
  const tq = useApiQuery<TargetsAnswer>(flagsOf && values ? targetsPath(flagsOf, shown) : null, {
    placeholderData: (previous, query) =>
      flagsOf && asksFor(query?.queryKey[1], flagsOf) ? previous : undefined,
  });
  // The flags only with the values of their own indicator (not a measure's still on screen).
  const answer = flagsOf && values?.measure.id === flagsOf ? tq.data : undefined;
  // The option is built with the period it starts at; later moves go to the chart's timeline, so
  // the option is not rebuilt (and play not stopped) on every step. The period is read from a ref
  // during render on purpose (the React Compiler would not memoise this; we do not use it).
  /* eslint-disable react-hooks/refs -- the start period is read, not a dependency (above) */
  const startAt = useRef(period);
  startAt.current = period;
  const bins = binsParam === 'traffic' ? 'traffic' : 'quantile';
  const counties = useMemo(
    () => new Map(units.filter((u) => u.level === 'county').map((u) => [u.code, name(u.code)])),
    [units, name],
  );
  const input = useMemo(() => {
    if (!values) return null;
    const common = {
      lang: t.lang,
      map: boundary ? BOUNDARY_MAP : registerTiles(),
      name: (c: string) => name(c),
      label: boundary ? undefined : (c: string) => shortName(name(c)),
      caption: boundary ? t('map.boundary.caption', { number: boundary.approval }) : null,
    };
    const aspectScale = boundary?.aspect ?? 1;
    if (flagsOf)
      return answer
        ? { ...progressInput(values, answer, { ...common, colours: FLAG_FILL }), aspectScale }
        : null;
    return { ...mapInput(values, { ...common, period: startAt.current, bins }), aspectScale };
  }, [values, answer, flagsOf, boundary, name, bins, t]);
  /* eslint-enable react-hooks/refs */
  const option = useMemo(
    () => (input ? buildTileMapOption(input, { lang: t.lang }) : null),
    [input, t.lang],
  );

  if (q.isPending) return <Loading rows={10} />;
  if (q.error) return <ErrorView error={q.error} retry={() => void q.refetch()} />;
  const m = values!.measure;
  const measureName = titleCase(t.name(m.name));
  const judge = canJudge(values!);
  const title = answer
    ? t('map.progress.title', { indicator: measureName, year: answer.period })
    : t('map.tableTitle', { measure: measureName, period: shown ?? '' });
  return (
    <div data-testid="map-page">
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 12 }}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
            {t('map.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('map.intro')}</Typography.Text>
        </div>
        <PeriodSelect periods={periods} value={periods[period]} onChange={(p) => setPeriod(p)} />
      </div>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '8px 24px',
          alignItems: 'center',
          margin: '12px 0',
        }}
      >
        <MeasurePicker
          measures={values!.measures}
          value={m}
          progress={!!flagsOf}
          onChange={(id) => setMeasure(id)}
        />
        <span style={{ display: flagsOf ? 'none' : 'inline-flex', gap: 8, alignItems: 'center' }}>
          <span id="map-bins-label">{t('map.bins')}</span>
          <Segmented
            aria-labelledby="map-bins-label"
            value={judge ? bins : 'quantile'}
            onChange={(v) => setBins(v === 'traffic' ? 'traffic' : undefined)}
            options={[
              { value: 'quantile', label: t('map.bins.quantile') },
              { value: 'traffic', label: t('map.bins.traffic'), disabled: !judge },
            ]}
            data-testid="map-bins"
          />
        </span>
      </div>
      {!flagsOf && bins === 'traffic' && !judge && (
        <Typography.Paragraph type="secondary">{t('map.noTarget')}</Typography.Paragraph>
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={17}>
          {flagsOf && tq.error && tq.error.field === 'base' ? (
            // The base year itself, or one before it: nothing to assess, a later year is needed.
            <Alert
              type="info"
              showIcon
              title={t('map.progress.tooEarly', { period: shown ?? '' })}
            />
          ) : flagsOf && tq.error ? (
            <ErrorView error={tq.error} retry={() => void tq.refetch()} />
          ) : option && input ? (
            <MapCard
              title={title}
              subtitle={answer ? progressSubtitle(answer, shown, t.lang) : undefined}
              name={title}
              option={option}
              height={HEIGHT}
              period={answer ? 0 : period}
              onPeriod={(i) => periods[i] && setPeriod(periods[i])}
              onUnit={(code) => void navigate(`/units/${code}`)}
              table={() =>
                answer
                  ? progressTable(answer, input, t.lang)
                  : tileMapTable(input, period, { lang: t.lang })
              }
              footer={
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                  {boundary ? '' : `${t('map.tilesNote')} `}
                  {answer
                    ? `${t('map.progress.note')} `
                    : bins === 'quantile' || !judge
                      ? `${t('map.legendNote')} `
                      : ''}
                  {t('map.clickHint')}
                </Typography.Paragraph>
              }
            />
          ) : (
            <Loading rows={10} />
          )}
        </Col>
        <Col xs={24} xl={7}>
          <BoundaryPanel
            units={counties}
            active={!!boundary}
            onApply={(geojson, approval) => {
              registerBoundary(geojson);
              setBoundary({ approval, aspect: aspectOf(geojson) });
            }}
            onReset={() => setBoundary(null)}
          />
        </Col>
      </Row>
    </div>
  );
}
