import type { APIRoute, GetStaticPaths } from 'astro';
import { readFactsData } from '../../lib/data/facts-data.ts';
import { collectionFiles } from '../../lib/downloads/collection-files.ts';
import type { WholeFile } from '../../lib/downloads/whole-files.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gz: 'application/gzip',
};

export const getStaticPaths = (() => collectionFiles(readFactsData()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: WholeFile };
  return new Response(file.body, { headers: { 'Content-Type': TYPES[file.name.split('.').at(-1)!]! } });
};
