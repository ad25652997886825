/**
 * HTML pages and fragments → blocks: the document's own headings, paragraphs, lists and data tables
 * stay; page chrome (scripts, navigation, hidden parts, forms, cookie banners) goes; layout tables
 * are flattened; inline markup becomes text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from './block.js';
import { htmlTitle, htmlToBlocks, textOf } from './html.js';
import { parseDocument } from 'htmlparser2';

const texts = (blocks: Block[]): string[] =>
  blocks.map((b) =>
    b.type === 'paragraph'
      ? b.lines.join(' / ')
      : b.type === 'heading'
        ? `#${b.level} ${b.text}`
        : b.type === 'list'
          ? `- ${b.items.join(' | ')}`
          : b.type === 'table'
            ? `[${b.rows.map((r) => r.join(' | ')).join(' // ')}]`
            : '---',
  );

test('html: headings, paragraphs, lists and a data table', () => {
  assert.deepEqual(
    texts(htmlToBlocks('<h1>Referat</h1><p>Indhold <b>med</b> fed</p><ul><li>En</li><li>To</li></ul><table><tr><th>År</th><th>Beløb</th></tr><tr><td>2024</td><td>12.500.000</td></tr></table>')),
    ['#1 Referat', 'Indhold med fed', '- En | To', '[År | Beløb // 2024 | 12.500.000]'],
  );
});

test('html: <br> splits a paragraph into lines', () => {
  assert.deepEqual(htmlToBlocks('<p><strong>Beslutning:</strong><br>Dagsordenen blev godkendt.</p>'), [
    { type: 'paragraph', lines: ['Beslutning:', 'Dagsordenen blev godkendt.'] },
  ]);
});

test('html: a paragraph that is all bold is marked bold', () => {
  assert.deepEqual(htmlToBlocks('<p><b>Beslutning</b></p><p>Godkendt.</p>'), [
    { type: 'paragraph', lines: ['Beslutning'], bold: true },
    { type: 'paragraph', lines: ['Godkendt.'] },
  ]);
});

test('html: entities and non-breaking spaces become text', () => {
  assert.deepEqual(texts(htmlToBlocks('<p>Børn &amp; Familie&nbsp;&nbsp;udvalget &ndash; &#8220;ny&#8221;</p>')), ['Børn & Familie udvalget – “ny”']);
});

test('html: scripts, styles, head, nav, forms, hidden and aria-hidden parts are dropped', () => {
  const html =
    '<html><head><title>T</title><style>p{}</style></head><body><script>var x=1</script><nav><a>Forside</a></nav>' +
    '<form><input value="Søg"><button>Søg</button></form><div hidden>skjult 1</div><div style="display: none">skjult 2</div>' +
    '<div aria-hidden="true">skjult 3</div><div role="navigation">menu</div><p>Indhold</p></body></html>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['Indhold']);
});

test('html: the page <footer> and a footer by id/class are chrome; an article footer is not', () => {
  const html =
    '<main><article><h2>1. Punkt</h2><p>Godkendt.</p><footer><p>Sagsbehandler: Per</p></footer></article></main>' +
    '<div id="footer"><p>Slagelse Kommune · Kontakt</p></div><footer><p>Tilgængelighedserklæring</p></footer>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['#2 1. Punkt', 'Godkendt.', 'Sagsbehandler: Per']);
});

test('html: a cookie banner by id/class and a breadcrumb are dropped', () => {
  const html =
    '<div id="cookie-banner"><p>Vi bruger cookies. <a>Accepter</a></p></div><div class="cookie-consent"><p>Cookies</p></div>' +
    '<ol class="breadcrumb"><li>Forside</li><li>Politik</li></ol><p>Indhold</p>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['Indhold']);
});

test('html: an empty heading is kept (portals end the decision with it)', () => {
  assert.deepEqual(htmlToBlocks('<h3>Beslutninger</h3><p>Godkendt.</p><h3></h3><p>Sagens tekst.</p>'), [
    { type: 'heading', level: 3, text: 'Beslutninger' },
    { type: 'paragraph', lines: ['Godkendt.'] },
    { type: 'heading', level: 3, text: '' },
    { type: 'paragraph', lines: ['Sagens tekst.'] },
  ]);
});

test('html: a layout table whose cells hold headings reads as a sequence of blocks', () => {
  const html =
    '<table><tr class="punktrow"><td><span class="label">1</span></td><td><h2>Referat fra sidste udvalgsmøde</h2><p>EMN-2025-010561</p><h3>Beslutninger</h3><p>Ingen bemærkninger.</p></td></tr></table>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['1', '#2 Referat fra sidste udvalgsmøde', 'EMN-2025-010561', '#3 Beslutninger', 'Ingen bemærkninger.']);
});

test('html: a row of plain cells in a layout table is one line ("Sagsnr.: 12/27845")', () => {
  const html = '<table><tr><td>Sagsnr.:</td><td>12/27845</td></tr><tr><td><h2>Titel</h2><p>a</p></td></tr></table>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['Sagsnr.: 12/27845', '#2 Titel', 'a']);
});

test('html: nested lists are flattened into the outer list', () => {
  assert.deepEqual(texts(htmlToBlocks('<ul><li>a</li><ul><li>b</li></ul></ul>')), ['- a | b']);
});

test('html: a colspan cell keeps the columns aligned', () => {
  assert.deepEqual(htmlToBlocks('<table><tr><td colspan="2">I alt</td><td>5</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>'), [
    { type: 'table', rows: [['I alt', '', '5'], ['a', 'b', 'c']] },
  ]);
});

test('html: malformed markup does not throw', () => {
  assert.deepEqual(texts(htmlToBlocks('<p>Åben <b>tekst<p>Næste</div></td>')), ['Åben tekst', 'Næste']);
});

test('html: textOf turns <br> and block ends into line breaks', () => {
  assert.equal(textOf(parseDocument('<div>Rådhuset<br>Lokale 224</div><p>Skulkenborg</p>')), 'Rådhuset\nLokale 224\nSkulkenborg');
});

test('html: htmlTitle reads <title>', () => {
  assert.equal(htmlTitle('<html><head><title> Referat - Teknisk Udvalg </title></head></html>'), 'Referat - Teknisk Udvalg');
  assert.equal(htmlTitle('<p>x</p>'), null);
});

test('html: the collapsed panels of an accordion are content, and the button that opens one is its title', () => {
  const html =
    '<div class="accordion"><button aria-expanded="false" aria-controls="p1">1. Godkendelse af dagsorden</button>' +
    '<div id="p1" class="accordion-panel" hidden><p>Godkendt.</p></div></div>' +
    '<div hidden><p>Skjult</p></div><div class="cookie-panel" hidden><p>Cookies</p></div><button>Luk</button>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['1. Godkendelse af dagsorden', 'Godkendt.']);
  // A panel right after its toggle button, named by no id or class of its own.
  const plain = '<div><button aria-expanded="false">2. Meddelelser</button><div class="item__content" hidden><p>Intet.</p></div></div>';
  assert.deepEqual(texts(htmlToBlocks(plain)), ['2. Meddelelser', 'Intet.']);
});

test('html: an agenda laid out in one table (a row per item, rows under it with an empty number cell) is read row by row', () => {
  const html =
    '<table><tr><td>1.</td><td><b>Godkendelse af dagsorden</b></td></tr><tr><td></td><td><b>Beslutning:</b> Godkendt.</td></tr>' +
    '<tr><td>2.</td><td><b>Meddelelser</b></td></tr><tr><td></td><td><b>Beslutning:</b> Taget til efterretning.</td></tr></table>';
  assert.deepEqual(texts(htmlToBlocks(html)), ['1. Godkendelse af dagsorden', 'Beslutning: Godkendt.', '2. Meddelelser', 'Beslutning: Taget til efterretning.']);
});

test('html: a list whose items hold headings (a word processor\'s outline numbering) is read as blocks', () => {
  const blocks = htmlToBlocks('<ol><ol><li><h2>1. Godkendelse af dagsorden</h2></ol></ol><p>Sagsnr.: 24/3301</p><ol><li><h3>Beslutning</h3></ol><p>Godkendt.</p><ul><li>punkt a</li><li>punkt b</li></ul>');
  assert.deepEqual(blocks, [
    { type: 'heading', level: 2, text: '1. Godkendelse af dagsorden' },
    { type: 'paragraph', lines: ['Sagsnr.: 24/3301'] },
    { type: 'heading', level: 3, text: 'Beslutning' },
    { type: 'paragraph', lines: ['Godkendt.'] },
    { type: 'list', ordered: false, items: ['punkt a', 'punkt b'] },
  ]);
});

test('html: an <ol> whose items hold paragraphs is an agenda: each item opens with the number the browser shows', () => {
  const blocks = htmlToBlocks('<ol start="4"><li><strong>Budget</strong><p>Beslutning: Godkendt.</p></li><li><strong>Eventuelt</strong><p>Intet.</p></li></ol><ol><li>a</li><li>b</li></ol>');
  assert.deepEqual(blocks, [
    { type: 'paragraph', lines: ['4. Budget'], bold: true },
    { type: 'paragraph', lines: ['Beslutning: Godkendt.'] },
    { type: 'paragraph', lines: ['5. Eventuelt'], bold: true },
    { type: 'paragraph', lines: ['Intet.'] },
    { type: 'list', ordered: true, items: ['a', 'b'] },
  ]);
});

test('html: a lettered <ol type="a"> of titled items gets no numbers the browser does not show', () => {
  const blocks = htmlToBlocks('<ol type="a"><li><strong>Budget</strong><p>Godkendt.</p></li><li><strong>Eventuelt</strong><p>Intet.</p></li></ol>');
  assert.deepEqual(blocks.filter((b) => b.type === 'paragraph' && b.bold).map((b) => b.type === 'paragraph' && b.lines[0]), ['Budget', 'Eventuelt']);
});

test('html: points with sub-points under them ("at …" and a nested list) stay a list', () => {
  const blocks = htmlToBlocks('<ol><li>at planen godkendes\n<ul><li>med ændring a</li></ul></li><li>at sagen sendes i høring</li></ol>');
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0]!.type, 'list');
});

test('html: list items with paragraphs but no bold title stay a list', () => {
  assert.deepEqual(htmlToBlocks('<ol><li><p>at budgettet godkendes</p></li><li><p>at sagen sendes i høring</p></li></ol>'), [
    { type: 'list', ordered: true, items: ['at budgettet godkendes', 'at sagen sendes i høring'] },
  ]);
});

test('html: a one-row table of an item number and a title is an item heading, not a table (eDoc AgendaWeb)', () => {
  const blocks = htmlToBlocks('<table><tr><td><div>1. </div></td><td><div>Budget 2025</div></td></tr></table><table><tr><td>Sagsnr.: 24/1</td><td>Åben</td></tr></table>');
  assert.deepEqual(blocks, [
    { type: 'paragraph', lines: ['1. Budget 2025'] },
    { type: 'table', rows: [['Sagsnr.: 24/1', 'Åben']] },
  ]);
});

test('html: list items that hold a title and blocks of text (a portal\'s agenda list) are read as blocks', () => {
  const blocks = htmlToBlocks('<ul><li><a href="#p1">1. Budget</a><div><p>Sagsnr.: 24/1</p><p>Beslutning</p><p>Godkendt.</p></div></li></ul><ul><li><p>Bilag 1</p></li><li><p>Bilag 2</p></li></ul>');
  assert.deepEqual(blocks, [
    { type: 'paragraph', lines: ['1. Budget'] },
    { type: 'paragraph', lines: ['Sagsnr.: 24/1'] },
    { type: 'paragraph', lines: ['Beslutning'] },
    { type: 'paragraph', lines: ['Godkendt.'] },
    { type: 'list', ordered: false, items: ['Bilag 1', 'Bilag 2'] },
  ]);
});

test('html: the page title carries the breadcrumb trail after it', () => {
  const page = '<html><head><title>Referat | Kalundborg Kommune</title></head><body><nav class="breadcrumb"><a href="/">Forside</a> › <a>Udvalg</a> › <a>Økonomiudvalget</a> › <span>Møde 12. marts 2024</span></nav><p>x</p></body></html>';
  assert.equal(htmlTitle(page), 'Referat | Kalundborg Kommune - Forside - Udvalg - Økonomiudvalget - Møde 12. marts 2024');
  assert.equal(htmlTitle('<title>Referat</title><p>x</p>'), 'Referat');
  // A style sheet or a body class that names the word is no trail; a date's slashes are no separators.
  const styled = '<html><head><title>Referat</title><link rel="stylesheet" href="/css/breadcrumb.css"></head><body class="has-breadcrumb"><div class="breadcrumb">Forside / Politik / Møde 12/03/2024</div></body></html>';
  assert.equal(htmlTitle(styled), 'Referat - Forside - Politik - Møde 12/03/2024');
});

test('html: a label styled apart from its value with no space in the markup stays a word of its own', () => {
  const blocks = htmlToBlocks('<div><span class="label">Sted</span><span class="value">Rådhuset</span></div><div><span class="meta-label">Afbud</span><span>Ole Mathiesen (A)</span></div><p><span lang="da">Godk</span><span lang="da">endt.</span></p>');
  assert.deepEqual(texts(blocks), ['Sted Rådhuset', 'Afbud Ole Mathiesen (A)', 'Godkendt.']);
});
