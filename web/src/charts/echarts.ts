// ECharts with only what the dashboard draws (tree-shaken): the chart types, components and both
// renderers. Every chart component and the snapshot tests use this one registration.

import * as echarts from 'echarts/core';
import {
  BarChart,
  BoxplotChart,
  LineChart,
  MapChart,
  RadarChart,
  ScatterChart,
} from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TimelineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  BoxplotChart,
  LineChart,
  MapChart,
  RadarChart,
  ScatterChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TimelineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type EChartsInstance = ReturnType<typeof echarts.init>;
