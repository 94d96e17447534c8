import { factsEs } from '../../lib/facts-es.ts';

/**
 * The Spanish home page's own words (src/pages/es/index.astro): usted, plain, person-first (/work/notes/es-brief.md).
 * The frame's words (key facts, crisis lines, topic groups, tool names) come from src/i18n/es.ts; numbers come from
 * src/lib/facts-es.ts, never typed here.
 */
export const homeWordsEs = {
  title: 'Programas ambulatorios intensivos, en palabras sencillas',
  description:
    'Qué es un programa ambulatorio intensivo (IOP), a quién le conviene, cómo es una semana y cuánto puede costar, en palabras sencillas.',
  heading: 'Programas ambulatorios intensivos, en palabras sencillas',
  intro: [
    'Un programa ambulatorio intensivo (IOP, por sus siglas en inglés) es un horario fijo de terapia. Ayuda con el consumo de sustancias o con problemas de salud mental.',
    `Usted recibe atención ${factsEs.iopHoursAdult} y sigue viviendo en su casa.`,
    'Esta guía explica qué pasa en un IOP, a quién le conviene, cómo es una semana y cuánto puede costar.',
  ],
  toolsHeading: 'Herramientas',
  /** One card per tool, by the tool's English path (src/data/tools.ts); the address comes from pathIn. */
  tools: [
    { path: '/self-check/', name: '¿Es un IOP adecuado para mí?', what: 'Una autoevaluación privada para llevar a un profesional. No es un diagnóstico.' },
    { path: '/cost-estimator/', name: 'Calcule el costo', what: 'Un rango aproximado del costo de un programa, antes y después del seguro médico.' },
    {
      path: '/for-referrers/',
      name: 'Para quienes remiten pacientes',
      what: 'Prepare un correo sencillo con enlaces a las páginas que necesita un paciente o su familia.',
    },
  ],
  crisisHeading: 'Si necesita ayuda hoy',
} as const;
