/**
 * DOCX → Block stream: mammoth turns the document into semantic HTML (headings from paragraph
 * styles, tables, lists, line breaks), which the HTML reader already understands. Word's
 * automatic numbers are written into the text first (docx-numbering.ts): mammoth drops them, and
 * they are the item numbers of many templates; the first page's header (docx-header.ts) goes
 * before the body, for templates print the committee and date there. Images are dropped and
 * external files are never fetched.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ReferatError } from '../errors.js';
import type { Block } from './block.js';
import { pageHeaderBlocks } from './docx-header.js';
import { withPrintedNumbers } from './docx-numbering.js';
import { htmlToBlocks } from './html.js';

const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(bytes: Uint8Array, name: string): Promise<Block[]> {
  let html: string;
  let header: Block[];
  try {
    const zip = await JSZip.loadAsync(bytes).catch(() => null);
    header = zip ? await pageHeaderBlocks(zip) : [];
    const numbered = await withPrintedNumbers(bytes, zip);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(numbered.buffer, numbered.byteOffset, numbered.byteLength) },
      { convertImage: dropImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ReferatError('E_DOCX_UNREADABLE', `${name}: not a readable Word document (${reason})`, { cause: e });
  }
  const body = htmlToBlocks(html);
  if (!body.length) throw new ReferatError('E_EMPTY', `${name}: the Word document holds no text`);
  return [...header, ...body];
}
