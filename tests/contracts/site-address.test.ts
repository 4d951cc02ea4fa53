import { describe, expect, it } from 'vitest';
import { LOCAL_ADDRESS, siteAddress } from '../../src/contracts/site-address.ts';

describe('the site address', () => {
  it('is the local preview address when SITE_URL is unset or empty', () => {
    expect(siteAddress(undefined)).toBe(LOCAL_ADDRESS);
    expect(siteAddress('')).toBe(LOCAL_ADDRESS);
  });

  it('keeps an http(s) address as given', () => {
    for (const ok of ['https://example.org', 'http://example.org:8080/', 'https://reports.example.cn/']) expect(siteAddress(ok)).toBe(ok);
  });

  it('refuses what is no http(s) address, naming the variable', () => {
    for (const bad of ['not a url', 'example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://example.org/?a=1', 'https://example.org/#top', 'https://user:pw@example.org']) {
      expect(() => siteAddress(bad)).toThrow(/^SITE_URL ".*": use the http\(s\) address/);
    }
  });

  it('refuses a path, which full addresses would lose, and says to give it as BASE_PATH', () => {
    expect(() => siteAddress('https://example.org/sub/dir')).toThrow(
      'SITE_URL "https://example.org/sub/dir" has a path: give the address without it (https://example.org) and the path as BASE_PATH=/sub/dir/',
    );
    expect(() => siteAddress('https://example.org/sub/')).toThrow(/BASE_PATH=\/sub\/$/);
  });
});
