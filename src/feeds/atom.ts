/** Atom 1.0 (RFC 4287) documents, built with escaping throughout. */
import { escapeHtml as x } from '../web/html.js';

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  published?: string;
  /** HTML content (will be escaped into the XML as type="html"). */
  contentHtml?: string;
  summary?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL. */
  self: string;
  /** The HTML page it follows. */
  alternate: string;
  updated: string;
  entries: AtomEntry[];
}

/** RFC 3339 timestamp (the stored ISO strings already are). */
const ts = (s: string): string => (Number.isFinite(Date.parse(s)) ? new Date(s).toISOString() : new Date(0).toISOString());

export function renderAtom(f: AtomFeed): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `<id>${x(f.id)}</id>`,
    `<title>${x(f.title)}</title>`,
    ...(f.subtitle ? [`<subtitle>${x(f.subtitle)}</subtitle>`] : []),
    `<link rel="self" type="application/atom+xml" href="${x(f.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(f.alternate)}"/>`,
    `<updated>${ts(f.updated)}</updated>`,
    '<author><name>Referat</name></author>',
    '<generator>Referat</generator>',
  ];
  for (const e of f.entries) {
    out.push(
      '<entry>',
      `<id>${x(e.id)}</id>`,
      `<title>${x(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      `<updated>${ts(e.updated)}</updated>`,
      ...(e.published ? [`<published>${ts(e.published)}</published>`] : []),
      ...(e.categories ?? []).map((c) => `<category term="${x(c)}"/>`),
      ...(e.summary ? [`<summary>${x(e.summary)}</summary>`] : []),
      ...(e.contentHtml ? [`<content type="html">${x(e.contentHtml)}</content>`] : []),
      '</entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
