import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HOST_LIMITS } from '../../src/contracts/host-limits.ts';
import { PLAIN_FILE_BYTES, wholeFiles } from '../../src/lib/downloads/whole-files.ts';

describe('wholeFiles', () => {
  it('writes a small download plain and gzipped, the gzip unpacking to the plain bytes', () => {
    const files = wholeFiles('facts.csv', 'id,text\n1,30余万元\n');
    expect(files.map((f) => [f.name, f.compressed])).toEqual([
      ['facts.csv', false],
      ['facts.csv.gz', true],
    ]);
    expect(new TextDecoder().decode(gunzipSync(files[1]!.body))).toBe('id,text\n1,30余万元\n');
  });

  it('writes the same bytes every time', () => {
    expect(wholeFiles('facts.json', '{"a":1}')[1]!.body).toEqual(wholeFiles('facts.json', '{"a":1}')[1]!.body);
  });

  it('gives only the gzip once the plain file would pass the margin under the host limit', () => {
    expect(PLAIN_FILE_BYTES).toBeLessThan(HOST_LIMITS.fileBytes);
    const big = '某县总工会,帮扶困难职工1200户\n'.repeat(Math.ceil(PLAIN_FILE_BYTES / 40) + 10);
    const files = wholeFiles('facts.csv', big);
    expect(files.map((f) => f.name)).toEqual(['facts.csv.gz']);
    expect(files[0]!.body.byteLength).toBeLessThan(HOST_LIMITS.fileBytes);
  });
});
