/**
 * Bytes → text: UTF-8 with or without BOM, UTF-16 by BOM or by its zero bytes, else Windows-1252 (through iconv-lite, so
 * the 0x80–0x9F range gives “ ” – € correctly); always NFC.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText, detectEncoding } from './encoding.js';

const danish = 'Mødet blev afholdt på Rådhuset – “Åben dagsorden” for Ærø og Ølstykke, pris 5 € … ‘citat’ — slut';

test('encoding: Windows-1252 bytes decode æøå, – “ ” € … correctly', () => {
  const bytes = iconv.encode(danish, 'windows-1252');
  assert.equal(bytes.includes(0x93), true, 'the test bytes hold a 0x93 left quote');
  assert.deepEqual(decodeText(bytes), { text: danish, encoding: 'windows-1252' });
});

test('encoding: Windows-1252 æ ø å Æ Ø Å are single bytes E6 F8 E5 C6 D8 C5', () => {
  assert.equal(decodeText(Buffer.from([0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5])).text, 'æøå ÆØÅ');
});

test('encoding: UTF-8 without BOM', () => {
  assert.deepEqual(decodeText(Buffer.from(danish, 'utf8')), { text: danish, encoding: 'utf-8' });
});

test('encoding: UTF-8 with BOM, the BOM removed', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Æble og ø', 'utf8')]);
  assert.deepEqual(decodeText(bytes), { text: 'Æble og ø', encoding: 'utf-8' });
});

test('encoding: UTF-16LE with BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Referat – ø', 'utf16le')]);
  assert.deepEqual(decodeText(bytes), { text: 'Referat – ø', encoding: 'utf-16le' });
});

test('encoding: UTF-16BE with BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Referat – ø', 'utf-16be')]);
  assert.deepEqual(decodeText(bytes), { text: 'Referat – ø', encoding: 'utf-16be' });
});

test('encoding: UTF-16 without a BOM, by its zero bytes, both byte orders', () => {
  assert.deepEqual(decodeText(Buffer.from(danish, 'utf16le')), { text: danish, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(iconv.encode(danish, 'utf-16be')), { text: danish, encoding: 'utf-16be' });
  // A few NUL bytes in 8-bit text are not UTF-16.
  assert.equal(decodeText(Buffer.from('Referat\u0000 af mødet', 'latin1')).encoding, 'windows-1252');
});

test('encoding: decomposed letters are composed (NFC)', () => {
  assert.equal(decodeText(Buffer.from('A\u030Arhus og e\u0301', 'utf8')).text, 'Århus og é');
});

test('encoding: one stray Windows-1252 byte in otherwise UTF-8-looking text means Windows-1252', () => {
  assert.equal(detectEncoding(Buffer.from([0x52, 0xe5, 0x64, 0x68, 0x75, 0x73])), 'windows-1252');
});

test('encoding: plain ASCII is UTF-8', () => {
  assert.equal(detectEncoding(Buffer.from('Referat')), 'utf-8');
});
