import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/contracts/base-path.ts';

describe('basePath', () => {
  it('gives one slash at each end however it is written', () => {
    for (const value of ['union-reports', '/union-reports', '/union-reports/', ' union-reports/ ']) expect(basePath(value)).toBe('/union-reports/');
    expect(basePath('a/b')).toBe('/a/b/');
  });

  it('is the root when unset or empty', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('refuses what would not be a plain path', () => {
    for (const value of ['a b', '../up', 'a/../b', 'x?y', 'https://example.org/x', '<script>']) expect(() => basePath(value)).toThrow(/BASE_PATH/);
  });
});
