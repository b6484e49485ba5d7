// A thin ECharts renderer: draws an option built elsewhere (web/src/charts), follows the size of
// its box, and hands its instance to the caller (for PNG download).

import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { echarts, type EChartsInstance } from '../charts/echarts.ts';
import type { EChartsOption } from '@gapscope/charts/types.ts';

export interface EChartProps {
  option: EChartsOption;
  height: number;
  label: string;
  onInstance?(chart: EChartsInstance | null): void;
}

export default function EChart({ option, height, label, onInstance }: EChartProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  // The caller's latest callback, without making the instance depend on it.
  const report = useEffectEvent((c: EChartsInstance | null) => onInstance?.(c));
  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    report(c);
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      report(null);
      c.dispose();
      chart.current = null;
    };
    // The instance lives as long as the box; the option is applied by the effect below.
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
