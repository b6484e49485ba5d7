// The bundled Zhejiang tile layout, read from the data file itself at build time (Vite `?raw`).

// The tests type-check under the root tsconfig, which lacks vite/client's `?raw` types.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./raw.d.ts" />
import text from '../../../data/geography/zhejiang/tile-layout.csv?raw';
import { parseTileLayout, type TileCell } from './tile-layout.ts';

/** One hex per county-level unit of Zhejiang (data/geography/zhejiang/tile-layout.csv). */
export const ZHEJIANG_TILES: readonly TileCell[] = parseTileLayout(text, 'tile-layout.csv');
