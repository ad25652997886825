/**
 * XML exports of systems we do not know: element names in English or Danish, values in elements or
 * attributes, sections as caption/content pairs with HTML inside, people as records. Read into
 * minutes-shaped blocks and parsed by the one parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBytes } from '../parse/document.js';
import { loadXml } from './esdh/xml.js';
import { xmlOutlineBlocks } from './xml-outline.js';

const ENGLISH = `<?xml version="1.0" encoding="utf-8"?>
<Meeting>
  <MeetingId>8812</MeetingId>
  <MeetingInfo>
    <Municipality>Faxe Kommune</Municipality>
    <CommitteeName>Teknik- og Miljøudvalget</CommitteeName>
    <MeetingDate>2024-03-05T16:00:00</MeetingDate>
    <Location>Mødelokale 1, Rådhuset</Location>
    <DocumentType>Referat</DocumentType>
  </MeetingInfo>
  <Participants>
    <Participant><Name>Hans Jensen</Name><Party>V</Party><Present>true</Present></Participant>
    <Participant><Name>Mette Holm</Name><Party>A</Party><Present>false</Present></Participant>
  </Participants>
  <AgendaItems>
    <AgendaItem>
      <ItemGuid>0c6f8a52-6a0e-4c0e-9d8e-2f6f3b1a7c11</ItemGuid>
      <Number>1</Number>
      <Title>Godkendelse af dagsorden</Title>
      <CaseNumber>00.01.00-A00-1-24</CaseNumber>
      <Access>Åben</Access>
      <Fields>
        <Field><Name>Indstilling</Name><Content>&lt;p&gt;Administrationen indstiller, at dagsordenen godkendes.&lt;/p&gt;</Content></Field>
        <Field><Name>Beslutning</Name><Content>&lt;p&gt;Godkendt.&lt;/p&gt;</Content></Field>
      </Fields>
    </AgendaItem>
    <AgendaItem>
      <Number>2</Number>
      <Title>Lokalplan 1.23 for boligområde ved Skovvej - endelig vedtagelse</Title>
      <CaseNumber>01.02.05-P16-3-23</CaseNumber>
      <Access>Åben</Access>
      <Decision>&lt;p&gt;Anbefales over for Byrådet.&lt;/p&gt;</Decision>
    </AgendaItem>
    <AgendaItem>
      <Number>3</Number>
      <Title>Salg af grund</Title>
      <Access>Lukket</Access>
    </AgendaItem>
  </AgendaItems>
</Meeting>`;

const DANISH = `<?xml version="1.0" encoding="UTF-8"?>
<dagsorden type="Referat" id="a3f1c2d4-1111-2222-3333-444455556666">
  <møde>
    <udvalg><navn>Børne- og Skoleudvalget</navn><periode>2022-2025</periode></udvalg>
    <mødedato>2023-11-08</mødedato>
    <starttid>15:30</starttid>
    <sluttid>17:45</sluttid>
    <mødested>Byrådssalen</mødested>
    <medlemmer>
      <medlem navn="Anne Sørensen" parti="A" rolle="formand" fraværende="nej"/>
      <medlem navn="Peter Lund" parti="V" fraværende="ja"/>
    </medlemmer>
  </møde>
  <punkter>
    <punkt nummer="45" lukket="false">
      <overskrift>Kvalitetsrapport for skoleområdet 2022/23</overskrift>
      <sagsnr>17.01.10-P35-1-23</sagsnr>
      <felt overskrift="Sagsfremstilling"><![CDATA[<p>Kvalitetsrapporten beskriver skolernes resultater.</p>]]></felt>
      <felt overskrift="Beslutning"><![CDATA[<p>Godkendt.</p><p>Anne Sørensen (A) deltog ikke i behandlingen.</p>]]></felt>
    </punkt>
    <punkt nummer="46" lukket="true"><overskrift>Personalesag</overskrift></punkt>
  </punkter>
</dagsorden>`;

const parse = (xml: string, name: string) => parseBytes(new TextEncoder().encode(xml), name);

test('xml outline: an English export with element values, caption/content fields and escaped HTML', async () => {
  const doc = await parse(ENGLISH, 'meeting.xml');
  assert.equal(doc.source.format, 'xml');
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.municipality, 'Faxe');
  assert.equal(doc.committee, 'Teknik- og Miljøudvalget');
  assert.equal(doc.date, '2024-03-05');
  assert.equal(doc.startTime, '16:00');
  assert.deepEqual(doc.locations, ['Mødelokale 1, Rådhuset']);
  assert.deepEqual(doc.participants.map((p) => [p.name, p.party, p.absent]), [['Hans Jensen', 'V', false], ['Mette Holm', 'A', true]]);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.closed]), [
    ['1', 'Godkendelse af dagsorden', '00.01.00-A00-1-24', false],
    ['2', 'Lokalplan 1.23 for boligområde ved Skovvej - endelig vedtagelse', '01.02.05-P16-3-23', false],
    ['3', 'Salg af grund', null, true],
  ]);
  assert.deepEqual(doc.items[0]!.decision, { text: 'Godkendt.', outcome: 'approved' });
  assert.equal(doc.items[0]!.recommendation?.text, 'Administrationen indstiller, at dagsordenen godkendes.');
  assert.equal(doc.items[1]!.decision?.outcome, 'recommended');
});

test('xml outline: a Danish export with values in attributes and a committee record', async () => {
  const doc = await parse(DANISH, 'referat.xml');
  assert.equal(doc.committee, 'Børne- og Skoleudvalget');
  assert.equal(doc.date, '2023-11-08');
  assert.equal(doc.startTime, '15:30');
  assert.equal(doc.endTime, '17:45');
  assert.deepEqual(doc.participants.map((p) => [p.name, p.party, p.absent]).sort(), [['Anne Sørensen', 'A', false], ['Peter Lund', 'V', true]]);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.closed]), [
    ['45', 'Kvalitetsrapport for skoleområdet 2022/23', '17.01.10-P35-1-23', false],
    ['46', 'Personalesag', null, true],
  ]);
  assert.deepEqual(doc.items[0]!.sections.map((s) => s.kind), ['caseText', 'decision']);
  assert.deepEqual(doc.items[0]!.absentMembers.map((a) => a.person.name), ['Anne Sørensen']);
});

test('xml outline: identifiers, GUIDs and flags are not text; unknown long text is a section named by its element', () => {
  const xml = loadXml(`<Export><Id>77</Id><Guid>0c6f8a52-6a0e-4c0e-9d8e-2f6f3b1a7c11</Guid><Item><Title>Budget 2025</Title><No>4</No><Published>true</Published>
    <ExtraNotes>${'Forvaltningen har udarbejdet et forslag til budget. '.repeat(3)}</ExtraNotes></Item></Export>`)!;
  const blocks = xmlOutlineBlocks(xml);
  assert.deepEqual(blocks.slice(0, 2), [{ type: 'heading', level: 2, text: '4. Budget 2025' }, { type: 'heading', level: 3, text: 'Extra notes' }]);
  assert.equal(blocks.length, 3);
});

test('xml outline: mixed content is one text; nesting deeper than any export is read as text, not recursed', () => {
  const mixed = xmlOutlineBlocks(loadXml('<Item><Title>Budget</Title><No>2</No><Beslutning>Godkendt <b>med</b> ændringer.</Beslutning></Item>')!);
  assert.deepEqual(mixed, [
    { type: 'heading', level: 2, text: '2. Budget' },
    { type: 'heading', level: 3, text: 'Beslutning' },
    { type: 'paragraph', lines: ['Godkendt med ændringer.'] },
  ]);
  const deep = loadXml(`${'<a><b>x</b>'.repeat(20_000)}${'</a>'.repeat(20_000)}`)!;
  assert.ok(xmlOutlineBlocks(deep).length > 0);
});

test('xml outline: generic key/value elements (<field name="title">) and a record named by its attribute', async () => {
  const xml = `<export>
    <record name="committee"><field name="name">Økonomiudvalget</field><field name="sysid">12</field></record>
    <record name="meeting"><field name="date">2024-05-13 15:00</field><field name="location">Udvalgsværelse 2</field><field name="created">2024-05-01 09:12</field></record>
    <record name="item"><field name="number">7</field><field name="title">Regnskab 2023</field><field name="casenumber">24/1187</field>
      <field name="Beslutning">Anbefales over for Byrådet.</field></record>
  </export>`;
  const doc = await parse(xml, 'export.xml');
  assert.equal(doc.committee, 'Økonomiudvalget');
  assert.equal(doc.date, '2024-05-13');
  assert.equal(doc.startTime, '15:00');
  assert.equal(doc.location, 'Udvalgsværelse 2');
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.decision?.outcome]), [['7', 'Regnskab 2023', '24/1187', 'recommended']]);
});

test('xml outline: titled records without numbers are items, numbered by position; not caption/content pairs', async () => {
  const xml = `<Agenda><Committee>Kultur- og Fritidsudvalget</Committee><Date>2024-04-09</Date>
    <AgendaItem><Title>Godkendelse af dagsorden</Title><Body>Godkendt.</Body></AgendaItem>
    <AgendaItem><Title>Tilskud til foreninger</Title><Body>&lt;p&gt;Forvaltningen indstiller, at tilskuddet godkendes.&lt;/p&gt;</Body></AgendaItem>
  </Agenda>`;
  const doc = await parse(xml, 'agenda.xml');
  assert.deepEqual(doc.items.map((it) => [it.number, it.title]), [['1', 'Godkendelse af dagsorden'], ['2', 'Tilskud til foreninger']]);
  // Repeated <Field><Title>Beslutning</Title>… inside an item stay sections.
  const fields = xmlOutlineBlocks(loadXml('<Item><No>3</No><Title>Budget</Title><Field><Title>Beslutning</Title><Content>Godkendt.</Content></Field><Field><Title>Økonomi</Title><Content>Ingen.</Content></Field></Item>')!);
  assert.deepEqual(fields.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text), ['3. Budget', 'Beslutning', 'Økonomi']);
});

test('xml outline: a UTC timestamp is the Danish local date and time', async () => {
  const doc = await parse('<Meeting><Committee>Økonomiudvalget</Committee><MeetingDate>2024-03-11T23:30:00Z</MeetingDate><Item><No>1</No><Title>Budget</Title></Item></Meeting>', 'm.xml');
  assert.equal(doc.date, '2024-03-12');
  assert.equal(doc.startTime, '00:30');
  const summer = await parse('<Meeting><Committee>Økonomiudvalget</Committee><MeetingDate>2024-06-11T14:00:00+00:00</MeetingDate><Item><No>1</No><Title>Budget</Title></Item></Meeting>', 'm.xml');
  assert.equal(summer.startTime, '16:00');
});

test('xml outline: attributes hold the facts, names written without æ/ø ("fravaer", "oekonomi")', async () => {
  const xml = `<moede udvalg="Plan- og Boligudvalget" dato="2024-10-09T16:00:00" sted="Rådhuset" kommune="Ballerup Kommune" type="Referat">
    <deltagere><deltager navn="Jesper Würtzen" parti="A"/><deltager navn="Kenneth Kristensen" parti="O" fravaer="true"/></deltagere>
    <punkter><punkt nr="1" titel="Godkendelse af dagsorden"><sagsnummer>00.01.00-A00-7-24</sagsnummer><oekonomi>Ingen.</oekonomi><beslutning>Godkendt.</beslutning></punkt>
    <punkt nr="2" titel="Salg af areal" lukket="true"/></punkter></moede>`;
  const doc = await parse(xml, 'moede.xml');
  assert.deepEqual([doc.committee, doc.date, doc.startTime, doc.location], ['Plan- og Boligudvalget', '2024-10-09', '16:00', 'Rådhuset']);
  assert.deepEqual(doc.participants.map((p) => [p.name, p.party, p.absent]), [['Jesper Würtzen', 'A', false], ['Kenneth Kristensen', 'O', true]]);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.closed, it.decision?.text ?? null]), [
    ['1', 'Godkendelse af dagsorden', '00.01.00-A00-7-24', false, 'Godkendt.'],
    ['2', 'Salg af areal', null, true, null],
  ]);
  assert.deepEqual(doc.items[0]!.sections.map((s) => s.heading), ['Økonomi', 'Beslutning']);
});

test('xml outline: attendance in words ("Present", "Absent"), case ids, the meeting\'s end, behind an XML declaration', async () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<MeetingExport><Meeting><CommitteeName>Børne- og Skoleudvalget</CommitteeName><MeetingStart>2024-05-06T15:00:00</MeetingStart><MeetingEnd>2024-05-06T17:30:00</MeetingEnd>
  <Members><Member><FullName>Anne Mette Lund</FullName><Party>V</Party><Attendance>Present</Attendance></Member><Member><FullName>Peter Brix</FullName><Party>A</Party><Attendance>Absent</Attendance></Member></Members>
  <Items><Item><ItemNumber>1</ItemNumber><Heading>Skoledistrikter 2025</Heading><CaseId>17.01.00-P20-2-24</CaseId>
    <Sections><Section><Caption>Beslutning</Caption><Html>&lt;p&gt;Godkendt.&lt;/p&gt;</Html></Section></Sections></Item></Items></Meeting></MeetingExport>`;
  const doc = await parse(xml, 'export.xml');
  assert.equal(doc.source.format, 'xml');
  assert.deepEqual([doc.committee, doc.date, doc.startTime, doc.endTime], ['Børne- og Skoleudvalget', '2024-05-06', '15:00', '17:30']);
  assert.deepEqual(doc.participants.map((p) => [p.name, p.absent]), [['Anne Mette Lund', false], ['Peter Brix', true]]);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.caseNumber, it.decision?.text ?? null]), [['1', 'Skoledistrikter 2025', '17.01.00-P20-2-24', 'Godkendt.']]);
});

test('xml outline: members and absentees as text lists in elements of their own', async () => {
  const xml = `<Dagsorden><Udvalg>Klima- og Miljøudvalget</Udvalg><Mødedato>13-05-2024</Mødedato><Status>Referat</Status>
    <Deltagere>Mads Jensen (A), Lise Holm (V), Ole Bach (F)</Deltagere><Fraværende>Ole Bach (F)</Fraværende>
    <Punkter><Punkt><Nummer>1</Nummer><Overskrift>Godkendelse af dagsorden</Overskrift><Beslutning>Godkendt.</Beslutning></Punkt></Punkter></Dagsorden>`;
  const doc = await parse(xml, 'dagsorden.xml');
  assert.equal(doc.kind, 'minutes');
  assert.deepEqual(doc.participants.map((p) => [p.name, p.party, p.absent]), [['Mads Jensen', 'A', false], ['Lise Holm', 'V', false], ['Ole Bach', 'F', true]]);
});
