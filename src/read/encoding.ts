/**
 * Bytes → string for text-like inputs. UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * UTF-16 by BOM, otherwise Windows-1252 through iconv-lite: Node 20's TextDecoder maps 0x80–0x9F
 * wrongly for windows-1252 (nodejs/node#60888), which would break “ ” – and €.
 */
import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return decodeText(bytes).encoding;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  let encoding: TextEncoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = buf.subarray(2).toString('utf16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(buf.subarray(2), 'utf-16be');
  } else {
    try {
      // One pass both validates and decodes.
      text = strictUtf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = iconv.decode(buf, 'windows-1252');
      encoding = 'windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // NFC only where needed: decomposed æøå from some PDF converters and Macs.
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFC');
  return { text, encoding };
}
