import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphText, type Block, type ParagraphBlock } from './block.js';
import { furnitureKey, joinSplitParagraphs, mendPages, removePageFurniture } from './mend.js';

const P = (...lines: string[]): ParagraphBlock => ({ type: 'paragraph', lines });
const Pg = (gapBefore: number, ...lines: string[]): ParagraphBlock => ({ type: 'paragraph', lines, gapBefore, size: 1 });
const Ps = (size: number, ...lines: string[]): ParagraphBlock => ({ type: 'paragraph', lines, size });
const BR: Block = { type: 'pageBreak' };

/** Compact form for comparison: paragraph lines joined by " / ", other blocks by their type. */
const shape = (blocks: Block[]): string[] =>
  blocks.map((b) =>
    b.type === 'paragraph'
      ? b.lines.join(' / ')
      : b.type === 'heading'
        ? '#' + b.text
        : b.type === 'table'
          ? b.rows.map((r) => r.join('|')).join(' / ')
          : b.type === 'list'
            ? '- ' + b.items.join(' / ')
            : '---',
  );

interface Case {
  name: string;
  input: Block[];
  expected: string[];
}

const furnitureCases: Case[] = [
  {
    name: '"Side N af M" footer on every page',
    input: [P('Første side.'), P('Side 1 af 3'), BR, P('Anden side.'), P('Side 2 af 3'), BR, P('Tredje side.'), P('Side 3 af 3')],
    expected: ['Første side.', '---', 'Anden side.', '---', 'Tredje side.'],
  },
  {
    name: 'Ballerup-style five-line header; the title page keeps its own "Referat"',
    input: [
      P('Sundhedsudvalget', 'Referat', 'Åbent referat', 'Dato: 04.12.2012', 'Side 1'),
      P('Referat'),
      P('Sundhedsudvalget', 'tirsdag den 4. december 2012'),
      BR,
      P('Sundhedsudvalget', 'Referat', 'Åbent referat', 'Dato: 04.12.2012', 'Side 2'),
      P('1.\tMeddelelser'),
      BR,
      P('Sundhedsudvalget', 'Referat', 'Åbent referat', 'Dato: 04.12.2012', 'Side 3'),
      P('Indstillingen godkendt.'),
    ],
    expected: ['Referat', 'Sundhedsudvalget / tirsdag den 4. december 2012', '---', '1.\tMeddelelser', '---', 'Indstillingen godkendt.'],
  },
  {
    name: 'header line inside the first paragraph (text extracted from a PDF); on the first page, the only date, it stays',
    input: [
      P('Byrådet 27-08-2025', 'Punkt 1: Godkendelse af dagsorden'),
      BR,
      P('Byrådet 27-08-2025', 'Punkt 2: Budget'),
      BR,
      P('Byrådet 27-08-2025', 'Punkt 3: Eventuelt'),
    ],
    expected: ['Byrådet 27-08-2025 / Punkt 1: Godkendelse af dagsorden', '---', 'Punkt 2: Budget', '---', 'Punkt 3: Eventuelt'],
  },
  {
    name: 'a running header is gone from the first page too when the page has a date of its own',
    input: [
      P('Byrådet 27-08-2025', 'Referat fra mødet den 27. august 2025'),
      BR,
      P('Byrådet 27-08-2025', 'Punkt 2: Budget'),
      BR,
      P('Byrådet 27-08-2025', 'Punkt 3: Eventuelt'),
    ],
    expected: ['Referat fra mødet den 27. august 2025', '---', 'Punkt 2: Budget', '---', 'Punkt 3: Eventuelt'],
  },
  {
    name: 'Syddjurs: "N of 5" stamp, running header with "Side N" from page 2',
    input: [
      P('1 of 4'),
      P('Referat'),
      BR,
      P('2 of 4'),
      P('Referat For PUK\tSide 1', '20. juni 2013 - kl. 10:30'),
      P('Indholdsfortegnelse'),
      BR,
      P('3 of 4'),
      P('Referat For PUK\tSide 2', '20. juni 2013 - kl. 10:30'),
      P('715. Kulturkommune 2017'),
      BR,
      P('4 of 4'),
      P('Referat For PUK\tSide 3', '20. juni 2013 - kl. 10:30'),
      P('Punktet blev drøftet.'),
    ],
    expected: ['Referat', '---', 'Indholdsfortegnelse', '---', '715. Kulturkommune 2017', '---', 'Punktet blev drøftet.'],
  },
  {
    name: 'the same heading near the top of many pages is content when the first line differs',
    input: [
      P('Punkt 1: Godkendelse'),
      P('EMN-2023-009832'),
      P('Beslutninger'),
      P('Godkendt.'),
      BR,
      P('Punkt 2: Budget'),
      P('EMN-2025-003383'),
      P('Beslutninger'),
      P('Godkendt.'),
      BR,
      P('Punkt 3: Eventuelt'),
      P('EMN-2025-003928'),
      P('Beslutninger'),
      P('Godkendt.'),
    ],
    expected: [
      'Punkt 1: Godkendelse', 'EMN-2023-009832', 'Beslutninger', 'Godkendt.', '---',
      'Punkt 2: Budget', 'EMN-2025-003383', 'Beslutninger', 'Godkendt.', '---',
      'Punkt 3: Eventuelt', 'EMN-2025-003928', 'Beslutninger', 'Godkendt.',
    ],
  },
  {
    name: 'a line repeated at the top of a minority of pages stays',
    input: [P('Udvalg: Magistraten'), P('Et.'), BR, P('Udvalg: Magistraten'), P('To.'), BR, P('Tre.'), BR, P('Fire.'), BR, P('Fem.')],
    expected: ['Udvalg: Magistraten', 'Et.', '---', 'Udvalg: Magistraten', 'To.', '---', 'Tre.', '---', 'Fire.', '---', 'Fem.'],
  },
  {
    name: 'a running number after a header text counts as a page number',
    input: [P('Referat Aarhus Byråd\t1'), P('Et.'), BR, P('Referat Aarhus Byråd\t2'), P('To.'), BR, P('Referat Aarhus Byråd\t3'), P('Tre.')],
    expected: ['Et.', '---', 'To.', '---', 'Tre.'],
  },
  {
    name: 'a number that does not follow the page is not a page stamp',
    input: [P('Sag nr. 129'), P('Et.'), BR, P('Sag nr. 140'), P('To.'), BR, P('Sag nr. 151'), P('Tre.')],
    expected: ['Sag nr. 129', 'Et.', '---', 'Sag nr. 140', 'To.', '---', 'Sag nr. 151', 'Tre.'],
  },
  {
    name: 'a sentence that ends every page is content, not a footer',
    input: [
      P('Punkt 1'), P('Følgende deltog ikke i behandlingen af punktet:'), P('Godkendt.'), BR,
      P('Punkt 2'), P('Følgende deltog ikke i behandlingen af punktet:'), P('Godkendt.'), BR,
      P('Punkt 3'), P('Følgende deltog ikke i behandlingen af punktet:'), P('Godkendt.'),
    ],
    expected: [
      'Punkt 1', 'Følgende deltog ikke i behandlingen af punktet:', 'Godkendt.', '---',
      'Punkt 2', 'Følgende deltog ikke i behandlingen af punktet:', 'Godkendt.', '---',
      'Punkt 3', 'Følgende deltog ikke i behandlingen af punktet:', 'Godkendt.',
    ],
  },
  {
    name: 'a footer on every page goes, a line in a minority of the pages stays (60 % rule)',
    input: [
      P('Et.'), P('Ballerup Kommune'), BR, P('To.'), P('Ballerup Kommune'), BR, P('Tre.'), P('Ballerup Kommune'), BR,
      P('Fire.'), P('Bilag'), BR, P('Fem.'), P('Bilag'),
    ],
    expected: ['Et.', '---', 'To.', '---', 'Tre.', '---', 'Fire.', 'Bilag', '---', 'Fem.', 'Bilag'],
  },
  {
    name: 'bare page numbers at the bottom ("- N -")',
    input: [P('Et.'), P('- 1 -'), BR, P('To.'), P('- 2 -'), BR, P('Tre.'), P('- 3 -')],
    expected: ['Et.', '---', 'To.', '---', 'Tre.'],
  },
  {
    name: 'a number at the bottom of one page only stays',
    input: [P('Et.'), P('12'), BR, P('To.'), BR, P('Tre.'), BR, P('Fire.')],
    expected: ['Et.', '12', '---', 'To.', '---', 'Tre.', '---', 'Fire.'],
  },
  {
    name: 'a one-page document loses "Side 1 af 1"',
    input: [P('Referat'), P('Godkendt.'), P('Side 1 af 1')],
    expected: ['Referat', 'Godkendt.'],
  },
  {
    name: 'text reader tables and headings: header row and heading at the page top',
    input: [
      { type: 'heading', level: 1, text: 'Byrådet' },
      { type: 'table', rows: [['Referat', 'Side 1']] },
      P('Et.'),
      BR,
      { type: 'heading', level: 1, text: 'Byrådet' },
      { type: 'table', rows: [['Referat', 'Side 2']] },
      P('To.'),
      BR,
      { type: 'heading', level: 1, text: 'Byrådet' },
      { type: 'table', rows: [['Referat', 'Side 3'], ['Punkt', '3']] },
      P('Tre.'),
    ],
    expected: ['Et.', '---', 'To.', '---', 'Punkt|3', 'Tre.'],
  },
  {
    name: 'a page left empty does not leave two page breaks',
    input: [P('Et.'), BR, P('Side 2 af 3'), BR, P('Tre.'), P('Side 3 af 3')],
    expected: ['Et.', '---', 'Tre.'],
  },
  {
    name: 'a running footer that alone names the meeting\'s date goes, and its date opens the document',
    input: [
      P('Referat', 'Økonomiudvalget', 'Sagsnr.: 00.01.00-A00-3-24'), P('Økonomiudvalget - Referat - 10.04.2024\tSide 1 af 2'), BR,
      P('Godkendt.'), P('Økonomiudvalget - Referat - 10.04.2024\tSide 2 af 2'),
    ],
    expected: ['Mødedato: 10.04.2024', 'Referat / Økonomiudvalget / Sagsnr.: 00.01.00-A00-3-24', '---', 'Godkendt.'],
  },
  {
    name: 'a running footer with the printout\'s date goes, and its date is not the meeting\'s',
    input: [
      P('Referat', 'Økonomiudvalget', 'Sagsnr.: 00.01.00-A00-3-24'), P('Udskrevet 20.03.2024\tSide 1 af 2'), BR,
      P('Godkendt.'), P('Udskrevet 20.03.2024\tSide 2 af 2'),
    ],
    expected: ['Referat / Økonomiudvalget / Sagsnr.: 00.01.00-A00-3-24', '---', 'Godkendt.'],
  },
  {
    name: 'a running footer with a date goes when the first page names the date itself',
    input: [P('Referat', 'Mødedato: 10. april 2024'), P('Økonomiudvalget 10.04.2024\tSide 1'), BR, P('Godkendt.'), P('Økonomiudvalget 10.04.2024\tSide 2')],
    expected: ['Referat / Mødedato: 10. april 2024', '---', 'Godkendt.'],
  },
  {
    name: 'an item heading continued at the top of the next page ("(fortsat)") goes',
    input: [
      P('Punkt 2. Budgetopfølgning', 'Sagsnr.: 00.30.14-S00-2-24'), P('Der forventes et mindreforbrug på'), BR,
      P('Punkt 2. Budgetopfølgning (fortsat)'), P('anlægsområdet.'), BR,
      P('Sagsfremstilling (forts.)'), P('Mere tekst.'),
    ],
    expected: ['Punkt 2. Budgetopfølgning / Sagsnr.: 00.30.14-S00-2-24', 'Der forventes et mindreforbrug på', '---', 'anlægsområdet.', '---', 'Mere tekst.'],
  },
  {
    name: "the running item's heading printed again at the top of its next page goes; a new item's heading at the top of a page stays",
    input: [
      P('Indhold'), P('1. Godkendelse af dagsorden'), P('2. Skolestruktur'), BR,
      P('1. Godkendelse af dagsorden'), P('Beslutning'), P('Godkendt.'), BR,
      P('2. Skolestruktur', 'Sagsnr.: 17.01.00-P20-1-24'), P('Skolerne i'), BR,
      P('2. Skolestruktur'), P('Lemvig.'), BR,
      P('1. Godkendelse af dagsorden'), P('Et andet møde.'),
    ],
    expected: [
      'Indhold', '1. Godkendelse af dagsorden', '2. Skolestruktur', '---',
      '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '---',
      '2. Skolestruktur / Sagsnr.: 17.01.00-P20-1-24', 'Skolerne i', '---',
      'Lemvig.', '---',
      '1. Godkendelse af dagsorden', 'Et andet møde.',
    ],
  },
];

for (const c of furnitureCases) {
  test(`mend/furniture: ${c.name}`, () => {
    assert.deepEqual(shape(removePageFurniture(c.input)), c.expected);
  });
}

const joinCases: Case[] = [
  {
    name: 'a sentence cut by the page break is joined and the page break dropped',
    input: [P('Ved en rutinemæssig rundering på samtlige', 'skoler og institutioner af'), BR, P('servicepersonalet vil utætheder blive', 'opdaget.'), P('Næste afsnit.')],
    expected: ['Ved en rutinemæssig rundering på samtlige / skoler og institutioner af / servicepersonalet vil utætheder blive / opdaget.', 'Næste afsnit.'],
  },
  {
    name: 'a finished sentence keeps the page break',
    input: [P('Konkretisering af planerne.'), BR, P('grundstrukturen foreslås suppleret.')],
    expected: ['Konkretisering af planerne.', '---', 'grundstrukturen foreslås suppleret.'],
  },
  {
    name: 'an upper-case start keeps the page break',
    input: [P('Sagen afgøres i'), BR, P('Udvalget for plan')],
    expected: ['Sagen afgøres i', '---', 'Udvalget for plan'],
  },
  {
    name: 'ending with ":" "?" "!" or a closing quote after "." keeps the page break',
    input: [P('Det indstilles:'), BR, P('at sagen godkendes'), BR, P('Hvem får det?'), BR, P('og "nu."'), BR, P('og videre')],
    expected: ['Det indstilles:', '---', 'at sagen godkendes', '---', 'Hvem får det?', '---', 'og "nu."', '---', 'og videre'],
  },
  {
    name: 'a heading-size paragraph is not joined to body text',
    input: [Ps(1.5, 'Punkt 2: Svar på forslag om'), BR, Ps(1, 'at halvere prisen')],
    expected: ['Punkt 2: Svar på forslag om', '---', 'at halvere prisen'],
  },
  {
    name: 'a hyphenated line end stays a separate line',
    input: [P('Der er tilført dobbelt så mange p-pladser i p-'), BR, P('huse, som der er fjernet.')],
    expected: ['Der er tilført dobbelt så mange p-pladser i p- / huse, som der er fjernet.'],
  },
  {
    name: 'a sentence split over three pages',
    input: [P('en'), BR, P('to'), BR, P('tre.')],
    expected: ['en / to / tre.'],
  },
  {
    name: 'a list or table before the break is never joined',
    input: [{ type: 'list', ordered: false, items: ['punkt og'] }, BR, P('videre tekst')],
    expected: ['- punkt og', '---', 'videre tekst'],
  },
];

for (const c of joinCases) {
  test(`mend/join: ${c.name}`, () => {
    assert.deepEqual(shape(joinSplitParagraphs(c.input)), c.expected);
  });
}


test('mend: paragraphText mends the hyphen of a joined title', () => {
  const [p] = mendPages([P('Afrapportering om ny 2030-'), BR, P('fremskrivning af udledninger')]) as [ParagraphBlock];
  assert.equal(paragraphText(p), 'Afrapportering om ny 2030-fremskrivning af udledninger');
});

test('mend: blocks without page breaks pass through unchanged', () => {
  const input: Block[] = [P('Side 1'), P('Tekst.')];
  // One page: only an explicit stamp with a word ("Side 1") counts; it is removed.
  assert.deepEqual(shape(mendPages(input)), ['Tekst.']);
  // Full-width digits are digits.
  assert.deepEqual(shape(mendPages([P('Side ２'), P('Tekst.')])), ['Tekst.']);
  const plain: Block[] = [P('Godkendt.'), { type: 'heading', level: 2, text: 'Bilag' }];
  assert.deepEqual(mendPages(plain), plain);
});

test('mend: furnitureKey ignores case, spacing and digits', () => {
  const table: [string, string, number[]][] = [
    ['Side 3 af 28', 'side # af #', [3, 28]],
    ['  Referat For PUK\tSide 4 ', 'referat for puk side #', [4]],
    ['Dato: 04.12.2012', 'dato: #.#.#', [4, 12, 2012]],
    // NFKC for the whole line when anything in it is outside Latin-1, and long numbers as Number() reads them.
    ['Side 2 – bilag½', 'side # – bilag#⁄#', [2, 1, 2]],
    ['Side ２ af ５', 'side # af #', [2, 5]],
    ['Dok 12345678901234567891', 'dok #', [Number('12345678901234567891')]],
  ];
  for (const [text, key, nums] of table) assert.deepEqual(furnitureKey(text), { key, nums });
});

test('mend: both steps; the gap measured from a removed header is dropped', () => {
  const input: Block[] = [
    Pg(1, 'Byrådet 27-08-2025'),
    Pg(2.5, 'Punkt 1: Godkendelse'),
    Pg(1.45, 'Godkendt, idet det', 'bemærkes at'),
    BR,
    Pg(1, 'Byrådet 27-08-2025'),
    Pg(2.5, 'sagen er'),
    Pg(1.9, 'Bilag 1'),
    BR,
    Pg(1, 'Byrådet 27-08-2025'),
    Pg(2.5, 'Punkt 3: Eventuelt'),
  ];
  const out = mendPages(input);
  // Page 1 keeps its header (the only date on it) and the gap after it.
  assert.deepEqual(out, [
    { type: 'paragraph', lines: ['Byrådet 27-08-2025'], gapBefore: 1, size: 1 },
    { type: 'paragraph', lines: ['Punkt 1: Godkendelse'], gapBefore: 2.5, size: 1 },
    { type: 'paragraph', lines: ['Godkendt, idet det', 'bemærkes at', 'sagen er'], gapBefore: 1.45, size: 1 },
    { type: 'paragraph', lines: ['Bilag 1'], gapBefore: 1.9, size: 1 },
    { type: 'pageBreak' },
    { type: 'paragraph', lines: ['Punkt 3: Eventuelt'], size: 1 },
  ]);
  // The input is not modified.
  assert.equal((input[0] as ParagraphBlock).lines[0], 'Byrådet 27-08-2025');
});

test('mend: without page breaks, page stamps ("Side 3 af 6") mark the pages: running headers go, split sentences join', () => {
  const input: Block[] = [
    P('Udvalget holder svømmehallen åben i renoverings-'), P('Side 1 af 3'), P('Teknik- og Miljøudvalget 05-06-2023'), P('perioden.'),
    P('Ny sag.'), P('Side 2 af 3'), P('Teknik- og Miljøudvalget 05-06-2023'), P('Godkendt.'), P('Side 3 af 3'),
  ];
  assert.deepEqual(
    mendPages(input).filter((b) => b.type === 'paragraph').map((b) => paragraphText(b as ParagraphBlock)),
    ['Udvalget holder svømmehallen åben i renoveringsperioden.', 'Ny sag.', 'Godkendt.'],
  );
});

test('mend: paragraphText keeps the hyphen of a shared word part ("Sundheds- og Forebyggelsesudvalget")', () => {
  assert.equal(paragraphText({ type: 'paragraph', lines: ['under Sundheds-', 'og Forebyggelsesudvalget'] }), 'under Sundheds- og Forebyggelsesudvalget');
  assert.equal(paragraphText({ type: 'paragraph', lines: ['klima- og miljø-', 'området'] }), 'klima- og miljøområdet');
});

test('mend: the running headers and footers removed are handed on as the page title, page stamps aside', () => {
  const page = (n: number, ...body: Block[]): Block[] => [
    P('Svendborg Kommune\tMiljø-, Klima- og Teknikudvalget    Referat'),
    ...body,
    P(`Side ${n} af 3`),
  ];
  const title = { running: [] as string[] };
  const out = mendPages([...page(1, P('Mødedato: 12. marts 2024'), P('1. Godkendelse')), BR, ...page(2, P('Godkendt.')), BR, ...page(3, P('2. Eventuelt'))], title);
  assert.deepEqual(title.running, ['Svendborg Kommune - Miljø-, Klima- og Teknikudvalget - Referat']);
  assert.deepEqual(shape(out), ['Mødedato: 12. marts 2024', '1. Godkendelse', '---', 'Godkendt.', '---', '2. Eventuelt']);
  // A page stamp at the end of a running header's field is no part of the title.
  const stamped = { running: [] as string[] };
  mendPages([P('Økonomiudvalget 10.04.2024 Side 1'), P('Godkendt.'), BR, P('Økonomiudvalget 10.04.2024 Side 2'), P('Intet.'), BR, P('Økonomiudvalget 10.04.2024 Side 3'), P('Slut.')], stamped);
  assert.deepEqual(stamped.running, ['Økonomiudvalget 10.04.2024']);
  // Nothing repeats: no title.
  const none = { running: [] as string[] };
  mendPages([P('Referat'), BR, P('Godkendt.')], none);
  assert.deepEqual(none.running, []);
});
