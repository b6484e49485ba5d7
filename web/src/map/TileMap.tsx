// A thin renderer for map options (buildTileMapOption): draws the option, follows the size of its
// box, reports the period the timeline moves to and the unit clicked, and moves the timeline when
// the page's period changes — without rebuilding the option, so play keeps playing.

import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { echarts, type EChartsInstance } from '../charts/echarts.ts';
import type { EChartsOption } from '@gapscope/charts/types.ts';

export interface TileMapProps {
  option: EChartsOption;
  height: number;
  /** What the map shows, for screen readers. */
  label: string;
  /** Index of the period to show. */
  period: number;
  onPeriod?(index: number): void;
  onUnit?(code: string): void;
  onInstance?(chart: EChartsInstance | null): void;
}

/** The timeline's current index, when the option has a timeline. */
function timelineIndex(chart: EChartsInstance): number | null {
  const tl = (chart.getOption() as { timeline?: { currentIndex?: number }[] }).timeline;
  return tl?.[0]?.currentIndex ?? null;
}

export default function TileMap(props: TileMapProps): ReactNode {
  const { option, height, label, period } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  // The latest callbacks, called by handlers bound once.
  const onInstance = useEffectEvent((c: EChartsInstance | null) => props.onInstance?.(c));
  const onUnit = useEffectEvent((code: string) => props.onUnit?.(code));
  const onPeriod = useEffectEvent((index: number) => props.onPeriod?.(index));

  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    onInstance(c);
    c.on('click', (p) => {
      const code = (p as { componentType?: string; name?: string }).name;
      if ((p as { componentType?: string }).componentType === 'series' && code) onUnit(code);
    });
    c.on('timelinechanged', (e) => {
      onPeriod((e as { currentIndex: number }).currentIndex);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      onInstance(null);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const now = timelineIndex(c);
    if (now !== null && now !== period)
      c.dispatchAction({ type: 'timelineChange', currentIndex: period });
  }, [period, option]);

  return (
    <div
      ref={box}
      style={{ width: '100%', height }}
      role="img"
      aria-label={label}
      data-testid="tile-map"
    />
  );
}
