import { helpLine, helplineTty } from '../data/crisis.ts';
import { searchWordsEs } from '../lib/search-words-es.ts';
import type { Dictionary } from './dictionary.ts';

/*
 * The Spanish words of the site's frame, for the edition under /es/: US Spanish, "usted", person-first (see
 * /work/notes/es-brief.md, "Key terms"). Typed as Dictionary, so a missing or an extra key fails `astro check`.
 * Numbers stay in src/data/.
 */
export const es: Dictionary = {
  layout: {
    skipLink: 'Saltar al contenido principal',
    allTopics: 'Todos los temas',
    allTools: 'Todas las herramientas',
  },
  header: {
    topics: 'Temas',
    search: 'Buscar',
  },
  crisisStrip: {
    label: 'Ayuda urgente',
    needHelp: '¿Necesita ayuda ahora?',
    inDanger: 'En peligro, llame al',
    crisis: 'En una crisis, llame o envíe un mensaje de texto al',
    treatment: 'Ayuda para encontrar tratamiento:',
  },
  crisisLines: {
    heading: 'Obtenga ayuda ahora',
    lines: {
      emergency: {
        name: 'Emergencias',
        action: 'En peligro inmediato, llame al',
        details: 'Policía, bomberos y ambulancia.',
      },
      crisis: {
        name: '988 Línea de Prevención del Suicidio y Crisis',
        action: 'En una crisis de salud mental, de suicidio o de consumo de sustancias, llame o envíe un mensaje de texto al',
        details: 'Gratis, las 24 horas. Para español, oprima 2 (o envíe AYUDA por mensaje de texto al 988). Chat en 988lifeline.org.',
        text: 'Envíe un mensaje de texto al',
      },
      helpline: {
        name: 'Línea Nacional de Ayuda de SAMHSA',
        action: 'Para que le remitan a un tratamiento, llame al',
        details: `Gratis, confidencial, las 24 horas, en inglés y español. TTY ${helplineTty}. Le remite a servicios locales; no ofrece consejería.`,
        text: 'Envíe su código postal por mensaje de texto al',
        textNote: 'solo en inglés',
      },
    },
    findTreatment: 'Encuentre tratamiento cerca de usted:',
    findTreatmentWhat: 'un buscador gratis y privado de programas con licencia.',
  },
  footer: {
    disclaimer:
      'Este sitio ofrece información general, no consejos médicos. Un profesional de salud que lo conozca puede ayudarle a decidir sobre su atención.',
    home: 'Inicio',
    glossary: 'Glosario',
    questions: 'Preguntas',
    about: 'Acerca de esta guía',
    reportMistake: 'Informar de un error',
    reportSubject: (siteName) => `Error en ${siteName}`,
    tools: 'Herramientas:',
  },
  topicNav: {
    tools: 'Herramientas',
  },
  lastReviewed: {
    label: 'Revisado por última vez el',
  },
  keyFacts: {
    heading: 'Datos clave de un vistazo',
    hoursLabel: 'Horas a la semana',
    hoursValue: (adult, teen) => `${adult} para adultos; ${teen} para adolescentes`,
    weekLabel: 'Una semana típica',
    weekValue: (days, length) => `${days}, ${length} cada vez`,
    lengthLabel: 'Cuánto dura',
    lengthValue: (length) => `A menudo, ${length}`,
    fitsLabel: 'Dónde se ubica',
    fitsValue: (step, count) => `Nivel ${step} de ${count} niveles de atención, del más intenso al menos intenso`,
    stopLabel: 'Antes de dejar de beber o de consumir',
    stopValue:
      'Alcohol o sedantes: un médico planea cómo dejarlos. Opioides: primero, los medicamentos; y lleve naloxona (Narcan) con usted.',
    costLabel: 'Costo estimado',
    costValue: (cost) => `${cost} (cálculos de los proveedores, antes del seguro médico)`,
  },
  keyPoints: {
    heading: 'En resumen',
  },
  contents: {
    heading: 'En esta página',
    back: 'Volver al índice',
    sectionLink: (heading) => `Enlace a la sección «${heading}»`,
  },
  reviewDates: {
    last: 'Última revisión de la página:',
    next: 'Próxima revisión:',
  },
  sources: {
    heading: 'Fuentes',
    published: (year) => `Publicado en ${year}.`,
    accessed: (date) => `Consultado el ${date}.`,
  },
  related: {
    heading: 'Temas relacionados',
  },
  prevNext: {
    label: 'Tema anterior y siguiente',
    previous: 'Anterior',
    next: 'Siguiente',
  },
  print: {
    readOnline: 'Lea esta página en internet:',
    scan: 'Escanee el código con la cámara de su teléfono para abrirla.',
    printedFrom: (address, date) => `Impreso desde ${address}. Última revisión de la página: ${date}.`,
  },
  share: {
    label: 'Compartir esta página:',
    copyLink: 'Copiar enlace',
    email: 'Correo electrónico',
    print: 'Imprimir',
    handout: 'Hoja de una página',
    copied: 'Enlace copiado',
    copyFailed: 'No se pudo copiar. El enlace está en la barra de direcciones.',
  },
  /** Search's words; they stay in src/lib/search-words-es.ts, which search's browser code reads without this dictionary. */
  searchBox: searchWordsEs,
  groups: {
    'About IOPs': 'Qué es un IOP',
    'Is it right for me?': '¿Es adecuado para mí?',
    'Costs and choosing': 'Costos y cómo elegir',
    'Help and answers': 'Ayuda y respuestas',
  },
  tools: {
    '/self-check/': 'Autoevaluación: ¿es un IOP adecuado para mí?',
    '/cost-estimator/': 'Calculadora de costos',
    '/for-referrers/': 'Para profesionales que remiten pacientes',
  },
  languageSwitch: {
    other: 'English',
    short: 'EN',
    otherLang: 'en',
  },
  handout: {
    linkText: 'Hoja de una página',
    description: (title) => `Una hoja para imprimir o guardar: los puntos clave de «${title}» y las líneas de ayuda.`,
    screenNote: 'Esta página está hecha para imprimirse en una sola hoja. Para guardarla, elija «Guardar como PDF» al imprimir.',
    noScript: 'Para imprimirla o guardarla como PDF, use la opción Imprimir de su navegador.',
    printButton: 'Imprimir o guardar como PDF',
    backToPage: 'Volver a la página completa',
    keyPointsHeading: 'Puntos clave',
    helpHeading: 'Obtenga ayuda ahora: líneas de teléfono y de mensajes de texto',
    overdose: `Si alguien pudo haber tenido una sobredosis de opioides: llame al ${helpLine('emergency').display}, dele naloxona (Narcan) si la tiene y asegúrese de que siga respirando.`,
    overdoseLink: 'Señales de sobredosis y naloxona',
    fullPageHeading: 'Lea la página completa',
    scan: 'Escanee el código con la cámara de un teléfono o escriba esta dirección:',
    reviewed: 'Última revisión de la página:',
    titlePrefix: 'Hoja: ',
    tagline: 'Una guía sencilla sobre los programas ambulatorios intensivos',
  },
  translationNotice: {
    text: 'La página en inglés cambió después de esta traducción. Es posible que esta página aún no tenga los cambios más recientes.',
    link: 'Lea la página en inglés',
  },
  callout: {
    info: 'Para tener en cuenta',
    warning: 'Importante',
    urgent: 'Urgente',
  },
  // Letters are feminine in Spanish ("la A"); after a colon Spanish goes on in lower case.
  glossary: {
    pagesLabel: 'Páginas del glosario',
    allWords: 'Todas las palabras, de la A a la Z',
    chooseWord: 'Elija una palabra para leer qué significa.',
    seeAlso: 'Vea también:',
    range: (from, to) => (from === to ? `La ${from}` : `De la ${from} a la ${to}`),
    title: (first, last) => (first === last ? `Glosario: ${first}` : `Glosario: de ${first} a ${last}`),
    description: (first, last) =>
      first === last
        ? `El significado sencillo de ${first}, una palabra que verá en este sitio, con enlaces a palabras relacionadas.`
        : `El significado sencillo de las palabras de ${first} a ${last} que verá en este sitio, con enlaces a palabras relacionadas.`,
    emptyTitle: (from, to) => (from === to ? `Glosario: la ${from}` : `Glosario: de la ${from} a la ${to}`),
    emptyDescription: (from, to) =>
      `Esta página es para las palabras ${from === to ? `que empiezan con la ${from}` : `de la ${from} a la ${to}`}. Aún no tiene ninguna, así que vea la lista de todas las palabras.`,
  },
};
