/** Where topic files live. TOPICS_DIR exists only so tests can build deliberately broken fixture folders. */
export const topicsDir = process.env.TOPICS_DIR ?? './content/topics';
/** Where the Spanish edition's topic files live; each names its English twin (translationOf). */
export const spanishTopicsDir = process.env.SPANISH_TOPICS_DIR ?? './content/es/topics';
