import { gzipSync } from 'node:zlib';
import { HOST_LIMITS } from '../../contracts/host-limits.ts';

/**
 * A plain whole-collection download stays under this: a margin below the hosts' per-file
 * limit, so a collection that grows a little between builds does not break the deploy.
 */
export const PLAIN_FILE_BYTES = 20 * 1024 * 1024;

/** One file of a whole-collection download, as `/data/` lists it. */
export interface WholeFile {
  name: string;
  body: Uint8Array<ArrayBuffer>;
  /** gzip of the file named `name` without `.gz`. */
  compressed: boolean;
}

/**
 * A whole-collection download (`facts.csv`, its `text`) as files a static host accepts: always
 * gzipped (`facts.csv.gz`, a fraction of the size), and plain as well while it stays under
 * PLAIN_FILE_BYTES. gzip's header carries no time here, so a rebuild writes the same bytes.
 */
export function wholeFiles(name: string, text: string): WholeFile[] {
  const plain = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  const packed = new Uint8Array(gzipSync(plain, { level: 9 }));
  if (packed.byteLength > HOST_LIMITS.fileBytes) throw new Error(`${name}.gz would be ${packed.byteLength} bytes, over the ${HOST_LIMITS.fileBytes} a static host takes per file`);
  return [...(plain.byteLength <= PLAIN_FILE_BYTES ? [{ name, body: plain, compressed: false }] : []), { name: `${name}.gz`, body: packed, compressed: true }];
}
