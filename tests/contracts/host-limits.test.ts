import { describe, expect, it } from 'vitest';
import { HOST_LIMITS, hostLimitProblems } from '../../src/contracts/host-limits.ts';

const fits = { files: 16_000, totalBytes: 400 * 1024 ** 2, largest: { path: 'data/facts.csv.gz', bytes: 9 * 1024 ** 2 } };

describe('hostLimitProblems', () => {
  it('is empty for a site within every limit, the limits included', () => {
    expect(hostLimitProblems(fits)).toEqual([]);
    expect(hostLimitProblems({ files: HOST_LIMITS.files, totalBytes: HOST_LIMITS.totalBytes, largest: { path: 'a', bytes: HOST_LIMITS.fileBytes } })).toEqual([]);
  });

  it('names each limit crossed, with the file that crosses it', () => {
    expect(hostLimitProblems({ ...fits, files: 22_655 })).toEqual(['22655 files, over the 20000 a site may hold']);
    expect(hostLimitProblems({ ...fits, largest: { path: 'data/facts.json', bytes: 38620807 } })).toEqual(['data/facts.json is 36.8 MiB, over the 25 MiB a file may be']);
    expect(hostLimitProblems({ ...fits, totalBytes: 2 * 1024 ** 3 })).toEqual(['2048 MiB in all, over the 1024 MiB a site may be']);
  });
});
