// The antd theme: the charts' first colour (Okabe–Ito blue) as the primary, a Chinese-first font.

import type { ThemeConfig } from 'antd';
import { FONT_FAMILY, PALETTE } from '@gapscope/charts/theme.ts';

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: PALETTE[0],
    colorLink: PALETTE[0],
    fontFamily: FONT_FAMILY,
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: '#12355b', headerPadding: '0 24px', bodyBg: '#f5f6f8' },
    Menu: { darkItemBg: '#12355b', darkItemSelectedBg: '#0072B2' },
  },
};
