import type { APIRoute, GetStaticPaths } from 'astro';
import { type ReportFigures, reportFigures } from '../../../lib/data/report-figures.ts';
import { siteData } from '../../../lib/data/site-data.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.reports.map((report) => ({ params: { report: report.id }, props: { figures: reportFigures(report, data.values, data.members) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figures: ReportFigures }> = ({ props }) =>
  new Response(JSON.stringify(props.figures), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
