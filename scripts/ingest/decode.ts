import { InputError } from '../lib/input-error.ts';

/**
 * Decodes a report file. Reports arrive copied from the web in whatever encoding the
 * copier's system used, so we accept UTF-8 (with or without BOM), UTF-16 with a BOM,
 * and GB18030 (a superset of GBK and GB2312); anything else is refused rather than guessed.
 */
export function decodeReport(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, null, 'the file is empty');

  const bom = detectBom(bytes);
  if (bom) return strictDecode(bom.encoding, bytes.subarray(bom.length), file);

  if (looksBinary(bytes)) {
    throw new InputError(file, null, 'the file looks binary (NUL or control bytes), not a text report');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return strictDecode('gb18030', bytes, file);
  }
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      lineOfFirstBadByte(bytes),
      `cannot decode as ${encoding === 'gb18030' ? 'UTF-8 or GB18030/GBK' : encoding}`,
    );
  }
}

/** Text in any of our encodings never holds NUL bytes (UTF-16 is only accepted with a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / sample.length > 0.05;
}

function lineOfFirstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
