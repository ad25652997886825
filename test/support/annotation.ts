/**
 * Compares a parsed document with a hand-made annotation the way `../shared/eval/score.mjs` does:
 * whitespace and case normalised, names without party or role. Two ways to ask:
 *
 * - `compareWithAnnotation(doc, want)`: the list of mismatches, so a test can assert it is empty and
 *   print every miss at once; `{ strict: true }` holds the document to every stated field to the
 *   letter (the readers' own tests).
 * - `scoreChecks(doc, want)`: one result per field as score.mjs scores it (edit similarity for
 *   titles, names and decisions), each with an id ("item 3 title") a test can run as a subtest.
 */
import type { DocumentKind, MeetingDocument } from '../../src/model/index.js';

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
  kind?: DocumentKind | null;
  municipality?: string | null;
  committee?: string | null;
  date?: string | null;
  startTime?: string | null;
  location?: string | null;
  participants?: string[];
  absent?: string[];
  items: AnnotatedItem[];
}

// ---------------------------------------------------------------------------------------------
// The comparison functions of score.mjs.

export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad*_#]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.:;,\-–]+|[\s.:;,\-–]+$/g, '')
    .trim();

/** Levenshtein distance. */
export function lev(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Edit similarity of the normalised texts: 1 for equal, 0 for nothing in common. */
export const sim = (x: unknown, y: unknown): number => {
  const a = norm(x);
  const b = norm(y);
  const l = Math.max(a.length, b.length);
  return l ? 1 - lev(a, b) / l : 1;
};

/** A name without party and leading role word: "Formand Jens Hansen (V)" → "jens hansen". */
export const nameOnly = (s: string): string =>
  norm(s.replace(/\(.*?\)/g, '')).replace(/^(formand|næstformand|rådmand|borgmester|udvalgsmedlem)\s+/, '');

/** An item number without its "Punkt"/"Pkt."/"Sag nr." label and punctuation. */
export const numberKey = (s: string): string => norm(s).replace(/^(punkt|pkt|sag nr|sag)\.?\s*/, '').replace(/[^0-9a-z]/g, '');

// ---------------------------------------------------------------------------------------------
// Mismatch lists

export interface CompareOptions {
  /**
   * Every stated field to the letter: the kind, an annotated null municipality, committee and
   * location whole (not one inside the other), date and time unnormalised, names as printed (a
   * role word is not dropped), the items in annotated order, and no decision where the annotation
   * states none.
   */
  strict?: boolean;
}

export function compareWithAnnotation(doc: MeetingDocument, want: Annotation, opts: CompareOptions = {}): string[] {
  const strict = !!opts.strict;
  const misses: string[] = [];
  const field = (name: string, got: unknown, expected: unknown, loose = false): void => {
    if (expected === undefined || expected === null) return;
    const ok = strict
      ? ['date', 'startTime'].includes(name)
        ? got === expected
        : norm(got) === norm(expected)
      : loose
        ? norm(got).includes(norm(expected)) || norm(expected).includes(norm(got)) && norm(got).length > 3
        : norm(got) === norm(expected);
    if (!ok) misses.push(`${name}: want ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
  };
  if (strict && want.kind && doc.kind !== want.kind) misses.push(`kind: want ${want.kind} got ${doc.kind}`);
  if (strict && want.municipality === null && doc.municipality !== null) misses.push(`municipality: want null got ${JSON.stringify(doc.municipality)}`);
  field('municipality', doc.municipality, want.municipality);
  field('committee', doc.committee, want.committee, true);
  field('date', doc.date, want.date);
  field('startTime', doc.startTime, want.startTime);
  field('location', doc.location, want.location, true);
  const person = strict ? norm : nameOnly;
  const people = doc.participants.map((p) => ({ name: person(p.name), absent: p.absent }));
  for (const w of want.participants ?? []) {
    if (!people.some((p) => p.name === person(w))) misses.push(`participant missing: ${w}`);
  }
  if (Array.isArray(want.absent)) {
    const gotAbsent = people.filter((p) => p.absent).map((p) => p.name).sort();
    const wantAbsent = want.absent.map(person).sort();
    if (JSON.stringify(gotAbsent) !== JSON.stringify(wantAbsent)) misses.push(`absent: want ${JSON.stringify(wantAbsent)} got ${JSON.stringify(gotAbsent)}`);
  }
  if (strict) {
    const [got, expected] = [doc.items.map((i) => i.number), want.items.map((i) => i.number)];
    if (JSON.stringify(got) !== JSON.stringify(expected)) misses.push(`item numbers in agenda order: want ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
  } else if (doc.items.length !== want.items.length) misses.push(`items: want ${want.items.length} got ${doc.items.length}`);
  want.items.forEach((wi, k) => {
    const gi = strict ? doc.items[k] : doc.items.find((g) => numberKey(g.number) === numberKey(wi.number));
    const at = `item ${wi.number}`;
    if (!gi) {
      misses.push(`${at} missing`);
      return;
    }
    if (norm(gi.title) !== norm(wi.title)) misses.push(`${at} title: want ${JSON.stringify(wi.title)} got ${JSON.stringify(gi.title)}`);
    if (wi.caseNumber !== undefined && norm(gi.caseNumber) !== norm(wi.caseNumber)) misses.push(`${at} case: want ${wi.caseNumber} got ${gi.caseNumber}`);
    if (wi.closed !== undefined && wi.closed !== null && gi.closed !== wi.closed) misses.push(`${at} closed: want ${wi.closed}`);
    if (wi.decisionText !== undefined) {
      const got = gi.decision?.text ?? null;
      if (norm(got) !== norm(wi.decisionText)) misses.push(`${at} decision: want ${JSON.stringify(wi.decisionText)} got ${JSON.stringify(got)}`);
    }
    if (strict && !wi.decisionText && gi.decision !== null) misses.push(`${at}: no decision expected, got ${JSON.stringify(gi.decision.text)}`);
    if (wi._outcome !== undefined && (gi.decision?.outcome ?? null) !== wi._outcome) misses.push(`${at} outcome: want ${wi._outcome} got ${gi.decision?.outcome ?? null}`);
    if (wi._itemAbsent) {
      const got = gi.absentMembers.map((a) => nameOnly(a.person.name)).sort();
      const expected = wi._itemAbsent.map(nameOnly).sort();
      if (JSON.stringify(got) !== JSON.stringify(expected)) misses.push(`${at} did not take part: want ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
    }
  });
  return misses;
}

// ---------------------------------------------------------------------------------------------
// Per-field results, as score.mjs scores them

export interface ScoreCheck {
  /** "kind", "date", "participant Hans Hansen", "item 3 title", "no extra items". */
  id: string;
  ok: boolean;
  /** What was wanted and what was found. */
  message: string;
  /** Set when the check cannot be made because its item was not found ("item 3 was not found"). */
  missing?: string;
}

/** What `scoreChecks` reads of a document. */
export type ScoredDocument = Pick<MeetingDocument, 'kind' | 'municipality' | 'committee' | 'date' | 'startTime' | 'location' | 'participants' | 'items'>;

const HEADER_FIELDS = ['municipality', 'committee', 'date', 'startTime', 'location'] as const;

/** A header field as score.mjs counts it: date and time equal, the rest similar or one inside the other. */
export function headerFieldOk(key: string, got: string | null, want: string): boolean {
  if (key === 'date' || key === 'startTime') return norm(got) === norm(want);
  return sim(got, want) >= 0.85 || (!!got && norm(want).includes(norm(got)) && norm(got).length > 3) || (!!got && norm(got).includes(norm(want)));
}

/** A decision as score.mjs counts it: similar, or the annotated text inside a little more. */
export function decisionOk(got: string, want: string): boolean {
  return sim(got, want) >= 0.9 || (norm(got).includes(norm(want)) && norm(got).length < norm(want).length * 1.3);
}

/** Annotated items → index of the parsed item, as score.mjs pairs them: same number, title similarity ≥ 0.6. */
export function matchItems(doc: ScoredDocument, want: AnnotatedItem[]): Map<AnnotatedItem, number> {
  const used = new Set<number>();
  const out = new Map<AnnotatedItem, number>();
  for (const w of want) {
    const j = doc.items.findIndex((g, k) => !used.has(k) && numberKey(g.number) === numberKey(w.number) && sim(g.title, w.title) >= 0.6);
    if (j >= 0) {
      used.add(j);
      out.set(w, j);
    }
  }
  return out;
}

/** One result per annotated field, in the order: kind, header fields, participants, absent, items, no extra items. */
export function scoreChecks(doc: ScoredDocument, want: Annotation): ScoreCheck[] {
  const checks: ScoreCheck[] = [];
  const check = (id: string, ok: boolean, message: string): void => void checks.push({ id, ok, message });
  if (want.kind) check('kind', doc.kind === want.kind, `want ${want.kind} got ${doc.kind}`);
  for (const key of HEADER_FIELDS) {
    const w = want[key];
    if (w == null) continue;
    check(key, headerFieldOk(key, doc[key], w), `want ${JSON.stringify(w)} got ${JSON.stringify(doc[key])}`);
  }
  const people = doc.participants.map((p) => ({ name: nameOnly(p.name), absent: p.absent }));
  for (const p of want.participants ?? []) {
    check(`participant ${p}`, people.some((g) => sim(g.name, nameOnly(p)) >= 0.85), `not among ${JSON.stringify(people.map((g) => g.name))}`);
  }
  for (const p of want.absent ?? []) {
    check(
      `absent ${p}`,
      people.some((g) => g.absent && sim(g.name, nameOnly(p)) >= 0.85),
      `absent: ${JSON.stringify(people.filter((g) => g.absent).map((g) => g.name))}`,
    );
  }
  const matched = matchItems(doc, want.items);
  const got = doc.items.map((it) => `${it.number}. ${it.title}`);
  for (const w of want.items) {
    const j = matched.get(w);
    const g = j === undefined ? undefined : doc.items[j];
    const at = `item ${w.number}`;
    check(`${at} found`, !!g, `items found: ${JSON.stringify(got)}`);
    const itemCheck = (id: string, ok: (g: ScoredDocument['items'][number]) => boolean, message: (g: ScoredDocument['items'][number]) => string): void =>
      void checks.push(g ? { id, ok: ok(g), message: message(g) } : { id, ok: false, message: '', missing: `${at} was not found` });
    itemCheck(`${at} title`, (g) => sim(g.title, w.title) >= 0.9, (g) => `want ${JSON.stringify(w.title)} got ${JSON.stringify(g.title)}`);
    if (w.caseNumber) {
      itemCheck(`${at} caseNumber`, (g) => norm(g.caseNumber) === norm(w.caseNumber), (g) => `want ${JSON.stringify(w.caseNumber)} got ${JSON.stringify(g.caseNumber)}`);
    }
    if (w.closed != null) itemCheck(`${at} closed`, (g) => !!g.closed === !!w.closed, (g) => `want ${w.closed} got ${g.closed}`);
    const wd = w.decisionText;
    if (wd) itemCheck(`${at} decision`, (g) => decisionOk(g.decision?.text ?? '', wd), (g) => `want ${JSON.stringify(wd)} got ${JSON.stringify(g.decision?.text ?? '')}`);
  }
  const used = new Set(matched.values());
  const extra = doc.items.filter((_, k) => !used.has(k)).map((it) => `${it.number}. ${it.title.slice(0, 80)}`);
  check('no extra items', extra.length === 0, `extra items: ${JSON.stringify(extra)}`);
  return checks;
}

/** The ids of the checks `scoreChecks` makes for an annotation (they do not depend on the document). */
export function scoreCheckIds(want: Annotation): string[] {
  const empty: ScoredDocument = { kind: 'agenda', municipality: null, committee: null, date: null, startTime: null, location: null, participants: [], items: [] };
  return scoreChecks(empty, want).map((c) => c.id);
}
