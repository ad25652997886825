/**
 * HTML → Block stream. Used for municipal portal pages, for DOCX (via mammoth's HTML) and for the
 * HTML fields inside case-system exports. Keeps the document's own structure (headings, paragraphs,
 * lists, data tables) and drops page chrome: scripts, navigation, menus, hidden elements, forms,
 * cookie banners. Layout tables (cells holding headings or several paragraphs) are flattened so
 * that a portal that lays out its agenda in a table still reads as a sequence of blocks.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { Block } from './block.js';

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'nav', 'input', 'select', 'option', 'textarea',
  'iframe', 'svg', 'canvas', 'video', 'audio', 'object', 'embed', 'form', 'img', 'link', 'meta',
]);
const SKIP_ROLES = new Set(['menu', 'navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'toolbar']);
const HEADING_TAGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'blockquote', 'pre', 'address',
  'figure', 'figcaption', 'dl', 'dt', 'dd', 'center', 'body', 'html', 'fieldset', 'details', 'summary', 'hr',
]);
const BOLD_TAGS = new Set(['b', 'strong']);
/** id/class fragments of page furniture that is never document content. */
const CHROME_PATTERN = /cookie|consent|gdpr|feedback|(^|[\s_-])(coi-|skip-?link|breadcrumb|navbar|menu|dropdown|share|social|print-?button|modal|tip-?a-?friend|footer($|[\s_-]))/i;
/** Sectioning elements: a <footer> inside one is that section's, not the page's. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

interface Run {
  text: string;
  bold: boolean;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private lines: Run[][] = [[]];

  addText(text: string, bold: boolean): void {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ text, bold });
  }

  lineBreak(): void {
    this.lines.push([]);
  }

  /** Ends the current paragraph, if it has any text. */
  flush(): void {
    const lines: string[] = [];
    let anyText = false;
    let allBold = true;
    for (const runs of this.lines) {
      const text = collapse(runs.map((r) => r.text).join(''));
      if (!text) continue;
      anyText = true;
      for (const r of runs) if (r.text.trim() && !r.bold) allBold = false;
      lines.push(text);
    }
    this.lines = [[]];
    if (!anyText) return;
    this.blocks.push(allBold ? { type: 'paragraph', lines, bold: true } : { type: 'paragraph', lines });
  }

  push(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function hasHeading(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (c.name in HEADING_TAGS || hasHeading(c)));
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isChrome(el: Element): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  // Buttons are controls, except where a portal wraps an item heading in one or a button opens a
  // panel (an accordion's "3. Title").
  if (el.name === 'button' && !hasHeading(el) && a['aria-controls'] === undefined && a['aria-expanded'] === undefined) return true;
  const idClass = `${a.id ?? ''} ${a.class ?? ''}`;
  if (idClass.length > 1 && CHROME_PATTERN.test(idClass)) return true;
  if (a.role && SKIP_ROLES.has(a.role)) return true;
  // The page's own <footer> is its contentinfo (contact, links), as role="contentinfo" says outright.
  if (el.name === 'footer' && !insideSectioning(el)) return true;
  // Hidden parts are chrome, except the collapsed panels of accordions: portals fold each item's
  // content into one, and it is published content.
  const hidden = a.hidden !== undefined || a['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(a.style ?? '');
  return hidden && !(a.role === 'region' || a['aria-labelledby'] !== undefined || DISCLOSURE_PANEL.test(a.class ?? '') || afterToggle(el));
}

/** A panel right after the button that opens it (`<button aria-expanded>` … `<div hidden>`). */
function afterToggle(el: Element): boolean {
  let prev = el.prev;
  while (prev && !isElement(prev)) prev = prev.prev;
  return !!prev && isElement(prev) && (prev.attribs['aria-expanded'] !== undefined || (!!el.attribs.id && prev.attribs['aria-controls'] === el.attribs.id));
}

/** Class names of the panels that accordions and collapsibles open. */
const DISCLOSURE_PANEL = /accordion|collaps|panel|expand|fold|details|toggle/i;

function insideSectioning(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && SECTIONING.has((p as Element).name)) return true;
  return false;
}

/** Text of a node with inline markup reduced to text; `<br>` and block ends become "\n". */
export function textOf(node: AnyNode): string {
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (isChrome(n)) return;
      if (n.name === 'br') {
        out.push('\n');
        return;
      }
      const block = BLOCK_TAGS.has(n.name) || n.name === 'li' || n.name === 'tr' || n.name in HEADING_TAGS;
      if (block) out.push('\n');
      for (const c of n.children) walk(c);
      if (n.name === 'td' || n.name === 'th') out.push('\t');
      if (block) out.push('\n');
    } else if (n.type === 'root' || n.type === 'cdata') {
      for (const c of (n as unknown as { children: AnyNode[] }).children) walk(c);
    }
  };
  walk(node);
  return out
    .join('')
    .split('\n')
    .map((l) => collapse(l))
    .filter(Boolean)
    .join('\n');
}

function hasBlockContent(el: Element): boolean {
  let blockChildren = 0;
  const walk = (n: AnyNode): boolean => {
    if (!isElement(n) || isChrome(n)) return false;
    if (n.name in HEADING_TAGS || n.name === 'table' || n.name === 'ul' || n.name === 'ol') return true;
    if (n.name === 'p' || n.name === 'div') blockChildren++;
    if (blockChildren > 3) return true;
    return n.children.some(walk);
  };
  return el.children.some(walk);
}

/** A table is layout when its cells hold headings, lists, nested tables or many paragraphs. */
function isLayoutTable(table: Element): boolean {
  const cells: Element[] = [];
  const collect = (n: AnyNode): void => {
    if (!isElement(n)) return;
    if (n.name === 'td' || n.name === 'th') cells.push(n);
    else if (n.name !== 'table') n.children.forEach(collect);
  };
  table.children.forEach(collect);
  return cells.some(hasBlockContent) || isAgendaTable(tableRows(table));
}

/**
 * An agenda laid out in one table (older portals): rows that open an item ("1." | "Title") and rows
 * under them with an empty number cell (the case number, the decision); or a table that is one
 * such row, an item's heading set in two cells (eDoc's AgendaWeb pages).
 */
function isAgendaTable(rows: string[][]): boolean {
  let items = 0;
  let under = 0;
  for (const r of rows) {
    const first = (r[0] ?? '').trim();
    const rest = r.slice(1).join(' ').trim();
    if (/^\d{1,3}\.?$/.test(first) && /\p{L}{2}/u.test(rest)) items++;
    else if (!first && rest) under++;
  }
  return (items >= 2 && under >= items) || (rows.length === 1 && items === 1);
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const walk = (n: AnyNode): void => {
    if (!isElement(n) || isChrome(n)) return;
    if (n.name === 'tr') {
      const row: string[] = [];
      for (const c of n.children) {
        if (isElement(c) && (c.name === 'td' || c.name === 'th') && !isChrome(c)) {
          const text = textOf(c);
          row.push(text);
          const span = Number(c.attribs.colspan ?? 1);
          for (let i = 1; i < Math.min(span, 50); i++) row.push('');
        }
      }
      if (row.some((c) => c.trim())) rows.push(row);
      return;
    }
    if (n.name === 'table') return;
    n.children.forEach(walk);
  };
  table.children.forEach(walk);
  return rows;
}

function listItems(list: Element): string[] {
  const items: string[] = [];
  for (const c of list.children) {
    if (!isElement(c) || isChrome(c)) continue;
    if (c.name === 'li') {
      const text = textOf(c).replace(/\n/g, ' ');
      if (text) items.push(text);
    } else if (c.name === 'ul' || c.name === 'ol') {
      items.push(...listItems(c));
    }
  }
  return items;
}

function walk(node: AnyNode, out: BlockBuilder, bold: boolean): void {
  if (node.type === 'text') {
    out.addText((node as unknown as { data: string }).data, bold);
    return;
  }
  if (node.type === 'cdata' || node.type === 'root') {
    for (const c of (node as unknown as { children: AnyNode[] }).children) walk(c, out, bold);
    return;
  }
  if (!isElement(node) || isChrome(node)) return;
  const name = node.name;
  if (name === 'br') {
    out.lineBreak();
    return;
  }
  const level = HEADING_TAGS[name];
  if (level !== undefined) {
    // An empty heading is kept: portals use it to separate the decision from the case text.
    out.push({ type: 'heading', level, text: collapse(textOf(node).replace(/\n/g, ' ')) });
    return;
  }
  if (name === 'ul' || name === 'ol') {
    // A list whose items hold headings or paragraphs is the document's outline, not a list: a word
    // processor's outline numbering (<ol><li><h2>1. Title</h2>), or an agenda whose items are the
    // list's items (<ol><li><strong>Title</strong><p>…</p></li>, <li><a>1. Title</a><div>…</div></li>).
    if (hasHeading(node) || node.children.some((c) => isElement(c) && c.name === 'li' && (isTitledItem(c) || isStructuredItem(c)))) walkOutline(node, out, bold);
    else {
      const items = listItems(node);
      if (items.length) out.push({ type: 'list', ordered: name === 'ol', items });
    }
    return;
  }
  if (name === 'table') {
    if (isLayoutTable(node)) {
      walkLayoutTable(node, out, bold);
      return;
    }
    const rows = tableRows(node);
    if (rows.length) out.push({ type: 'table', rows });
    return;
  }
  const isBlock = BLOCK_TAGS.has(name) || name === 'tr' || name === 'td' || name === 'th' || name === 'li';
  if (isBlock) out.flush();
  const childBold = bold || BOLD_TAGS.has(name);
  for (const c of node.children) walk(c, out, childBold);
  if (isBlock) out.flush();
  // <span class="label">Sted</span><span class="value">Rådhuset</span>: a label styled apart from its
  // value, with no space between them in the markup.
  else if (LABEL_CLASS.test(node.attribs.class ?? '')) out.addText(' ', bold);
}

/** A class that marks a label ("label", "field__label", "meta-label"). */
const LABEL_CLASS = /(?:^|[\s_-])label(?:$|[\s_-])/i;

const BLOCK_CHILDREN = new Set(['p', 'div', 'table', 'ul', 'ol', 'blockquote', 'section', 'article', 'dl', ...Object.keys(HEADING_TAGS)]);

/** A list item that opens with a bold title and has block elements of its own: an agenda item. */
function isTitledItem(li: Element): boolean {
  if (!li.children.some((c) => isElement(c) && BLOCK_CHILDREN.has(c.name))) return false;
  const first = li.children.find((c) => (isElement(c) && !isChrome(c)) || (c.type === 'text' && (c as unknown as { data: string }).data.trim()));
  if (!first || !isElement(first)) return false;
  return BOLD_TAGS.has(first.name) || ((first.name === 'p' || first.name === 'div') && isBoldOnly(first) && textOf(first).trim() !== '');
}

/** A list item with a block of its own and more than one line of text: a title and its content. */
function isStructuredItem(li: Element): boolean {
  // A point with a nested list under it ("at …" with sub-points) is a list's item still.
  return li.children.some((c) => isElement(c) && BLOCK_CHILDREN.has(c.name) && c.name !== 'ul' && c.name !== 'ol') && textOf(li).trim().includes('\n');
}

/**
 * An outline list read as blocks, item by item. The number an <ol> shows in the browser is the
 * item's number: it is written before an item's bold title that has none (an item that opens with
 * a heading carries its own, as word processors export it).
 */
function walkOutline(list: Element, out: BlockBuilder, bold: boolean): void {
  out.flush();
  // Items are numbered 1, 2, 3 only as the browser shows them so: not lettered (type="a") or roman.
  const numbered = list.name === 'ol' && (list.attribs.type ?? '1') === '1' && !/list-style(?:-type)?\s*:\s*(?!decimal)/i.test(list.attribs.style ?? '');
  let n = Number.parseInt(list.attribs.start ?? '1', 10) || 1;
  for (const c of list.children) {
    if (!isElement(c) || c.name !== 'li') {
      walk(c, out, bold);
      continue;
    }
    const item = new BlockBuilder();
    for (const cc of c.children) walk(cc, item, bold);
    item.flush();
    const first = item.blocks[0];
    if (numbered && first?.type === 'paragraph' && first.bold && !/^\d/.test(first.lines[0]!)) first.lines[0] = `${n}. ${first.lines[0]}`;
    for (const b of item.blocks) out.push(b);
    n++;
  }
  out.flush();
}

/**
 * A layout table reads row by row: a row of plain cells ("Sagsnr.:" | "12/27845") is one line,
 * a row whose cells hold blocks is walked cell by cell.
 */
function walkLayoutTable(table: Element, out: BlockBuilder, bold: boolean): void {
  out.flush();
  const rowsOf = (n: AnyNode): Element[] => {
    if (!isElement(n) || isChrome(n)) return [];
    if (n.name === 'tr') return [n];
    if (n.name === 'table') return [];
    return n.children.flatMap(rowsOf);
  };
  for (const row of table.children.flatMap(rowsOf)) {
    const cells = row.children.filter((c): c is Element => isElement(c) && !isChrome(c) && (c.name === 'td' || c.name === 'th'));
    if (cells.some(hasBlockContent)) {
      for (const cell of cells) {
        walk(cell, out, bold);
        out.flush();
      }
    } else {
      const line = cells.map((c) => collapse(textOf(c).split('\n').join(', '))).filter(Boolean);
      const allBold = cells.length > 0 && cells.every((c) => isBoldOnly(c));
      if (line.length) out.push(allBold ? { type: 'paragraph', lines: [line.join(' ')], bold: true } : { type: 'paragraph', lines: [line.join(' ')] });
    }
  }
  out.flush();
}

function isBoldOnly(el: Element): boolean {
  let plain = false;
  const visit = (n: AnyNode, bold: boolean): void => {
    if (n.type === 'text') {
      if (!bold && (n as unknown as { data: string }).data.trim()) plain = true;
    } else if (isElement(n) && !isChrome(n)) n.children.forEach((c) => visit(c, bold || BOLD_TAGS.has(n.name)));
  };
  visit(el, false);
  return !plain;
}

/** Parses an HTML page or fragment into blocks. Never throws on malformed markup. */
export function htmlToBlocks(html: string): Block[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out = new BlockBuilder();
  for (const c of doc.children) walk(c, out, false);
  out.flush();
  return out.blocks;
}

/**
 * The page's title, and its breadcrumb trail after it ("Referat | Kalundborg Kommune - Forside -
 * Politik - Økonomiudvalget - Møde 12. marts 2024"): portals name the committee and the meeting
 * there when the body does not.
 */
export function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([^<]{0,500})<\/title>/i.exec(html);
  const title = m ? collapse(m[1]!) : null;
  const crumbs = breadcrumbs(html);
  return title && crumbs ? `${title} - ${crumbs}` : (title ?? crumbs);
}

/** The elements a breadcrumb trail is built of. */
const TRAIL_TAGS = new Set(['nav', 'ol', 'ul', 'div', 'p', 'span', 'section', 'header']);

/** The word in a breadcrumb element's class, id or label. */
const BREADCRUMB_WORD = /breadcrumb|brødkrumme|brodkrumme/gi;

/** The breadcrumb trail's parts joined by " - ", or null. Plain index scans: no regex over the page's tags. */
function breadcrumbs(html: string): string | null {
  // The first element whose opening tag holds the word (not a style sheet or a script that names it).
  let found: { tag: string; start: number } | null = null;
  let tries = 0;
  for (const word of html.matchAll(BREADCRUMB_WORD)) {
    if (++tries > 50) break;
    const lt = html.lastIndexOf('<', word.index);
    const gt = html.indexOf('>', word.index);
    const tag = lt >= 0 ? /^<([a-z][a-z0-9]*)/i.exec(html.slice(lt, lt + 20)) : null;
    // A trail is a container (<nav>, <ol>, <div> …); a <link> to "breadcrumb.css" or <body class="has-breadcrumb"> is not.
    if (tag && gt >= 0 && html.lastIndexOf('>', word.index) < lt) {
      if (TRAIL_TAGS.has(tag[1]!.toLowerCase())) {
        found = { tag: tag[1]!.toLowerCase(), start: gt + 1 };
        break;
      }
    }
  }
  if (!found) return null;
  const { start } = found;
  const end = html.slice(start, start + 20_000).toLowerCase().indexOf(`</${found.tag}`);
  if (end < 0) return null;
  const fragment = html.slice(start, start + Math.min(end, 3000));
  const parts: string[] = [];
  const collect = (n: AnyNode): void => {
    if (n.type === 'text') {
      // Separators: "›", "»", ">", "|", and "/" between words (not in a date: "12/03/2024").
      for (const p of (n as unknown as { data: string }).data.split(/[›»>|]|(?<!\d)\/|\/(?!\d)/)) if (collapse(p)) parts.push(collapse(p));
    } else if (isElement(n) && !isChrome(n)) n.children.forEach(collect);
  };
  parseDocument(fragment, { decodeEntities: true }).children.forEach(collect);
  return parts.length ? parts.join(' - ') : null;
}
