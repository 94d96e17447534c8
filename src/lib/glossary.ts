import { glossary, type GlossaryEntry } from '../data/glossary.ts';

export function glossaryEntry(id: string): GlossaryEntry {
  const entry = glossary.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(`<Term id="${id}"> has no glossary entry. Add it to src/data/glossary.ts or use one of: ${glossary.map((e) => e.id).join(', ')}`);
  }
  return entry;
}
