/**
 * Who is involved in an agenda item: the members present at its meeting, and whoever the item
 * names (voters, members who did not take part). Closed items involve nobody.
 *
 * The members present are involved in every open item of their meeting, so they are not written
 * once per item: meeting_attendance holds them, and item_person / item_party hold only the persons
 * and parties an item adds to them. Readers take the union (search/item-columns.ts).
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from './schema.js';

/** Roles of people at a meeting who are not its members. */
export const STAFF_ROLES: ReadonlySet<string> = new Set(['sekretær', 'embedsmand', 'gæst']);

export const isStaff = (role: string | null | undefined): boolean => !!role && STAFF_ROLES.has(role);

/** A meeting_attendance row of a member present: not absent, not staff. */
export function isPresentMember(eb: ExpressionBuilder<Database, 'meeting_attendance'>) {
  return eb.and([eb('meeting_attendance.absent', '=', 0), eb.or([eb('meeting_attendance.role', 'is', null), eb('meeting_attendance.role', 'not in', [...STAFF_ROLES])])]);
}
