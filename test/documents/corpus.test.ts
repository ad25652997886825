/**
 * Every scored document of ../shared/corpus (each NAME.ext with its NAME.json: Aarhus HTML and
 * PDF, Ballerup and Syddjurs PDF/DOCX, eDoc/Acadre/SBSYS XML) parses as its annotation says.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFile } from '../../src/parse/document.js';
import type { Annotation } from '../support/annotation.js';
import { compareWithAnnotation } from '../support/annotation.js';
import { requireShared, sharedPath } from '../support/paths.js';

function scoredDocuments(): { stem: string; file: string; annotation: string }[] {
  const dir = sharedPath('corpus');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -5))
    .flatMap((stem) => {
      const doc = names.find((d) => d.startsWith(`${stem}.`) && !d.endsWith('.json'));
      return doc ? [{ stem, file: join(dir, doc), annotation: join(dir, `${stem}.json`) }] : [];
    });
}

test('the corpus has its ten scored documents', (t) => {
  if (!requireShared(t, 'corpus')) return;
  assert.equal(scoredDocuments().length, 10);
});

for (const { stem, file, annotation } of scoredDocuments()) {
  test(`corpus ${stem} matches its annotation`, async () => {
    const want = JSON.parse(readFileSync(annotation, 'utf8')) as Annotation;
    const doc = await parseFile(file);
    assert.deepEqual(compareWithAnnotation(doc, want), []);
  });
}

test('Aarhus Teknisk Udvalg item 2: votes, reservation and the member prevented from taking part', async (t) => {
  if (!requireShared(t, 'corpus')) return;
  const doc = await parseFile(sharedPath('corpus', 'aarhus-teknisk-udvalg-2025-10-01-referat.html'));
  const item = doc.items.find((it) => it.number === '2')!;
  const names = (k: 'for' | 'against' | 'reservation'): string[] => item.votes.flatMap((v) => v[k].map((p) => p.name));
  assert.deepEqual(names('for'), ['Jesper Kjeldsen', 'Steffen Wich', 'Gert Bjerregaard', 'Metin Lindved Aydin']);
  assert.deepEqual(names('against'), ['Solveig Munk']);
  assert.deepEqual(names('reservation'), ['Jakob Søgaard Clausen']);
  assert.deepEqual(item.absentMembers.map((a) => a.person.name), ['Liv Gro Jensen']);
  assert.ok(item.route.some((r) => r.body === 'Magistraten' && r.date === '2025-09-02' && r.itemNumber === '12'));
  assert.ok(item.attachments.length > 0);
});

test('the Aarhus PDF mends the hyphen-wrapped title and keeps the case text out of decisions', async (t) => {
  if (!requireShared(t, 'corpus')) return;
  const doc = await parseFile(sharedPath('corpus', 'aarhus-byraad-2025-08-27-referat.pdf'));
  assert.equal(doc.items.find((it) => it.number === '7')!.title, 'Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning');
  for (const it of doc.items) assert.ok(!/BESLUTNINGSFORSLAG|INDSTILLING FRA/.test(it.decision?.text ?? ''), `item ${it.number}`);
  const closed = doc.items.find((it) => it.closed)!;
  assert.equal(closed.title, 'Køb af landbrugsejendom');
});

/**
 * The export folders hold other renderings of the same meetings: the systems' own HTML pages and
 * PDFs. They are not scored, but they are layouts of their own (eDoc AgendaWeb's two-cell item
 * headings, SBSYS' numbered items in a column with "Oplæg"/"Referat" sections), so each must give
 * the meeting's items as the export's annotation names them.
 */
const otherForms: [file: string, annotation: string][] = [
  ['edoc-fujitsu-middelfart-testudvalg-2017-05-02-v1/41a93779-8b2a-414b-9f87-691e24f8f40a.html', 'edoc-fujitsu-middelfart-testudvalg-2017-05-02-v1.json'],
  ['edoc-fujitsu-middelfart-testudvalg-2017-05-02-v2/e9117c72-1d79-4fe9-9653-ef7ab6f27187.html', 'edoc-fujitsu-middelfart-testudvalg-2017-05-02-v2.json'],
  ['sbsys-aarhus-moedesystemgruppen-2016-10-06/Appendix_referat - åbent.pdf', 'sbsys-aarhus-moedesystemgruppen-2016-10-06.json'],
  ['sbsys-aarhus-moedesystemgruppen-2016-10-06/Appendix_referat - åbent og lukket.pdf', 'sbsys-aarhus-moedesystemgruppen-2016-10-06.json'],
];

for (const [file, annotation] of otherForms) {
  test(`corpus: the export's own rendering ${file} gives the meeting's items`, async (t) => {
    if (!requireShared(t, 'corpus')) return;
    const want = JSON.parse(readFileSync(sharedPath('corpus', annotation), 'utf8')) as Annotation;
    const doc = await parseFile(sharedPath('corpus', file));
    assert.equal(doc.date, want.date);
    assert.deepEqual(
      doc.items.map((it) => [it.number, it.title, it.closed]),
      want.items.map((it) => [it.number, it.title, !!it.closed]),
    );
    for (const it of want.items.filter((i) => i.caseNumber)) {
      assert.equal(doc.items.find((d) => d.number === it.number)?.caseNumber, it.caseNumber, `item ${it.number}`);
    }
  });
}
