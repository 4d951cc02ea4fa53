import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/downloads/png-file.ts';

describe('pngSize', () => {
  it('doubles the SVG’s own size', () => {
    expect(pngSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300.5"><rect width="10" height="5"/></svg>')).toEqual({ width: 1440, height: 601 });
  });

  it('reads the root element only, and gives nothing without a size', () => {
    expect(pngSize('<svg viewBox="0 0 1 1"><rect width="10" height="5"/></svg>')).toBeNull();
  });
});
