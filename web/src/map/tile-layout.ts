// The hex tile layout: one cell (row, col) per unit on a grid of pointy-top hexagons in "odd-r"
// offset coordinates (row 0 northernmost, odd rows shifted half a tile east), and its geometry.

/** A unit's tile. */
export interface TileCell {
  code: string;
  row: number;
  col: number;
}

/** A problem with a layout file, at a line (1 = the header). */
export class TileLayoutError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'TileLayoutError';
  }
}

/**
 * Parses `code,row,col` CSV text (data/geography/zhejiang/README.md § Tile layout), checking
 * every line: integers ≥ 0, no code twice, no cell twice. Throws a TileLayoutError naming the
 * file and every bad line.
 */
export function parseTileLayout(text: string, file = 'tile-layout.csv'): TileCell[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const at = (name: string): number => header.indexOf(name);
  const [ci, ri, ki] = [at('code'), at('row'), at('col')];
  if (ci < 0 || ri < 0 || ki < 0)
    throw new TileLayoutError(file, [
      `line 1: the header must name code, row and col; it is "${lines[0] ?? ''}"`,
    ]);
  const problems: string[] = [];
  const cells: TileCell[] = [];
  const codes = new Map<string, number>();
  const places = new Map<string, number>();
  lines.slice(1).forEach((line, k) => {
    const n = k + 2;
    if (line.trim() === '') return;
    const f = line.split(',').map((x) => x.trim());
    const code = f[ci] ?? '';
    const row = Number(f[ri]);
    const col = Number(f[ki]);
    if (!code) return void problems.push(`line ${n}: no code`);
    if (!Number.isInteger(row) || row < 0 || !Number.isInteger(col) || col < 0)
      return void problems.push(
        `line ${n}: row and col must be whole numbers ≥ 0; got "${f[ri]}", "${f[ki]}"`,
      );
    const seen = codes.get(code);
    if (seen !== undefined)
      return void problems.push(`line ${n}: code ${code} is also on line ${seen}`);
    const place = `${row},${col}`;
    const other = places.get(place);
    if (other !== undefined)
      return void problems.push(`line ${n}: cell (${row}, ${col}) is also taken on line ${other}`);
    codes.set(code, n);
    places.set(place, n);
    cells.push({ code, row, col });
  });
  if (problems.length) throw new TileLayoutError(file, problems);
  return cells;
}

/** √3 */
const R3 = Math.sqrt(3);

/** The centre of a tile for circumradius `size`: x = s·√3·(col + ½·(row mod 2)), y = s·1.5·row (y down). */
export function hexCentre(cell: { row: number; col: number }, size: number): [number, number] {
  return [size * R3 * (cell.col + 0.5 * (cell.row % 2)), size * 1.5 * cell.row];
}

/** The six corners of a pointy-top hexagon about a centre, clockwise from the top (y down). */
export function hexCorners(centre: [number, number], size: number): [number, number][] {
  return Array.from({ length: 6 }, (_, k) => {
    const a = ((-90 + 60 * k) * Math.PI) / 180;
    return [centre[0] + size * Math.cos(a), centre[1] + size * Math.sin(a)] as [number, number];
  });
}

/** The six grid neighbours of a cell in odd-r offset coordinates. */
export function hexNeighbours(cell: { row: number; col: number }): { row: number; col: number }[] {
  const odd = cell.row % 2 === 1;
  const d = odd
    ? [
        [0, -1],
        [0, 1],
        [-1, 0],
        [-1, 1],
        [1, 0],
        [1, 1],
      ]
    : [
        [0, -1],
        [0, 1],
        [-1, -1],
        [-1, 0],
        [1, -1],
        [1, 0],
      ];
  return d.map(([dr, dc]) => ({ row: cell.row + dr!, col: cell.col + dc! }));
}
