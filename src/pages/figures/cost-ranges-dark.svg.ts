// The cost chart in the dark colour scheme (CostChart.astro offers it to readers whose device is set to dark).
import type { APIRoute } from 'astro';
import { levels } from '../../data/levels.ts';
import { chartSvg, costRangeChart } from '../../lib/charts.ts';

export const GET: APIRoute = () => new Response(chartSvg(costRangeChart(levels, 'dark')), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
