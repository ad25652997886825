/**
 * Lenient XML loading for case-system (ESDH) exports. Real exports are not always well-formed:
 * eDoc writes `&#xC;` (illegal in XML 1.0) and mixes CRLF with bare CR, SBSYS starts with a BOM and
 * wraps HTML with entities in CDATA. htmlparser2 in `xmlMode` reads all of this without failing and
 * never resolves external entities; we also drop any DOCTYPE (with its internal subset) before
 * parsing, so an `<!ENTITY x SYSTEM "file:///…">` is never even seen as a declaration. Entity
 * references other than the five XML ones and numeric references stay as literal text.
 *
 * The DOM is converted (iteratively, so deep nesting cannot overflow the stack) into a small tree of
 * `XEl` with namespace prefixes removed: readers look fields up by local name, case-insensitively.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';

export interface XEl {
  /** Local name without namespace prefix, as written ("MeetingAgendaItem"). */
  name: string;
  /** The qualified name as written ("edoc:Title"). */
  qname: string;
  /** Attributes with local names (prefixes removed; `xmlns:*` kept under their full name). */
  attrs: Record<string, string>;
  children: XEl[];
  /** The element's own text (text and CDATA children, not descendants), unnormalised. */
  ownText: string;
  /** Mixed content only (text beside child elements): texts and children in document order. */
  content?: Array<string | XEl>;
  parent: XEl | null;
}

export interface XmlDoc {
  root: XEl;
  /** Namespace URIs declared anywhere on the root element. */
  namespaces: string[];
}

/** Files beyond this are not meeting exports (the eDoc sample with attachment full text is 0.5 MB). */
const MAX_XML_CHARS = 200 * 1024 * 1024;

/** Normalises line ends as an XML parser would and removes what must never be interpreted. */
export function prepareXmlText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?/g, '\n');
  return stripDoctype(t);
}

/**
 * Removes the prolog's DOCTYPE with its internal subset (`<!DOCTYPE x [ <!ENTITY …> ]>`), so no
 * entity is ever declared (htmlparser2 would not resolve one anyway). Linear: plain index scans.
 */
function stripDoctype(t: string): string {
  const firstTag = t.search(/<[A-Za-z_]/);
  const start = t.slice(0, firstTag < 0 ? t.length : firstTag).search(/<!DOCTYPE/i);
  if (start < 0) return t;
  const gt = t.indexOf('>', start);
  const bracket = t.indexOf('[', start);
  let end: number;
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = t.indexOf(']', bracket);
    end = close < 0 ? -1 : t.indexOf('>', close);
  } else end = gt;
  if (end < 0) return t.slice(0, start);
  return t.slice(0, start) + t.slice(end + 1);
}

/**
 * Parses XML leniently. Returns null when the text has no root element at all (not XML).
 * Never throws on malformed markup.
 */
export function loadXml(text: string): XmlDoc | null {
  if (text.length > MAX_XML_CHARS) return null;
  const prepared = prepareXmlText(text);
  if (!/<[A-Za-z_]/.test(prepared)) return null;
  const dom = parseDocument(prepared, { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true });
  const top = dom.children.find((c) => c.type === 'tag');
  if (!top) return null;
  const root = convert(top);
  const namespaces = Object.entries(root.attrs)
    .filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:'))
    .map(([, v]) => v);
  return { root, namespaces };
}

interface DomTag {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
}

function convert(top: AnyNode): XEl {
  const make = (n: DomTag, parent: XEl | null): XEl => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(n.attribs ?? {})) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) attrs[k] = v;
      else attrs[localName(k)] = v;
    }
    return { name: localName(n.name), qname: n.name, attrs, children: [], ownText: '', parent };
  };
  const rootEl = make(top as unknown as DomTag, null);
  const stack: Array<{ node: DomTag; el: XEl }> = [{ node: top as unknown as DomTag, el: rootEl }];
  while (stack.length) {
    const { node, el } = stack.pop()!;
    const texts: string[] = [];
    // Texts and children in order, for mixed content: each run of text since the last child is one entry.
    const content: Array<string | XEl> = [];
    let run = 0;
    for (const c of node.children ?? []) {
      if (c.type === 'text') texts.push((c as unknown as { data: string }).data);
      else if (c.type === 'cdata') {
        for (const cc of (c as unknown as { children: AnyNode[] }).children) {
          if (cc.type === 'text') texts.push((cc as unknown as { data: string }).data);
        }
      } else if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
        const child = make(c as unknown as DomTag, el);
        el.children.push(child);
        stack.push({ node: c as unknown as DomTag, el: child });
        if (texts.length > run) content.push(texts.slice(run).join(''));
        run = texts.length;
        content.push(child);
      }
    }
    el.ownText = texts.join('');
    if (el.children.length && el.ownText.trim()) {
      if (texts.length > run) content.push(texts.slice(run).join(''));
      el.content = content;
    }
  }
  return rootEl;
}

const eq = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Control characters that XML forbids, but which exports contain (kept: tab, newline, form feed). */
const BAD_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffe\uffff]/g;

/** The element's own text with forbidden control characters removed (form feeds kept). */
export function rawText(el: XEl | null | undefined): string {
  return el ? el.ownText.replace(BAD_CHARS, '') : '';
}

/** All text below the element, in document order, with forbidden control characters removed. */
export function deepText(el: XEl | null | undefined): string {
  if (!el) return '';
  const out: string[] = [];
  const stack: Array<string | XEl> = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (typeof e === 'string') out.push(e);
    else if (e.content) for (let i = e.content.length - 1; i >= 0; i--) stack.push(e.content[i]!);
    else {
      out.push(e.ownText);
      for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
    }
  }
  return out.join('').replace(BAD_CHARS, '');
}

/** The first child with one of the local names (case-insensitive). */
export function child(el: XEl | null | undefined, ...names: string[]): XEl | null {
  if (!el) return null;
  for (const n of names) {
    const found = el.children.find((c) => eq(c.name, n));
    if (found) return found;
  }
  return null;
}

export function children(el: XEl | null | undefined, name: string): XEl[] {
  return el ? el.children.filter((c) => eq(c.name, name)) : [];
}

/** Follows a path of local names ("Agendas/Agenda/Meeting"), first match at each step. */
export function path(el: XEl | null | undefined, p: string): XEl | null {
  let cur: XEl | null = el ?? null;
  for (const step of p.split('/')) {
    if (!cur) return null;
    cur = child(cur, step);
  }
  return cur;
}

/** All descendants (not the element itself) with the local name, in document order. */
export function descendants(el: XEl | null | undefined, name: string): XEl[] {
  if (!el) return [];
  const out: XEl[] = [];
  const stack: XEl[] = [...el.children].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    if (eq(e.name, name)) out.push(e);
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
  return out;
}

/** The trimmed text of a child element (or ''), e.g. `val(meeting, 'When')`. */
export function val(el: XEl | null | undefined, ...names: string[]): string {
  return deepText(child(el, ...names)).trim();
}

/** Attribute by local name, case-insensitive. */
export function attr(el: XEl | null | undefined, name: string): string | null {
  if (!el) return null;
  for (const [k, v] of Object.entries(el.attrs)) if (eq(k, name)) return v;
  return null;
}

/** Nearest ancestor with the local name. */
export function ancestor(el: XEl | null | undefined, name: string): XEl | null {
  let cur = el?.parent ?? null;
  while (cur) {
    if (eq(cur.name, name)) return cur;
    cur = cur.parent;
  }
  return null;
}

export function isTrue(s: string | null | undefined): boolean {
  return /^\s*(true|1|ja|yes)\s*$/i.test(s ?? '');
}

export function isFalse(s: string | null | undefined): boolean {
  return /^\s*(false|0|nej|no)\s*$/i.test(s ?? '');
}
