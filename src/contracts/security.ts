/**
 * What the site's pages may load: its own scripts (and Pagefind's WebAssembly), styles,
 * images and data, nothing from another host. Pages carry it in a meta tag, which works on
 * any host; `_headers` sends it as a header too.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Other sites may frame the chart pages made for embedding (`/embed/…`) and nothing else:
 * `_headers` refuses framing, by this header, on every other folder and page of the site.
 */
export const EMBED_FOLDER = 'embed';
export const NO_FRAMING = { name: 'X-Frame-Options', value: 'DENY' } as const;
