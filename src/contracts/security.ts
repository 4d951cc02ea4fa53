/**
 * What the site's pages may load: its own scripts (and Pagefind's WebAssembly), styles,
 * images and data, nothing from another host. Pages carry it in a meta tag, which works on
 * any host; `_headers` sends it as a header too, where `frame-ancestors` (ignored in a meta
 * tag) keeps other sites from framing the pages.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

export const FRAME_ANCESTORS = "frame-ancestors 'none'";
