/** Turns uploaded bytes into text: BOM detection, strict UTF-8, else GB18030 (a superset of GBK). */
import iconv from 'iconv-lite';

/** Encodings {@link decodeText} can report. */
export type TextEncoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';

/** Decoded text and the encoding it was read as. */
export type DecodedText = { text: string; encoding: TextEncoding };

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file of unknown encoding.
 *
 * Order: a byte-order mark decides (UTF-8, UTF-16 LE/BE; the mark is removed); BOM-less UTF-16 is
 * recognised by its zero bytes; bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
 * anything else is decoded as GB18030, which covers GBK/GB2312 as written by Chinese Excel and ERP
 * exports (reported as `'gbk'`).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`decodeText: bytes must be a Uint8Array, got ${typeof bytes}`);
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be' };
  const guess = guessBomlessUtf16(bytes);
  if (guess === 'le') return { text: decodeUtf16(bytes, 'le'), encoding: 'utf-16le' };
  if (guess === 'be') return { text: decodeUtf16(bytes, 'be'), encoding: 'utf-16be' };
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gbk' };
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, order === 'le' ? 'utf-16le' : 'utf-16be', { stripBOM: false });
}

/** Latin text in UTF-16 has a zero in every other byte; UTF-8 and GBK text never contains zeros. */
function guessBomlessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'be';
  return undefined;
}
