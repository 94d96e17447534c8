/**
 * The Spanish pages offered when a search on a Spanish page finds nothing at all: the twins of the English list
 * (src/data/search-fallback.ts), in the same order. The built-site test checks that each page exists.
 */
export const fallbackTopicsEs: readonly { path: string; label: string }[] = [
  { path: '/es/que-es-un-iop/', label: 'Qué es un IOP' },
  { path: '/es/para-quien-es/', label: 'Para quién es un IOP' },
  { path: '/es/costos/', label: 'Cuánto cuesta un IOP y qué cubre el seguro médico' },
  { path: '/es/preguntas-frecuentes/', label: 'Preguntas frecuentes sobre los IOP' },
];
