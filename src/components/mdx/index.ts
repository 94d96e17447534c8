// Everything a writer may use in a topic's MDX without importing it (see README, "Adding a topic", step 3).
import AsamCrosswalk from './AsamCrosswalk.astro';
import Callout from './Callout.astro';
import CostChart from './CostChart.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import Glossary from '../glossary/Glossary.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import KeyPoints from '../topic/KeyPoints.astro';
import LevelsDiagram from './LevelsDiagram.astro';
import Link from './Link.astro';
import Name from './Name.astro';
import Term from './Term.astro';
import WeekGrid from './WeekGrid.astro';

export const mdxComponents = { a: Link, h2: H2, h3: H3, AsamCrosswalk, Callout, CostChart, Fact, Figure, Glossary, KeyPoints, LevelsDiagram, Name, Term, WeekGrid };
