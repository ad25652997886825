/**
 * The page header of a Word document. Municipal templates print the municipality, "Referat", the
 * committee and the meeting date in the page header (word/header1.xml …), on every page; mammoth
 * reads only the body. The header the document's first page shows is read as paragraphs to put
 * before the body: the body's section's first-page header when the section turns it on
 * (`w:titlePg`), else its default header. Footers are left out: page numbers and addresses.
 */
import type JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import type { Block } from './block.js';

/** The attributes of each tag named `tag` in `xml` (a linear scan, no nesting needed). */
function tagsOf(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>`, 'g');
  for (const m of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

/** The header part the first page shows, as a path in the package, or null. */
function firstPageHeader(documentXml: string, relsXml: string): string | null {
  // The body's own section properties are the last sectPr of the document.
  const at = documentXml.lastIndexOf('<w:sectPr');
  if (at < 0) return null;
  const end = documentXml.indexOf('</w:sectPr>', at);
  const sect = documentXml.slice(at, end < 0 ? undefined : end);
  const refs = tagsOf(sect, 'w:headerReference');
  const titlePg = tagsOf(sect, 'w:titlePg').some((a) => !/^(0|false|off)$/i.test(a['w:val'] ?? 'true'));
  const ref = (titlePg ? refs.find((r) => r['w:type'] === 'first') : undefined) ?? refs.find((r) => (r['w:type'] ?? 'default') === 'default');
  const id = ref?.['r:id'];
  if (!id) return null;
  const target = tagsOf(relsXml, 'Relationship').find((r) => r.Id === id)?.Target;
  if (!target || /^[a-z]+:/i.test(target)) return null;
  return target.startsWith('/') ? target.slice(1) : `word/${target}`;
}

/**
 * The paragraphs of a header part: runs' text, tabs and breaks; deleted text and field codes left out.
 * A text box holds paragraphs inside a paragraph: the outer one's text so far is a line of its own,
 * then the box's. A drawing comes twice (mc:Choice and its mc:Fallback): the fallback is skipped.
 */
function paragraphs(xml: string): string[] {
  const out: string[] = [];
  const emit = (text: string): void => {
    for (const line of text.split('\n')) if (line.trim()) out.push(line.trim());
  };
  // The open paragraphs, innermost last; text goes to the innermost.
  const open: string[] = [];
  let inText = false;
  let fallback = 0;
  const add = (text: string): void => {
    if (open.length && !fallback) open[open.length - 1] += text;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'mc:Fallback') fallback++;
        else if (name === 'w:p') {
          if (open.length && !fallback) {
            emit(open[open.length - 1]!);
            open[open.length - 1] = '';
          }
          open.push('');
        } else if (name === 'w:t') inText = true;
        else if (name === 'w:tab') add('\t');
        else if (name === 'w:br' || name === 'w:cr') add('\n');
      },
      ontext(text) {
        if (inText) add(text);
      },
      onclosetag(name) {
        if (name === 'mc:Fallback') fallback--;
        else if (name === 'w:t') inText = false;
        else if (name === 'w:p') {
          const text = open.pop();
          if (text !== undefined && !fallback) emit(text);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

/** The first page's header as paragraph blocks (none when the document has no header). */
export async function pageHeaderBlocks(zip: JSZip): Promise<Block[]> {
  const [doc, rels] = await Promise.all([zip.file('word/document.xml')?.async('string'), zip.file('word/_rels/document.xml.rels')?.async('string')]);
  if (!doc || !rels) return [];
  const part = firstPageHeader(doc, rels);
  const xml = part ? await zip.file(part)?.async('string') : undefined;
  if (!xml) return [];
  return paragraphs(xml).map((line) => ({ type: 'paragraph', lines: [line] }));
}
