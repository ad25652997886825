import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MeetingDocument } from '../../model/index.js';
import { isReferatError } from '../../errors.js';
import { decodeText } from '../encoding.js';
import { detectEsdh, readEsdhXml } from './index.js';
import { MUNICIPALITIES, REGIONS, detectMunicipality } from '../../parse/danish/municipalities.js';
import { memberOf, splitDatedEntries } from './common.js';
import { type Annotation, compareWithAnnotation, norm } from '../../../test/support/annotation.js';
import { sharedPath } from '../../../test/support/paths.js';

// ---------------------------------------------------------------------------------------------
// Corpus location: ../shared/corpus beside the project root (test/support/paths.ts).

const CORPUS = sharedPath('corpus');
const HAVE_CORPUS = existsSync(CORPUS);
// Missing corpus: skipped locally, a failure in CI (the test runs and `requireCorpus` fails).
const corpusSkip = HAVE_CORPUS || process.env.CI ? false : 'corpus folder ../shared/corpus not found';

function requireCorpus(): void {
  if (!HAVE_CORPUS && process.env.CI) assert.fail(`corpus folder missing: ${CORPUS}`);
}

function readCorpus(rel: string): MeetingDocument {
  const file = join(CORPUS, rel);
  const text = decodeText(readFileSync(file)).text;
  const doc = readEsdhXml(text, rel.split('/').pop()!, dirname(file));
  assert.ok(doc, `${rel}: not recognised as an ESDH export`);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Comparison as eval/score.mjs normalises (test/support/annotation.ts).

function same(got: unknown, want: unknown, what: string): void {
  assert.equal(norm(got), norm(want), `${what}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

function truth(stem: string): Annotation {
  return JSON.parse(readFileSync(join(CORPUS, `${stem}.json`), 'utf8')) as Annotation;
}

/** Asserts everything the annotation states, to the letter (keys that are null or missing are not checked). */
function assertMatches(doc: MeetingDocument, t: Annotation): void {
  assert.deepEqual(compareWithAnnotation(doc, t, { strict: true }), []);
}

// ---------------------------------------------------------------------------------------------
// Scored XML documents (4, 6, 9, 10)

const SCORED: Array<[string, string]> = [
  ['edoc-ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04', 'edoc'],
  ['acadre-syddjurs-puk-2013-06-20', 'acadre'],
  ['sbsys-ballerup-kmb-it-udvalget-2013-05-15', 'sbsys'],
  ['sbsys-region-hovedstaden-forretningsudvalget-2012-09-25', 'sbsys'],
];

for (const [stem, format] of SCORED) {
  test(`corpus ${stem}.xml matches its annotation`, { skip: corpusSkip }, () => {
    requireCorpus();
    const doc = readCorpus(`${stem}.xml`);
    assert.equal(doc.source.format, format);
    assertMatches(doc, truth(stem));
  });
}

test('eDoc: items sorted, participants with party and role, decision only from this meeting', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus('edoc-ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.xml');
  const lolan = doc.participants.find((p) => p.name === 'Lolan Ottesen');
  assert.deepEqual(lolan, { name: 'Lolan Ottesen', party: 'A', role: 'formand', absent: false });
  assert.ok(!doc.participants.some((p) => /Mie Helene/.test(p.name)), 'the secretary is not a participant');
  const item2 = doc.items.find((i) => i.number === '2')!;
  assert.ok(item2.sections.some((s) => s.heading === 'Sagsfremstilling'));
  assert.ok(item2.attachments.some((a) => a.title === 'Bygningsliste og prioriteringssystem'));
  assert.equal(item2.kind, 'beslutning');
  // "Dok.nr." is a document number, not the case number.
  assert.ok(!doc.items.some((i) => /2012-20\d{4}/.test(i.caseNumber ?? '')));
});

test('Acadre: the earlier "Beslutning i … den" bullets are not the decision', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus('acadre-syddjurs-puk-2013-06-20.xml');
  const item = doc.items[0]!;
  assert.ok(!/Der indkaldes til et ekstraordinært/.test(item.decision?.text ?? ''));
  assert.ok(!/Punktet genoptages/.test(item.decision?.text ?? ''));
  assert.equal(doc.endTime, '13:00');
  assert.deepEqual(
    item.attachments.map((a) => a.href),
    ['3525829E1.DOCX', '2531342E2.DOC', '3629343E3.DOCX'],
  );
  // The earlier decisions stay in the published sections.
  assert.ok(item.sections.some((s) => /den 10-04-2013/.test(s.heading)));
});

test('SBSYS Region H: earlier decision and "Tomt indhold" are not decisions', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus('sbsys-region-hovedstaden-forretningsudvalget-2012-09-25.xml');
  for (const item of doc.items) assert.equal(item.decision, null, `item ${item.number}`);
  assert.ok(!JSON.stringify(doc).includes('Tomt indhold'));
  // Julie Herdal Molbech's absence belongs to the 18 September meeting.
  assert.deepEqual(doc.items[0]!.absentMembers, []);
  assert.equal(doc.kind, 'agenda');
});

// ---------------------------------------------------------------------------------------------
// Folders (not scored)

test('Acadre manifest XML_1863.xml is followed to the content XML (case-insensitive name)', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus('acadre-syddjurs-puk-2013-06-20/XML_1863.xml');
  assert.equal(doc.source.format, 'acadre');
  assertMatches(doc, truth('acadre-syddjurs-puk-2013-06-20'));
  // Without a folder the manifest yields only its header and says why.
  const text = readFileSync(join(CORPUS, 'acadre-syddjurs-puk-2013-06-20/XML_1863.xml'), 'utf8');
  const bare = readEsdhXml(text, 'XML_1863.xml');
  assert.ok(bare);
  assert.equal(bare.items.length, 0);
  assert.equal(bare.date, '2013-06-20');
  assert.ok(bare.warnings.some((w) => w.code === 'W_ACADRE_CONTENT_MISSING'));
  // A path as name is enough.
  const byPath = readEsdhXml(text, join(CORPUS, 'acadre-syddjurs-puk-2013-06-20/XML_1863.xml'));
  assert.equal(byPath?.items.length, 1);
});

const FUJITSU_V2 = 'edoc-fujitsu-middelfart-testudvalg-2017-05-02-v2/e9117c72-1d79-4fe9-9653-ef7ab6f27187.xml';
const FUJITSU_V1 = 'edoc-fujitsu-middelfart-testudvalg-2017-05-02-v1/41a93779-8b2a-414b-9f87-691e24f8f40a.xml';

test('eDoc Fujitsu v2 matches its annotation; closed items keep only number, title, case number', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus(FUJITSU_V2);
  assert.equal(doc.source.format, 'edoc-fujitsu');
  assertMatches(doc, truth('edoc-fujitsu-middelfart-testudvalg-2017-05-02-v2'));
  for (const item of doc.items.filter((i) => i.closed)) {
    assert.deepEqual(item.sections, [], `closed item ${item.number} sections`);
    assert.equal(item.decision, null);
    assert.deepEqual(item.attachments, []);
    assert.equal(item.recommendation, null);
  }
  assert.equal(doc.participants.find((p) => p.name === 'Allan Buch')?.role, 'formand');
  assert.equal(doc.participants.find((p) => p.name === 'Hanne Lauritsen')?.party, 'F');
  assert.equal(doc.endTime, '11:00');
});

test('eDoc Fujitsu v2: closed items\' text never appears in the output', { skip: corpusSkip }, () => {
  requireCorpus();
  const raw = readFileSync(join(CORPUS, FUJITSU_V2), 'utf8');
  const json = JSON.stringify(readCorpus(FUJITSU_V2));
  // Distinctive words of items 5 and 6 (text, proposal, economy, attachment titles).
  const secrets = ['sjusket', 'gulvtæppet', 'Meget er skrevet', 'For dyrt', 'Geosager', 'forkert ejendom', 'Incident=121865', 'Anders Juel Sørensen', 'Maja Maria Føns'];
  for (const s of secrets) {
    assert.ok(raw.includes(s), `test premise: the export contains "${s}"`);
    assert.ok(!json.includes(s), `closed content leaked: "${s}"`);
  }
  // "Beslutning ikke frigivet" is not a decision.
  assert.ok(!json.includes('ikke frigivet'));
});

test('eDoc Fujitsu v1 matches its annotation', { skip: corpusSkip }, () => {
  requireCorpus();
  assertMatches(readCorpus(FUJITSU_V1), truth('edoc-fujitsu-middelfart-testudvalg-2017-05-02-v1'));
});

test('GetOrganized publication.xml: hierarchical numbers, no pseudo-items numbered 0', { skip: corpusSkip }, () => {
  requireCorpus();
  const doc = readCorpus('sbsys-aarhus-moedesystemgruppen-2016-10-06/publication.xml');
  assert.equal(doc.source.format, 'getorganized');
  const t = truth('sbsys-aarhus-moedesystemgruppen-2016-10-06');
  assert.deepEqual(doc.items.map((i) => i.number), ['1', '1.1', '1.2', '1.3', '1.4', '2', '2.1', '2.2', '2.3', '3']);
  assert.deepEqual(doc.items.map((i) => i.title), t.items.map((i) => i.title));
  assert.ok(!doc.items.some((i) => i.number === '0' || /referat/i.test(i.title)));
  assert.equal(doc.kind, 'minutes');
  same(doc.committee, t.committee, 'committee');
  assert.equal(doc.date, t.date);
  assert.equal(doc.startTime, t.startTime);
  same(doc.location, t.location, 'location');
  assert.equal(doc.endTime, '15:00');
  // Participate=0 on every member means attendance was not recorded, not that all were absent.
  assert.ok(doc.participants.length >= 10);
  assert.ok(doc.participants.every((p) => !p.absent));
});

test('every corpus XML is recognised as its system', { skip: corpusSkip }, () => {
  requireCorpus();
  const cases: Array<[string, string]> = [
    ['edoc-ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04/eDocAgendaPublishing.xml', 'edoc'],
    ['acadre-syddjurs-puk-2013-06-20/XML_1863.xml', 'acadre-manifest'],
    ['acadre-syddjurs-puk-2013-06-20/Files_1863_3687982/3687981.XML', 'acadre'],
    ['sbsys-ballerup-kmb-it-udvalget-2013-05-15/Publication32.xml', 'sbsys'],
    ['sbsys-region-hovedstaden-forretningsudvalget-2012-09-25.xml', 'sbsys'],
    [FUJITSU_V1, 'edoc-fujitsu'],
    ['sbsys-aarhus-moedesystemgruppen-2016-10-06/publication.xml', 'getorganized'],
  ];
  for (const [rel, system] of cases) {
    assert.equal(detectEsdh(decodeText(readFileSync(join(CORPUS, rel))).text, rel), system, rel);
  }
});

test('truncated corpus exports yield a document or E_XML_UNREADABLE, never another failure', { skip: corpusSkip }, () => {
  requireCorpus();
  const files = [
    'edoc-ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.xml',
    'acadre-syddjurs-puk-2013-06-20.xml',
    'sbsys-region-hovedstaden-forretningsudvalget-2012-09-25.xml',
    FUJITSU_V2,
    'sbsys-aarhus-moedesystemgruppen-2016-10-06/publication.xml',
  ];
  for (const rel of files) {
    const text = decodeText(readFileSync(join(CORPUS, rel))).text;
    for (const frac of [0.02, 0.1, 0.33, 0.5, 0.77, 0.99]) {
      const cut = text.slice(0, Math.floor(text.length * frac));
      try {
        const doc = readEsdhXml(cut, 'cut.xml');
        if (doc) JSON.stringify(doc);
      } catch (e) {
        assert.ok(isReferatError(e) && e.code === 'E_XML_UNREADABLE', `${rel} cut at ${frac}: ${String(e)}`);
        assert.ok(e.message.startsWith('cut.xml: '));
      }
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Lenient and safe loading (synthetic)

const sbsys = (caption: string, extra = '', doctype = ''): string => `\ufeff<?xml version="1.0" encoding="utf-8"?>${doctype}
<Publication><PublicationTypeAsEnum><![CDATA[Minutes]]></PublicationTypeAsEnum><Agendas><Agenda ID="1">
<Meeting><When><![CDATA[05-10-2021 08:30:00]]></When><Where><![CDATA[Rådhuset, lokale 224]]></Where>
<Members><MeetingMember><Name><![CDATA[Hans Hammann (V)]]></Name><ParticipationStatusAsText><![CDATA[NotParticipating]]></ParticipationStatusAsText></MeetingMember>
<MeetingMember><Name><![CDATA[Anne Ås (A)]]></Name><ParticipationStatusAsText><![CDATA[Participating]]></ParticipationStatusAsText></MeetingMember></Members></Meeting>
<Committee><Name><![CDATA[Teknik- og Miljøudvalget]]></Name></Committee>
<Items>
<Item><Caption>${caption}</Caption><IsPublic><![CDATA[True]]></IsPublic><Number><![CDATA[1]]></Number><Case><Number><![CDATA[01.02.03-A00-1-21]]></Number></Case>
<Fields><ItemField><Caption><![CDATA[Sagsfremstilling]]></Caption><IsFeedback><![CDATA[False]]></IsFeedback><Content><![CDATA[<p>Vejen til K&oslash;ge Kommune &amp; omegn.</p>]]></Content></ItemField>
<ItemField><Caption><![CDATA[Beslutning]]></Caption><IsFeedback><![CDATA[True]]></IsFeedback><Content><![CDATA[<p>Godkendt.</p>]]></Content></ItemField></Fields></Item>
<Item><Caption><![CDATA[Køb af ejendom]]></Caption><IsPublic><![CDATA[False]]></IsPublic><Number><![CDATA[2]]></Number>
<Fields><ItemField><Caption><![CDATA[Sagsfremstilling]]></Caption><Content><![CDATA[<p>Hemmelig pris 4.000.000 kr. for Skovvej 12.</p>]]></Content></ItemField>
<ItemField><Caption><![CDATA[Beslutning]]></Caption><IsFeedback><![CDATA[True]]></IsFeedback><Content><![CDATA[<p>Købet godkendt fortroligt.</p>]]></Content></ItemField></Fields>
<Enclosures><Enclosure><Name><![CDATA[Skøde Skovvej 12]]></Name></Enclosure></Enclosures></Item>
${extra}</Items></Agenda></Agendas></Publication>`;

test('an external entity (DOCTYPE … SYSTEM "file:///…") is never read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-xxe-'));
  try {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOPSECRET-4711');
    for (const target of ['file:///etc/passwd', `file://${secret}`]) {
      const doctype = `\n<!DOCTYPE Publication [\n  <!ENTITY xxe SYSTEM "${target}">\n  <!ENTITY inner "INNER-ENTITY">\n]>`;
      const doc = readEsdhXml(sbsys('<![CDATA[Punkt]]>&xxe;&inner;', '', doctype), 'xxe.xml');
      assert.ok(doc, 'still read as SBSYS');
      const json = JSON.stringify(doc);
      assert.ok(!json.includes('TOPSECRET-4711'));
      assert.ok(!/root:|\/bin\/(ba)?sh/.test(json), 'no /etc/passwd content');
      assert.ok(!json.includes('INNER-ENTITY'), 'internal entities are not expanded either');
      assert.equal(doc.items.length, 2);
    }
    // Not an ESDH export at all: null, and nothing read.
    assert.equal(readEsdhXml(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://${secret}">]><r>&x;</r>`, 'r.xml'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SBSYS synthetic: BOM, CDATA with HTML entities, closed item dropped, absence from status', () => {
  const doc = readEsdhXml(sbsys('<![CDATA[Vejplan &amp; trafik]]>'), 'p.xml');
  assert.ok(doc);
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.municipality, 'Køge');
  assert.equal(doc.date, '2021-10-05');
  assert.equal(doc.startTime, '08:30');
  const [open, closed] = doc.items;
  assert.equal(open!.title, 'Vejplan & trafik');
  assert.equal(open!.caseNumber, '01.02.03-A00-1-21');
  assert.equal(open!.decision?.text, 'Godkendt.');
  assert.ok(JSON.stringify(open!.sections).includes('Vejen til Køge Kommune & omegn.'));
  assert.deepEqual(
    { number: closed!.number, title: closed!.title, closed: closed!.closed, sections: closed!.sections, decision: closed!.decision, attachments: closed!.attachments },
    { number: '2', title: 'Køb af ejendom', closed: true, sections: [], decision: null, attachments: [] },
  );
  const json = JSON.stringify(doc);
  for (const s of ['Hemmelig', '4.000.000', 'fortroligt', 'Skøde']) assert.ok(!json.includes(s), s);
  assert.equal(doc.participants.find((p) => p.name === 'Hans Hammann')?.absent, true);
  assert.equal(doc.participants.find((p) => p.name === 'Anne Ås')?.absent, false);
});

test('eDoc synthetic: illegal &#xC;/&#x1; references and bare CR line ends do not fail the meeting', () => {
  const fullText = [
    '1.\tGodkendelse af dagsorden',
    '',
    'Sagsnr.: 2021-1234',
    'Dok.nr.: 2021-999999',
    '',
    'Sagsfremstilling',
    'Teksten&#xC;fortsætter&#x1; her.',
    '',
    'Indstilling',
    'Forvaltningen indstiller, at dagsordenen godkendes.',
    '',
    'Økonomiudvalgets beslutning den 01.03.2021 Punkt 1',
    'Sagen udsat.',
    '',
    'Økonomiudvalgets beslutning den 05.10.2021 Punkt 1',
    'Godkendt',
    'med den bemærkning at sagen følges.',
    '',
    'Følgende deltog ikke i behandlingen af punktet:',
    'Hans Hammann (V)',
  ].join('\r');
  const xml = `<?xml version="1.0"?>\r\n<Meeting>\r<Committee>Økonomiudvalget</Committee><MeetingDate>05-10-2021 16:00:00</MeetingDate><MeetingState>Referat godkendt</MeetingState>
<MeetingAgendaTypes>
<MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType><MeetingAgendaItems>
<MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber><Document><Title>Godkendelse af dagsorden</Title><NeutralTitle>Godkendelse af dagsorden</NeutralTitle></Document><FullText>${fullText}</FullText></MeetingAgendaItem>
</MeetingAgendaItems><FullText>Økonomiudvalget\rReferat\rmandag den 5. oktober 2021, kl. 16:00\ri Byrådssalen på Holbæk Rådhus\r\rTilstede\rHans Hammann (V) - formand\rAnne Ås (A)\r\rAfbud/Fraværende\rPer Hansen (C)\r\r&#xC;</FullText></MeetingAgendaType>
<MeetingAgendaType><AgendaType>Lukket dagsorden</AgendaType><MeetingAgendaItems>
<MeetingAgendaItem><AgendaItemNumber>2</AgendaItemNumber><Document><Title>Lukket: Salg af grund til Jensen</Title><NeutralTitle>Salg af grund</NeutralTitle></Document><FullText>2.\tSalg af grund\r\rSagsfremstilling\rKøber Jensen betaler 2 mio. kr.\r\rØkonomiudvalgets beslutning den 05.10.2021 Punkt 2\rSolgt til Jensen.</FullText></MeetingAgendaItem>
</MeetingAgendaItems><FullText>Lukket referat Jensen</FullText></MeetingAgendaType>
</MeetingAgendaTypes></Meeting>`;
  const doc = readEsdhXml(xml, 'eDocAgendaPublishing.xml');
  assert.ok(doc);
  assert.equal(doc.source.format, 'edoc');
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.municipality, 'Holbæk');
  assert.equal(doc.location, 'Byrådssalen på Holbæk Rådhus');
  assert.equal(doc.startTime, '16:00');
  assert.deepEqual(
    doc.participants.map((p) => [p.name, p.party, p.role, p.absent]),
    [
      ['Hans Hammann', 'V', 'formand', false],
      ['Anne Ås', 'A', null, false],
      ['Per Hansen', 'C', null, true],
    ],
  );
  const [one, two] = doc.items;
  assert.equal(one!.caseNumber, '2021-1234');
  same(one!.decision?.text, 'Godkendt med den bemærkning at sagen følges.', 'decision of this meeting only');
  assert.ok(one!.sections.some((s) => s.heading === 'Sagsfremstilling' && JSON.stringify(s.blocks).includes('fortsætter')));
  assert.deepEqual(one!.absentMembers.map((a) => a.person.name), ['Hans Hammann']);
  assert.equal(two!.closed, true);
  assert.equal(two!.title, 'Salg af grund', 'a closed item shows its neutral title');
  assert.ok(!JSON.stringify(doc).includes('Jensen'));
});

test('not ours: other XML and non-XML give null; a recognised but empty export is E_XML_UNREADABLE', () => {
  assert.equal(readEsdhXml('<?xml version="1.0"?><html><body><p>Hej</p></body></html>', 'a.xml'), null);
  assert.equal(readEsdhXml('<rss version="2.0"><channel><title>x</title></channel></rss>', 'feed.xml'), null);
  assert.equal(readEsdhXml('Referat fra mødet', 'a.txt'), null);
  assert.equal(readEsdhXml('', 'empty.xml'), null);
  assert.equal(readEsdhXml('<root><table name="other"/></root>', 'x.xml'), null);
  assert.throws(
    () => readEsdhXml('<Meeting><MeetingAgendaTypes></MeetingAgendaTypes></Meeting>', 'broken.xml'),
    (e: unknown) => isReferatError(e) && e.code === 'E_XML_UNREADABLE' && e.message.startsWith('broken.xml: '),
  );
  assert.throws(
    () => readEsdhXml('<Publication><Agendas><Agenda ID="3"></Agenda></Agendas></Publication>', 'pub.xml'),
    (e: unknown) => isReferatError(e) && e.code === 'E_XML_UNREADABLE',
  );
});

test('Acadre manifest: only a bare file name in the same folder is followed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-acadre-'));
  try {
    const content = `<?xml version="1.0"?><root><table name="agenda"><fields><field name="name">Referat</field></fields>
<table name="committee"><fields><field name="name">Byrådet</field><field name="departmentName">Norddjurs Kommune</field></fields></table>
<table name="meeting"><fields><field name="date">2020-06-04 09:00</field><field name="location">Byrådssalen</field></fields></table>
<table name="agendaitemparents"><fields><field name="sort">3</field></fields><table name="agendaitem"><fields><field name="name">Lukket: Personalesag</field><field name="access">2</field><field name="accessname">Lukket</field></fields>
<table name="bullet"><fields><field name="bulletname">Sagsfremstilling</field><field name="bulletcontent">&lt;p&gt;Medarbejder X er afskediget.&lt;/p&gt;</field></fields></table></table></table>
<table name="agendaitemparents"><fields><field name="sort">1</field></fields><table name="agendaitem"><fields><field name="name">Budget</field><field name="access">1</field><field name="accessname">Åben</field><field name="caseno">20/1</field></fields>
<table name="bullet"><fields><field name="bulletname">Beslutning i Byrådet den 04-06-2020</field><field name="bullettype">8</field><field name="bulletcontent">&lt;p&gt;Godkendt.&lt;/p&gt;</field></fields></table></table></table>
</table></root>`;
    const manifest = (file: string): string =>
      `<root><org>Acadre</org><table name="committee"><fields><field name="Byrådet"></field></fields></table><table name="meeting"><fields><field date="2020-06-04 09:00"></field></fields></table><table name="agenda"><fields><field name="Referat"></field></fields></table><table name="producedAgenda"><fields><field xmlfilename="${file}"></field><field type="2"></field><field publish="1"></field><field filesfolder="Files_1"></field></fields></table></root>`;
    mkdirSync(join(dir, 'export', 'files_1'), { recursive: true });
    writeFileSync(join(dir, 'export', 'files_1', '555.XML'), content);
    writeFileSync(join(dir, 'outside.xml'), content);
    const ok = readEsdhXml(manifest('555.xml'), 'XML_1.xml', join(dir, 'export'));
    assert.ok(ok);
    assert.equal(ok.municipality, 'Norddjurs');
    assert.deepEqual(ok.items.map((i) => [i.number, i.title, i.closed]), [['1', 'Budget', false], ['3', 'Personalesag', true]]);
    assert.equal(ok.items[0]!.decision?.text, 'Godkendt.');
    assert.ok(!JSON.stringify(ok).includes('afskediget'));
    const escaped = readEsdhXml(manifest('../../outside.xml'), 'XML_1.xml', join(dir, 'export', 'files_1'));
    assert.ok(escaped);
    assert.equal(escaped.items.length, 0, 'a path out of the folder is not followed');
    assert.ok(escaped.warnings.some((w) => w.code === 'W_ACADRE_CONTENT_MISSING'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Helpers

// Dates and times of the exports are read by src/parse/danish/dates.ts; their examples are in
// dates.test.ts ("dates: export date-time values and headings", "time value: …").
test('helpers: members, dated decision entries, municipalities', () => {
  assert.deepEqual(memberOf('Jesper  Mathiesen (A)'), { name: 'Jesper Mathiesen', party: 'A', role: null, absent: false });
  assert.deepEqual(memberOf('Grethe Larsen (A) - næstformand'), { name: 'Grethe Larsen', party: 'A', role: 'næstformand', absent: false });
  assert.deepEqual(memberOf('Hans Hammann (Fravær)'), { name: 'Hans Hammann', party: null, role: null, absent: true });
  const entries = splitDatedEntries([
    { type: 'paragraph', lines: ['18. september 2012: Sagen udsat.'] },
    { type: 'paragraph', lines: ['Julie Herdal Molbech (F) deltog ikke i sagens behandling.'] },
    { type: 'paragraph', lines: ['25. september 2012:'] },
  ]);
  assert.deepEqual(entries.map((e) => [e.date, e.blocks.length]), [['2012-09-18', 2], ['2012-09-25', 0]]);
  assert.equal(MUNICIPALITIES.length, 98);
  assert.equal(new Set(MUNICIPALITIES).size, 98);
  assert.equal(REGIONS.length, 5);
  assert.equal(detectMunicipality(['Syddjurs Administration'], ''), 'Syddjurs');
  assert.equal(detectMunicipality([null], 'Københavns Kommune og Københavns Kommunes borgere'), 'København');
  assert.equal(detectMunicipality([], 'Region Hovedstaden og Region Hovedstadens hospitaler'), 'Region Hovedstaden');
  assert.equal(detectMunicipality(['H2'], 'da kommune'), null);
  assert.equal(detectMunicipality([], '', 'a@syddjurs.dk b@balk.dk c@balk.dk'), 'Ballerup');
});

test('eDoc: an item without its own FullText is read from the agenda type\'s whole text', () => {
  const whole = [
    'Børne- og Skoleudvalget',
    'Dagsorden',
    'onsdag den 2. marts 2022, kl. 17:00',
    'i Mødelokale 1 på Gladsaxe Rådhus',
    '',
    'Medlemmer: Anna Berg (A), Bo Carl (V)',
    '\f',
    'INDHOLDSFORTEGNELSE',
    '1.\tSkoleudbygning\t3',
    '2.\tEventuelt\t4',
    '\f1.\tSkoleudbygning',
    '',
    'Sagsnr.: 22/100',
    '',
    'Sagsfremstilling',
    'Der bygges en ny fløj.',
    '',
    '2.\tEventuelt',
    '',
    'Sagsfremstilling',
    'Intet.',
  ].join('\n');
  const xml = `<Meeting><Committee>Børne- og Skoleudvalget</Committee><MeetingDate>02-03-2022 17:00:00</MeetingDate><MeetingState>Dagsorden publiceret</MeetingState>
<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType><MeetingAgendaItems>
<MeetingAgendaItem><AgendaItemNumber>2</AgendaItemNumber><Document><Title>Eventuelt</Title></Document></MeetingAgendaItem>
<MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber><Document><Title>Skoleudbygning</Title></Document></MeetingAgendaItem>
</MeetingAgendaItems><FullText>${whole.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</FullText></MeetingAgendaType></MeetingAgendaTypes></Meeting>`;
  const doc = readEsdhXml(xml, 'eDocAgendaPublishing.xml');
  assert.ok(doc);
  assert.equal(doc.kind, 'agenda');
  assert.equal(doc.municipality, 'Gladsaxe');
  assert.deepEqual(doc.participants.map((p) => [p.name, p.party]), [['Anna Berg', 'A'], ['Bo Carl', 'V']]);
  assert.deepEqual(doc.items.map((i) => i.number), ['1', '2']);
  assert.equal(doc.items[0]!.caseNumber, '22/100');
  assert.ok(JSON.stringify(doc.items[0]!.sections).includes('Der bygges en ny fløj.'));
  assert.ok(!JSON.stringify(doc.items[0]!.sections).includes('Intet.'));
  assert.equal(doc.items[0]!.decision, null);
});

test('eDoc Fujitsu synthetic minutes: released decision, earlier handling kept apart, closed attachment dropped', () => {
  const ns = 'http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/';
  const element = (no: number, pub: boolean, title: string, body: string, decision: string, extra = ''): string => `
<edoc:AgendaElement><edoc:Type>Behandling</edoc:Type><edoc:AccessIsPublic>${pub}</edoc:AccessIsPublic><edoc:SortOrder>${no}</edoc:SortOrder>
<edoc:HandlingItem><edoc:SerialNo>${no + 40}</edoc:SerialNo><edoc:Title>${title}</edoc:Title><edoc:NeutralTitle>${pub ? title : 'Ejendomssag'}</edoc:NeutralTitle><edoc:CaseNumber>2022-00${no}</edoc:CaseNumber>
<edoc:HandlingPlan>${extra}<edoc:Handling><edoc:Placement>This</edoc:Placement><edoc:CommitteeName>Økonomiudvalget</edoc:CommitteeName><edoc:MeetingDate>07-06-2022 15:00</edoc:MeetingDate><edoc:Decision>${decision}</edoc:Decision></edoc:Handling></edoc:HandlingPlan>
<edoc:CasePresentations><edoc:CasePresentation><edoc:Title>Sagsbeskrivelse</edoc:Title><edoc:Content>${body}</edoc:Content><edoc:IsDecision>false</edoc:IsDecision></edoc:CasePresentation></edoc:CasePresentations>
<edoc:Attachments><edoc:Attachment><edoc:Title>Bilag til ${title}</edoc:Title><edoc:AccessEnumName>Public</edoc:AccessEnumName><edoc:Link>\\Attachments\\${no}.pdf</edoc:Link></edoc:Attachment></edoc:Attachments>
</edoc:HandlingItem></edoc:AgendaElement>`;
  const before = `<edoc:Handling><edoc:Placement>Before</edoc:Placement><edoc:CommitteeName>Teknik- og Miljøudvalget</edoc:CommitteeName><edoc:MeetingDate>01-06-2022 15:00</edoc:MeetingDate><edoc:Decision>&lt;p&gt;Anbefales. Hans Hansen (V) deltog ikke i behandlingen af punktet.&lt;/p&gt;</edoc:Decision></edoc:Handling>`;
  const xml = `\ufeff<Root xmlns:edoc="${ns}"><edoc:OutputTypeEnumName>Minutes</edoc:OutputTypeEnumName><edoc:Committee><edoc:Name>Økonomiudvalget</edoc:Name><edoc:Meeting>
<edoc:MeetingDateTime>07-06-2022 15:00</edoc:MeetingDateTime><edoc:MeetingLocation>Byrådssalen, Vejle Rådhus</edoc:MeetingLocation>
<edoc:MeetingParticipants><edoc:MeetingParticipant><edoc:Name>Jens  Jensen</edoc:Name><edoc:RoleInMeeting>Formand</edoc:RoleInMeeting><edoc:Participate>true</edoc:Participate><edoc:PoliticalPartyList>A</edoc:PoliticalPartyList></edoc:MeetingParticipant></edoc:MeetingParticipants>
<edoc:Agenda><edoc:Type>Referat</edoc:Type><edoc:AgendaElements>
${element(2, false, 'Køb af Mosevej 3', 'Prisen er 3,1 mio. kr.', 'Købet godkendt.')}
${element(1, true, 'Trafikplan', '&lt;p&gt;Planen&lt;br /&gt;i høring.&lt;/p&gt;', '&lt;p&gt;Godkendt.&lt;/p&gt;', before)}
</edoc:AgendaElements></edoc:Agenda></edoc:Meeting></edoc:Committee></Root>`;
  const doc = readEsdhXml(xml, 'f.xml');
  assert.ok(doc);
  assert.equal(doc.source.format, 'edoc-fujitsu');
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.municipality, 'Vejle');
  assert.deepEqual(doc.items.map((i) => [i.number, i.title, i.closed]), [['41', 'Trafikplan', false], ['42', 'Ejendomssag', true]]);
  const open = doc.items[0]!;
  assert.equal(open.decision?.text, 'Godkendt.');
  assert.deepEqual(open.absentMembers, [], 'the earlier committee\'s attendance is not this meeting\'s');
  assert.ok(open.sections.some((s) => /Teknik- og Miljøudvalget den 01-06-2022/.test(s.heading)));
  assert.deepEqual(open.attachments, [{ title: 'Bilag til Trafikplan', href: 'Attachments/1.pdf' }]);
  const json = JSON.stringify(doc);
  for (const s of ['Mosevej', '3,1 mio', 'Købet godkendt']) assert.ok(!json.includes(s), s);
});

test('SBSYS: in a council meeting the council\'s decision field counts, not the committee\'s earlier one', () => {
  const xml = `<Publication><PublicationTypeAsEnum>Minutes</PublicationTypeAsEnum><Agendas><Agenda>
<Meeting><When>28-09-2022 17:00:00</When><Where>Byrådssalen</Where></Meeting><Committee><Name>REGIONSRÅDET</Name></Committee>
<Items><Item><Caption>Budget 2023</Caption><IsPublic>True</IsPublic><Number>3</Number><Fields>
<ItemField><Caption>FORRETNINGSUDVALGETS BESLUTNING</Caption><IsFeedback>True</IsFeedback><Content>&lt;p&gt;Anbefalet. Anne Ås (A) stemte imod.&lt;/p&gt;</Content></ItemField>
<ItemField><Caption>REGIONSRÅDETS BESLUTNING</Caption><IsFeedback>True</IsFeedback><Content>&lt;p&gt;Vedtaget.&lt;/p&gt;</Content></ItemField>
</Fields></Item></Items></Agenda></Agendas></Publication>`;
  const doc = readEsdhXml(xml, 'p.xml');
  assert.ok(doc);
  assert.equal(doc.committee, 'Regionsrådet');
  assert.equal(doc.items[0]!.decision?.text, 'Vedtaget.');
  assert.deepEqual(doc.items[0]!.votes.flatMap((v) => v.against.map((p) => p.name)), []);
});
