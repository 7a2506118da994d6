// Encoding detection: BOMs, BOM-less UTF-16, strict UTF-8 and the GBK fallback (bytes made with iconv-lite).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads plain UTF-8 (ASCII included)', () => {
    expect(decodeText(utf8('sku,qty\nA,1'))).toEqual({ text: 'sku,qty\nA,1', encoding: 'utf-8' });
    expect(decodeText(utf8('物料编码,数量'))).toEqual({ text: '物料编码,数量', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('日期,数量')]);
    expect(decodeText(bytes)).toEqual({ text: '日期,数量', encoding: 'utf-8' });
  });

  it('falls back to GBK when the bytes are not valid UTF-8', () => {
    const text = '物料编码,日期,数量\nA-01,2024-03-05,12\n';
    const bytes = new Uint8Array(iconv.encode(text, 'gbk'));
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gbk' });
  });

  it('reads UTF-16 with either byte-order mark', () => {
    const le = new Uint8Array(iconv.encode('时间,值', 'utf-16le'));
    const be = new Uint8Array(iconv.encode('时间,值', 'utf-16be'));
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({
      text: '时间,值',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({
      text: '时间,值',
      encoding: 'utf-16be',
    });
  });

  it('recognises BOM-less UTF-16 from its zero bytes', () => {
    const le = new Uint8Array(iconv.encode('timestamp,machine,value\n', 'utf-16le'));
    expect(decodeText(le)).toEqual({ text: 'timestamp,machine,value\n', encoding: 'utf-16le' });
  });

  it('decodes an empty file and a subarray view', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    const gbk = new Uint8Array(iconv.encode('xx数量', 'gbk'));
    expect(decodeText(gbk.subarray(2)).text).toBe('数量');
  });

  it('rejects a non-byte argument', () => {
    expect(() => decodeText('abc' as unknown as Uint8Array)).toThrow(/bytes must be a Uint8Array/);
  });
});
