import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { distBarErrors, pageCharts } from '../helpers/bar-baselines.ts';

const { dist } = inject('site');

describe('bars of the built site', () => {
  it('start every bar in every chart, drawn or carried as rows, at the zero of a linear scale', () => {
    expect(distBarErrors(dist)).toEqual([]);
  });

  it('finds the charts it checks: the home page’s and an indicator page’s every view draw bars', () => {
    for (const page of ['index.html', 'indicators/aid-funds/index.html']) {
      const charts = pageCharts(readFileSync(join(dist, page), 'utf8'));
      expect(charts.filter((svg) => svg.includes('class="bar"')).length, page).toBeGreaterThan(0);
    }
  });
});
