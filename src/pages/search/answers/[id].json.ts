import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/data/site-data.ts';
import { answerFile } from '../../../lib/search/answer-cards.ts';

/** One indicator's figures as answer cards, fetched by the search page when a query names the indicator. */
export const getStaticPaths = (async () => {
  const { indicators, values, reports } = await siteData();
  return indicators
    .map((indicator) => ({ params: { id: indicator.id }, props: { file: answerFile(indicator, values, reports) } }))
    .filter((page) => page.props.file.cards.length > 0);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
