/** Where topic files live. TOPICS_DIR exists only so tests can build deliberately broken fixture folders. */
export const topicsDir = process.env.TOPICS_DIR ?? './content/topics';
