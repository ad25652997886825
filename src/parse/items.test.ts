/**
 * Item headings in every layout: "Punkt 3:", "49.", "Sag nr. 129", "Pkt. 3", Markdown headings of
 * any level, bold lines, a bare number before an HTML heading; closed markers; wrapped titles; and
 * numbered recommendation clauses that are not items.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToBlocks } from '../read/html.js';
import { markdownToBlocks } from '../read/markdown.js';
import { textToBlocks } from '../read/text.js';
import { findItemHeadings } from './items.js';
import type { Line } from './lines.js';
import { toLines } from './lines.js';
import { findToc } from './toc.js';

type Heading = [number: string, title: string, closed?: true];

const read = { text: textToBlocks, markdown: markdownToBlocks, html: htmlToBlocks };

function headings(form: keyof typeof read, input: string): Heading[] {
  const lines: Line[] = toLines(read[form](input));
  return findItemHeadings(lines, findToc(lines)).map((h) => (h.closed ? [h.number, h.title, true] : [h.number, h.title]));
}

const cases: [name: string, form: keyof typeof read, input: string, expected: Heading[]][] = [
  [
    'closed items numbered anew under "LUKKEDE PUNKTER"; numbering that goes on needs no restart',
    'text',
    '1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n2. Budget\nSagsnr.: 24/2\nBeslutning\nGodkendt.\n\nLUKKEDE PUNKTER\n\n1. Salg af grund\nSagsnr.: 24/5\n\n2. Personalesag\nSagsnr.: 24/6',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budget'],
      ['1', 'Salg af grund'],
      ['2', 'Personalesag'],
    ],
  ],
  [
    'numbering that goes on after "Lukkede punkter"',
    'text',
    '1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\nLukkede punkter\n\n2. Salg af grund\nSagsnr.: 24/5',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Salg af grund'],
    ],
  ],
  [
    'the access before the heading ("Åbent punkt 1: …", "Lukket punkt 3: …", "Offentligt punkt 4 …")',
    'text',
    'Åbent punkt 1: Godkendelse af dagsorden\nSagsnr.: 24/20111\n\nBeslutning\nGodkendt.\n\nÅbent punkt 2: Kvalitetsrapport\nSagsnr.: 24/18812\n\nLukket punkt 3: Klage over skoletildeling\nSagsnr.: 24/19001\n\nOffentligt punkt 4 - Eventuelt\n\nBeslutning\nIntet.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Kvalitetsrapport'],
      ['3', 'Klage over skoletildeling', true],
      ['4', 'Eventuelt'],
    ],
  ],
  [
    '"Punkt N: Title" (seeds)',
    'text',
    'Punkt 3: Vejplan\n\nBeslutning\n\nGodkendt.\n\nPunkt 4: Budget\n\nBeslutning\n\nGodkendt.',
    [
      ['3', 'Vejplan'],
      ['4', 'Budget'],
    ],
  ],
  [
    '"N. Title" numbered through the year',
    'text',
    '49. Vejplan 2024\n\nSagsnr.: 24/12\n\nBeslutning\n\nGodkendt.\n\n50. Budget\n\nSagsnr.: 24/13\n\nBeslutning\n\nGodkendt.',
    [
      ['49', 'Vejplan 2024'],
      ['50', 'Budget'],
    ],
  ],
  [
    'numbering with a gap (a closed item left out)',
    'text',
    '112. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n113. Budget\n\nBeslutning\n\nGodkendt.\n\n115. Eventuelt\n\nBeslutning\n\nIntet.',
    [
      ['112', 'Godkendelse af dagsorden'],
      ['113', 'Budget'],
      ['115', 'Eventuelt'],
    ],
  ],
  [
    '"Sag nr. N" with the title on the next line, and on the same line',
    'text',
    'Sag nr. 129\nVejplan 2024\n\nSagsnr.: 24/12\n\nBeslutning\n\nGodkendt.\n\nSag nr. 130 Budget\n\nBeslutning\n\nGodkendt.',
    [
      ['129', 'Vejplan 2024'],
      ['130', 'Budget'],
    ],
  ],
  [
    '"Pkt. N Title" without a colon',
    'text',
    'Pkt. 3 Vejplan\n\nBeslutning\n\nGodkendt.\n\nPkt. 4 Budget\n\nBeslutning\n\nGodkendt.',
    [
      ['3', 'Vejplan'],
      ['4', 'Budget'],
    ],
  ],
  [
    '"Pkt. N Title" with the case number in the same paragraph',
    'text',
    'Pkt. 1 Godkendelse af dagsorden\nSagsnr.: 24/1150\n\nBeslutning: Godkendt.\n\nPkt. 2 Trafiksikkerhedsplan 2024-2027\nSagsnr.: 23/8764\n\nBeslutning: Godkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Trafiksikkerhedsplan 2024-2027'],
    ],
  ],
  [
    'a title wrapped over two lines of its paragraph',
    'text',
    '2. Tillægsbevilling til vintervedligeholdelse og\nglatførebekæmpelse på kommunale veje\n\nSagsnr.: 24/2870\n\nBeslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.',
    [
      ['2', 'Tillægsbevilling til vintervedligeholdelse og glatførebekæmpelse på kommunale veje'],
      ['3', 'Eventuelt'],
    ],
  ],
  [
    'numbered recommendation clauses inside "Punkt" items are not items',
    'text',
    'Punkt 1: Budget\n\nIndstilling\n\n1. Udvalget godkender budgettet.\n2. Udvalget oversender sagen.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Vej\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Budget'],
      ['2', 'Vej'],
    ],
  ],
  [
    'numbered "at" clauses inside "N. Title" items are not items',
    'text',
    '23. Anlægsbevilling til Birkerød Idrætscenter\n\nSagsnr.: 23/31877\n\nIndstilling\nØkonomi indstiller,\n1. at der gives en anlægsbevilling på 18,6 mio. kr.,\n2. at rådighedsbeløbet frigives.\n\nBeslutning\nGodkendt.\n\n24. Eventuelt\n\nBeslutning\nIntet.',
    [
      ['23', 'Anlægsbevilling til Birkerød Idrætscenter'],
      ['24', 'Eventuelt'],
    ],
  ],
  [
    'closed markers before and after the title',
    'text',
    'Punkt 6: Lukket punkt: Køb af ejendom\n\nBeslutning\n\nGodkendt.\n\nPunkt 7: Lukket: Personalesag\n\nPunkt 8: Salg af grund (lukket)\n\nBeslutning\n\nGodkendt.',
    [
      ['6', 'Køb af ejendom', true],
      ['7', 'Personalesag', true],
      ['8', 'Salg af grund', true],
    ],
  ],
  [
    'access marks after the number: "Punkt 1 - Åben - …", "Punkt 2 - Lukket - …"; a title that opens with "Offentlig-" keeps it',
    'text',
    'Punkt 1 - Åben - Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nPunkt 2 - Lukket - Salg af grund\n\nBeslutning\nGodkendt.\n\nPunkt 3 - Offentlig-privat samarbejde om fjernvarme\n\nBeslutning\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Salg af grund', true],
      ['3', 'Offentlig-privat samarbejde om fjernvarme'],
    ],
  ],
  [
    'closed marks in other words: "- Ikke offentlig", "(Ikke-offentlig)", "(fortroligt)", "Ikke offentligt punkt:"',
    'text',
    '1. Salg af ejendom - Ikke offentlig\n\nBeslutning\nGodkendt.\n\n2. Køb af jord (Ikke-offentlig)\n\nBeslutning\nGodkendt.\n\n3. Personalesag (fortroligt)\n\nBeslutning\nGodkendt.\n\n4. Ikke offentligt punkt: Erstatningssag\n\nBeslutning\nGodkendt.\n\n5. Budget - åben\n\nBeslutning\nGodkendt.',
    [
      ['1', 'Salg af ejendom', true],
      ['2', 'Køb af jord', true],
      ['3', 'Personalesag', true],
      ['4', 'Erstatningssag', true],
      ['5', 'Budget'],
    ],
  ],
  [
    'one closed item headed "Lukket punkt 3." among plainly numbered items is one of them',
    'text',
    '1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Budget\n\nBeslutning\nGodkendt.\n\nLukket punkt 3. Salg af ejendom\n\nBeslutning\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budget'],
      ['3', 'Salg af ejendom', true],
    ],
  ],
  [
    'access letters after the number: "1 (Å) …", "2 (L) …"',
    'text',
    '1 (Å) Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2 (L) Personalesag\n\nBeslutning\nGodkendt.\n\n3 (Å) Eventuelt\n\nBeslutning\nIntet.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Personalesag', true],
      ['3', 'Eventuelt'],
    ],
  ],
  [
    'plain numbered headings with only a short decision under them in the same paragraph complete the numbering around the items that show more',
    'text',
    'Referat\nØkonomiudvalget\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Budget 2025\nSagsnr.: 00.30.00-Ø00-1-24\nBeslutning\nDrøftet.\n\n3. Eventuelt\nIntet.\n\n4. Næste møde\nDen 3. juli.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budget 2025'],
      ['3', 'Eventuelt'],
      ['4', 'Næste møde'],
    ],
  ],
  [
    'every item a numbered line with a short text under it in its paragraph: the run is the items when one is a standing item',
    'text',
    'Referat\nØkonomiudvalget\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Valg af næstformand\nLis Berg (A) blev valgt.\n\n3. Eventuelt\nIntet.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Valg af næstformand'],
      ['3', 'Eventuelt'],
    ],
  ],
  [
    'a numbered programme is no agenda',
    'text',
    'Konference\n\n1. Somatiske lidelser\nSessionsleder: Knud Kristensen\n\n2. Ulighed i patientforløb\nSessionsleder: Inge Vestbo',
    [],
  ],
  [
    'a numbered paragraph inside an item that does not continue the numbering stays in the item',
    'text',
    'Referat\nØkonomiudvalget\n\n1. Budget 2025\nSagsnr.: 00.30.00-Ø00-1-24\nBeslutning\nDrøftet.\n\n3. Rammerne fastholdes\nfor alle udvalg.\n\n2. Eventuelt\nSagsnr.: 00.01.00-A00-1-24\nIntet.',
    [
      ['1', 'Budget 2025'],
      ['2', 'Eventuelt'],
    ],
  ],
  [
    '"N. Title (lukket punkt)"',
    'text',
    '25. Spørgsmål fra Enhedslisten\n\nBeslutning\nBesvaret.\n\n26. Salg af ejendom (lukket punkt)\n\nBeslutning\nGodkendt.',
    [
      ['25', 'Spørgsmål fra Enhedslisten'],
      ['26', 'Salg af ejendom', true],
    ],
  ],
  [
    'Markdown "### N. Title"',
    'markdown',
    '### 1. Vejplan\n\n**Beslutning**\n\nGodkendt.\n\n### 2. Budget\n\n**Beslutning**\n\nGodkendt.',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    'Markdown "Punkt N:" at # and ### for the same level (seed 003)',
    'markdown',
    '# Punkt 1: Vejplan\n\n## Beslutning\n\nGodkendt.\n\n### Punkt 2: Budget\n\n## Beslutning\n\nGodkendt.',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    'Markdown bold lines "**N. Title**"',
    'markdown',
    '**1. Vejplan**\n\nBeslutning\n\nGodkendt.\n\n**2. Budget**\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    'HTML: a bare number before an <h2> title (portal number column)',
    'html',
    '<div>1</div><h2>Vejplan</h2><h3>Beslutning</h3><p>Godkendt.</p><div>2</div><h2>Budget</h2><h3>Beslutning</h3><p>Godkendt.</p>',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    'HTML: <h2>N. Title</h2>',
    'html',
    '<h2>1. Vejplan</h2><h3>Beslutning</h3><p>Godkendt.</p><h2>2. Budget</h2><h3>Beslutning</h3><p>Godkendt.</p>',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    'HTML: <h2>N. Lukket punkt: Title</h2>',
    'html',
    '<h2>3. Orientering</h2><h3>Beslutning</h3><p>Taget til efterretning.</p><h2>4. Lukket punkt: Klage over afgørelse</h2>',
    [
      ['3', 'Orientering'],
      ['4', 'Klage over afgørelse', true],
    ],
  ],
  [
    'TOC lines are not headings; the body headings are',
    'text',
    'Indholdsfortegnelse\n\nVejplan.....\t2\nBudget.....\t3\n\nPunkt 1: Vejplan\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Budget\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
    ],
  ],
  [
    '"Sag N - Title" (items numbered through the year)',
    'text',
    'Sag 41 - Godkendelse af dagsorden\n\nAcadre sagsnr.: 22/1004\n\nBeslutning\nGodkendt.\n\nSag 42 - Takster 2023 - forsyning\n\nBeslutning\nAnbefales.',
    [
      ['41', 'Godkendelse af dagsorden'],
      ['42', 'Takster 2023 - forsyning'],
    ],
  ],
  [
    '"N. Title" with "Beslutning: …" on the next line (a decision protocol)',
    'text',
    'Til stede: Ole Vind (O)\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Naturpolitik 2024-2028\nBeslutning: Sagen udsættes.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Naturpolitik 2024-2028'],
    ],
  ],
  [
    'a title hyphenated at the line end is mended; "Børne- og" keeps its hyphen',
    'markdown',
    '**Punkt 3: Renovering af Svømmehallen i Nykø-\nbing Falster**\n\nBeslutning\n\nGodkendt.\n\n**Punkt 4: Orientering fra Børne-\nog Ungeudvalget**\n\nBeslutning\n\nTaget til efterretning.',
    [
      ['3', 'Renovering af Svømmehallen i Nykøbing Falster'],
      ['4', 'Orientering fra Børne- og Ungeudvalget'],
    ],
  ],
  [
    'a "Lukket punkt" line under a heading closes the item and is no part of its title',
    'text',
    '19. Køb af ejendom\nLukket punkt\n\n20. Entreprisesag\nLukket punkt',
    [
      ['19', 'Køb af ejendom'],
      ['20', 'Entreprisesag'],
    ],
  ],
  [
    'supplementary items with a letter: "Punkt 11a:", "Punkt 12 A:"',
    'text',
    'Punkt 11: Budget\n\nBeslutning\nVedtaget.\n\nPunkt 11a: Ændringsforslag\n\nBeslutning\nForkastet.\n\nPunkt 11b: Takstblad 2025\n\nBeslutning\nGodkendt.\n\nPunkt 12: Aftale\n\nBeslutning\nGodkendt.\n\nPunkt 12 A: Anlægsbevilling\n\nBeslutning\nGodkendt.',
    [
      ['11', 'Budget'],
      ['11a', 'Ændringsforslag'],
      ['11b', 'Takstblad 2025'],
      ['12', 'Aftale'],
      ['12 A', 'Anlægsbevilling'],
    ],
  ],
  [
    'an access mark and an item type before the title ("Punkt 3 (Åben) Orienteringssag: Title") are not the title',
    'text',
    'Punkt 3 (Åben) Orienteringssag: Status på vintertjeneste\n\nBeslutning\nTaget til efterretning.\n\nPunkt 4 (Lukket) Beslutningssag: Salg af grund\n\nBeslutning\nGodkendt.',
    [
      ['3', 'Status på vintertjeneste'],
      ['4', 'Salg af grund', true],
    ],
  ],
  [
    'other item labels: "Pkt. 3 – Title" (en dash), "§ 3. Title", "Ad 3. Title", "Ad punkt 3: Title", "Ad. 5 Title"',
    'text',
    'Pkt. 1 – Vejplan\n\nBeslutning\nGodkendt.\n\n§ 2. Budget\n\nBeslutning\nGodkendt.\n\nAd 3. Takster\n\nBeslutning\nGodkendt.\n\nAd punkt 4: Eventuelt\n\nBeslutning\nIntet.\n\nAd. 5 Lukning\n\nBeslutning\nIntet.',
    [
      ['1', 'Vejplan'],
      ['2', 'Budget'],
      ['3', 'Takster'],
      ['4', 'Eventuelt'],
      ['5', 'Lukning'],
    ],
  ],
  [
    'headings without printed numbers (a word processor numbered them), each with a case number or a section under it, numbered in order',
    'markdown',
    '# Referat\n\n## Godkendelse af dagsorden\n\nSagsnr.: 24/101\n\n**Beslutning**\n\nGodkendt.\n\n## Havnens vedligeholdelsesplan\n\n**Beslutning**\n\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Havnens vedligeholdelsesplan'],
    ],
  ],
  [
    'a bare number and a title line of its own (divs, no headings) with a case number or section under it',
    'html',
    '<div>1</div><div>Godkendelse af dagsorden</div><div>Sagsnr. 24/1231</div><div>Beslutning</div><p>Godkendt.</p><div>2</div><div>Budgetopfølgning</div><div>Beslutning</div><p>Anbefales.</p>',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budgetopfølgning'],
    ],
  ],
  [
    'access marks after the title ("(Åbent punkt)", "- Lukket sag", "[Lukket]") are no part of it',
    'text',
    '1. Godkendelse af dagsorden (Åbent punkt)\n\nBeslutning\n\nGodkendt.\n\n2. Køb af ejendom - Lukket sag\n\nBeslutning\n\nGodkendt.\n\n3. Salg af areal [Lukket]\n\nBeslutning\n\nGodkendt.\n\n4. Åben skole - Åben\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Køb af ejendom', true],
      ['3', 'Salg af areal', true],
      ['4', 'Åben skole'],
    ],
  ],
  [
    'a portal\'s access badge after the title ("Salg af grund Lukket")',
    'html',
    '<h2>1. Godkendelse af dagsorden <span>Åben</span></h2><h3>Beslutning</h3><p>Godkendt.</p><h2>2. Salg af grund <span>Lukket</span></h2><h3>Beslutning</h3><p>Godkendt.</p>',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Salg af grund', true],
    ],
  ],
  [
    'numbered sub-points of an item ("2.1", "2.2" under "2. Meddelelser") are its text, not items',
    'text',
    '1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Meddelelser\n\n2.1 Status på budget 2024\nBudgettet holder.\n\n2.2 Nyt fra KL\nKL holder topmøde.\n\nBeslutning\n\nTaget til efterretning.\n\n3. Salg af grund\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Meddelelser'],
      ['3', 'Salg af grund'],
    ],
  ],
  [
    'numbered items under a group heading, each with its own case number and decision, are items',
    'text',
    '1. Sager til beslutning\n\n1.1 Lokalplan 12\n\nSagsnr.: 24/101\n\nBeslutning\n\nGodkendt.\n\n1.2 Budget 2025\n\nSagsnr.: 24/102\n\nBeslutning\n\nAnbefales.',
    [
      ['1', 'Sager til beslutning'],
      ['1.1', 'Lokalplan 12'],
      ['1.2', 'Budget 2025'],
    ],
  ],
  [
    'bold title lines without numbers, each with a case number or a section under it, are the items in order',
    'html',
    '<p><strong>Referat</strong></p><p>Mødedato: 4. juni 2024</p><p><strong>Godkendelse af dagsorden</strong></p><p>Sagsnr.: 24/5501</p><p><strong>Beslutning</strong></p><p>Godkendt.</p><p><strong>Eventuelt</strong></p><p><strong>Beslutning</strong></p><p>Intet.</p>',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Eventuelt'],
    ],
  ],
  [
    'a date at the start of a heading line ("20. juni 2013 - Kl. 15:11") is no item',
    'markdown',
    '# 20. juni 2013 - Kl. 15:11\n\n## 1. Budget\n\nSagsnr.: 24/1\n\n**Beslutning**\n\nGodkendt.',
    [['1', 'Budget']],
  ],
  [
    'items numbered with the year of the case register ("Sag 142/2024 Title") and a one-sentence text under the title',
    'text',
    'Sag 142/2024 Godkendelse af dagsorden\nByrådet godkendte dagsordenen.\n\nSag 143/2024 Budgetopfølgning pr. 30. juni\nSagsnr.: 24/11382\n\nSag 144/2024 Eventuelt\nIntet.',
    [
      ['142', 'Godkendelse af dagsorden'],
      ['143', 'Budgetopfølgning pr. 30. juni'],
      ['144', 'Eventuelt'],
    ],
  ],
  [
    'decisions per point of the recommendation ("Punkt 1: Taget til efterretning.") are no items beside the heading style',
    'html',
    '<h3>1. Godkendelse af dagsorden</h3><p><strong>Beslutning:</strong> Godkendt.</p><h3>2. Klimahandleplan</h3><p><strong>Beslutning</strong></p><p>Punkt 1: Taget til efterretning.</p><p>Punkt 2: Godkendt, idet sagen forelægges igen.</p><h3>3. Eventuelt</h3><p><strong>Beslutning:</strong> Intet.</p>',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Klimahandleplan'],
      ['3', 'Eventuelt'],
    ],
  ],
  [
    '"Lukket sag - Title": the closed mark before the title',
    'text',
    '123. Orientering om sygefravær\n\nBeslutning\n\nTaget til efterretning.\n\n124. Lukket sag - Klage over afgørelse\n\nBeslutning\n\nAfgørelsen fastholdes.',
    [
      ['123', 'Orientering om sygefravær'],
      ['124', 'Klage over afgørelse', true],
    ],
  ],
  [
    'the number alone on a paragraph\'s first line and the title on the next (a table\'s cells as a plain extraction gives them)',
    'text',
    '1\nGodkendelse af dagsorden\nSagsnummer\n24/1\nBeslutning\nGodkendt.\n\n2\nSalg af grund\nLukket punkt\nBeslutning\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Salg af grund'],
    ],
  ],
  [
    'decisions per point in plain text ("Ad 1) Godkendt.") are no items',
    'text',
    '1. Budget 2025\nSagsnr.: 24/1\nBeslutning\nAd 1) Godkendt.\nAd 2) Godkendt, dog således at høringsfristen er 4 uger.\n\n2. Eventuelt\nBeslutning\nIntet.',
    [
      ['1', 'Budget 2025'],
      ['2', 'Eventuelt'],
    ],
  ],
  [
    'a zero-padded number ("03.") is the item\'s number without its padding',
    'text',
    '01. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n02. Budget 2025\n\nBeslutning\n\nGodkendt.',
    [
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Budget 2025'],
    ],
  ],
  [
    'a title that opens with a number after the item number ("4.1 23 nye boliger") is an item, not a date',
    'text',
    '4. Sager til beslutning\n\n4.1 23 nye boliger i Hørning\n\nSagsnr.: 24/101\n\nBeslutning\n\nGodkendt.\n\n4.2 Cykelstier\n\nSagsnr.: 24/102\n\nBeslutning\n\nAnbefales.',
    [
      ['4', 'Sager til beslutning'],
      ['4.1', '23 nye boliger i Hørning'],
      ['4.2', 'Cykelstier'],
    ],
  ],
];

for (const [name, form, input, expected] of cases) {
  test(`item headings: ${name}`, () => {
    assert.deepEqual(headings(form, input), expected);
  });
}

test('item headings: the body starts after the heading and its wrapped title line', () => {
  const lines = toLines(textToBlocks('Sag nr. 129\nVejplan 2024\n\nSagsnr.: 24/12\n\nBeslutning\n\nGodkendt.'));
  const [h] = findItemHeadings(lines, null);
  assert.equal(h!.line, 0);
  assert.equal(lines[h!.bodyStart]!.text, 'Sagsnr.: 24/12');
});

test('item headings: a document without items has none', () => {
  assert.deepEqual(headings('text', 'Referat\n\nMødet blev aflyst.'), []);
});

test('item headings: numbers in a column of their own inside a paragraph ("1.1<TAB>Title", as a PDF reads them) and a group heading over them', () => {
  const lines = toLines([
    { type: 'paragraph', lines: ['1\tFirst Agenda', '1.1\tStatus siden sidst', 'Oplæg:', 'Et servicevindue.'] },
    { type: 'paragraph', lines: ['Referat: Alle skal have indhold.'] },
    { type: 'paragraph', lines: ['1.2\tPlan for resten af året', 'Oplæg:', 'AD-integration.'] },
    { type: 'paragraph', lines: ['2\tEventuelt', 'Oplæg:', 'Intet.'] },
  ]);
  assert.deepEqual(findItemHeadings(lines, null).map((h) => [h.number, h.title]), [
    ['1', 'First Agenda'],
    ['1.1', 'Status siden sidst'],
    ['1.2', 'Plan for resten af året'],
    ['2', 'Eventuelt'],
  ]);
});
