/**
 * Highlighted snippets, made from the stored original text (the index holds only analysed tokens).
 * Output is HTML: every piece of document text is escaped, and matches are wrapped in <mark>.
 */
import { foldWord } from './analyze.js';
import type { WordMatcher } from './query.js';

const WORD_RE = /[\p{L}\p{N}]+/gu;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

interface Hit {
  start: number;
  end: number;
}

/** Scan limits: long case texts are searched only this far for a snippet, and hits collected. */
const SCAN_CHARS = 60_000;
const MAX_HITS = 64;

function hitsIn(text: string, match: WordMatcher, limit: number): Hit[] {
  const hits: Hit[] = [];
  const scan = text.length > limit ? text.slice(0, limit) : text;
  for (const m of scan.matchAll(WORD_RE)) {
    if (match(foldWord(m[0]))) {
      hits.push({ start: m.index!, end: m.index! + m[0].length });
      if (hits.length >= MAX_HITS) break;
    }
  }
  return hits;
}

/** Escapes `text` and marks the hits. */
function markUp(text: string, hits: Hit[], from = 0, to = text.length): string {
  let out = '';
  let pos = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += escapeHtml(text.slice(pos, h.start)) + '<mark>' + escapeHtml(text.slice(h.start, h.end)) + '</mark>';
    pos = h.end;
  }
  return out + escapeHtml(text.slice(pos, to));
}

/** The title, escaped, with matching words marked. */
export function highlightText(text: string, match: WordMatcher | null): string {
  if (!match) return escapeHtml(text);
  return markUp(text, hitsIn(text, match, Number.MAX_SAFE_INTEGER));
}

/**
 * The best window of about `width` characters over the texts (decision, recommendation,
 * sections …): the one with the most matches; the start of the first text when nothing matches.
 */
export function makeSnippet(texts: readonly string[], match: WordMatcher | null, width = 220): string | null {
  const nonEmpty = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
  if (!nonEmpty.length) return null;
  let best: { text: string; hits: Hit[]; from: number; count: number } | null = null;
  let budget = SCAN_CHARS;
  if (match) {
    for (const text of nonEmpty) {
      if (budget <= 0) break;
      const hits = hitsIn(text, match, budget);
      budget -= text.length;
      // Sliding window over the hits: the most hits within `width` characters.
      let j = 0;
      for (let i = 0; i < hits.length; i++) {
        while (hits[i]!.end - hits[j]!.start > width) j++;
        const count = i - j + 1;
        if (!best || count > best.count) best = { text, hits, from: hits[j]!.start, count };
      }
      if (best && best.count >= 4) break;
    }
  }
  if (!best) {
    const text = nonEmpty[0]!;
    const to = cutEnd(text, 0, width);
    return escapeHtml(text.slice(0, to)) + (to < text.length ? ' …' : '');
  }
  const { text, hits } = best;
  // Start a little before the first hit of the window, at a word boundary.
  let from = Math.max(0, best.from - Math.floor(width / 4));
  if (from > 0) {
    const space = text.lastIndexOf(' ', best.from);
    from = space >= from ? space + 1 : text.indexOf(' ', from) + 1 || best.from;
    if (from > best.from) from = best.from;
  }
  const to = cutEnd(text, from, width);
  return (from > 0 ? '… ' : '') + markUp(text, hits, from, to) + (to < text.length ? ' …' : '');
}

/** End of a window starting at `from`, at a word boundary, about `width` characters on. */
function cutEnd(text: string, from: number, width: number): number {
  if (text.length - from <= width) return text.length;
  const space = text.lastIndexOf(' ', from + width);
  return space > from + width / 2 ? space : from + width;
}
