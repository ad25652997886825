/**
 * One item's body → AgendaItem: the case number under the heading, closed markers, sections in any
 * order, inline "Beslutning: …" headings, this meeting's decision, and the facts derived from it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgendaItem } from '../model/index.js';
import { htmlToBlocks } from '../read/html.js';
import { textToBlocks } from '../read/text.js';
import type { ItemContext } from './context.js';
import { parseItem } from './item.js';
import { toLines } from './lines.js';

const ctx: ItemContext = { meetingDate: '2021-10-05', committee: 'Beskæftigelses- og Socialudvalget' };

function item(body: string, title = 'Titel', closed = false, c: ItemContext = ctx): AgendaItem {
  return parseItem({ number: '1', title, closed, body: toLines(textToBlocks(body)), sectionGap: null }, c);
}

const sectionKinds = (it: AgendaItem): string[] => it.sections.map((s) => `${s.kind}:${s.heading}`);

const caseNumbers: [string, string | null][] = [
  ['15.20.00-A00-18-17\n\nResume\n\nTekst.', '15.20.00-A00-18-17'],
  ['S2018-2162\n\nBeslutning\n\nGodkendt.', 'S2018-2162'],
  ['Sagsnr.: 17/46\n\nBeslutning\n\nGodkendt.', '17/46'],
  ['Sagsnr.:\n12/27845\n\nBeslutning\n\nGodkendt.', '12/27845'],
  ['Sagsid.: 14/19290\n\nBeslutning\n\nGodkendt.', '14/19290'],
  ['J.nr. 2013-1234\n\nBeslutning\n\nGodkendt.', '2013-1234'],
  ['EMN-2025-010561\n\nBeslutninger\n\nIngen bemærkninger.', 'EMN-2025-010561'],
  ['Dok.nr.: 123456/12\nSagsnr.: 17/46\n\nBeslutning\n\nGodkendt.', '17/46'],
  ['Dok.nr.: 123456/12\n\nBeslutning\n\nGodkendt.', null],
  ['Beslutning\n\nGodkendt. Se sag 15.20.00-A00-18-17.', null],
];

for (const [body, expected] of caseNumbers) {
  test(`item case number: ${JSON.stringify(body.split('\n')[0])} → ${expected}`, () => {
    assert.equal(item(body).caseNumber, expected);
  });
}

test('item: seed order — Resume, Effekt, INDSTILLING, Beslutning, Sagsfremstilling', () => {
  const it = item(
    '15.20.00-A00-18-17\n\nResume\n\nEt resume.\n\nEffekt\n\nIngen effekt.\n\nINDSTILLING\n\nBeskæftigelses- og Socialforvaltningen indstiller, at udvalget godkender model 2.\n\nBeslutning\n\nBeskæftigelses- og Socialudvalget godkender indstillingen.\n\nRådmand Brian Dybro deltog ikke i behandlingen af dette punkt.\n\nSagsfremstilling\n\nSagens tekst.\n\nØkonomi\n\nIngen.\n\nBilag\n\n- Notat om model 2\n- Budget (pdf)',
  );
  assert.deepEqual(sectionKinds(it), [
    'resume:Resume',
    'effect:Effekt',
    'recommendation:INDSTILLING',
    'decision:Beslutning',
    'caseText:Sagsfremstilling',
    'economy:Økonomi',
    'attachments:Bilag',
  ]);
  assert.deepEqual(it.decision, {
    text: 'Beskæftigelses- og Socialudvalget godkender indstillingen.\nRådmand Brian Dybro deltog ikke i behandlingen af dette punkt.',
    outcome: 'approved',
  });
  assert.equal(it.recommendation?.by, 'Beskæftigelses- og Socialforvaltningen');
  assert.deepEqual(it.recommendation?.clauses, [{ label: null, text: 'udvalget godkender model 2.' }]);
  assert.deepEqual(it.absentMembers.map((a) => a.person.name), ['Brian Dybro']);
  assert.deepEqual(it.attachments.map((a) => a.title), ['Notat om model 2', 'Budget']);
});

test('item: decision first, then "Forvaltningen indstiller" (seed 004)', () => {
  const it = item('S2018-2162\n\nBeslutning\n\nGodkendt\n\nForvaltningen indstiller\n\nAt forslag til dagsorden godkendes');
  assert.deepEqual(sectionKinds(it), ['decision:Beslutning', 'recommendation:Forvaltningen indstiller']);
  assert.equal(it.decision?.text, 'Godkendt');
  assert.deepEqual(it.recommendation?.clauses, [{ label: null, text: 'forslag til dagsorden godkendes' }]);
});

test('item: an inline "Beslutning: text" line is the decision section', () => {
  const it = item('Sagsnr.: 24/1150\n\nBeslutning: Godkendt.');
  assert.deepEqual(sectionKinds(it), ['decision:Beslutning']);
  assert.equal(it.decision?.text, 'Godkendt.');
});

test('item: "deltog ikke" right under the case number is item-level absence too', () => {
  const it = item('Sagsnr.: 24/1150\n\nMartin Andersen (A) deltog ikke i behandlingen af dette punkt.\n\nSagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.');
  assert.deepEqual(it.absentMembers.map((a) => [a.person.name, a.reason]), [['Martin Andersen', 'did-not-participate']]);
});

test('item: inline "Indstilling:" and "Beslutning:" headings on lines of their own', () => {
  const it = item('Indstilling: Direktionen indstiller, at planen godkendes.\n\nBeslutning: Udsat.');
  assert.deepEqual(sectionKinds(it), ['recommendation:Indstilling', 'decision:Beslutning']);
  assert.equal(it.decision?.outcome, 'postponed');
});

test('item: earlier committees\' dated decisions are not this meeting\'s', () => {
  const it = item(
    'Sagsnr.: 23/10554\n\nBeslutning i Klima-, Miljø- og Teknikudvalget den 27. november 2023\nAnbefales.\n\nBeslutning i Økonomiudvalget den 5. december 2023\nAnbefales.\n\nBeslutning\nGodkendt.\nAnders Lindgreen (Ø) undlod at stemme.',
    'Takster',
    false,
    { meetingDate: '2023-12-13', committee: 'Byrådet' },
  );
  // Lines of one text paragraph are wrapped lines: they join with a space.
  assert.equal(it.decision?.text, 'Godkendt. Anders Lindgreen (Ø) undlod at stemme.');
  assert.deepEqual(it.votes.flatMap((v) => v.abstain.map((p) => p.name)), ['Anders Lindgreen']);
});

test('item: the decision dated this meeting wins', () => {
  const it = item(
    'Beslutning i Udvalget for plan, udvikling og kultur den 10-04-2013\nUdsat.\n\nBeslutning i Udvalget for plan, udvikling og kultur den 20-06-2013\nIndstillingen godkendt.',
    'Plan',
    false,
    { meetingDate: '2013-06-20', committee: 'Udvalget for plan, udvikling og kultur' },
  );
  assert.equal(it.decision?.text, 'Indstillingen godkendt.');
});

test('item: a "Lukket punkt" marker line closes the item', () => {
  const it = item('Lukket punkt\n\nBeslutning\n\nGodkendt.');
  assert.equal(it.closed, true);
  assert.equal(it.decision?.text, 'Godkendt.');
});

test('item: "Punktet er behandlet for lukkede døre." closes the item and is no decision', () => {
  const it = item('Punktet er behandlet for lukkede døre.');
  assert.equal(it.closed, true);
  assert.equal(it.decision, null);
});

test('item: a closed item that prints only its decision, without a heading', () => {
  const it = item('Indstillingen blev godkendt.', 'Køb af landbrugsejendom', true);
  assert.equal(it.closed, true);
  assert.deepEqual(it.decision, { text: 'Indstillingen blev godkendt.', outcome: 'approved' });
});

test('item: an agenda item with an empty "Beslutning" heading has no decision', () => {
  const it = item('Sagsfremstilling\nTekst.\n\nIndstilling\nDirektøren indstiller, at meddelelserne tages til efterretning.\n\nBeslutning\n');
  assert.equal(it.decision, null);
});

test('item: the route section gives the steps', () => {
  const it = item('Sagens gang\n\nØkonomiudvalget, 18. september 2019, pkt. 153: Indstilles godkendt.\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(it.route, [{ body: 'Økonomiudvalget', date: '2019-09-18', itemNumber: '153', decision: 'Indstilles godkendt.' }]);
});

test('item: text before any heading is kept in an unnamed section', () => {
  const it = item('Et indledende afsnit.\n\nBeslutning\n\nGodkendt.');
  assert.deepEqual(sectionKinds(it), ['other:', 'decision:Beslutning']);
});

const kinds: [string, string | null][] = [
  ['Orientering om ansøgning til puljen til varslingsindsats ved større afskedigelse', 'orientering'],
  ['Nøgletal på beskæftigelsesområdet', 'orientering'],
  ['Aktuelle sager', 'orientering'],
  ['TEMA: Indsatser for ikke-vestlige', 'tema'],
  ['Fællesmøde mellem Beskæftigelses- og Socialudvalget og Udsatterådet', 'fællesmøde'],
  ['Forslag fra byrådsgruppe Ø om prioritering af jobformidling', 'initiativret'],
  ['Initiativretsforslag fra byrådsgruppe A: Forbedring af arbejdet på autismeområdet', 'initiativret'],
  ['Drøftelse af Beskæftigelsesplan', 'drøftelse'],
  ['Fortsat drøftelse af indsatser', 'drøftelse'],
  ['Udviklingsplan for stofbehandling til voksne', null],
];

for (const [title, expected] of kinds) {
  test(`item kind: ${JSON.stringify(title)} → ${expected}`, () => {
    assert.equal(item('Beslutning\n\nGodkendt.', title).kind, expected);
  });
}

test('item: earlier bodies\' decisions printed as their own headings ("Økonomiudvalget den 19. april 2023, pkt. 7:") are the route', () => {
  const it = item(
    'Indstilling\nForvaltningen indstiller, at planen vedtages.\n\nPlan- og Miljøudvalget den 11. april 2023, pkt. 38:\nIndstilles til godkendelse.\n\nØkonomiudvalget den 19. april 2023, pkt. 7:\nAnbefales.\n\nByrådets beslutning den 27. april 2023\nGodkendt.',
    'Lokalplan',
    false,
    { meetingDate: '2023-04-27', committee: 'Byrådet' },
  );
  assert.equal(it.decision?.text, 'Godkendt.');
  assert.equal(it.recommendation?.text, 'Forvaltningen indstiller, at planen vedtages.');
  assert.deepEqual(it.route.map((r) => [r.body, r.date, r.itemNumber, r.decision]), [
    ['Plan- og Miljøudvalget', '2023-04-11', '38', 'Indstilles til godkendelse.'],
    ['Økonomiudvalget', '2023-04-19', '7', 'Anbefales.'],
  ]);
});

test('item: a small label table under the heading ("Sagsnr. | 24/1001", "Sagsbehandler | …") gives the case number and is no content', () => {
  const lines = toLines(htmlToBlocks('<table><tr><th>Sagsnr.</th><td>24/1001</td></tr><tr><th>Sagsbehandler</th><td>Per Lund</td></tr></table><h3>Beslutning</h3><p>Godkendt.</p>'));
  const it = parseItem({ number: '1', title: 'Godkendelse af dagsorden', closed: false, body: lines, sectionGap: null }, ctx);
  assert.equal(it.caseNumber, '24/1001');
  assert.deepEqual(sectionKinds(it), ['decision:Beslutning']);
});

test('item: a line that is only a section name is a heading even inside a paragraph (a PDF\'s tight spacing)', () => {
  const lines = toLines([{ type: 'paragraph', lines: ['Sagsnr.: 00.01.00-A00-42-23', 'Beslutning', 'Godkendt.'] }]);
  const it = parseItem({ number: '1', title: 'Godkendelse af dagsorden', closed: false, body: lines, sectionGap: null }, ctx);
  assert.equal(it.caseNumber, '00.01.00-A00-42-23');
  assert.equal(it.decision?.text, 'Godkendt.');
});

test('item: a form\'s row inside a paragraph opens its section; a route table\'s row and a wrapped sentence do not', () => {
  const body = (...paragraphLines: string[]) => toLines([{ type: 'paragraph', lines: paragraphLines }]);
  const parse = (lines: ReturnType<typeof toLines>) => parseItem({ number: '1', title: 'Budget', closed: false, body: lines, sectionGap: null }, ctx);
  const form = parse(body('Sagsnr.\t24/1001', 'Indstilling\tAt budgettet godkendes.', 'Beslutning\tGodkendt.'));
  assert.equal(form.decision?.text, 'Godkendt.');
  const route = parse(body('Sagen behandles således:', 'Indstilling\tØkonomiudvalget\t12-03-2024', 'Beslutning\tByrådet\t26-03-2024'));
  assert.equal(route.decision, null);
  const wrapped = parse(body('Sagen er sendt til politisk', 'Beslutning Udvalget skal tage stilling i maj.'));
  assert.equal(wrapped.decision, null);
});
