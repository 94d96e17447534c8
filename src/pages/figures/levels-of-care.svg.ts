// The levels-of-care staircase on /levels-of-care/ as an image file (LevelsDiagram.astro shows it), drawn at build time from src/data.
import type { APIRoute } from 'astro';
import { levels } from '../../data/levels.ts';
import { chartSvg, levelsStaircase } from '../../lib/charts.ts';

export const GET: APIRoute = () => new Response(chartSvg(levelsStaircase(levels)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
