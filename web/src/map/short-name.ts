// Short names for tile labels: the name without its administrative suffix (上城区 → 上城).

const ZH = /(畲族自治县|自治县|新区|区|市|县)$/;
const EN = / (She Autonomous County|Autonomous County|District|City|County)$/;

/**
 * A unit's name without the trailing 区/市/县 (or "District", "City", "County"), kept whole when
 * that would leave fewer than two characters.
 */
export function shortName(name: string): string {
  const zh = name.replace(ZH, '');
  if (zh !== name) return [...zh].length >= 2 ? zh : name;
  const en = name.replace(EN, '');
  return en.length >= 2 ? en : name;
}
