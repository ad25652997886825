/**
 * Attachment titles from a "Bilag" section: list items, lines ("Bilag 1: Notat", "1. Notat") or
 * table rows ("1 | Åben | Notat | 222359/12").
 */
import type { Attachment, ContentBlock } from '../model/index.js';

const ACCESS = /^(åben|åbent|lukket|offentlig|ikke offentlig|fortrolig)$/i;

function clean(title: string): string {
  return title
    .replace(/^(?:bilag\s*(?:nr\.?\s*)?\d{0,3}\s*[:.)-]?|\d{1,3}\s*[.:)-]|[-–•])\s*/i, '')
    .replace(/\s*\((?:pdf|docx?|xlsx?)\)$/i, '')
    .replace(/\s*\(\d+(?:[.,]\d+)?\s*[kKmM]?[bB]\)$/, '')
    .trim();
}

function bestCell(row: string[]): string | null {
  let best: string | null = null;
  for (const c of row) {
    const t = c.trim();
    if (!t || ACCESS.test(t) || !/\p{L}{3}/u.test(t)) continue;
    if (!best || t.length > best.length) best = t;
  }
  return best;
}

export function parseAttachments(blocks: ContentBlock[]): Attachment[] {
  const titles: string[] = [];
  for (const b of blocks) {
    if (b.type === 'list') titles.push(...b.items);
    else if (b.type === 'paragraph') titles.push(...b.text.split('\n'));
    else if (b.type === 'table') {
      for (const row of b.rows) {
        const t = bestCell(row.map((c) => c.text));
        if (t) titles.push(t);
      }
    }
  }
  return titles
    .map(clean)
    .filter((t) => t.length > 1 && !/^(ingen|ingen bilag|-)$/i.test(t))
    .map((title) => ({ title }));
}
