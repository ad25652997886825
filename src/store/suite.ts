/**
 * The store's test suite, run against every dialect (sqlite.test.ts, postgres.test.ts): the same
 * imports, the same questions, the same concrete answers. `open` returns a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { requireShared, sharedPath } from '../../test/support/paths.js';
import type { AgendaItem, MeetingDocument } from '../model/index.js';
import { ANALYSIS_VERSION } from '../search/analyze.js';
import { search } from '../search/search.js';
import { bumpGeneration } from './generation.js';
import { ImportSession } from './import.js';
import { importPaths, type ImportSummary } from './importer.js';
import { findPersons, getCase, getItem, getMeeting, getPerson, getVersionContent, listVersions } from './queries.js';
import type { Store } from './store.js';
import { migrate, rowCounts } from './store.js';

export type OpenStore = () => Promise<Store>;

const SEEDS = (): string => sharedPath('seeds');
const CORPUS = (): string => sharedPath('corpus');

async function personView(store: Store, name: string) {
  const found = await findPersons(store, name);
  assert.equal(found.length, 1, `one person named ${name}, found ${found.map((f) => f.name).join(', ')}`);
  const view = await getPerson(store, found[0]!.id);
  assert.ok(view);
  return view;
}

/** Item (date, number) keys of hits, for comparing answers. */
export function hitKeys(r: { hits: { date: string; number: string; municipality: string }[] }): string[] {
  return r.hits.map((h) => `${h.municipality} ${h.date} #${h.number}`);
}

function item(number: string, title: string, text: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number, title, caseNumber: null, closed: false, kind: null,
    sections: [{ heading: 'Sagsfremstilling', kind: 'caseText', blocks: [{ type: 'paragraph', text }] }],
    recommendation: null, decision: null, votes: [], absentMembers: [], guests: [], route: [], attachments: [], ...extra,
  };
}

export function syntheticDocument(date: string, items: AgendaItem[], overrides: Partial<MeetingDocument> = {}): MeetingDocument {
  return {
    kind: 'minutes', municipality: 'Testrup', committee: 'Teknik- og Miljøudvalget', committeeInfo: { name: 'Teknik- og Miljøudvalget', term: null },
    date, startTime: '16:00', endTime: null, location: null, locations: [], participants: [], items, warnings: [],
    source: { format: 'text', name: `${date}.txt` }, ...overrides,
  };
}

export function defineStoreSuite(label: string, open: OpenStore): void {
  describe(`store and search (${label})`, () => {
    let store: Store;
    let first: ImportSummary | null = null;

    before(async () => {
      store = await open();
      if (process.env.CI || requireSharedQuiet()) first = await importPaths(store, [SEEDS(), CORPUS()]);
    });
    after(async () => {
      await store?.close();
    });

    test('imports the seeds and the corpus: one meeting per export folder, nothing failed', (t) => {
      if (!requireShared(t, 'corpus') || !requireShared(t, 'seeds')) return;
      const s = first!;
      const failed = s.results.filter((r) => r.status === 'failed');
      assert.deepEqual(failed, [], 'no document failed');
      const documents = s.results.filter((r) => r.status !== 'skipped');
      // 5 seeds, 10 scored corpus files, 6 export folders (each one entry file).
      assert.equal(documents.length, 21);
      assert.equal(s.counts.new, 14, '14 distinct meetings');
      const skipped = s.results.filter((r) => r.status === 'skipped').map((r) => r.path);
      assert.ok(skipped.some((p) => p.endsWith('README.md')), 'README is skipped');
      assert.ok(skipped.filter((p) => p.endsWith('.json')).length >= 13, 'annotations are skipped');
      assert.ok(skipped.some((p) => p.endsWith('1552814.PDF')), "an export's PDFs are skipped as part of it");
    });

    test('the same meeting from PDF, DOCX and XML is one meeting with several sources', async (t) => {
      if (!requireShared(t, 'corpus')) return;
      const rows = await store.db
        .selectFrom('meeting as m')
        .innerJoin('municipality as mu', 'mu.id', 'm.municipality_id')
        .select(['m.id'])
        .where('mu.name', '=', 'Syddjurs')
        .where('m.date', '=', '2013-06-20')
        .execute();
      assert.equal(rows.length, 1);
      const m = await getMeeting(store, rows[0]!.id);
      assert.ok(m);
      assert.deepEqual(m.sources.map((s) => s.format).sort(), ['acadre', 'acadre', 'docx', 'pdf']);
      const current = m.sources.find((s) => s.role === 'version' && m.versions[m.versions.length - 1]!.documentId === s.documentId);
      assert.equal(current?.format, 'acadre', 'the case-system XML is the current source');
      const ballerup = await store.db.selectFrom('meeting').select('id').where('date', '=', '2012-12-04').execute();
      assert.equal(ballerup.length, 1, 'eDoc XML, its folder and its PDF are one meeting');
    });

    test('case 15.00.00-G01-86-20 appears in the meetings of 2021-03-23 and 2021-10-05', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const cases = await getCase(store, '15.00.00-G01-86-20');
      assert.equal(cases.length, 1);
      assert.deepEqual(cases[0]!.items.map((i) => i.date), ['2021-03-23', '2021-10-05']);
      assert.deepEqual(cases[0]!.items.map((i) => i.number), ['10', '7']);
      assert.equal(cases[0]!.municipality, 'Odense');
      // The case number is found however it is typed.
      assert.equal((await getCase(store, ' 15.00.00-g01-86-20 '))[0]?.caseId, cases[0]!.caseId);
    });

    test('Reza Javid (Ø) voted for "model 1" on 2021-10-05', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const reza = await personView(store, 'Reza Javid');
      assert.equal(reza.party, 'Ø');
      const vote = reza.votes.find((v) => v.date === '2021-10-05');
      assert.ok(vote);
      assert.equal(vote.option, 'model 1');
      assert.equal(vote.choice, 'for');
      assert.equal(vote.itemNumber, '1');
      assert.ok(reza.memberships.some((m) => m.committee === 'Beskæftigelses- og Socialudvalget' && m.term === '2018-2021'));
      const item = await getItem(store, vote.itemId);
      assert.ok(item?.votes.some((v) => v.name === 'Reza Javid' && v.option === 'model 1' && v.choice === 'for'));
      assert.ok(item?.votes.some((v) => v.name === 'Tommy Hummelose' && v.option === 'model 2'));
    });

    test('Hans Hammann was absent on 2020-10-22', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const hans = await personView(store, 'Hans Hammann');
      const meeting = hans.attendance.find((a) => a.date === '2020-10-22');
      assert.ok(meeting);
      assert.equal(meeting.absent, true);
      assert.equal(meeting.committee, 'Arbejdsmarkedsudvalget');
      const linda = await personView(store, 'Linda Ann Wienand');
      assert.equal(linda.attendance.find((a) => a.date === '2020-10-22')?.absent, false);
    });

    test('one person despite the spellings Hummelose and Hummelrose; item-level absence kept', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const a = await findPersons(store, 'Tommy Hummelose');
      const b = await findPersons(store, 'Tommy Hummelrose');
      assert.equal(a.length, 1);
      assert.deepEqual(b.map((p) => p.id), a.map((p) => p.id));
      const tommy = await getPerson(store, a[0]!.id);
      assert.equal(tommy?.party, 'C');
      assert.ok(tommy?.aliases.includes('Tommy Hummelrose') || tommy?.name === 'Tommy Hummelrose');
      assert.ok(tommy?.itemAbsences.some((x) => x.date === '2021-03-23' && x.reason === 'did-not-participate'));
      const brian = await personView(store, 'Brian Dybro');
      assert.ok(brian.itemAbsences.filter((x) => x.date === '2021-10-05').length >= 4);
    });

    test('search "stofbehandling" finds item 4 of 2021-10-05 first, with a highlighted snippet', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const r = await search(store, 'stofbehandling');
      assert.ok(r.total >= 1);
      const top = r.hits[0]!;
      assert.equal(top.date, '2021-10-05');
      assert.equal(top.number, '4');
      assert.equal(top.municipality, 'Odense');
      assert.match(top.titleHtml, /<mark>stofbehandling<\/mark>/);
      assert.match(top.snippetHtml ?? '', /<mark>[Ss]tofbehandling<\/mark>/);
    });

    test('Danish stemming: "godkendte" finds "godkender", "borgerne" finds "borger"', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const r = await search(store, 'godkendte', {}, { limit: 200 });
      const texts = await Promise.all(r.hits.map((h) => getItem(store, h.itemId)));
      assert.ok(texts.some((i) => /\bgodkender\b/.test(JSON.stringify(i))), 'an item with "godkender"');
      assert.ok(r.hits.some((h) => h.date === '2021-10-05' && h.number === '1'));
      const b = await search(store, 'borgerne', {}, { limit: 200 });
      const bt = await Promise.all(b.hits.map((h) => getItem(store, h.itemId)));
      assert.ok(bt.some((i) => /\bborger\b/.test(JSON.stringify(i)) && !/\bborgerne\b/.test(JSON.stringify(i))), 'an item with "borger" and not "borgerne"');
    });

    test('compound words: "beskæftigelse" finds "beskæftigelsesindsatsen", "indsats" finds it too', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const r = await search(store, 'beskæftigelse', {}, { limit: 200 });
      const hit = r.hits.find((h) => h.date === '2021-10-05' && h.number === '1');
      assert.ok(hit, 'item 1 of 2021-10-05 (… nytænkning af beskæftigelsesindsatsen)');
      assert.match(hit.titleHtml, /<mark>beskæftigelsesindsatsen<\/mark>/);
      const i = await search(store, 'indsats', {}, { limit: 200 });
      assert.ok(i.hits.some((h) => h.date === '2021-10-05' && h.number === '1'));
      const s = await search(store, 'behandling', { municipality: 'Odense' }, { limit: 200 });
      assert.ok(s.hits.some((h) => h.date === '2021-10-05' && h.number === '4'), '"behandling" finds "stofbehandling"');
    });

    test('phrases, exclusion and OR', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const phrase = await search(store, '"stemmer for model 1"');
      assert.deepEqual(hitKeys(phrase), ['Odense 2021-10-05 #1']);
      const all = await search(store, 'stofbehandling');
      const none = await search(store, 'stofbehandling -voksne');
      assert.equal(none.total, all.total - 1);
      assert.ok(!none.hits.some((h) => h.date === '2021-10-05' && h.number === '4'));
      const either = await search(store, 'stofbehandling OR frikommuneforsøg');
      assert.ok(either.total >= 2);
      const only = await search(store, '-beskæftigelse', { municipality: 'Odense' });
      const odense = await search(store, '', { municipality: 'Odense' });
      const with_ = await search(store, 'beskæftigelse', { municipality: 'Odense' });
      assert.equal(only.total, odense.total - with_.total);
    });

    test('hostile query syntax never reaches the database as an error', async () => {
      const inputs = ['"', '*', 'NEAR(', 'NEAR(a b', '-', '--', 'OR', 'AND', 'NOT', 'a OR', 'OR b', '"unterminated phrase', '(', ')', '{title}:x', 'title:x', '^x', 'x*',
        "'; DROP TABLE agenda_item; --", '\u0000\u0001', '☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e', 'æøå ÆØÅ', '%', '_', '\\', "'", ':', '&', '|', '!', '<->', 'a & !b', "x'y", 'x:*', '"a" "b" -"c d"',
        'a'.repeat(5000), Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ')];
      for (const q of inputs) {
        const r = await search(store, q, {}, { limit: 5 });
        assert.ok(r.total >= 0, q);
      }
    });

    test('filters and facet counts', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const all = await search(store, 'beskæftigelse', {}, { limit: 200 });
      assert.ok(all.facets);
      const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
      assert.equal(sum(all.facets.municipality), all.total);
      assert.equal(sum(all.facets.outcome), all.total);
      assert.equal(sum(all.facets.year), all.total);
      const odder = all.facets.municipality.find((m) => m.value === 'Odder');
      assert.ok(odder);
      const filtered = await search(store, 'beskæftigelse', { municipality: 'Odder' }, { limit: 200 });
      assert.equal(filtered.total, odder.count);
      assert.ok(filtered.hits.every((h) => h.municipality === 'Odder'));
      const committee = await search(store, 'beskæftigelse', { committee: 'Arbejdsmarkedsudvalget' });
      assert.equal(committee.total, odder.count);
      const dated = await search(store, 'beskæftigelse', { from: '2021-01-01', to: '2021-06-30' }, { limit: 200 });
      assert.ok(dated.total > 0 && dated.hits.every((h) => h.date >= '2021-01-01' && h.date <= '2021-06-30'));
      const year = all.facets.year.find((y) => y.value === '2021')!;
      assert.equal((await search(store, 'beskæftigelse', { from: '2021', to: '2021' })).total, year.count);
      const approved = await search(store, 'beskæftigelse', { outcome: 'godkendt' }, { limit: 200 });
      assert.equal(approved.total, all.facets.outcome.find((o) => o.value === 'approved')?.count);
      assert.ok(approved.hits.every((h) => h.outcome === 'approved'));
      const byCase = await search(store, '', { caseNumber: '15.00.00-G01-86-20' });
      assert.deepEqual(hitKeys(byCase).sort(), ['Odense 2021-03-23 #10', 'Odense 2021-10-05 #7']);
      const reza = await search(store, '', { person: 'Reza Javid' });
      assert.deepEqual(hitKeys(reza), ['Odense 2021-10-05 #1']);
      const party = await search(store, 'model', { party: 'Ø' });
      assert.ok(party.hits.some((h) => h.date === '2021-10-05' && h.number === '1'));
      const partyFacet = all.facets.party.find((p) => p.value === 'Ø');
      assert.equal((await search(store, 'beskæftigelse', { party: 'Ø' })).total, partyFacet?.count ?? 0);
      const unknown = await search(store, 'beskæftigelse', { municipality: 'Atlantis' });
      assert.equal(unknown.total, 0);
      assert.match(unknown.notices.join(' '), /Atlantis/);
      await assert.rejects(search(store, 'x', { from: '2021-13-45' }), /ugyldig fra-dato/);
      await assert.rejects(search(store, 'x', { outcome: 'måske' }), /ukendt beslutning/);
    });

    test('snippets escape the document text', async (t) => {
      if (!requireShared(t, 'corpus')) return;
      const r = await search(store, 'aarhus', {}, { limit: 50 });
      for (const h of r.hits) {
        const stripped = (h.snippetHtml ?? '').replace(/<\/?mark>/g, '');
        assert.ok(!/[<>]/.test(stripped), `no raw markup in ${h.snippetHtml}`);
        assert.ok(!/[<>]/.test(h.titleHtml.replace(/<\/?mark>/g, '')));
      }
    });

    test('closed items: number and title only; their content is never stored, indexed or returned', async (t) => {
      if (!requireShared(t, 'corpus')) return;
      const closed = await store.db.selectFrom('agenda_item').selectAll().where('closed', '=', 1).execute();
      assert.ok(closed.length >= 3, 'Aarhus item 21 and the two closed Fujitsu items');
      for (const c of closed) {
        assert.equal(c.sections_json, '[]');
        assert.equal(c.decision_text, null);
        assert.equal(c.recommendation_text, null);
        assert.equal(c.case_id, null);
        const view = await getItem(store, c.id);
        assert.equal(view?.closed, true);
        assert.deepEqual(view?.sections, []);
        assert.equal(view?.decision, null);
      }
      // Words that only the closed Fujitsu items' text holds (the export carries it; it must not leak).
      for (const word of ['sjusket', 'gulvtæppet']) assert.equal((await search(store, word)).total, 0, word);
      const aarhus21 = await search(store, '"Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning"');
      assert.ok(!aarhus21.hits.some((h) => h.closed));
      const leak = await sql<{ n: number | string }>`SELECT count(*) AS n FROM document WHERE content_json LIKE ${'%gulvtæppet%'} OR content_json LIKE ${'%sjusket%'}`.execute(store.db);
      assert.equal(Number(leak.rows[0]!.n), 0);
      const byTitle = await search(store, 'landbrugsejendom');
      const hit = byTitle.hits.find((h) => h.closed);
      assert.ok(hit, 'a closed item is found by its printed title');
      assert.equal(hit.snippetHtml, null);
      assert.equal(hit.caseNumber, null);
    });

    test('re-importing everything reports every document unchanged and leaves row counts identical', async (t) => {
      if (!requireShared(t, 'corpus') || !requireShared(t, 'seeds')) return;
      const before = await rowCounts(store);
      const again = await importPaths(store, [SEEDS(), CORPUS()]);
      const docs = again.results.filter((r) => r.status !== 'skipped');
      assert.equal(docs.length, 21);
      assert.deepEqual(docs.filter((r) => r.status !== 'unchanged'), []);
      assert.deepEqual(await rowCounts(store), before);
    });

    test('a changed document creates a history version; the old bytes do not flip it back', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const dir = await mkdtemp(join(tmpdir(), 'referat-change-'));
      const fresh = await open();
      try {
        const original = join(dir, '004.txt');
        await copyFile(join(SEEDS(), '004_4215b85305d5dec8.txt'), original);
        const a = await importPaths(fresh, [original]);
        assert.equal(a.counts.new, 1);
        const meetingId = a.results[0]!.meetingId!;
        const text = await readFile(original, 'utf8');
        const corrected = join(dir, '004-rettet.txt');
        await writeFile(corrected, text.replace('Punkt 6: Borgerinddragelse', 'Punkt 6: Borgerinddragelse og zebraovergange'));
        const countsBefore = await rowCounts(fresh);
        const b = await importPaths(fresh, [corrected]);
        assert.equal(b.counts.updated, 1, JSON.stringify(b.results));
        assert.equal(b.results[0]!.meetingId, meetingId);
        const versions = await listVersions(fresh, meetingId);
        assert.deepEqual(versions.map((v) => [v.version, v.reason]), [[1, 'first'], [2, 'correction']]);
        assert.ok(versions[0]!.validTo, 'version 1 was replaced at a time');
        const v1 = await getVersionContent(fresh, meetingId, 1);
        const v2 = await getVersionContent(fresh, meetingId, 2);
        assert.ok(v1 && v2);
        // Both versions whole: the replaced one took its items' sections back (store/content.ts), the current one reads them from its items.
        for (const v of [v1, v2]) assert.ok(v.items.every((it) => Array.isArray(it.sections)) && v.items.some((it) => it.sections.length > 0));
        assert.deepEqual(v2.items.map((it) => it.sections.length), v1.items.map((it) => it.sections.length));
        assert.ok(!JSON.stringify(v1).includes('zebraovergange'));
        assert.ok(JSON.stringify(v2).includes('zebraovergange'));
        assert.equal((await search(fresh, 'zebraovergange')).total, 1);
        const counts = await rowCounts(fresh);
        assert.equal(counts.meeting, countsBefore.meeting);
        assert.equal(counts.agenda_item, countsBefore.agenda_item);
        assert.equal(counts.person, countsBefore.person);
        assert.equal(counts.meeting_version, (countsBefore.meeting_version ?? 0) + 1);
        const hans = await personView(fresh, 'Hans Hammann');
        assert.equal(hans.attendance.length, 1, 'attendance replaced, not doubled');
        const c = await importPaths(fresh, [original, corrected]);
        assert.deepEqual(c.results.map((r) => r.status), ['unchanged', 'unchanged']);
        assert.equal((await getMeeting(fresh, meetingId))?.version, 2);
      } finally {
        await fresh.close();
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('bad files are reported and skipped while the rest go on; non-documents are skipped', async (t) => {
      if (!requireShared(t, 'seeds')) return;
      const dir = await mkdtemp(join(tmpdir(), 'referat-bad-'));
      const fresh = await open();
      try {
        await copyFile(join(SEEDS(), '001_5610d6f352708023.txt'), join(dir, 'a-good.txt'));
        await writeFile(join(dir, 'b-broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
        await writeFile(join(dir, 'c-empty.txt'), '');
        await writeFile(join(dir, 'd-notes.json'), '{"a":1}');
        await writeFile(join(dir, 'e-photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        await writeFile(join(dir, 'README.md'), '# Notes\n');
        await copyFile(join(SEEDS(), '003_fbb4b2740ee2460a.txt'), join(dir, 'z-good.txt'));
        const s = await importPaths(fresh, [dir, join(dir, 'missing.txt')]);
        const status = Object.fromEntries(s.results.map((r) => [r.path.split('/').pop(), r.status]));
        assert.equal(status['a-good.txt'], 'new');
        assert.equal(status['z-good.txt'], 'new');
        assert.equal(status['b-broken.pdf'], 'failed');
        assert.equal(status['c-empty.txt'], 'failed');
        assert.equal(status['d-notes.json'], 'skipped');
        assert.equal(status['e-photo.png'], 'skipped');
        assert.equal(status['README.md'], 'skipped');
        assert.equal(status['missing.txt'], 'failed');
        for (const r of s.results.filter((x) => x.status === 'failed')) assert.ok(r.reason && r.reason.length > 5, `a reason for ${r.path}`);
        assert.equal((await rowCounts(fresh)).meeting, 2);
      } finally {
        await fresh.close();
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('each document is one transaction: a failure part-way leaves nothing behind', async () => {
      const fresh = await open();
      try {
        const session = new ImportSession(fresh);
        const before = await rowCounts(fresh);
        const ops = fresh.ops;
        const broken = { ...ops, writeIndex: async () => Promise.reject(new Error('index write failed')) };
        (fresh as { ops: typeof ops }).ops = broken;
        const doc = syntheticDocument('2022-02-01', [item('1', 'Vejbelysning', 'Udskiftning af gadelys til LED.')], {
          participants: [{ name: 'Ida Holm', party: 'B', role: 'formand', absent: false }],
        });
        await assert.rejects(session.importDocument(doc, { fileName: 'x.txt', path: null, sha256: 'f'.repeat(64), size: 10 }), /index write failed/);
        (fresh as { ops: typeof ops }).ops = ops;
        assert.deepEqual(await rowCounts(fresh), before);
        const ok = await session.importDocument(doc, { fileName: 'x.txt', path: null, sha256: 'f'.repeat(64), size: 10 });
        assert.equal(ok.status, 'new');
        assert.equal((await search(fresh, 'gadelys')).total, 1);
      } finally {
        await fresh.close();
      }
    });

    test('an open item involves the members present and whoever it names; item rows hold only the latter', async () => {
      const fresh = await open();
      try {
        const session = new ImportSession(fresh);
        const vote = (name: string, party: string) => ({ option: null, for: [{ name, party, role: null }], against: [], abstain: [], reservation: [] });
        const doc = syntheticDocument('2022-03-01', [
          item('1', 'Vejbelysning', 'Udskiftning af gadelys.', { votes: [vote('Ole Vang', 'Ø')] }),
          item('2', 'Cykelsti', 'En ny cykelsti.'),
          item('3', 'Personalesag', '', { closed: true }),
        ], {
          participants: [
            { name: 'Ida Holm', party: 'B', role: 'formand', absent: false },
            { name: 'Per Berg', party: 'F', role: null, absent: true },
            { name: 'Sara Lund', party: null, role: 'sekretær', absent: false },
          ],
        });
        await session.importDocument(doc, { fileName: 'i.txt', path: null, sha256: 'e'.repeat(64), size: 1 });
        const answers = async () => {
          const out: Record<string, string[]> = {};
          for (const person of ['Ida Holm', 'Per Berg', 'Sara Lund', 'Ole Vang']) out[person] = hitKeys(await search(fresh, '', { person }));
          for (const party of ['B', 'F', 'Ø']) out[party] = hitKeys(await search(fresh, '', { party }));
          out.facets = [JSON.stringify((await search(fresh, '')).facets)];
          return out;
        };
        const before = await answers();
        assert.deepEqual(before['Ida Holm'], ['Testrup 2022-03-01 #1', 'Testrup 2022-03-01 #2'], 'present: every open item');
        assert.deepEqual(before['Per Berg'], [], 'absent: none');
        assert.deepEqual(before['Sara Lund'], [], 'staff: none');
        assert.deepEqual(before['Ole Vang'], ['Testrup 2022-03-01 #1'], 'a voter not listed: the item');
        assert.deepEqual(before.B, ['Testrup 2022-03-01 #1', 'Testrup 2022-03-01 #2']);
        assert.deepEqual(before.F, []);
        assert.deepEqual(before['Ø'], ['Testrup 2022-03-01 #1']);
        const counts = await rowCounts(fresh);
        assert.equal(counts.item_person, 1, 'only the voter who was not listed');
        assert.equal(counts.item_party, 1, 'only the voter\'s party');
        // Stores written before kept a row for every member present on every open item: the same answers.
        const ida = (await findPersons(fresh, 'Ida Holm'))[0]!;
        const open = await fresh.db.selectFrom('agenda_item').select('id').where('closed', '=', 0).execute();
        await fresh.db.insertInto('item_person').values(open.map((i) => ({ item_id: i.id, person_id: ida.id }))).execute();
        await fresh.db.insertInto('item_party').values(open.map((i) => ({ item_id: i.id, party: 'B' }))).execute();
        await bumpGeneration(fresh.db);
        assert.deepEqual(await answers(), before);
      } finally {
        await fresh.close();
      }
    });

    test('pages of a search fit together, with and without filters; a new import is found at once', async () => {
      const fresh = await open();
      try {
        const session = new ImportSession(fresh, { batchDocuments: 50 });
        const src = (n: string) => ({ fileName: `${n}.txt`, path: null, sha256: n.padEnd(64, '0'), size: 1 });
        for (let d = 1; d <= 12; d++) {
          const date = `2022-01-${String(d).padStart(2, '0')}`;
          // Three levels of relevance, each shared by several items: the date decides among them.
          const text = 'LED-lamper til vejbelysning. '.repeat(1 + (d % 3));
          await session.importDocument(syntheticDocument(date, [item('1', 'Vejbelysning', text), item('2', 'Budget', 'Vejbelysning nævnes.')]), src(`p${String(d).padStart(2, '0')}x`));
        }
        await session.flush();
        for (const filters of [{}, { from: '2022-01-04', to: '2022-01-10' }]) {
          const all = await search(fresh, 'vejbelysning', filters, { limit: 24 });
          assert.equal(all.total, 'from' in filters ? 14 : 24, JSON.stringify(filters));
          for (let i = 1; i < all.hits.length; i++) {
            const [a, b] = [all.hits[i - 1]!, all.hits[i]!];
            assert.ok(a.score > b.score || (a.score === b.score && (a.date > b.date || (a.date === b.date && a.itemId > b.itemId))), `order at ${i}`);
          }
          const pages: number[] = [];
          for (let offset = 0; offset < all.total; offset += 5) pages.push(...(await search(fresh, 'vejbelysning', filters, { limit: 5, offset })).hits.map((h) => h.itemId));
          assert.deepEqual(pages, all.hits.map((h) => h.itemId), JSON.stringify(filters));
        }
        const newest = await search(fresh, '', {}, { limit: 3 });
        assert.deepEqual(hitKeys(newest), ['Testrup 2022-01-12 #1', 'Testrup 2022-01-12 #2', 'Testrup 2022-01-11 #1']);
        assert.equal((await search(fresh, 'gadekryds')).total, 0);
        await session.importDocument(syntheticDocument('2022-02-01', [item('1', 'Gadekryds', 'Et nyt gadekryds ved skolen.')]), src('q1'));
        await session.flush();
        assert.equal((await search(fresh, 'gadekryds')).total, 1);
        // The middle part of a compound: "skole" finds "folkeskolereformen".
        await session.importDocument(syntheticDocument('2022-02-02', [item('1', 'Folkeskolereformen', 'Evaluering af folkeskolereformen.')]), src('q2'));
        await session.flush();
        assert.ok((await search(fresh, 'skole')).hits.some((h) => h.date === '2022-02-02'), '"skole" finds "folkeskolereformen"');
        // A quoted word is that word only ("skolen" of 2022-02-01, not the compound).
        assert.deepEqual((await search(fresh, '"skole"')).hits.map((h) => h.date), ['2022-02-01']);
        assert.deepEqual(hitKeys(await search(fresh, '', {}, { limit: 1 })), ['Testrup 2022-02-02 #1']);
      } finally {
        await fresh.close();
      }
    });

    test('a store indexed by another analysis version is re-indexed when opened', async () => {
      const fresh = await open();
      try {
        const session = new ImportSession(fresh);
        const src = (n: string) => ({ fileName: `${n}.txt`, path: null, sha256: n.padEnd(64, '0'), size: 1 });
        await session.importDocument(syntheticDocument('2022-03-01', [item('1', 'Folkeskolereformen', 'Evaluering af folkeskolereformen.')]), src('r1'));
        await session.flush();
        await fresh.db.updateTable('store_meta').set({ value: '0' }).where('key', '=', 'analysis_version').execute();
        await migrate(fresh);
        const meta = await fresh.db.selectFrom('store_meta').select('value').where('key', '=', 'analysis_version').executeTakeFirstOrThrow();
        assert.equal(meta.value, String(ANALYSIS_VERSION));
        assert.equal(await fresh.ops.indexedCount(fresh.db), 1, 'the index holds each item once');
        assert.equal((await search(fresh, 'skole')).total, 1);
      } finally {
        await fresh.close();
      }
    });

    test('recency breaks ties in relevance; minutes replace the agenda of the same meeting', async () => {
      const fresh = await open();
      try {
        const session = new ImportSession(fresh);
        const src = (n: string) => ({ fileName: `${n}.txt`, path: null, sha256: n.padEnd(64, '0'), size: 1 });
        for (const date of ['2019-05-01', '2023-05-01', '2021-05-01']) {
          await session.importDocument(syntheticDocument(date, [item('1', 'Cykelsti langs åen', 'Anlæg af cykelsti langs åen.')]), src(date.replace(/-/g, '')));
        }
        const r = await search(fresh, 'cykelsti');
        assert.deepEqual(r.hits.map((h) => h.date), ['2023-05-01', '2021-05-01', '2019-05-01']);
        const agenda = syntheticDocument('2024-01-10', [item('1', 'Skolevej', 'Trafiksikring af skolevejen.')], { kind: 'agenda' });
        const minutes = syntheticDocument('2024-01-10', [item('1', 'Skolevej', 'Trafiksikring af skolevejen.', { decision: { text: 'Godkendt.', outcome: 'approved' } })]);
        const a = await session.importDocument(minutes, src('aa'));
        const b = await session.importDocument(agenda, src('bb'));
        assert.equal(a.status, 'new');
        assert.equal(b.status, 'alternate', 'an agenda after the minutes is kept as another form');
        const m = await getMeeting(fresh, a.meetingId!);
        assert.equal(m?.kind, 'minutes');
        assert.equal(m?.items[0]?.outcome, 'approved');
        const c = await session.importDocument(syntheticDocument('2024-02-10', [item('1', 'Havn', 'Havneudvidelse.')], { kind: 'agenda' }), src('cc'));
        const d = await session.importDocument(
          syntheticDocument('2024-02-10', [item('1', 'Havn', 'Havneudvidelse.', { decision: { text: 'Anbefales.', outcome: 'recommended' } })]),
          src('dd'),
        );
        assert.equal(c.status, 'new');
        assert.equal(d.status, 'updated');
        assert.deepEqual((await listVersions(fresh, d.meetingId!)).map((v) => v.reason), ['first', 'minutes']);
      } finally {
        await fresh.close();
      }
    });
  });
}

/** True when ../shared has what the suite imports (the tests themselves report a missing folder). */
function requireSharedQuiet(): boolean {
  let ok = true;
  requireShared({ skip: () => void (ok = false) }, 'seeds');
  requireShared({ skip: () => void (ok = false) }, 'corpus');
  return ok;
}
