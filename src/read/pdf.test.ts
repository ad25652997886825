import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferatError } from '../errors.js';
import { paragraphText, type Block, type ParagraphBlock } from './block.js';
import { EMPTY_CELL } from './block.js';
import { layoutPages, pdfEngineAvailable, readPdf, type PdfEngine, type PdfPage } from './pdf.js';

function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

const CORPUS = path.join(projectRoot(), '..', 'shared', 'corpus');
const AARHUS = 'aarhus-byraad-2025-08-27-referat.pdf';
const BALLERUP = 'ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04-referat.pdf';
const SYDDJURS = 'syddjurs-puk-2013-06-20-referat.pdf';
const haveCorpus = existsSync(path.join(CORPUS, AARHUS));
const ENGINES: PdfEngine[] = ['poppler', 'pdfjs'];

/** Skip reason, or null to run. Missing inputs fail under CI instead of skipping. */
function skipFor(engine: PdfEngine | null, needCorpus: boolean): string | false {
  if (needCorpus && !haveCorpus) {
    if (process.env.CI) return false; // the test body fails
    return `corpus not found at ${CORPUS}`;
  }
  if (engine && !pdfEngineAvailable(engine)) {
    if (process.env.CI) return false;
    return `${engine} not available (pdftotext not on PATH)`;
  }
  return false;
}

function requireInputs(engine: PdfEngine | null, needCorpus: boolean): void {
  if (needCorpus) assert.ok(haveCorpus, `corpus not found at ${CORPUS} (required when CI is set)`);
  if (engine) assert.ok(pdfEngineAvailable(engine), `${engine} engine not available (required when CI is set)`);
}

const cache = new Map<string, Promise<Block[]>>();
function blocksOf(file: string, engine: PdfEngine): Promise<Block[]> {
  const key = engine + ':' + file;
  let p = cache.get(key);
  if (!p) {
    p = readPdf(new Uint8Array(readFileSync(path.join(CORPUS, file))), file, { engine });
    cache.set(key, p);
  }
  return p;
}

const paragraphs = (blocks: Block[]): ParagraphBlock[] => blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const allLines = (blocks: Block[]): string[] => paragraphs(blocks).flatMap((p) => p.lines);

/** Lines that are the first or last line of at least half the pages (digits ignored). */
function repeatedEdgeLines(blocks: Block[]): string[] {
  const pages: Block[][] = [[]];
  for (const b of blocks) {
    if (b.type === 'pageBreak') pages.push([]);
    else pages[pages.length - 1]!.push(b);
  }
  const counts = new Map<string, number>();
  for (const page of pages) {
    const lines = paragraphs(page).flatMap((p) => p.lines);
    const edge = new Set([lines[0], lines[lines.length - 1]].filter((l): l is string => !!l).map((l) => l.replace(/\d+/g, '#')));
    for (const l of edge) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => pages.length >= 4 && n >= pages.length / 2).map(([l]) => l);
}

for (const engine of ENGINES) {
  test(`pdf/${engine}: Aarhus item 7's hyphen-wrapped title stays two lines`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const blocks = await blocksOf(AARHUS, engine);
    const heading = paragraphs(blocks).find((p) => p.lines.some((l) => l.includes('Punkt 7:')));
    assert.ok(heading, 'a block with "Punkt 7:"');
    const i = heading.lines.findIndex((l) => l.includes('Punkt 7:'));
    assert.match(heading.lines[i]!, /ny 2030-$/);
    assert.equal(heading.lines[i + 1], 'fremskrivning');
    assert.equal(paragraphText(heading), 'Punkt 7: Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning');
    assert.ok(heading.size! > 1.3, `heading size ${heading.size}`);
  });

  test(`pdf/${engine}: Aarhus decision is split from the case text by a larger gap`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const paras = paragraphs(await blocksOf(AARHUS, engine));
    const texts = paras.map(paragraphText);
    // Item 2: "Beslutninger" / decision / (gap ≈ 17.7 pt / 12.2 pt) "BESLUTNINGSFORSLAG FRA DD …"
    const at = texts.findIndex((t, k) => t === 'Beslutninger' && texts[k + 1]!.startsWith('Fremsendes til Teknisk Udvalg'));
    assert.ok(at >= 0, 'Beslutninger followed by the item 2 decision');
    const heading = paras[at]!;
    const decision = paras[at + 1]!;
    const caseText = paras[at + 2]!;
    assert.ok(heading.size! > 1.15, `"Beslutninger" is set larger (size ${heading.size})`);
    assert.equal(decision.size, 1);
    assert.equal(paragraphText(decision), 'Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.');
    assert.ok(caseText.lines[0]!.startsWith('BESLUTNINGSFORSLAG FRA DD'));
    assert.ok(caseText.gapBefore! > 1.3 && caseText.gapBefore! < 1.6, `gapBefore ${caseText.gapBefore} ≈ 1.45`);
    // Every "Beslutninger" heading is followed by a body-size paragraph (the decision).
    const all = texts.flatMap((t, k) => (t === 'Beslutninger' ? [k] : []));
    assert.equal(all.length, 20);
    for (const k of all) assert.equal(paras[k + 1]!.size, 1);
    // Ordinary lines are 1, the attachment list's paragraph gap (≈ 23 pt) stays distinguishable.
    const bilag = paras.find((p) => p.lines[0] === 'Bilag 1: Beslutningsforslag');
    assert.ok(bilag && bilag.gapBefore! > 1.7, `attachment gap ${bilag?.gapBefore}`);
  });

  test(`pdf/${engine}: Aarhus has no running page furniture and keeps item 21`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const blocks = await blocksOf(AARHUS, engine);
    assert.deepEqual(repeatedEdgeLines(blocks), []);
    const lines = allLines(blocks);
    assert.ok(!lines.some((l) => /^Side \d+( af \d+)?$|^\d+ (af|of) \d+$/.test(l)));
    assert.ok(lines.includes('Punkt 21: Lukket: Køb af landbrugsejendom'));
    assert.equal(blocks.filter((b) => b.type === 'pageBreak').length, 27);
    // Table of contents: title and page number in two columns.
    assert.ok(lines.some((l) => /^Godkendelse af dagsorden\.+\t3$/.test(l)));
  });

  test(`pdf/${engine}: Ballerup loses its "Side N" header and joins a split sentence`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const blocks = await blocksOf(BALLERUP, engine);
    const lines = allLines(blocks);
    assert.ok(!lines.some((l) => /^Side \d+$/.test(l)), 'no "Side N" lines');
    assert.ok(!lines.includes('Dato: 04.12.2012'), 'no header date lines');
    assert.equal(lines.filter((l) => l === 'Referat').length, 1, 'only the title page\'s "Referat"');
    assert.ok(!paragraphs(blocks).some((p) => p.size !== undefined && p.size < 0.9), 'no small-print header left');
    assert.deepEqual(repeatedEdgeLines(blocks), []);
    // The title page keeps its own (non-header) lines.
    assert.ok(lines.includes('tirsdag den 4. december 2012, kl. 13:00'));
    // Page 4 ends "… institutioner af", page 5 goes on "servicepersonalet …": one paragraph.
    const split = paragraphs(blocks).find((p) => p.lines.some((l) => l.endsWith('samtlige skoler og institutioner af')));
    assert.ok(split, 'paragraph with the page-4 end');
    assert.ok(paragraphText(split).includes('institutioner af servicepersonalet i de respektive distrikter'));
    assert.ok(blocks.filter((b) => b.type === 'pageBreak').length < 14);
    assert.ok(lines.includes('1.\tMeddelelser'));
  });

  test(`pdf/${engine}: Syddjurs has no "N of 5" stamps or running header`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const blocks = await blocksOf(SYDDJURS, engine);
    const lines = allLines(blocks);
    assert.ok(!lines.some((l) => /\b\d+ of 5\b/.test(l)), 'no "N of 5"');
    assert.ok(!lines.some((l) => l.startsWith('Referat For Udvalget')), 'no running header');
    assert.ok(!lines.includes('20. juni 2013 - kl. 10:30'));
    assert.ok(lines.includes('Jesper Mathiesen (A)\tOle Bjerregaard (V)'), 'two-column member list');
    assert.ok(lines.includes('• Hvad vil du gerne have opnået i 2017?'), 'Symbol-font bullet');
    assert.ok(lines.includes('Punktet blev drøftet.'));
    assert.ok(lines.some((l) => l.includes('Kultur-postkort til byrådsmedlemmer')), 'narrow words are kept');
    // Table of contents: number, title, dot leaders glued to the page number → a tab before it.
    assert.ok(lines.some((l) => /^715\.\tKulturkommune 2017\. Politiske fokusområder \.+\t2$/.test(l)), 'TOC line');
  });
}

test('pdf: poppler and pdf.js give the same paragraphs', { skip: skipFor('poppler', true) }, async () => {
  requireInputs('poppler', true);
  for (const file of [AARHUS, BALLERUP, SYDDJURS]) {
    const a = await blocksOf(file, 'poppler');
    const b = await blocksOf(file, 'pdfjs');
    const shape = (bs: Block[]): string[] => bs.map((x) => (x.type === 'paragraph' ? x.lines.join('\n') : x.type));
    assert.deepEqual(shape(b), shape(a), file);
    const pa = paragraphs(a);
    const pb = paragraphs(b);
    for (let i = 0; i < pa.length; i++) {
      assert.ok(Math.abs((pa[i]!.gapBefore ?? 0) - (pb[i]!.gapBefore ?? 0)) < 0.05, `${file} gapBefore #${i}`);
      assert.ok(Math.abs(pa[i]!.size! - pb[i]!.size!) < 0.05, `${file} size #${i}`);
    }
  }
});

/** A one-page PDF with the given content stream (Helvetica as F1), with a correct xref table. */
function minimalPdf(content: string): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => String(o).padStart(10, '0') + ' 00000 n \n').join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

async function expectCode(p: Promise<unknown>, codes: string[], what: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof ReferatError, `${what}: a ReferatError, got ${String(e)}`);
    assert.ok(codes.includes(e.code), `${what}: code ${e.code}`);
    assert.match(e.message, /^[^:]+\.pdf: /, 'message starts with the file name');
    return true;
  });
}

for (const engine of ENGINES) {
  test(`pdf/${engine}: broken inputs give ReferatError, not a crash`, { skip: skipFor(engine, false) }, async () => {
    requireInputs(engine, false);
    const opts = { engine };
    await expectCode(readPdf(new Uint8Array(0), 'empty.pdf', opts), ['E_PDF_TRUNCATED'], 'empty');
    await expectCode(readPdf(pseudoRandom(40_000, 7), 'random.pdf', opts), ['E_PDF_UNREADABLE'], 'random bytes');
    const withHeader = pseudoRandom(40_000, 11);
    withHeader.set(Buffer.from('%PDF-1.7\n'), 0);
    withHeader.set(Buffer.from('\n%%EOF\n'), withHeader.length - 7);
    await expectCode(readPdf(withHeader, 'garbage.pdf', opts), ['E_PDF_UNREADABLE', 'E_PDF_TRUNCATED'], 'garbage with a PDF header');
    await expectCode(readPdf(minimalPdf('0 0 m 100 100 l S'), 'scan.pdf', opts), ['E_PDF_UNREADABLE'], 'no text layer');
    await assert.rejects(readPdf(minimalPdf('0 0 m 100 100 l S'), 'scan.pdf', opts), /no text layer/);
    const hello = await readPdf(minimalPdf('BT /F1 12 Tf 72 700 Td (Hello world) Tj ET'), 'hello.pdf', opts);
    assert.deepEqual(hello, [{ type: 'paragraph', lines: ['Hello world'], size: 1 }]);
  });

  test(`pdf/${engine}: the first half of each corpus PDF is E_PDF_TRUNCATED`, { skip: skipFor(engine, true) }, async () => {
    requireInputs(engine, true);
    const aarhus = new Uint8Array(readFileSync(path.join(CORPUS, AARHUS)));
    await expectCode(readPdf(aarhus, AARHUS, { engine, timeoutMs: 1 }), ['E_PDF_UNREADABLE'], 'time limit');
    for (const file of [AARHUS, BALLERUP, SYDDJURS]) {
      const bytes = readFileSync(path.join(CORPUS, file));
      const half = new Uint8Array(bytes.subarray(0, bytes.length >> 1));
      await expectCode(readPdf(half, file, { engine }), ['E_PDF_TRUNCATED'], `${file} first half`);
      const cut = new Uint8Array(bytes.subarray(0, bytes.length - 10));
      await expectCode(readPdf(cut, file, { engine }), ['E_PDF_TRUNCATED', 'E_PDF_UNREADABLE'], `${file} last bytes cut`);
    }
  });
}

/** A word of a synthetic page: 5 units per character wide, `h` high. */
const w = (text: string, x0: number, top: number, h = 10): PdfPage['words'][number] => ({ text, x0, x1: x0 + text.length * 5, top, bottom: top + h });

test('layout: lines, tabs between columns, paragraphs by gap and size', () => {
  // Body: 10 pt high lines at a 12 pt pitch. Word boxes in top-down points.
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      w('Beslutning', 50, 50, 14),
      w('Godkendt', 50, 70),
      w('som', 95, 70),
      w('indstillet.', 115, 70),
      w('Det', 50, 82),
      w('blev', 70, 82),
      w('vedtaget.', 95, 82),
      // 17.6 pt pitch: a new paragraph with gapBefore ≈ 1.47
      w('Sagsfremstilling', 50, 99.6),
      w('følger.', 135, 99.6),
      w('Ordinær', 50, 111.6),
      w('linje', 90, 111.6),
      w('Navn', 50, 123.6),
      w('3', 300, 123.6),
      w('Mere', 50, 135.6),
      w('tekst', 75, 135.6),
      w('Aktuelle', 50, 147.6),
      w('sager.....', 95, 147.6),
      w('20', 148, 147.6),
    ],
  };
  const blocks = layoutPages([page]);
  assert.deepEqual(blocks, [
    { type: 'paragraph', lines: ['Beslutning'], size: 1.4 },
    { type: 'paragraph', lines: ['Godkendt som indstillet.', 'Det blev vedtaget.'], gapBefore: 1.33, size: 1 },
    { type: 'paragraph', lines: ['Sagsfremstilling følger.', 'Ordinær linje', 'Navn\t3', 'Mere tekst', 'Aktuelle sager.....\t20'], gapBefore: 1.47, size: 1 },
  ]);
});

test('layout: text printed twice (fake bold) is kept once; a subscript joins its word', () => {
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      { text: 'Beslutning', x0: 50, x1: 100, top: 50, bottom: 60 },
      { text: 'Beslutning', x0: 50.4, x1: 100.4, top: 50, bottom: 60 },
      { text: 'CO', x0: 50, x1: 62, top: 62, bottom: 72 },
      { text: '2', x0: 62.2, x1: 65, top: 66, bottom: 73 },
      { text: 'e', x0: 65.1, x1: 70, top: 62, bottom: 72 },
      { text: 'udledning', x0: 73, x1: 110, top: 62, bottom: 72 },
    ],
  };
  assert.deepEqual(layoutPages([page]), [{ type: 'paragraph', lines: ['Beslutning', 'CO2e udledning'], size: 1 }]);
});

test('layout: a number cell centred beside a two-line title goes in front of the title\'s first line', () => {
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      w('Trafiksikkerhedsplan', 100, 50),
      w('og', 205, 50),
      w('prioritering', 220, 50),
      w('20.', 50, 56),
      w('af', 100, 62),
      w('projekter', 115, 62),
      w('Sagsnr.:', 100, 84),
      w('05.13.00-P15-1-23', 145, 84),
    ],
  };
  assert.deepEqual(layoutPages([page]).map((b) => b.type === 'paragraph' && b.lines), [
    ['20.\tTrafiksikkerhedsplan og prioritering', 'af projekter'],
    ['Sagsnr.: 05.13.00-P15-1-23'],
  ]);
});

test('layout: a form\'s label centred on the middle line of a three-line text goes in front of its first line', () => {
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [w('Kulturstrategien', 150, 50), w('er', 235, 50), w('Sagsbeskrivelse', 50, 62), w('i', 150, 62), w('høring.', 160, 62), w('Der', 150, 74), w('kom', 170, 74), w('svar.', 190, 74)],
  };
  assert.deepEqual(layoutPages([page]).map((b) => b.type === 'paragraph' && b.lines), [['Sagsbeskrivelse\tKulturstrategien er', 'i høring.', 'Der kom svar.']]);
});

test('layout: table rows, a full cell before the next column and a cell\'s further line under its row', () => {
  // Columns at x 50 (Pkt.), 80 (Sag) and 200 (Beslutning); rows 14 apart, a cell's lines 12 apart.
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      w('Pkt.', 50, 50), w('Sag', 80, 50), w('Beslutning', 200, 50),
      w('1.', 50, 64), w('Godkendelse', 80, 64), w('Godkendt.', 200, 64),
      // "planlægningen" fills its column: one word space before "Udvalget".
      w('2.', 50, 78), w('Skolens', 80, 78), w('planlægningen', 117, 78), w('Udvalget', 200, 78), w('godkendte.', 245, 78),
      w('Sagsnr.', 80, 90), w('24/1182', 120, 90),
      w('3.', 50, 104), w('Eventuelt', 80, 104), w('Intet.', 200, 104),
    ],
  };
  assert.deepEqual(layoutPages([page]).map((b) => b.type === 'paragraph' && b.lines), [
    ['Pkt.\tSag\tBeslutning', '1.\tGodkendelse\tGodkendt.', '2.\tSkolens planlægningen\tUdvalget godkendte.', '\tSagsnr. 24/1182', '3.\tEventuelt\tIntet.'],
  ]);
});

test('layout: a row that leaves a column empty gets an empty cell there; a first cell running into the next column does not', () => {
  // Columns at x 50 (name), 150 (party), 200 (present) and 260 (away); the header centred over them.
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      w('Navn', 80, 50), w('Parti', 152, 50), w('Til', 205, 50), w('stede', 222, 50), w('Afbud', 262, 50),
      w('Mette', 50, 64), w('Dahl', 80, 64), w('A', 150, 64), w('X', 200, 64),
      w('Jonas', 50, 78), w('Krog', 80, 78), w('V', 150, 78), w('X', 260, 78),
      w('Sara', 50, 92), w('Bech', 75, 92), w('Ø', 150, 92), w('X', 200, 92),
      // A name that runs from the first column into the second: no empty cell for the second.
      w('Anne', 50, 106), w('Birgitte', 75, 106), w('Kristoffersen', 118, 106), w('X', 200, 106),
    ],
  };
  const lines = layoutPages([page]).flatMap((b) => (b.type === 'paragraph' ? b.lines : []));
  assert.deepEqual(lines.slice(1).map((l) => l.replaceAll(EMPTY_CELL, '∅')), ['Mette Dahl\tA\tX', 'Jonas Krog\tV\t∅\tX', 'Sara Bech\tØ\tX', 'Anne Birgitte Kristoffersen\tX']);
});

test('layout: a word of running text or of a bullet\'s text under a column of a table elsewhere on the page starts no cell', () => {
  const page: PdfPage = {
    width: 595,
    height: 842,
    words: [
      w('Sagsnr.:', 50, 50), w('24/1182', 200, 50),
      w('Dato:', 50, 62), w('12.03.2024', 200, 62),
      w('Ansvarlig:', 50, 74), w('Anne', 200, 74),
      // The bullet's text after a column gap; "have" happens to start where the table's values do.
      w('•', 50, 100), w('Hvad', 65, 100), w('vil', 90, 100), w('du', 110, 100), w('gennemførelsen', 125, 100), w('have', 200, 100),
      w('•', 50, 112), w('Hvad', 65, 112), w('kræver', 90, 112), w('det?', 124, 112),
    ],
  };
  const lines = layoutPages([page]).flatMap((b) => (b.type === 'paragraph' ? b.lines : []));
  assert.ok(lines.includes('• Hvad vil du gennemførelsen have'), JSON.stringify(lines));
});

test('layout: a page break between pages, empty pages skipped', () => {
  const line = (text: string, top: number): PdfPage['words'][number] => ({ text, x0: 50, x1: 50 + 5 * text.length, top, bottom: top + 10 });
  const pages: PdfPage[] = [
    { width: 595, height: 842, words: [line('en', 50), line('to', 62)] },
    { width: 595, height: 842, words: [] },
    { width: 595, height: 842, words: [line('tre', 50)] },
  ];
  const blocks = layoutPages(pages);
  assert.deepEqual(
    blocks.map((b) => (b.type === 'paragraph' ? b.lines.join('|') : b.type)),
    ['en|to', 'pageBreak', 'tre'],
  );
});
