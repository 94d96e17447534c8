import type { SearchSynonym } from './search-synonyms.ts';

/**
 * Words Spanish readers type for things the Spanish pages call by another name (or spell another way). Search on a
 * Spanish page also looks for the pages' words when a query holds one of these phrases (`queryPlan` in
 * src/lib/search.ts), as English search does with src/data/search-synonyms.ts. Accents do not matter ("recaida" is
 * "recaída"); readers type both, so each phrase is listed once, as it is usually written.
 *
 * Each entry is checked by tests/e2e/search-es.spec.ts: every phrase must find `expect.page` (and, when given, open
 * `expect.section`) in the first three results of the real /es/buscar/ page.
 */
export const searchSynonymsEs: readonly SearchSynonym[] = [
  {
    // Stopping alcohol or sedatives suddenly can kill: these words must reach the page that says a doctor plans it.
    phrases: ['desintoxicación', 'desintoxicarse', 'detox', 'desintox', 'centro de desintoxicación', 'dejar de beber', 'dejar el alcohol', 'temblores', 'delirium tremens'],
    meaning: 'la abstinencia necesita atención médica',
    expect: { page: '/es/para-quien-es/', section: 'por-que-la-abstinencia-necesita-atencion-medica' },
  },
  {
    phrases: ['rehabilitación', 'rehab', 'centro de rehabilitación', 'rehabilitación de drogas', 'rehabilitación de alcohol', 'clínica de rehabilitación'],
    meaning: 'programa ambulatorio intensivo',
    expect: { page: '/es/que-es-un-iop/' },
  },
  {
    phrases: ['programa de día', 'tratamiento de día', 'php', 'hospital de día', 'hospitalización parcial'],
    meaning: 'hospitalización parcial',
    expect: { page: '/es/iop-php-o-residencial/' },
  },
  {
    phrases: ['internamiento', 'internado', 'rehabilitación residencial', 'clínica de internamiento', 'inpatient'],
    meaning: 'tratamiento residencial',
    expect: { page: '/es/iop-php-o-residencial/' },
  },
  {
    phrases: ['hiop', 'alta intensidad'],
    meaning: 'atención ambulatoria de alta intensidad',
    expect: { page: '/es/iop-php-o-residencial/', section: 'que-es-la-atencion-ambulatoria-de-alta-intensidad' },
  },
  {
    phrases: ['seguro médico', 'aseguranza', 'aseguradora', 'insurance', 'mi seguro paga'],
    meaning: 'seguro médico',
    expect: { page: '/es/costos/', section: 'seguro-medico' },
  },
  {
    phrases: ['medicaid', 'medi-cal', 'medical'],
    meaning: 'medicaid',
    expect: { page: '/es/costos/', section: 'medicaid' },
  },
  {
    phrases: ['medicare', 'medicaire'],
    meaning: 'medicare',
    expect: { page: '/es/costos/', section: 'medicare' },
  },
  {
    phrases: ['naloxona', 'narcan', 'narcan en spray', 'naloxone'],
    meaning: 'naloxona',
    expect: { page: '/es/opioides-y-sobredosis/' },
  },
  {
    phrases: ['suboxone', 'subutex', 'sublocade', 'buprenorfina', 'bupe'],
    meaning: 'buprenorfina',
    expect: { page: '/es/que-pasa-en-un-iop/', section: 'medicamentos-para-tratar-la-adiccion' },
  },
  {
    phrases: ['vivitrol', 'naltrexona'],
    meaning: 'naltrexona',
    expect: { page: '/es/que-pasa-en-un-iop/', section: 'medicamentos-para-tratar-la-adiccion' },
  },
  {
    phrases: ['mat', 'moud', 'tratamiento asistido con medicamentos', 'tratamiento con medicamentos'],
    meaning: 'medicamento para el trastorno por consumo de opioides',
    expect: { page: '/es/opioides-y-sobredosis/', section: 'por-que-el-medicamento-es-lo-primero-para-el-trastorno-por-consumo-de-opioides' },
  },
  {
    phrases: ['tcc', 'cbt', 'terapia cognitivo conductual', 'terapia cognitiva'],
    meaning: 'terapia cognitivo conductual',
    expect: { page: '/es/que-pasa-en-un-iop/', section: 'tipos-comunes-de-terapia' },
  },
  {
    phrases: ['tdc', 'dbt', 'terapia dialéctica', 'terapia dialéctica conductual', 'terapia dialectico conductual'],
    meaning: 'terapia dialéctica conductual',
    expect: { page: '/es/que-pasa-en-un-iop/', section: 'tipos-comunes-de-terapia' },
  },
  {
    phrases: ['aa', 'na', 'alcohólicos anónimos', 'narcóticos anónimos', '12 pasos', 'doce pasos', 'reuniones de aa'],
    meaning: 'grupos de apoyo',
    expect: { page: '/es/despues-de-un-iop/', section: 'a-que-grupos-de-apoyo-puedo-ir' },
  },
  {
    phrases: ['adolescentes', 'adolescente', 'jóvenes', 'menores de edad', 'mi hijo adolescente', 'teen', 'teens'],
    meaning: 'adolescentes',
    expect: { page: '/es/familias-y-adolescentes/' },
  },
  {
    phrases: ['recaída', 'recaer', 'recaí', 'recaigo', 'volví a consumir', 'volver a beber', 'relapse'],
    meaning: 'vuelvo a consumir',
    expect: { page: '/es/despues-de-un-iop/', section: 'y-si-vuelvo-a-consumir' },
  },
  {
    phrases: ['diagnóstico dual', 'patología dual', 'diagnóstico doble', 'dual diagnosis'],
    meaning: 'diagnóstico dual',
    expect: { page: '/es/condiciones-que-trata/', section: 'que-es-el-diagnostico-dual' },
  },
  {
    phrases: ['estafa', 'estafas', 'fraude', 'banderas rojas', 'señales de alerta', 'red flags'],
    meaning: 'señales de alerta',
    expect: { page: '/es/como-elegir-un-programa/', section: 'senales-de-alerta' },
  },
  {
    // The virtual page's own word: "iop virtual" would match nearly every page.
    phrases: ['en línea', 'por internet', 'por zoom', 'por video', 'online', 'telehealth'],
    meaning: 'telesalud',
    expect: { page: '/es/iop-virtual/' },
  },
];
