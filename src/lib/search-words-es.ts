import type { SearchWords } from './search-words.ts';

/**
 * The Spanish words of search (es.ts takes them from here, as en.ts takes English from search-words.ts): the box, the
 * status line, the help shown when nothing is found. Their own module, so search on a Spanish page loads these words
 * and not the whole Spanish dictionary: the first search's bytes have a budget (`npm run bench`).
 */
export const searchWordsEs: SearchWords = {
  label: 'Buscar en la guía',
  placeholder: 'Por ejemplo: costo, seguir trabajando, suboxone',
  groupLabel: 'Grupo de temas',
  allGroups: 'Todos los temas',
  submit: 'Buscar',
  resultsLabel: 'Resultados de la búsqueda',
  noResultsHint: 'Pruebe con menos palabras o con otras, o vea la lista:',
  allTopicsSummary: 'Todos los temas, con un breve resumen de cada uno',
  glossaryLink: 'El glosario de palabras y abreviaturas',
  loadError: 'No se pudo cargar la búsqueda. Vuelva a intentarlo o vea la lista de temas.',
  close: 'Cerrar',
  pageTitle: 'Buscar',
  pageDescription:
    'Busque en la guía de los programas ambulatorios intensivos: costos, horarios, niveles de atención, medicamentos y más.',
  noJsNote: 'La búsqueda necesita JavaScript, que está desactivado en este navegador. Abajo tiene la lista de todos los temas.',
  resultCount: (count, shown) =>
    count === 0 ? `No hay resultados para «${shown}».` : `${count} resultado${count === 1 ? '' : 's'} para «${shown}».`,
  fallbackHint: 'Pruebe con menos palabras o con otras, o empiece por uno de estos temas:',
  needHelp: '¿Necesita ayuda ahora?',
  tellUs: 'Díganos qué buscaba',
  tellUsNote: 'Se abre su propio programa de correo con su búsqueda ya escrita. Nada sale de su equipo hasta que usted lo envíe.',
  feedbackSubject: (siteName) => `Una búsqueda en ${siteName} no encontró nada`,
  feedbackBody: (query) => `Busqué: ${query}\n\nLo que esperaba encontrar:\n`,
};
