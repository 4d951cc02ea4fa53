import { describe, expect, it } from 'vitest';
import { buildLimits, DEFAULT_MAX_REPORT_MB, DEFAULT_MAX_REPORTS } from '../../scripts/lib/limits.ts';

describe('buildLimits', () => {
  it('takes the defaults when the settings are unset or empty', () => {
    for (const env of [{}, { MAX_REPORTS: '', MAX_REPORT_MB: '' }]) {
      const limits = buildLimits(env);
      expect(limits.reports).toBe(DEFAULT_MAX_REPORTS);
      expect(limits.reportBytes).toBe(DEFAULT_MAX_REPORT_MB * 1024 * 1024);
    }
  });

  it('raises the catalog size with the number of reports', () => {
    const small = buildLimits({ MAX_REPORTS: '10' });
    const large = buildLimits({ MAX_REPORTS: '3000' });
    expect(large.reports).toBe(3000);
    expect(large.catalogBytes).toBe(300 * small.catalogBytes);
    expect(buildLimits({ MAX_REPORT_MB: '20' }).reportBytes).toBe(20 * 1024 * 1024);
  });

  it('refuses a setting that is not a whole number, naming it', () => {
    for (const bad of ['0', '-5', '1.5', 'many', '1e9', '99999999999']) {
      expect(() => buildLimits({ MAX_REPORTS: bad }), bad).toThrow(/^MAX_REPORTS: ".*" is not a whole number: set it to a number such as 3000, or unset it$/);
    }
    expect(() => buildLimits({ MAX_REPORT_MB: 'big' })).toThrow(/^MAX_REPORT_MB: /);
  });
});
