/**
 * The searchable text of an agenda item, used both to build the index (analysed) and to make
 * snippets (as plain text). Closed items contribute their title only.
 */
import type { ContentBlock, Section } from '../model/index.js';
import type { IndexText } from './analyze.js';
import { indexText, TermSink } from './analyze.js';

export interface SearchableItem {
  title: string;
  caseNumber: string | null;
  closed: boolean;
  sections: readonly Section[];
  decisionText: string | null;
  recommendationText: string | null;
}

export function blockText(b: ContentBlock): string {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return b.text;
    case 'list':
      return b.items.join('\n');
    case 'table':
      return b.rows.map((r) => r.map((c) => c.text).join(' · ')).join('\n');
  }
}

/** The plain texts of an open item, decision first (snippets prefer it), then the sections. */
export function itemTexts(item: SearchableItem): string[] {
  if (item.closed) return [];
  const out: string[] = [];
  const hasRecommendationSection = item.sections.some((s) => s.kind === 'recommendation');
  if (item.decisionText) out.push(item.decisionText);
  if (item.recommendationText && !hasRecommendationSection) out.push(item.recommendationText);
  for (const s of item.sections) {
    if (s.kind === 'decision' && item.decisionText) continue;
    const text = s.blocks.map(blockText).join('\n');
    if (text.trim()) out.push(text);
  }
  return out;
}

/** The analysed index text: title and case number in `title`; decision and sections in `body`. */
export function analyzeItem(item: SearchableItem): IndexText {
  const title = new TermSink().add(item.title);
  if (item.caseNumber) title.gap().add(item.caseNumber);
  const body = new TermSink(title);
  if (!item.closed) {
    for (const t of itemTexts(item)) body.add(t).gap();
  }
  return indexText(title, body);
}
