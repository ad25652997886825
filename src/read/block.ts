/**
 * The one stream every reader produces and the parser consumes. Readers keep what the layout tells
 * (a heading, a bold line, a table, a page break, a larger vertical gap) and leave all Danish-minutes
 * understanding to `parse/`.
 */

export interface HeadingBlock {
  type: 'heading';
  /** 1 = most prominent. Markdown converters use levels loosely: treat them as hints. */
  level: number;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** The paragraph's lines as laid out in the source (a PDF's wrapped lines, text lines). */
  lines: string[];
  /** The whole paragraph is bold (or strong) in the source. */
  bold?: boolean;
  /**
   * Vertical space before this paragraph relative to the body line pitch (1 = an ordinary line),
   * when the reader knows it (PDF). A gap well above the paragraph gap can separate two sections.
   */
  gapBefore?: number;
  /** Font size relative to body text (1 = body), when the reader knows it (PDF). */
  size?: number;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface TableBlock {
  type: 'table';
  /** Cell text with inline markup already reduced to text; line breaks inside a cell as "\n". */
  rows: string[][];
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock;

/** The paragraph's text on one line: wrapped lines joined, hyphenated line ends mended. */
export function paragraphText(block: ParagraphBlock): string {
  if (block.lines.length === 1) return block.lines[0]!.trim();
  let out = '';
  // The text ends as the previous line ends: test that, not the growing text (which a regex would
  // flatten on every line).
  let prev = '';
  for (const raw of block.lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (/[a-zæøå]-$/.test(prev) && /^[a-zæøå]/.test(line)) out = out.slice(0, -1) + line;
    else if (/\d-$/.test(prev) && /^[a-zæøå]/.test(line)) out += line;
    else out += ' ' + line;
    prev = line;
  }
  return out;
}
