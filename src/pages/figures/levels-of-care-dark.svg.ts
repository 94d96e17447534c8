// The levels-of-care staircase in the dark colour scheme (LevelsDiagram.astro offers it to readers set to dark).
import type { APIRoute } from 'astro';
import { levels } from '../../data/levels.ts';
import { chartSvg, levelsStaircase } from '../../lib/charts.ts';

export const GET: APIRoute = () => new Response(chartSvg(levelsStaircase(levels, 'dark')), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
