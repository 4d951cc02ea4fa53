/**
 * What the free static hosts the site is meant for accept (docs/deploying.md): Cloudflare
 * Pages' free plan, files per site and bytes per file; GitHub Pages, bytes per site.
 */
export const HOST_LIMITS = {
  files: 20_000,
  fileBytes: 25 * 1024 * 1024,
  totalBytes: 1024 ** 3,
} as const;

/** What a built site holds, as checked against HOST_LIMITS. */
export interface SiteSize {
  files: number;
  totalBytes: number;
  largest: { path: string; bytes: number };
}

/** Each host limit the site crosses, a line each; empty when it fits. */
export function hostLimitProblems(size: SiteSize): string[] {
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MiB`;
  return [
    size.files > HOST_LIMITS.files ? `${size.files} files, over the ${HOST_LIMITS.files} a site may hold` : '',
    size.largest.bytes > HOST_LIMITS.fileBytes ? `${size.largest.path} is ${mb(size.largest.bytes)}, over the ${mb(HOST_LIMITS.fileBytes)} a file may be` : '',
    size.totalBytes > HOST_LIMITS.totalBytes ? `${mb(size.totalBytes)} in all, over the ${mb(HOST_LIMITS.totalBytes)} a site may be` : '',
  ].filter(Boolean);
}
