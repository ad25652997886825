/**
 * A tiny, safe HTML builder: the `html` tagged template escapes every interpolated value unless it is
 * already `Html` (made by `html` itself or, for markup produced elsewhere and escaped there, `trusted`).
 * Arrays are joined; null, undefined and false render as nothing. There is no other way to put text
 * into a page, so document text can never become markup.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPE_RE = /[&<>"']/g;
const NEEDS_ESCAPE = /[&<>"']/;

export function escapeHtml(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE_RE, (c) => ESCAPES[c]!) : s;
}

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (typeof v === 'string') return escapeHtml(v);
  if (typeof v === 'number') return String(v);
  let out = '';
  for (const x of v) out += render(x);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup that was escaped elsewhere (search snippets from src/search/snippet.ts). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins values with a separator (both escaped as usual). */
export function join(values: readonly HtmlValue[], sep: HtmlValue): Html {
  const parts: HtmlValue[] = [];
  values.forEach((v, i) => {
    if (i > 0) parts.push(sep);
    parts.push(v);
  });
  return html`${parts}`;
}
