/**
 * Sniffing the input form from bytes and text, never from the file name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReferatError } from '../errors.js';
import { detectBinaryForm, detectTextForm } from './detect.js';
import { looksLikeMarkdown } from './markdown.js';

test('detect: a PDF by its %PDF- signature, even after leading junk and under another name', () => {
  assert.equal(detectBinaryForm(Buffer.from('%PDF-1.4\n…'), 'referat.aspx'), 'pdf');
  assert.equal(detectBinaryForm(Buffer.concat([Buffer.from('\r\n  '), Buffer.from('%PDF-1.7')]), 'x'), 'pdf');
});

test('detect: text bytes are not a binary form', () => {
  assert.equal(detectBinaryForm(Buffer.from('Referat\n\nPunkt 1: Godkendelse'), 'referat.pdf'), null);
});

test('detect: UTF-16 text with BOM is not binary despite its NUL bytes', () => {
  assert.equal(detectBinaryForm(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Referat', 'utf16le')]), 'x.txt'), null);
});

/** `text` with `bytes` at `at`, seen through a view that starts at an odd offset of its buffer. */
function oddView(text: string, at: number, bytes: number[]): Uint8Array {
  const body = Buffer.from(text);
  body.set(bytes, at);
  const backing = Buffer.alloc(body.length + 3);
  body.copy(backing, 3);
  return new Uint8Array(backing.buffer, backing.byteOffset + 3, body.length);
}

const page = 'Mødet sluttede kl. 17.00. Æblerne blev godkendt – “enstemmigt”.\tSide 2\r\n\f'.repeat(40);

test('detect: inputs of one to seven bytes at any offset', () => {
  const backing = Buffer.alloc(16);
  backing.write('xxxxReferat');
  for (let length = 1; length < 8; length++) {
    for (let offset = 1; offset <= 4; offset++) {
      const view = new Uint8Array(backing.buffer, backing.byteOffset + offset, length);
      assert.equal(detectBinaryForm(view, 'x.txt'), null, `${length} bytes at ${offset}`);
    }
  }
  const body = Buffer.from('--b\r\nhi\r\n');
  assert.equal(detectBinaryForm(body.subarray(5, 7), 'x.txt'), null);
  assert.equal(detectBinaryForm(body.subarray(6, 7), 'x.txt'), null);
});

test('detect: tabs, line ends and form feeds are text, at any offset and length', () => {
  for (const cut of [0, 1, 2, 3, 5]) assert.equal(detectBinaryForm(oddView(page.slice(cut), 0, []), 'x.txt'), null);
});

test('detect: one NUL anywhere in the first 64 KB makes binary data, at any offset', () => {
  for (const at of [0, 1, 2, 3, 4, 5, 6, 7, 1001, page.length - 1]) {
    assert.throws(() => detectBinaryForm(oddView(page, at, [0]), 'x.bin'), (e: unknown) => e instanceof ReferatError && e.code === 'E_BINARY');
  }
});

test('detect: control characters are binary only above 1 % of the bytes', () => {
  const size = Buffer.byteLength(page);
  const few = Array.from({ length: Math.floor(size / 100) - 1 }, (_, k) => k * 97 + 5);
  const many = Array.from({ length: Math.floor(size / 50) }, (_, k) => k * 47 + 3);
  const withControls = (positions: number[]): Uint8Array => {
    const view = oddView(page, 0, []);
    for (const p of positions) view[p] = 0x01;
    return view;
  };
  assert.equal(detectBinaryForm(withControls(few), 'x.txt'), null);
  assert.throws(() => detectBinaryForm(withControls(many), 'x.bin'), (e: unknown) => e instanceof ReferatError && e.code === 'E_BINARY');
});

const refusals: [string, Buffer, string][] = [
  ['an empty file', Buffer.alloc(0), 'E_EMPTY'],
  ['a ZIP that is not a Word document', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'E_UNSUPPORTED'],
  ['an old binary .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'E_UNSUPPORTED'],
  ['binary data with NUL bytes', Buffer.from([0x01, 0x00, 0x02, 0x03]), 'E_BINARY'],
];

for (const [name, bytes, code] of refusals) {
  test(`detect: ${name} is refused with ${code}`, () => {
    assert.throws(
      () => detectBinaryForm(bytes, 'f'),
      (e: unknown) => e instanceof ReferatError && e.code === code,
    );
  });
}

test('detect: a ZIP holding word/ is a DOCX', () => {
  const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);
  assert.equal(detectBinaryForm(bytes, 'x.docx'), 'docx');
});

const forms: [string, string, 'xml' | 'html' | 'markdown' | 'text'][] = [
  ['a doctype', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
  ['an <html> tag after whitespace', '\n  <html lang="da"><body>x</body></html>', 'html'],
  ['an HTML fragment', '<div><p>Referat</p></div>', 'html'],
  ['an XML declaration', '<?xml version="1.0" encoding="utf-8"?><Publication/>', 'xml'],
  ['an XML root without declaration', '<eDocAgendaPublishing><Meeting/></eDocAgendaPublishing>', 'xml'],
  ['an XML root whose records hold <Body> and <Title>', '<Agenda><AgendaItem><Title>Budget</Title><Body>Tekst</Body></AgendaItem></Agenda>', 'xml'],
  ['an XML declaration, a comment, then a root whose records hold <Html>', '<?xml version="1.0"?>\n<!-- export -->\n<MeetingExport><Item><Html>&lt;p&gt;x&lt;/p&gt;</Html></Item></MeetingExport>', 'xml'],
  ['an XHTML page after an XML declaration', '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>', 'html'],
  ['Markdown headings and bold lines', '# A\n\n## B\n\n**C**\n', 'markdown'],
  ['plain text', 'REFERAT Udvalget\n\nPunkt 1: Godkendelse', 'text'],
  ['text that mentions a tag in prose', 'Se afsnittet om <b> i bilaget.\n\nPunkt 1: Godkendelse', 'text'],
];

for (const [name, text, expected] of forms) {
  test(`detect text form: ${name} → ${expected}`, () => {
    assert.equal(detectTextForm(text, looksLikeMarkdown), expected);
  });
}

test('an export whose root is not HTML is XML even with <table> inside (Acadre manifest)', () => {
  assert.equal(detectTextForm('<root><org>Acadre</org><table name="committee"></table></root>', looksLikeMarkdown), 'xml');
  assert.equal(detectTextForm('<table><tr><td>1</td></tr></table>', looksLikeMarkdown), 'html');
});
