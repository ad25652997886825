/**
 * Whole small documents through parseBytes: header, items, decisions and kind together; places
 * split in two; items that only the table of contents names; inputs that are not minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReferatError } from '../errors.js';
import { parseBytes, splitLocations } from './document.js';

const parse = (text: string, name = 'referat.txt') => parseBytes(Buffer.from(text, 'utf8'), name);

const locations: [string | null, string[]][] = [
  [
    'Udvalgmødet starter på Rådhuset i lokale 224 og fortsætter i Udvalgsværelset på Skulkenborg',
    ['Rådhuset i lokale 224', 'Udvalgsværelset på Skulkenborg'],
  ],
  ['Mødet begynder i Byrådssalen og fortsætter på Rådhuspladsen', ['Byrådssalen', 'Rådhuspladsen']],
  ['Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C', ['Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C']],
  [null, []],
];

for (const [input, expected] of locations) {
  test(`locations: ${JSON.stringify(input)} → ${expected.length}`, () => {
    assert.deepEqual(splitLocations(input), expected);
  });
}

const odense = `REFERAT Beskæftigelses- og Socialudvalget 2018-2021

d. 05-10-2021

Mødedato Tirsdag d. 05. oktober 2021 kl. 08:30

Mødested Rådhuset, lokale 224

Indholdsfortegnelse

Udmøntning af delaftale.....\t3
Digital Post til sårbare borgere.....\t7
Aktuelle sager.....\t9

Punkt 1: Udmøntning af delaftale

15.20.00-A00-18-17

Resume

Tekst.

Beslutning

Beskæftigelses- og Socialudvalget godkender indstillingen.

Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.

Punkt 2: Digital Post til sårbare borgere

85.15.00-A26-1-21

Resume

Orientering.
`;

test('document: a short Odense-style referat', async () => {
  const doc = await parse(odense);
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.committee, 'Beskæftigelses- og Socialudvalget');
  assert.equal(doc.committeeInfo?.term, '2018-2021');
  assert.equal(doc.date, '2021-10-05');
  assert.equal(doc.startTime, '08:30');
  assert.equal(doc.location, 'Rådhuset, lokale 224');
  assert.equal(doc.source.format, 'text');
  assert.deepEqual(
    doc.items.map((it) => [it.number, it.title, it.caseNumber, it.decision?.outcome ?? null]),
    [
      ['1', 'Udmøntning af delaftale', '15.20.00-A00-18-17', 'approved'],
      ['2', 'Digital Post til sårbare borgere', '85.15.00-A26-1-21', null],
      ['3', 'Aktuelle sager', null, null],
    ],
  );
  assert.deepEqual(doc.items[0]!.absentMembers.map((a) => a.person.name), ['Brian Dybro']);
});

test('document: without a kind word, decisions make it minutes and their absence an agenda', async () => {
  const withDecision = await parse('Teknisk Udvalg\n\nDato: 3. juni 2024\n\nPunkt 1: Vejplan\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(withDecision.kind, 'minutes');
  const without = await parse('Teknisk Udvalg\n\nDato: 3. juni 2024\n\nPunkt 1: Vejplan\n\nSagsfremstilling\n\nTekst.\n');
  assert.equal(without.kind, 'agenda');
  // "Dagsorden og referat" names both: the decisions decide, and no later line does.
  const both = await parse('Dagsorden og referat\n\nTeknisk Udvalg\n\nDato: 3. juni 2024\n\nPunkt 1: Vejplan\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(both.kind, 'minutes');
  const bothBeforeMeeting = await parse('Dagsorden/referat\n\nTeknisk Udvalg\n\nDato: 3. juni 2024\n\nPunkt 1: Vejplan\n\nSagsfremstilling\n\nTekst.\n');
  assert.equal(bothBeforeMeeting.kind, 'agenda');
});

test('document: a closed item named only in the table of contents', async () => {
  const doc = await parse(
    'Referat\n\nTeknisk Udvalg\n\nDato: 3. juni 2024\n\nIndholdsfortegnelse\n\n1. Vejplan\t2\n2. Lukket punkt: Salg af grund\t3\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n',
  );
  assert.deepEqual(
    doc.items.map((it) => [it.number, it.title, it.closed]),
    [
      ['1', 'Vejplan', false],
      ['2', 'Salg af grund', true],
    ],
  );
});

test('document: a text without date and items is not minutes', async () => {
  await assert.rejects(parse('Kære Jens\n\nTak for sidst.\n\nHilsen Mette\n', 'brev.txt'), (e: unknown) => e instanceof ReferatError && e.code === 'E_NOT_MINUTES');
});

test('document: an empty file is refused', async () => {
  await assert.rejects(parseBytes(new Uint8Array(0), 'tom.txt'), (e: unknown) => e instanceof ReferatError && e.code === 'E_EMPTY');
});

test('document: a dated text without items parses with a warning', async () => {
  const doc = await parse('Teknisk Udvalg\n\nDagsorden\n\nDato: 3. juni 2024\n\nMødet er aflyst.\n');
  assert.equal(doc.date, '2024-06-03');
  assert.deepEqual(doc.items, []);
  assert.deepEqual(doc.warnings.map((w) => w.code), ['W_NO_ITEMS']);
});

test('document: what follows the end of the meeting belongs to no item; attendance signed at the end is the attendance', async () => {
  const doc = await parse(
    'Referat\n\nSocialudvalget\n\nMødedato: 12.06.2023 kl. 9.00\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n' +
      'Punkt 2: Eventuelt\n\nBeslutning\nIntet.\n\nMødet hævet kl. 10.45\n\nFraværende: Kirsten Nielsen (A)\n\nUnderskrifter:\nPovl Petersen (V), formand\nTove Larsen (C)',
  );
  assert.equal(doc.endTime, '10:45');
  assert.equal(doc.items[1]?.decision?.text, 'Intet.');
  assert.deepEqual(doc.participants.map((p) => `${p.name}${p.absent ? ' ABSENT' : ''}`), ['Kirsten Nielsen ABSENT', 'Povl Petersen', 'Tove Larsen']);
  const next = await parse('Referat\n\nSocialudvalget\n\nMødedato: 12.06.2023\n\nPunkt 1: Eventuelt\n\nBeslutning\nIntet.\n\nNæste møde: onsdag den 12. juni 2024 kl. 14.00');
  assert.equal(next.items[0]?.decision?.text, 'Intet.');
});

test('document: the meeting facts in a box after the items ("Mødeinformation") fill a header that has none', async () => {
  const doc = await parse(
    'Referat\n\nMiljøudvalget\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n\n' +
      'Mødeinformation\n\nDato: 3. juni 2024\n\nTid: 15:00 - 16:30\n\nSted: Mødelokale 2\n\nMedlemmer: Ida Lund (A), Bo Holm (V)\n',
  );
  assert.equal(doc.date, '2024-06-03');
  assert.equal(doc.startTime, '15:00');
  assert.equal(doc.endTime, '16:30');
  assert.equal(doc.location, 'Mødelokale 2');
  assert.deepEqual(doc.participants.map((p) => p.name), ['Ida Lund', 'Bo Holm']);
  assert.equal(doc.items[1]!.decision?.text, 'Intet.');
});

test('document: a sentence in the last item that opens with a date word is the item\'s text, not the meeting\'s facts', async () => {
  const doc = await parse(
    'Referat\n\nMiljøudvalget\n\n1. Eventuelt\n\nBeslutning\n\nIntet.\n\n' +
      'Dato for næste møde: 12. juni 2024.\n\nTid og sted aftales senere.\n\nStart på projektet er 1. maj 2024.\n',
  );
  assert.equal(doc.date, null);
  assert.match(doc.items[0]!.decision!.text, /Dato for næste møde.*aftales senere.*Start på projektet/s);
});

test('document: a portal page that names the committee and date only in its title takes them from there', async () => {
  const html = '<html><head><title>Dagsorden - Børne- og Skoleudvalget - 12. marts 2024 - Rudersdal Kommune</title></head><body><h1>Dagsorden</h1><p>Mødested: Rådhuset</p><h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 24/1</p><h2>2. Eventuelt</h2><p>Sagsnr.: 24/2</p></body></html>';
  const doc = await parse(html, 'side.html');
  assert.equal(doc.committee, 'Børne- og Skoleudvalget');
  assert.equal(doc.date, '2024-03-12');
  assert.equal(doc.municipality, 'Rudersdal');
});

test('document: "Lukket punkt" set as a heading of its own between items closes the items after it; under an item\'s heading only that item', async () => {
  const doc = await parse('# Referat\n\nByrådet\n\nMødedato: 12. marts 2024\n\n## 1. Budget\n\nBeslutning\n\nGodkendt.\n\n# Lukket punkt\n\n## 2. Salg af grund\n\nBeslutning\n\nAnbefales.\n\n## 3. Køb af ejendom\n\nBeslutning\n\nGodkendt.', 'referat.md');
  assert.deepEqual(doc.items.map((it) => it.closed), [false, true, true]);
  const own = await parse('Referat\n\nByrådet\n\nMødedato: 12. marts 2024\n\n1. Salg af grund\n\nLukket punkt\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.');
  assert.deepEqual(own.items.map((it) => it.closed), [true, false]);
});

test('document: "Lukket sag" in a column of the case number\'s row closes the item', async () => {
  const doc = await parse('Dagsorden\n\nMødedato: 07-05-2024\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 24/5510\tÅben sag\n\n2. Ansøgning om tilskud\n\nSagsnr.: 24/4410\tLukket sag\n\n3. Salg af grund\n\nSagsnr.: 24/3301 · Lukket sag\n\n4. Eventuelt\n\nSagsnr.: 24/5511');
  assert.deepEqual(doc.items.map((it) => [it.caseNumber, it.closed]), [['24/5510', false], ['24/4410', true], ['24/3301', true], ['24/5511', false]]);
});

test('document: "Tillægsdagsorden" between items is no item\'s text and keeps the items open; "Lukket dagsorden" closes those after it', async () => {
  const doc = await parse('Referat\n\nByrådet\n\nMødedato: 3. september 2024\n\nSag 145/2024 Takster\nBeslutning Byrådet den 03-09-2024\nGodkendt.\n\nTillægsdagsorden\n\nSag 146/2024 Broen over Varde Å\nBeslutning Byrådet den 03-09-2024\nGodkendt.\n\nLukket dagsorden\n\nSag 147/2024 Salg af erhvervsgrund\nBeslutning Byrådet den 03-09-2024\nGodkendt.');
  assert.deepEqual(doc.items.map((it) => [it.number, it.closed, it.decision?.text]), [
    ['145', false, 'Godkendt.'],
    ['146', false, 'Godkendt.'],
    ['147', true, 'Godkendt.'],
  ]);
});

test('document: one numbered heading under "Dagsordenspunkter" is the first item, not a table of contents', async () => {
  const html = '<p>Referat</p><h1>Kultur- og Fritidsudvalget</h1><p>Mødedato: 9. april 2024</p><h2>Dagsordenspunkter</h2><h2>44 Godkendelse af dagsorden</h2><p>Sagsnr. 00.22.04-A00-8-24</p><h3>Beslutning</h3><p>Godkendt.</p><h2>45 Meddelelser</h2><p>Sagsnr. 00.22.04-A00-9-24</p><h3>Beslutning</h3><p>Intet.</p><p>Senest opdateret: 12. april 2024</p>';
  const doc = await parse(html, 'side.html');
  assert.deepEqual(doc.items.map((it) => [it.number, it.title, it.decision?.text]), [['44', 'Godkendelse af dagsorden', 'Godkendt.'], ['45', 'Meddelelser', 'Intet.']]);
});

test('document: headings set in capitals take their titles as the table of contents writes them', async () => {
  const doc = await parse(
    'Referat\nMiljø- og Teknikudvalget\nDato: 5. juni 2024\n\nIndholdsfortegnelse\n1. Godkendelse af dagsorden\t2\n2. Affaldsplan 2024-2030 - endelig vedtagelse\t3\n\n' +
      '1. GODKENDELSE AF DAGSORDEN\nSagsnr.: 00.01.00-A00-4-24\n\nBeslutning\nGodkendt.\n\n2. AFFALDSPLAN 2024-2030 - ENDELIG VEDTAGELSE\nSagsnr.: 07.00.00-P15-1-23\n\nBeslutning\nAnbefales.\n',
  );
  assert.deepEqual(doc.items.map((i) => i.title), ['Godkendelse af dagsorden', 'Affaldsplan 2024-2030 - endelig vedtagelse']);
});

test('document: a committee named only in the running page header, the first page naming the date itself', async () => {
  const header = 'Svendborg Kommune    Miljø-, Klima- og Teknikudvalget    Referat\n\n';
  const pages = [
    'Referat\n\nMødedato: 12. marts 2024\nMødetidspunkt: kl. 16.00\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1234\n\nBeslutning\nGodkendt.\n',
    '2. Vejbelysning på Tvedvej\nSagsnr.: 24/555\n\nBeslutning\nUdsat.\n\nSide 2\n',
    '3. Orientering\nSagsnr.: 24/600\n\nBeslutning\nTaget til efterretning.\n\nSide 3\n',
  ];
  const doc = await parse(pages.map((p) => header + p).join('\f'));
  assert.equal(doc.committee, 'Miljø-, Klima- og Teknikudvalget');
  assert.equal(doc.municipality, 'Svendborg');
  assert.equal(doc.date, '2024-03-12');
  assert.deepEqual(doc.items.map((it) => it.title), ['Godkendelse af dagsorden', 'Vejbelysning på Tvedvej', 'Orientering']);
});

test('document: earlier bodies\' decisions in the genitive are steps of the route; the meeting\'s own decision is not', async () => {
  const doc = await parse(
    'Referat\nByrådet\nOnsdag den 24. april 2024 kl. 18.00\n\n1. Budgetopfølgning 1 2024\nSagsnr.: 00.30.14-S00-2-24\n\nIndstilling:\nKommunaldirektøren indstiller, at budgetopfølgningen tages til efterretning.\n\nØkonomiudvalgets beslutning den 10. april 2024:\nAnbefales.\n\nByrådets beslutning den 24. april 2024:\nTaget til efterretning.\n',
  );
  const [item] = doc.items;
  assert.deepEqual(item!.route, [{ body: 'Økonomiudvalget', date: '2024-04-10', itemNumber: null, decision: 'Anbefales.' }]);
  assert.deepEqual(item!.decision, { text: 'Taget til efterretning.', outcome: 'noted' });
  // Without the meeting's date, the last decision is the meeting's own.
  const undated = await parse('Referat\nSocialudvalget\n\n1. Meddelelser\nSagsnr.: 24/1\n\nSocialudvalgets beslutning den 4. december 2012:\nTaget til efterretning.\n');
  assert.deepEqual(undated.items[0]!.route, []);
});

test('document: the file name gives the date and committee the text does not name', async () => {
  const body = '\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n2. Eventuelt\nSagsnr.: 24/2\nBeslutning\nIntet.\n';
  const doc = await parse(`Referat${body}`, 'Referat_Økonomiudvalget_2024-06-04.txt');
  assert.deepEqual([doc.committee, doc.date], ['Økonomiudvalget', '2024-06-04']);
  // The text's own date wins; a text that is no minutes stays refused whatever its name.
  assert.equal((await parse(`Referat\nDato: 3. juni 2024${body}`, 'Referat_2024-06-04.txt')).date, '2024-06-03');
  await assert.rejects(parse('Kære Jens\n\nTak for sidst.\n', 'brev_2024-06-04.txt'), (e: unknown) => e instanceof ReferatError && e.code === 'E_NOT_MINUTES');
});

test('document: apologies written in an item mark the member absent from the meeting', async () => {
  const doc = await parse('Referat\nSocialudvalget\nDato: 10. april 2024 kl. 9.00\nDeltagere: Anne Lund (A), Jens Hansen (V)\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\nJens Hansen (V) havde meldt afbud.\n\n2. Budget\nSagsnr.: 24/2\n\nBeslutning\nAnbefales.\n');
  assert.deepEqual(doc.participants.map((p) => [p.name, p.absent]), [['Anne Lund', false], ['Jens Hansen', true]]);
});

test('document: "Body date: decision" on one line is that body\'s decision; under "Sagsforløb" it stays a step of the route', async () => {
  const doc = await parse('Referat\nByrådet\nDato: 24. april 2024 kl. 19.00\n\n1. Takster 2025\nSagsnr.: 24/1\n\nIndstilling\nDirektøren indstiller, at taksterne godkendes.\n\nØkonomiudvalget 10.04.2024: Anbefales.\n\nByrådet 24.04.2024: Godkendt.\n\n2. Eventuelt\nSagsnr.: 24/2\n\nSagsforløb\nØkonomiudvalget 10.04.2024: Drøftet.\n\nBeslutning\nIntet.\n');
  const [first, second] = doc.items;
  assert.deepEqual(first!.decision, { text: 'Godkendt.', outcome: 'approved' });
  assert.deepEqual(first!.route.map((r) => [r.body, r.date, r.decision]), [['Økonomiudvalget', '2024-04-10', 'Anbefales.']]);
  assert.deepEqual(second!.sections.map((s) => s.kind), ['route', 'decision']);
  assert.deepEqual(second!.route.map((r) => [r.body, r.date, r.decision]), [['Økonomiudvalget', '2024-04-10', 'Drøftet.']]);
});
