// Units of the geography (province → city → county) and their period-dependent groups.
//
// Validity rule: every date range is inclusive and ISO (`YYYY-MM-DD`); null means open. A unit
// exists in a period, and belongs to a group in it, when it is valid on the LAST day of that
// period. So the year 2024 takes the list as of 2024-12-31, a quarter or a year-to-date
// quarter (2025Q3, 2025Q3-ytd) the list at the quarter's end, a month the list at its end.

import { z } from 'zod';
import { parsePeriod } from '../data/period.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a calendar date');

/** Where a unit sits in the hierarchy. */
export const UnitLevel = z.enum(['province', 'city', 'county']);
export type UnitLevel = z.infer<typeof UnitLevel>;

/** What kind of unit it is; `county-city` is a county-level city (县级市). */
export const UnitKind = z.enum(['province', 'city', 'district', 'county-city', 'county']);
export type UnitKind = z.infer<typeof UnitKind>;

/** An administrative unit with a GB/T 2260 code and a validity period. */
export const UnitSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'a unit code is 6 digits (GB/T 2260)'),
  /** The code of the unit above; null for the top of the hierarchy. */
  parent: z
    .string()
    .regex(/^\d{6}$/, 'a unit code is 6 digits (GB/T 2260)')
    .nullable(),
  level: UnitLevel,
  kind: UnitKind,
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** One unit's membership of one group over a period of time. */
export const GroupMembershipSchema = z.strictObject({
  group: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a group id is lower-case letters, digits and -'),
  unit: z.string().regex(/^\d{6}$/, 'a unit code is 6 digits (GB/T 2260)'),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
});
export type GroupMembership = z.infer<typeof GroupMembershipSchema>;

/** A group's definition: its names and a note (e.g. that the membership is provisional). */
export const GroupDefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a group id is lower-case letters, digits and -'),
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  note: z.string(),
});
export type GroupDef = z.infer<typeof GroupDefSchema>;

/** A geography as loaded: units, group memberships and group definitions. */
export interface Geography {
  units: Unit[];
  memberships: GroupMembership[];
  groups: GroupDef[];
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The last day of a period as `YYYY-MM-DD` (2025 → 2025-12-31, 2025Q3-ytd → 2025-09-30). */
export function periodEnd(period: string): string {
  const p = parsePeriod(period);
  const month = p.frequency === 'year' ? 12 : p.frequency === 'quarter' ? p.sub * 3 : p.sub;
  return `${p.year}-${pad(month)}-${pad(daysInMonth(p.year, month))}`;
}

/** True when an inclusive range with open (null) ends contains the date. */
export function isValidOn(
  range: { validFrom: string | null; validTo: string | null },
  date: string,
): boolean {
  return (
    (range.validFrom === null || range.validFrom <= date) &&
    (range.validTo === null || date <= range.validTo)
  );
}

/** The units that exist at the end of the period, in their given order. */
export function unitsAt(units: readonly Unit[], period: string): Unit[] {
  const date = periodEnd(period);
  return units.filter((u) => isValidOn(u, date));
}

/** The groups a unit belongs to at the end of the period, each once, in order of first mention. */
export function groupsOf(
  memberships: readonly GroupMembership[],
  unit: string,
  period: string,
): string[] {
  const date = periodEnd(period);
  const out = new Set<string>();
  for (const m of memberships) if (m.unit === unit && isValidOn(m, date)) out.add(m.group);
  return [...out];
}

/** The units in a group at the end of the period, each once, in order of first mention. */
export function membersOf(
  memberships: readonly GroupMembership[],
  group: string,
  period: string,
): string[] {
  const date = periodEnd(period);
  const out = new Set<string>();
  for (const m of memberships) if (m.group === group && isValidOn(m, date)) out.add(m.unit);
  return [...out];
}

/** The direct children of a unit (e.g. a city's county-level units), in their given order. */
export function childrenOf(units: readonly Unit[], parent: string): Unit[] {
  return units.filter((u) => u.parent === parent);
}
