/**
 * Generality probes: synthetic minutes and agendas in layouts that neither the seeds nor the corpus
 * show (København, Aalborg, "Sag nr.", "Pkt.", numbering through the year, agendas without
 * decisions, portal HTML with a cookie banner, text whose line breaks were lost, Windows-1252,
 * Markdown with ### headings, page headers, a regional council). Each `fixtures/NAME.<ext>` has a
 * `fixtures/NAME.json` annotation in the format of ../shared/eval/score.mjs, and every annotated
 * field is checked the way score.mjs checks it (case/whitespace normalised; titles and decisions
 * by edit similarity; names without party and role). The folder can also be scored directly:
 *
 *     node ../shared/eval/score.mjs --project . --docs test/generality/fixtures --verbose
 *
 * Checks that the parser does not pass yet are listed in `known-failures.json` (fixture → check →
 * what went wrong when it was recorded) and show as skipped subtests while they fail, so the
 * annotations stay complete and true. A listed check that passes runs normally and prints a
 * diagnostic asking for its entry to be removed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { MeetingDocument } from '../../src/model/index.js';
import { parseFile } from '../../src/parse/document.js';
import { projectRoot } from '../support/paths.js';

interface WantItem {
  number: string;
  title: string;
  caseNumber?: string | null;
  closed?: boolean | null;
  decisionText?: string | null;
}

interface Want {
  kind?: 'minutes' | 'agenda';
  municipality?: string | null;
  committee?: string | null;
  date?: string | null;
  startTime?: string | null;
  location?: string | null;
  participants?: string[];
  absent?: string[];
  items: WantItem[];
}

const dir = join(projectRoot(), 'test', 'generality', 'fixtures');
const knownFailures = JSON.parse(readFileSync(join(projectRoot(), 'test', 'generality', 'known-failures.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;

// The comparison functions of score.mjs.
const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad*_#]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.:;,\-–]+|[\s.:;,\-–]+$/g, '')
    .trim();

function lev(a: string, b: string): number {
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

const sim = (x: unknown, y: unknown): number => {
  const a = norm(x);
  const b = norm(y);
  const l = Math.max(a.length, b.length);
  return l ? 1 - lev(a, b) / l : 1;
};
const numberKey = (s: string): string =>
  norm(s)
    .replace(/^(punkt|pkt|sag nr|sag)\.?\s*/, '')
    .replace(/[^0-9a-z]/g, '');
const nameOnly = (s: string): string => norm(s.replace(/\(.*?\)/g, '')).replace(/^(formand|næstformand|rådmand|borgmester|udvalgsmedlem)\s+/, '');

function headerFieldOk(key: string, got: string | null, want: string): boolean {
  if (key === 'date' || key === 'startTime') return norm(got) === norm(want);
  return sim(got, want) >= 0.85 || (!!got && norm(want).includes(norm(got)) && norm(got).length > 3) || (!!got && norm(got).includes(norm(want)));
}

/** Matches annotated items to parsed ones as score.mjs does: same number, title similarity ≥ 0.6. */
function matchItems(doc: MeetingDocument, want: WantItem[]): Map<WantItem, number> {
  const used = new Set<number>();
  const out = new Map<WantItem, number>();
  for (const w of want) {
    const j = doc.items.findIndex((g, k) => !used.has(k) && numberKey(g.number) === numberKey(w.number) && sim(g.title, w.title) >= 0.6);
    if (j >= 0) {
      used.add(j);
      out.set(w, j);
    }
  }
  return out;
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const stem = f.slice(0, -5);
    const file = readdirSync(dir).find((d) => d.startsWith(`${stem}.`) && !d.endsWith('.json'));
    if (!file) throw new Error(`${f}: no document beside the annotation`);
    return { stem, file: join(dir, file), want: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Want };
  });

test('generality: every known failure names a fixture and a check that exists', () => {
  for (const [stem, checks] of Object.entries(knownFailures)) {
    const fx = fixtures.find((f) => f.stem === stem);
    assert.ok(fx, `known-failures.json names an unknown fixture ${stem}`);
    for (const id of Object.keys(checks)) assert.ok(checkIds(fx.want).includes(id), `${stem}: unknown check ${JSON.stringify(id)}`);
  }
});

function checkIds(want: Want): string[] {
  const ids: string[] = [];
  if (want.kind) ids.push('kind');
  for (const k of ['municipality', 'committee', 'date', 'startTime', 'location'] as const) if (want[k] != null) ids.push(k);
  for (const p of want.participants ?? []) ids.push(`participant ${p}`);
  for (const p of want.absent ?? []) ids.push(`absent ${p}`);
  for (const it of want.items) {
    ids.push(`item ${it.number} found`, `item ${it.number} title`);
    if (it.caseNumber) ids.push(`item ${it.number} caseNumber`);
    if (it.closed != null) ids.push(`item ${it.number} closed`);
    if (it.decisionText) ids.push(`item ${it.number} decision`);
  }
  ids.push('no extra items');
  return ids;
}

for (const { stem, file, want } of fixtures) {
  test(`generality ${stem}`, async (t) => {
    const doc = await parseFile(file);
    const known = knownFailures[stem] ?? {};
    const check = async (id: string, fn: () => void, skip?: string): Promise<void> => {
      if (skip) return void (await t.test(id, { skip }, fn));
      if (known[id] !== undefined) {
        // A known failure is skipped while it fails; once it passes it runs and says so.
        let passes = true;
        try {
          fn();
        } catch {
          passes = false;
        }
        if (!passes) return void (await t.test(id, { skip: `known failure: ${known[id]}` }, fn));
        t.diagnostic(`${stem}: "${id}" passes now; remove it from known-failures.json`);
      }
      await t.test(id, fn);
    };

    if (want.kind) await check('kind', () => assert.ok(doc.kind === want.kind, `want ${want.kind} got ${doc.kind}`));
    for (const key of ['municipality', 'committee', 'date', 'startTime', 'location'] as const) {
      const w = want[key];
      if (w == null) continue;
      await check(key, () => assert.ok(headerFieldOk(key, doc[key], w), `want ${JSON.stringify(w)} got ${JSON.stringify(doc[key])}`));
    }
    const people = doc.participants.map((p) => ({ name: nameOnly(p.name), absent: p.absent }));
    for (const p of want.participants ?? []) {
      await check(`participant ${p}`, () =>
        assert.ok(people.some((g) => sim(g.name, nameOnly(p)) >= 0.85), `not among ${JSON.stringify(people.map((g) => g.name))}`),
      );
    }
    for (const p of want.absent ?? []) {
      await check(`absent ${p}`, () =>
        assert.ok(
          people.some((g) => g.absent && sim(g.name, nameOnly(p)) >= 0.85),
          `absent: ${JSON.stringify(people.filter((g) => g.absent).map((g) => g.name))}`,
        ),
      );
    }

    const matched = matchItems(doc, want.items);
    const got = doc.items.map((it) => `${it.number}. ${it.title}`);
    for (const w of want.items) {
      const j = matched.get(w);
      const g = j === undefined ? undefined : doc.items[j];
      const at = `item ${w.number}`;
      const missing = g ? undefined : `${at} was not found`;
      await check(`${at} found`, () => assert.ok(g, `items found: ${JSON.stringify(got)}`));
      await check(`${at} title`, () => assert.ok(sim(g!.title, w.title) >= 0.9, `want ${JSON.stringify(w.title)} got ${JSON.stringify(g!.title)}`), missing);
      if (w.caseNumber) {
        await check(`${at} caseNumber`, () => assert.ok(norm(g!.caseNumber) === norm(w.caseNumber), `want ${JSON.stringify(w.caseNumber)} got ${JSON.stringify(g!.caseNumber)}`), missing);
      }
      if (w.closed != null) await check(`${at} closed`, () => assert.ok(!!g!.closed === !!w.closed, `want ${w.closed} got ${g!.closed}`), missing);
      if (w.decisionText) {
        const wd = w.decisionText;
        await check(
          `${at} decision`,
          () => {
            const gd = g!.decision?.text ?? '';
            const ok = sim(gd, wd) >= 0.9 || (norm(gd).includes(norm(wd)) && norm(gd).length < norm(wd).length * 1.3);
            assert.ok(ok, `want ${JSON.stringify(wd)} got ${JSON.stringify(gd)}`);
          },
          missing,
        );
      }
    }
    await check('no extra items', () => {
      const used = new Set(matched.values());
      const extra = doc.items.filter((_, k) => !used.has(k)).map((it) => `${it.number}. ${it.title.slice(0, 80)}`);
      assert.ok(extra.length === 0, `extra items: ${JSON.stringify(extra)}`);
    });
  });
}
