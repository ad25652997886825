/**
 * Bytes → string for text-like inputs. UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * UTF-16 by BOM or by its zero bytes, otherwise Windows-1252 through iconv-lite: Node 20's TextDecoder maps 0x80–0x9F
 * wrongly for windows-1252 (nodejs/node#60888), which would break “ ” – and €.
 */
import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * UTF-16 written without a byte order mark: Danish text is mostly Latin-1, so every other byte is
 * zero, at odd positions (little-endian) or even ones (big-endian). Judged on the first 4 KB.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.byteLength, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return decodeText(bytes).encoding;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  let encoding: TextEncoding;
  let utf16: 'utf-16le' | 'utf-16be' | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = buf.subarray(2).toString('utf16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = iconv.decode(buf.subarray(2), 'utf-16be');
  } else if ((utf16 = bomlessUtf16(bytes))) {
    encoding = utf16;
    text = utf16 === 'utf-16le' ? buf.toString('utf16le') : iconv.decode(buf, 'utf-16be');
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
