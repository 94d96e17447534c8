/** Built pages that still link to a topic that was not built (a draft): the page names, so the link can be found. */
export function linksToUnbuiltTopics(
  pages: readonly { route: string; html: string }[],
  unbuiltRoutes: ReadonlySet<string>,
  base: string,
): { route: string; target: string }[] {
  const found: { route: string; target: string }[] = [];
  for (const page of pages) {
    const targets = new Set<string>();
    for (const match of page.html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const url = new URL(match[1]!.replaceAll('&amp;', '&'), `https://site.invalid${page.route}`);
      if (url.origin !== 'https://site.invalid' || !url.pathname.startsWith(base)) continue;
      const target = `/${url.pathname.slice(base.length)}`;
      if (unbuiltRoutes.has(target)) targets.add(target);
    }
    for (const target of targets) found.push({ route: page.route, target });
  }
  return found;
}
