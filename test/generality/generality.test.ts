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
import { parseFile } from '../../src/parse/document.js';
import { type Annotation, scoreCheckIds, scoreChecks } from '../support/annotation.js';
import { projectRoot } from '../support/paths.js';

const dir = join(projectRoot(), 'test', 'generality', 'fixtures');
const knownFailures = JSON.parse(readFileSync(join(projectRoot(), 'test', 'generality', 'known-failures.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const stem = f.slice(0, -5);
    const file = readdirSync(dir).find((d) => d.startsWith(`${stem}.`) && !d.endsWith('.json'));
    if (!file) throw new Error(`${f}: no document beside the annotation`);
    return { stem, file: join(dir, file), want: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotation };
  });

test('generality: every known failure names a fixture and a check that exists', () => {
  for (const [stem, checks] of Object.entries(knownFailures)) {
    const fx = fixtures.find((f) => f.stem === stem);
    assert.ok(fx, `known-failures.json names an unknown fixture ${stem}`);
    for (const id of Object.keys(checks)) assert.ok(scoreCheckIds(fx.want).includes(id), `${stem}: unknown check ${JSON.stringify(id)}`);
  }
});

for (const { stem, file, want } of fixtures) {
  test(`generality ${stem}`, async (t) => {
    const doc = await parseFile(file);
    const known = knownFailures[stem] ?? {};
    // One subtest per annotated field, checked as score.mjs scores it (test/support/annotation.ts).
    for (const c of scoreChecks(doc, want)) {
      const fn = (): void => assert.ok(c.ok, c.message);
      if (c.missing) {
        await t.test(c.id, { skip: c.missing }, fn);
        continue;
      }
      if (known[c.id] !== undefined) {
        // A known failure is skipped while it fails; once it passes it runs and says so.
        if (!c.ok) {
          await t.test(c.id, { skip: `known failure: ${known[c.id]}` }, fn);
          continue;
        }
        t.diagnostic(`${stem}: "${c.id}" passes now; remove it from known-failures.json`);
      }
      await t.test(c.id, fn);
    }
  });
}
