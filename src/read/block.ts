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

/**
 * An empty table cell inside a line of tab-separated cells ("Jonas Krog\tV\t\uE000\tX"), where a
 * reader knows the cell is there (a PDF table's column left empty in one row). Runs of tabs are one
 * column gap in the readers' text, so an empty cell needs a mark; the lines of the parser turn it
 * into an empty cell. A private-use character: no reader passes one on as text.
 */
export const EMPTY_CELL = '\uE000';

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
    else {
      const joint = wrapJoint(prev, line);
      out = joint === 'mend' ? out.slice(0, -1) + line : joint === 'join' ? out + line : out + ' ' + line;
    }
    prev = line;
  }
  return out;
}

/** "og", "eller", "samt" after a line-end hyphen: the hyphen stands for a shared word part ("Børne- og Unge…"). */
const SHARED_PART = /^(?:og|eller|samt|til)\b/;

/**
 * How a line joins the next in wrapped text: `mend` a word hyphenated at the line end
 * ("renoverings-" + "perioden": the hyphen goes), `join` a number's hyphen ("2023-" + "planen"),
 * else `space` — also for a hyphen before "og"/"eller" ("Børne- og Unge…").
 */
export function wrapJoint(left: string, right: string): 'mend' | 'join' | 'space' {
  if (left.endsWith('-') && /^[a-zæøå]/.test(right) && !SHARED_PART.test(right)) {
    if (/[a-zæøå]-$/.test(left)) return 'mend';
    if (/\d-$/.test(left)) return 'join';
  }
  return 'space';
}
