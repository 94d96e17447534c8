// The cost chart on /costs/ as an image file (CostChart.astro shows it), drawn at build time from src/data.
import type { APIRoute } from 'astro';
import { levels } from '../../data/levels.ts';
import { chartSvg, costRangeChart } from '../../lib/charts.ts';

export const GET: APIRoute = () => new Response(chartSvg(costRangeChart(levels)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
