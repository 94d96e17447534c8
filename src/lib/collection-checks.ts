/** Checks that need the whole collection at once, which a per-file schema cannot make. */

export interface CheckedTopic {
  id: string;
  filePath: string;
  order: number;
  related: readonly string[];
}

/** `drafts`: ids of topics marked `draft: true`, which are checked but never published, so nothing may point at them. */
export function findCollectionProblems(topics: readonly CheckedTopic[], drafts: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const ids = new Set(topics.map((topic) => topic.id));
  const firstWithOrder = new Map<number, CheckedTopic>();

  for (const topic of [...topics].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const holder = firstWithOrder.get(topic.order);
    if (holder) {
      problems.push(
        `${topic.filePath}: field "order" is ${topic.order}, which ${holder.filePath} already uses. Each topic needs its own order number.`,
      );
    } else {
      firstWithOrder.set(topic.order, topic);
    }
    for (const related of topic.related) {
      if (related === topic.id) {
        problems.push(`${topic.filePath}: field "related" lists the page itself ("${related}"). List other topics only.`);
      } else if (drafts.has(related) && !drafts.has(topic.id)) {
        problems.push(
          `${topic.filePath}: field "related" names "${related}", which is a draft (draft: true) and is not published. Remove it from "related" or publish it.`,
        );
      } else if (!ids.has(related)) {
        const known = [...ids].sort().join(', ');
        problems.push(
          `${topic.filePath}: field "related" names "${related}", but there is no content/topics/${related}.mdx. Expected one of: ${known}.`,
        );
      }
    }
  }
  return problems;
}
