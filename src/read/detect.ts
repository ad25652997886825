/**
 * Sniffs the input form from the bytes (never from the file name alone: portals serve PDFs as
 * .aspx and exports name XML files .XML or .xml).
 */
import { ReferatError } from '../errors.js';
import { bomlessUtf16 } from './encoding.js';

export type DetectedForm = 'pdf' | 'docx' | 'xml' | 'html' | 'markdown' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const n = Buffer.from(needle, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit)).indexOf(n);
}

/** Detects binary forms from bytes; text forms are told apart after decoding by `detectTextForm`. */
export function detectBinaryForm(bytes: Uint8Array, name: string): 'pdf' | 'docx' | null {
  if (bytes.byteLength === 0) throw new ReferatError('E_EMPTY', `${name}: the file is empty`);
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (indexOfAscii(bytes, 'word/', bytes.byteLength) >= 0) return 'docx';
    throw new ReferatError('E_UNSUPPORTED', `${name}: a ZIP archive that is not a Word document (DOCX)`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ReferatError('E_UNSUPPORTED', `${name}: an old binary Word/Office file (.doc); save it as DOCX or PDF`);
  }
  if (looksBinary(bytes)) throw new ReferatError('E_BINARY', `${name}: binary data, not a text, PDF, DOCX, HTML or XML document`);
  return null;
}

/** NUL bytes or many control characters in the first 64 KB: not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 65536);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  if (bomlessUtf16(bytes)) return false;
  let control = 0;
  /** -1 for a NUL; counts other control characters (tab, line ends and form feed are text). */
  const byteAt = (i: number): number => {
    const b = bytes[i]!;
    if (b === 0) return -1;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    return 0;
  };
  // Four bytes at a time: (x - 0x20202020) & ~x & 0x80808080 is non-zero exactly when one of the
  // four bytes is below 0x20, and only those words are looked at byte by byte (text has few).
  let i = 0;
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) if (byteAt(i) < 0) return true;
  // A view needs an aligned start: inputs shorter than the unaligned head have no words.
  const words = (bytes.byteOffset + i) % 4 === 0 ? (n - i) >> 2 : 0;
  const u32 = words > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, words) : new Uint32Array(0);
  for (let w = 0; w < words; w++) {
    const x = u32[w]!;
    if (((x - 0x20202020) & ~x & 0x80808080) !== 0) {
      for (let k = i + w * 4; k < i + w * 4 + 4; k++) if (byteAt(k) < 0) return true;
    }
  }
  for (i += words * 4; i < n; i++) if (byteAt(i) < 0) return true;
  return control > n * 0.01;
}

const HTML_ROOTS = new Set(['div', 'p', 'table', 'span', 'section', 'article', 'main', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'header', 'nav', 'meta', 'link', 'title', 'style', 'script', 'br', 'b', 'strong', 'a']);

export function detectTextForm(text: string, looksLikeMarkdown: (t: string) => boolean): 'xml' | 'html' | 'markdown' | 'text' {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  // A fragment whose root is an HTML element is HTML; any other root element (an export's
  // `<root>`, `<Publication>`) is XML even when HTML elements appear inside it (`<Body>`, `<Title>`,
  // `<Html>`), after an XML declaration too.
  const root = /^<([a-z_][\w:.-]*)[\s>/]/.exec(head) ?? (head.startsWith('<?xml') ? /^<([a-z_][\w:.-]*)[\s>/]/.exec(afterProlog(head)) : null);
  if (root && root[1] !== 'html' && root[1] !== 'head') return HTML_ROOTS.has(root[1]!) ? 'html' : 'xml';
  if (/^<!doctype html|^<html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return 'html';
  if (head.startsWith('<?xml')) return 'xml';
  if (root) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

/** The text after an XML declaration, processing instructions, comments and a doctype. */
function afterProlog(head: string): string {
  let t = head;
  for (;;) {
    t = t.trimStart();
    const end = t.startsWith('<?') ? t.indexOf('?>') + 2 : t.startsWith('<!--') ? t.indexOf('-->') + 3 : t.startsWith('<!') ? t.indexOf('>') + 1 : 0;
    if (end <= 2) return t;
    t = t.slice(end);
  }
}
