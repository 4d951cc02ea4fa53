import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../scripts/ingest/clean.ts';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { InputError } from '../../scripts/lib/input-error.ts';

const changli = readFileSync('seeds/003_937df5c3b24a445e.txt');
const text = changli.toString('utf8');

function utf16(le: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('decodeReport', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeReport(changli, 'a.txt')).toBe(text);
    expect(decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), changli]), 'a.txt')).toBe(text);
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeReport(utf16(true), 'a.txt')).toBe(text);
    expect(decodeReport(utf16(false), 'a.txt')).toBe(text);
  });

  it('reads a GBK-encoded copy of a seed to the same cleaned report as the UTF-8 original', () => {
    const gbk = readFileSync('tests/fixtures/encodings/changli-gbk.txt');
    expect(gbk.equals(changli)).toBe(false);
    expect(cleanReport(decodeReport(gbk, 'gbk.txt'), 'gbk.txt')).toEqual(cleanReport(text, 'utf8.txt'));
  });

  it('refuses an empty file, naming it', () => {
    expect(() => decodeReport(new Uint8Array(), 'seeds/empty.txt')).toThrow(new InputError('seeds/empty.txt', null, 'the file is empty'));
  });

  it('refuses a binary file, naming it', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeReport(png, 'seeds/photo.txt')).toThrow(/^seeds\/photo\.txt: the file looks binary/);
  });

  it('names the line of bytes that are neither UTF-8 nor GB18030', () => {
    const bad = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0x81, 0x20]), Buffer.from('\n')]);
    expect(() => decodeReport(bad, 'seeds/bad.txt')).toThrow(/^seeds\/bad\.txt:3: cannot decode/);
  });
});
