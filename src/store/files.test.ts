import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { test } from 'node:test';
import { requireShared, sharedPath } from '../../test/support/paths.js';
import { discover, skipReason } from './files.js';

test('plainly not meeting documents are skipped by name', () => {
  for (const f of ['README.md', 'x/LICENSE', 'a.json', 'b.PNG', 'c.zip', '.DS_Store']) assert.ok(skipReason(f), f);
  for (const f of ['referat.pdf', 'dagsorden.html', 'x.docx', 'y.txt', 'z.md', 'eDocAgendaPublishing.xml']) assert.equal(skipReason(f), null, f);
});

test('an export folder is one document: its entry file', async (t) => {
  if (!requireShared(t, 'corpus')) return;
  const d = await discover([sharedPath('corpus')]);
  const byDir = (name: string) => d.entries.filter((e) => e.exportDir && basename(e.exportDir) === name);
  assert.deepEqual(byDir('edoc-ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04').map((e) => basename(e.path)), ['eDocAgendaPublishing.xml']);
  const acadre = byDir('acadre-syddjurs-puk-2013-06-20');
  assert.deepEqual(acadre.map((e) => basename(e.path)), ['XML_1863.xml']);
  assert.equal(basename(acadre[0]!.fallback ?? ''), '3687981.XML');
  assert.equal(byDir('sbsys-aarhus-moedesystemgruppen-2016-10-06').length, 1);
  assert.equal(byDir('edoc-fujitsu-middelfart-testudvalg-2017-05-02-v2').length, 1);
  assert.equal(d.entries.length, 16, '10 scored files and 6 export folders');
  assert.ok(d.skipped.some((s) => s.path.endsWith('1552814.PDF')));
});
