/** The groups topics are listed under, in the order readers see them. Kept apart from the schema so browser code
 * (the search filter) can use it without pulling the schema library into a script. */
export const topicGroups = ['About IOPs', 'Is it right for me?', 'Costs and choosing', 'Help and answers'] as const;
