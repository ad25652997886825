/**
 * Compares a parsed document with a hand-made annotation the way `../shared/eval/score.mjs` does:
 * whitespace and case normalised, names without party or role. Returns the list of mismatches, so a
 * test can assert it is empty and print every miss at once.
 */
import type { MeetingDocument } from '../../src/model/index.js';

export interface AnnotatedItem {
  number: string;
  title: string;
  caseNumber?: string | null;
  closed?: boolean | null;
  decisionText?: string | null;
  _outcome?: string | null;
  _itemAbsent?: string[];
  _votes?: { option?: string; for?: string[]; against?: string[]; reservation?: string[] }[];
}

export interface Annotation {
  municipality?: string | null;
  committee?: string | null;
  date?: string | null;
  startTime?: string | null;
  location?: string | null;
  participants?: string[];
  absent?: string[];
  items: AnnotatedItem[];
}

export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad*_#]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.:;,\-–]+|[\s.:;,\-–]+$/g, '')
    .trim();

const nameOnly = (s: string): string =>
  norm(s.replace(/\(.*?\)/g, '')).replace(/^(formand|næstformand|rådmand|borgmester|udvalgsmedlem)\s+/, '');

const numberKey = (s: string): string => norm(s).replace(/^(punkt|pkt|sag nr|sag)\.?\s*/, '').replace(/[^0-9a-z]/g, '');

export function compareWithAnnotation(doc: MeetingDocument, want: Annotation): string[] {
  const misses: string[] = [];
  const field = (name: string, got: unknown, expected: unknown, loose = false): void => {
    if (expected === undefined || expected === null) return;
    const ok = loose ? norm(got).includes(norm(expected)) || norm(expected).includes(norm(got)) && norm(got).length > 3 : norm(got) === norm(expected);
    if (!ok) misses.push(`${name}: want ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
  };
  field('municipality', doc.municipality, want.municipality);
  field('committee', doc.committee, want.committee, true);
  field('date', doc.date, want.date);
  field('startTime', doc.startTime, want.startTime);
  field('location', doc.location, want.location, true);
  const people = doc.participants.map((p) => ({ name: nameOnly(p.name), absent: p.absent }));
  for (const w of want.participants ?? []) {
    if (!people.some((p) => p.name === nameOnly(w))) misses.push(`participant missing: ${w}`);
  }
  if (Array.isArray(want.absent)) {
    const gotAbsent = people.filter((p) => p.absent).map((p) => p.name).sort();
    const wantAbsent = want.absent.map(nameOnly).sort();
    if (JSON.stringify(gotAbsent) !== JSON.stringify(wantAbsent)) misses.push(`absent: want ${JSON.stringify(wantAbsent)} got ${JSON.stringify(gotAbsent)}`);
  }
  if (doc.items.length !== want.items.length) misses.push(`items: want ${want.items.length} got ${doc.items.length}`);
  for (const wi of want.items) {
    const gi = doc.items.find((g) => numberKey(g.number) === numberKey(wi.number));
    const at = `item ${wi.number}`;
    if (!gi) {
      misses.push(`${at} missing`);
      continue;
    }
    if (norm(gi.title) !== norm(wi.title)) misses.push(`${at} title: want ${JSON.stringify(wi.title)} got ${JSON.stringify(gi.title)}`);
    if (wi.caseNumber !== undefined && norm(gi.caseNumber) !== norm(wi.caseNumber)) misses.push(`${at} case: want ${wi.caseNumber} got ${gi.caseNumber}`);
    if (wi.closed !== undefined && wi.closed !== null && gi.closed !== wi.closed) misses.push(`${at} closed: want ${wi.closed}`);
    if (wi.decisionText !== undefined) {
      const got = gi.decision?.text ?? null;
      if (norm(got) !== norm(wi.decisionText)) misses.push(`${at} decision: want ${JSON.stringify(wi.decisionText)} got ${JSON.stringify(got)}`);
    }
    if (wi._outcome !== undefined && (gi.decision?.outcome ?? null) !== wi._outcome) misses.push(`${at} outcome: want ${wi._outcome} got ${gi.decision?.outcome ?? null}`);
    if (wi._itemAbsent) {
      const got = gi.absentMembers.map((a) => nameOnly(a.person.name)).sort();
      const expected = wi._itemAbsent.map(nameOnly).sort();
      if (JSON.stringify(got) !== JSON.stringify(expected)) misses.push(`${at} did not take part: want ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
    }
  }
  return misses;
}
