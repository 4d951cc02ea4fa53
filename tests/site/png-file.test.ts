import { describe, expect, it } from 'vitest';
import { pngFileName, pngSize } from '../../src/lib/downloads/png-file.ts';

describe('pngFileName', () => {
  it('names the PNG after its SVG file, whatever the base path and query', () => {
    expect(pngFileName('/union-reports/charts/indicator-aid-funds-year-linear.svg')).toBe('indicator-aid-funds-year-linear.png');
    expect(pngFileName('/charts/compare-a-vs-b-total-linear.svg?x=1')).toBe('compare-a-vs-b-total-linear.png');
    expect(pngFileName('/')).toBe('chart.png');
  });
});

describe('pngSize', () => {
  it('doubles the SVG’s own size', () => {
    expect(pngSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300.5"><rect width="10" height="5"/></svg>')).toEqual({ width: 1440, height: 601 });
  });

  it('reads the root element only, and gives nothing without a size', () => {
    expect(pngSize('<svg viewBox="0 0 1 1"><rect width="10" height="5"/></svg>')).toBeNull();
  });
});
