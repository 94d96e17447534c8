/**
 * Words Spanish readers search with when they look for one of the tools, by the tool's Spanish page. Search indexes
 * these pages by their title, description and these words, as it does the English tools (src/data/tools.ts,
 * scripts/index-search.ts). Forms without accents are listed too: many readers type without them.
 */
export const spanishToolSearch: readonly { path: string; keywords: readonly string[] }[] = [
  {
    path: '/es/autoevaluacion/',
    keywords: [
      'cuestionario',
      'autoevaluación',
      'autoevaluacion',
      'prueba',
      'test',
      'examen',
      'evaluación',
      'estoy listo para un iop',
      'estoy lista para un iop',
      'necesito un iop',
      'necesito tratamiento',
      'debo ir a un iop',
      'quiz',
      'self-check',
    ],
  },
  {
    path: '/es/calculadora-de-costos/',
    keywords: [
      'calculadora',
      'calculadora de costos',
      'calcular el costo',
      'calcular mi costo',
      'cuánto voy a pagar',
      'cuanto voy a pagar',
      'cuánto pagaré con mi seguro',
      'cuanto pagare con seguro',
      'estimado de costos',
      'presupuesto',
      'calculator',
    ],
  },
  {
    path: '/es/para-profesionales/',
    keywords: [
      'correo de remisión',
      'correo de remision',
      'remisión',
      'remision',
      'referencia',
      'remitir a un paciente',
      'referir a un paciente',
      'para profesionales',
      'para consejeros',
      'para médicos',
      'administrador de casos',
      'enviar enlaces a un paciente',
      'compartir con pacientes',
      'referral email',
    ],
  },
];
