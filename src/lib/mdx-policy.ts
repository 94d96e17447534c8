import type { MdxElement } from './mdx-scan.ts';

/**
 * Tags the site's Content Security Policy blocks or that would run or embed someone else's code. Published, they
 * would give readers a broken page and console errors, so the build refuses them.
 */
const BLOCKED_TAGS: Record<string, string> = {
  script: 'scripts run only from the site’s own files',
  iframe: 'pages from other sites cannot be embedded',
  frame: 'pages from other sites cannot be embedded',
  object: 'embedded objects are blocked',
  embed: 'embedded objects are blocked',
  style: 'styles come only from the site’s stylesheet',
  link: 'stylesheets and icons come only from the site’s layout',
  meta: 'page settings come only from the site’s layout',
  base: 'page settings come only from the site’s layout',
  form: 'forms would send what readers type to somewhere else',
  video: 'media from other sites is blocked',
  audio: 'media from other sites is blocked',
};

function attributeProblems(element: MdxElement): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(element.attributes)) {
    if (name === 'style') {
      problems.push(`<${element.name} style=…> is refused: the site's security policy blocks style attributes. Use a component (Callout, Figure) or ask a developer for a style`);
    } else if (/^on[a-z]/i.test(name)) {
      problems.push(`<${element.name} ${name}=…> is refused: the site's security policy blocks inline scripts`);
    } else if (name === 'set:html' || name === 'dangerouslySetInnerHTML') {
      problems.push(`<${element.name} ${name}=…> is refused: write the words in the page instead of raw HTML`);
    }
  }
  return problems;
}

function imageProblems(element: MdxElement): string[] {
  const src = element.attributes.src?.text?.trim() ?? '';
  const alt = element.attributes.alt?.text;
  const problems: string[] = [];
  if (!src) problems.push('image has no src: give the path of an image file under public/, such as "/images/chart.png"');
  else if (/^http:/i.test(src)) problems.push(`image "${src}" uses http://, and the site only shows its own images: save it under public/ and use its path, such as "/images/chart.png"`);
  else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) problems.push(`image "${src}" comes from another site, which the site's security policy blocks: save it under public/ and use its path, such as "/images/chart.png"`);
  else if (!src.startsWith('/')) problems.push(`image "${src}" must be a path starting with "/", such as "/images/chart.png"`);
  if (!alt?.trim()) problems.push(`image "${src}" has no alt text; describe it in the [brackets]`);
  return problems;
}

/** What the site's policy blocks (scripts, embeds, inline styles and handlers, images from other sites), by line. */
export function policyProblems(elements: readonly MdxElement[]): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  for (const element of elements) {
    const reason = Object.hasOwn(BLOCKED_TAGS, element.name) ? BLOCKED_TAGS[element.name] : undefined;
    const found = [
      ...(reason ? [`<${element.name}> is refused in a topic: ${reason}. Ask a developer to add a component instead`] : []),
      ...(element.jsx ? attributeProblems(element) : []),
      ...(element.name === 'img' ? imageProblems(element) : []),
    ];
    for (const problem of found) problems.push({ line: element.line, problem });
  }
  return problems;
}
