import { providerEstimates } from '../data/sources.ts';
import type { EstimatorPageText } from './cost-estimator-words-page.ts';
import { coverageWordsEs, levelWordsEs, moneyRangeEs, scheduleEs } from './cost-estimator-words-es.ts';
import { factsEs } from './facts-es.ts';
import { formatDateEs } from './format-es.ts';

/**
 * The Spanish words of the cost estimator's page (/es/calculadora-de-costos/), with the English page's keys. Written
 * for US Spanish speakers: usted, short sentences, the brief's key terms (deducible, copago, coseguro, máximo de gastos
 * de bolsillo). Numbers come from the same data as the English page, through factsEs and the estimate itself.
 */
export const estimatorPageEs: EstimatorPageText = {
  page: {
    title: 'Calculadora de costos de un IOP',
    description: 'Calcule cuánto puede costar un programa ambulatorio intensivo (IOP), antes y después del seguro, con los precios que dan los proveedores.',
    intro: `Calcule cuánto puede costar un programa ambulatorio intensivo (IOP, por sus siglas en inglés). Vea también cuánto podría pagar con su seguro médico. Los precios que publican los proveedores para un IOP van ${factsEs.costIopSession}.`,
    notPrices: 'Son estimaciones, no precios.',
    notPricesRest: 'Lo que cobran de verdad cambia según la región, el programa y el plan. Pida los números reales al programa y a su plan de salud.',
    privacy: 'Privado:',
    privacyRest: 'lo que escriba se queda en esta página. No se guarda ni se envía nada.',
    nextBefore: '¿No sabe si un IOP es para usted? Haga la',
    nextSelfCheck: 'autoevaluación',
    nextMiddle: ' o lea sobre',
    nextLevels: 'los niveles de atención',
    nextAfter: '.',
  },
  form: {
    label: 'Calculadora de costos',
    program: 'Su programa',
    level: 'Nivel de atención',
    levelHint: 'Al elegir un nivel, se llena el rango de precios que se publica para ese nivel.',
    levelOption: (short, low, high) => `${short}: ${moneyRangeEs(low, high)}`,
    perWeek: 'Sesiones o días a la semana',
    perWeekHint: `Los IOP suelen reunirse ${factsEs.iopDaysPerWeek}. Si la atención sigue de día y de noche, cuente los 7 días.`,
    hoursEach: 'Horas de cada sesión o día',
    hoursEachHint: `Las sesiones de un IOP suelen durar ${factsEs.iopSessionLength}.`,
    weeks: 'Número de semanas',
    weeksHint: `Un IOP suele durar ${factsEs.iopProgramLength}.`,
    priceLow: 'Precio más bajo de una sesión o un día, en dólares',
    priceLowHint: 'Es el rango que publican los proveedores. Cámbielo si un programa le dio un precio.',
    priceHigh: 'Precio más alto de una sesión o un día, en dólares',
    insurance: 'Su seguro médico (puede saltarse esta parte)',
    insuranceHint:
      'Deje esto en blanco si no tiene seguro o no sabe estos datos. Los papeles de su plan, el sitio web de su plan o el teléfono de su tarjeta le dan estos datos.',
    deductible: 'Lo que le queda de deducible este año, en dólares',
    deductibleHint: 'Es lo que usted todavía paga antes de que su plan empiece a pagar una parte. Déjelo en blanco si ya lo pagó todo.',
    coinsurance: 'Coseguro, como porcentaje',
    coinsuranceHint: 'Es su parte de cada factura después del deducible. Llene esto o el copago, no los dos.',
    copay: 'Copago por cada sesión o día, en dólares',
    copayHint: 'Es una cantidad fija que paga cada vez, después del deducible.',
    outOfPocketMax: 'Lo que le queda de su máximo de gastos de bolsillo este año, en dólares',
    outOfPocketMaxHint: 'Es lo más que todavía paga en este año del plan. Después, su plan paga la atención cubierta.',
    show: 'Mostrar mi estimación',
    reset: 'Empezar de nuevo',
    noScript: 'JavaScript está apagado, así que este formulario no puede hacer la cuenta por usted.',
    noScriptRest:
      'No pierde nada: los ejemplos de abajo usan las mismas cuentas. La parte “Cómo se calcula la estimación” muestra cada paso. Así puede usar sus propios números.',
  },
  coverage: {
    label: '¿Qué cobertura tiene?',
    choices: coverageWordsEs,
    sourcesBefore: 'De dónde sale esto:',
    sourcesAfter: (accessed) => ` (páginas en inglés, consultadas el ${formatDateEs(accessed)}).`,
  },
  result: {
    heading: 'Su estimación',
    stale: 'Ya no está al día:',
    staleRest: 'esta estimación es de sus números de antes. Elija “Mostrar mi estimación” para revisar lo que escribió.',
    total: 'Total del programa, antes del seguro',
    youPay: 'Lo que podría pagar con seguro',
    noInsurance: 'Llene arriba los datos de su seguro para ver esto.',
    working: 'Las cuentas',
    compared: 'Comparado con otros niveles de atención',
    comparedText:
      'Cada nivel usa sus semanas y sus sesiones o días a la semana, con el rango que se publica para ese nivel. La atención de día y de noche se cobra los 7 días de la semana. Las barras van del total más bajo al más alto. Todas usan la misma escala, de $0 a',
  },
  examples: {
    heading: 'Ejemplos con las cuentas',
    headingId: 'ejemplos-con-las-cuentas',
    intro: 'Son programas típicos, con los precios que publican los proveedores, antes del seguro. La última columna muestra las cuentas.',
    tableLabel: 'Tabla: ejemplos de costos de programas',
    caption: 'Totales estimados de cada programa, antes del seguro',
    example: 'Ejemplo',
    schedule: 'Horario',
    total: 'Total estimado',
    working: 'Cuentas',
    labels: {
      shorterIop: 'Un IOP más corto',
      longerIop: 'Un IOP más largo',
      longerIopMoreDays: 'Un IOP más largo, con más días',
      shortResidential: 'Una estadía residencial corta',
    },
    scheduleText: scheduleEs,
  },
  howItWorks: {
    heading: 'Cómo se calcula la estimación',
    headingId: 'como-se-calcula-la-estimacion',
    steps: [
      [
        'Total del programa:',
        'semanas × sesiones o días a la semana × el precio de una sesión o un día. Hacemos la cuenta dos veces, con el precio bajo y con el alto. Así sale un rango.',
      ],
      ['Deducible:', 'con seguro, usted paga las facturas hasta que se acaba su deducible.'],
      ['Coseguro o copago:', 'después, usted paga su coseguro (una parte del resto de la factura, en porcentaje) o un copago por cada sesión o día.'],
      [
        'Máximo de gastos de bolsillo:',
        'nunca paga más de lo que le queda de su máximo de gastos de bolsillo del año. Después, su plan paga la atención cubierta.',
      ],
      ['', 'Los totales y lo que usted paga se redondean a dólares enteros. Un precio con centavos se muestra con sus centavos en las cuentas.'],
    ],
    leavesOut: 'La estimación deja fuera cosas que pueden cambiar lo que usted paga:',
    leftOut: [
      'si el programa está dentro de la red de su plan, y si su plan pide una autorización previa (un permiso antes);',
      'los cobros por medicinas, pruebas o visitas al médico fuera del programa;',
      'las tarifas según sus ingresos, que bajan el precio si usted gana poco.',
    ],
    readMoreBefore: 'Lea más sobre',
    costsLink: 'lo que cuesta la atención y lo que cubre el seguro',
    readMoreMiddle: ', y vea las',
    questionsLink: 'preguntas para hacerle a su plan de salud',
    questionsId: 'preguntas-para-hacerle-a-su-plan-de-salud',
    readMoreAfter: '.',
  },
  note: {
    strong: 'Son estimaciones, no precios.',
    rest: `Vienen de comparaciones de precios que publican proveedores de tratamiento de EE. UU. (no los nombramos, para ser neutrales). Se publicaron en ${providerEstimates.published}. Lo que cobran de verdad cambia según la región, el programa y el plan de seguro.`,
    ask: 'Pida los números reales al programa y a su plan.',
  },
  levels: levelWordsEs,
};
