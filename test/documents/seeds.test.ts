/**
 * The five seed minutes (Odense and Odder) parse completely: every item with full title and case
 * number, the header, every decision with its outcome, the vote groups of seed 000 item 1, every
 * "deltog ikke" line on its item and the absent member of seed 004.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFile } from '../../src/parse/document.js';
import type { Annotation } from '../support/annotation.js';
import { compareWithAnnotation } from '../support/annotation.js';
import { requireShared, sharedPath } from '../support/paths.js';

const SEEDS = ['000_f7ee1aa3897fbd74.txt', '001_5610d6f352708023.txt', '002_6382201290f09920.txt', '003_fbb4b2740ee2460a.txt', '004_4215b85305d5dec8.txt'];

for (const seed of SEEDS) {
  test(`seed ${seed} matches its hand-checked truth`, async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const truth = JSON.parse(readFileSync(sharedPath('eval', 'seeds-truth.json'), 'utf8')) as Record<string, Annotation>;
    const doc = await parseFile(sharedPath('seeds', seed));
    assert.deepEqual(compareWithAnnotation(doc, truth[seed]!), []);
  });
}

test('seed 000 item 1 records the two vote groups and Brian Dybro not taking part', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const doc = await parseFile(sharedPath('seeds', SEEDS[0]!));
  const item = doc.items[0]!;
  const votes = item.votes.map((v) => ({ option: v.option, for: v.for.map((p) => `${p.name} (${p.party})`) }));
  assert.deepEqual(votes, [
    { option: 'model 2', for: ['Tommy Hummelose (C)', 'Mark Grossmann (V)', 'Nazim Gürkan (A)', 'Michael Eskamp Witek (A)', 'Cæcilie Crawley (A)'] },
    { option: 'model 1', for: ['Reza Javid (Ø)'] },
  ]);
  assert.deepEqual(item.absentMembers.map((a) => [a.person.name, a.person.role, a.reason]), [['Brian Dybro', 'rådmand', 'did-not-participate']]);
  assert.equal(doc.committeeInfo?.term, '2018-2021');
  assert.deepEqual(doc.locations, ['Rådhuset i lokale 224', 'Udvalgsværelset på Skulkenborg']);
});

test('seed 002 puts both members who did not take part on items 14 and 15 only', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const doc = await parseFile(sharedPath('seeds', SEEDS[2]!));
  const both = doc.items.filter((it) => it.absentMembers.length === 2).map((it) => it.number);
  assert.deepEqual(both, ['14', '15']);
  assert.equal(doc.items.find((it) => it.number === '5')!.absentMembers.length, 0);
});

test('seed 004 marks Hans Hammann absent and keeps the other six present', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const doc = await parseFile(sharedPath('seeds', SEEDS[4]!));
  assert.deepEqual(doc.participants.filter((p) => p.absent).map((p) => p.name), ['Hans Hammann']);
  assert.equal(doc.participants.filter((p) => !p.absent).length, 6);
  const route = doc.items.find((it) => it.number === '4')!.route;
  assert.deepEqual(route.map((r) => [r.body, r.date]), [['Arbejdsmarkedsudvalget', '2020-10-22']]);
});

test('seed 003 (Markdown) keeps the recommendation clauses and a table with parsed numbers', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const doc = await parseFile(sharedPath('seeds', SEEDS[3]!));
  assert.equal(doc.source.format, 'markdown');
  const rec = doc.items[0]!.recommendation!;
  assert.deepEqual(rec.clauses.map((c) => c.label), ['1', '2', '3']);
  const tables = doc.items.flatMap((it) => it.sections.flatMap((s) => s.blocks)).filter((b) => b.type === 'table');
  assert.ok(tables.length > 0, 'tables in the item sections');
  const json = JSON.stringify(doc);
  assert.ok(!/<\/?(b|br|i|ul|li)>/i.test(json), 'no HTML markup leaks from Markdown table cells');
});
