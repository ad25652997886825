/**
 * The entry to all readers: bytes of any supported form → either a Block stream for the parser, or
 * (for case-system XML exports, whose structure is exact) a finished MeetingDocument.
 */
import type { MeetingDocument, SourceFormat } from '../model/index.js';
import { ReferatError } from '../errors.js';
import type { Block } from './block.js';
import { detectBinaryForm, detectTextForm } from './detect.js';
import { decodeText } from './encoding.js';
import { htmlTitle, htmlToBlocks } from './html.js';
import { looksLikeMarkdown, markdownToBlocks } from './markdown.js';
import { textToBlocks } from './text.js';
import { readPdf } from './pdf.js';
import { readDocx } from './docx.js';
import { readEsdhXml } from './esdh/index.js';
import { loadXml } from './esdh/xml.js';
import { xmlOutlineBlocks } from './xml-outline.js';
import { mendPages, type PageTitle } from './mend.js';

export type ReadResult =
  | {
      type: 'blocks';
      format: SourceFormat;
      blocks: Block[];
      /** An HTML page's title; a paged document's running headers and footers, joined by " - " (mend.ts PageTitle). */
      title?: string | null;
    }
  | { type: 'document'; document: MeetingDocument };

export interface ReadOptions {
  /** The folder the file is in, for exports that refer to sibling files. */
  dir?: string;
}

export async function readBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadResult> {
  const binary = detectBinaryForm(bytes, name);
  const title: PageTitle = { running: [] };
  const runningTitle = (): string | null => (title.running.length ? title.running.join(' - ') : null);
  if (binary === 'pdf') {
    const blocks = await readPdf(bytes, name, { title });
    return { type: 'blocks', format: 'pdf', blocks, title: runningTitle() };
  }
  if (binary === 'docx') return { type: 'blocks', format: 'docx', blocks: await readDocx(bytes, name) };
  const { text } = decodeText(bytes);
  if (!text.trim()) throw new ReferatError('E_EMPTY', `${name}: the file holds no text`);
  const form = detectTextForm(text, looksLikeMarkdown);
  switch (form) {
    case 'xml': {
      const document = readEsdhXml(text, name, options.dir);
      if (document?.items.length) return { type: 'document', document };
      // XHTML is a page; any other XML is an export of a system we do not know (xml-outline.ts),
      // as is one that looks like a known system's at its root but holds none of its items.
      const xml = loadXml(text);
      if (!xml || xml.root.name.toLowerCase() === 'html') return { type: 'blocks', format: 'html', blocks: htmlToBlocks(text), title: htmlTitle(text) };
      const blocks = xmlOutlineBlocks(xml);
      if (document && !blocks.some((b) => b.type === 'heading' && b.level === 2)) return { type: 'document', document };
      return { type: 'blocks', format: 'xml', blocks };
    }
    case 'html':
      return { type: 'blocks', format: 'html', blocks: htmlToBlocks(text), title: htmlTitle(text) };
    case 'markdown': {
      const blocks = mendPages(markdownToBlocks(text), title);
      return { type: 'blocks', format: 'markdown', blocks, title: runningTitle() };
    }
    default: {
      const blocks = mendPages(textToBlocks(text), title);
      return { type: 'blocks', format: 'text', blocks, title: runningTitle() };
    }
  }
}
