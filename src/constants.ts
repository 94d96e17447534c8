/**
 * Ids that several files use: the layout writes them and the link checker (src/lib/site-anchors.ts) accepts links to
 * them. They are public addresses (/costs/#sources), so they are defined once here and never renamed.
 */
export const MAIN_ID = 'main';
export const KEY_POINTS_ID = 'key-points';
export const CONTENTS_ID = 'on-this-page';
export const SOURCES_ID = 'sources';
export const RELATED_ID = 'related';
/** The footer's crisis lines heading: CrisisLines writes `${id}-heading` with its default id. */
export const CRISIS_LINES_ID = 'crisis-lines';
export const CRISIS_LINES_HEADING_ID = `${CRISIS_LINES_ID}-heading`;
