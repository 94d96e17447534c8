import type { CoverageChoice } from '../data/coverage.ts';
import type { LevelOfCare } from '../data/levels.ts';
import type { Widen } from '../i18n/dictionary.ts';
import { messages, moneyLimit, type ComparisonRow, type CostEstimate, type CostField, type Insurance, type ShareBreakdown } from './cost-estimate.ts';
import type { EstimatorWords } from './cost-estimator-words.ts';
import { formatHourBandEs } from './format-es.ts';

/**
 * The cost estimator's words in Spanish, for the page /es/calculadora-de-costos/ and its script. The numbers are the
 * ones src/lib/cost-estimate.ts works out (the same estimate as in English); only the words are Spanish. Typed against
 * the English ones (EstimatorWords, and the messages' keys), so a sentence missing here fails the type check.
 * Money is written as US Spanish speakers read it: "$1,250.50" (Intl, es-US).
 */

const wholeDollars = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const dollarsAndCents = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$10,800". */
export function dollarsEs(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Cannot format ${amount} as dollars`);
  return wholeDollars.format(Math.round(amount));
}

/** A price as typed: "$200", or "$199.50" when it has cents, so the working shows the price the reader gave. */
export function priceEs(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Cannot format ${amount} as a price`);
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? wholeDollars.format(cents / 100) : dollarsAndCents.format(cents / 100);
}

/** "de $3,600 a $5,400", or "$900" when both ends agree. */
export function moneyRangeEs(low: number, high: number): string {
  if (low > high) throw new Error(`Money range is upside down: ${low} > ${high}`);
  return low === high ? dollarsEs(low) : `de ${dollarsEs(low)} a ${dollarsEs(high)}`;
}

function priceRangeEs(low: number, high: number): string {
  return low === high ? priceEs(low) : `de ${priceEs(low)} a ${priceEs(high)}`;
}

/** "unos $1,479", "unos $1,479 a $2,000": the whole dollars a sum with cents is rounded to. */
function aboutEs(low: number, high: number): string {
  return low === high ? `unos ${dollarsEs(low)}` : `unos ${dollarsEs(low)} a ${dollarsEs(high)}`;
}

/** The data's cost units ("session", "day"), one and many. */
const unitWords: Record<CostEstimate['unit'], { one: string; many: string }> = {
  session: { one: 'sesión', many: 'sesiones' },
  day: { one: 'día', many: 'días' },
};

/** "1 semana", "12 semanas", "3 sesiones". */
function count(amount: number, word: { one: string; many: string }): string {
  return `${amount} ${amount === 1 ? word.one : word.many}`;
}
const weekWords = { one: 'semana', many: 'semanas' };

/** "3 sesiones a la semana durante 6 semanas (18 sesiones)": a worked example's schedule. */
export function scheduleEs(perWeek: number, unit: CostEstimate['unit'], weeks: number): string {
  return `${count(perWeek, unitWords[unit])} a la semana durante ${count(weeks, weekWords)} (${count(perWeek * weeks, unitWords[unit])})`;
}

/**
 * The levels of care in Spanish, by the data's id (src/data/levels.ts). `subject` starts a sentence about the level
 * ("Un IOP para adultos suele tener…").
 */
export const levelWordsEs: Record<LevelOfCare['id'], { name: string; short: string; subject: string }> = {
  inpatient: { name: 'Hospitalización con atención médica', short: 'Hospitalización', subject: 'La hospitalización' },
  residential: { name: 'Tratamiento residencial (vive en el centro)', short: 'Residencial', subject: 'El tratamiento residencial' },
  php: { name: 'Atención ambulatoria de alta intensidad o PHP', short: 'PHP', subject: 'Un PHP' },
  iop: { name: 'Programa ambulatorio intensivo (IOP)', short: 'IOP', subject: 'Un IOP' },
  outpatient: { name: 'Atención ambulatoria estándar', short: 'Ambulatoria', subject: 'La atención ambulatoria' },
  continuing: { name: 'Atención continua', short: 'Atención continua', subject: 'La atención continua' },
};

/** The coverage choices in Spanish, by the data's id (src/data/coverage.ts): the same facts as the English words. */
export const coverageWordsEs: Record<CoverageChoice['id'], { label: string; meaning: string }> = {
  plan: {
    label: 'Un plan de mi trabajo o un plan que compré',
    meaning:
      'Escriba abajo su deducible, su coseguro o copago, y su máximo de gastos de bolsillo. Los papeles de su plan o el teléfono de su tarjeta le dan estos datos.',
  },
  medicaid: {
    label: 'Medicaid',
    meaning:
      'Medicaid cubre el IOP en la mayoría de los estados, y cada estado pone sus reglas. Si Medicaid paga su programa, usted no suele pagar nada o paga un copago pequeño. Casi todos los cobros de Medicaid son pequeños, y los niños no los pagan. Pregunte a su plan de Medicaid. Confirme también que el programa acepta Medicaid. Si sabe su copago, escríbalo abajo.',
  },
  medicare: {
    label: 'Medicare',
    meaning:
      'La Parte B de Medicare cubre el IOP en clínicas de hospitales, centros comunitarios de salud mental y algunas otras clínicas. Primero usted paga el deducible de la Parte B. Después paga una parte (el coseguro) del monto que Medicare aprueba por cada servicio y por cada día del programa. Otra cobertura, como un plan Medigap o Medicaid, puede pagar una parte. Pregunte al programa cuánto le toca pagar y escríbalo abajo.',
  },
  none: {
    label: 'No tengo seguro',
    meaning:
      'Deje en blanco las casillas del seguro. Así, la estimación es el precio completo. Pregunte a los programas por tarifas según sus ingresos: bajan si usted gana poco. Si tal vez califica para Medicaid, busque programas que lo acepten.',
  },
};

const priceTooMany = `Escriba un precio de ${dollarsEs(moneyLimit)} o menos.`;
const amountTooMany = `Escriba una cantidad de ${dollarsEs(moneyLimit)} o menos.`;
/** How to type a dollar amount: with and without a comma and cents, as in English (US Spanish writes money so). */
const typedAs = 'con un número, como 1,250 o 1250.50.';

/** Every message in Spanish, with the same keys as the English `messages` in cost-estimate.ts. */
export const messagesEs: Widen<typeof messages> = {
  level: 'Elija un nivel de atención de la lista.',
  perWeek: {
    blank: 'Escriba cuántas sesiones o días a la semana, de 1 a 7.',
    invalid: 'Escriba las sesiones o días a la semana con un número, como 3.',
    negative: 'Las sesiones o días a la semana no pueden ser menos de 0. Escriba un número de 1 a 7.',
    zero: 'Escriba al menos 1 sesión o día a la semana.',
    tooMany: 'Una semana tiene 7 días. Escriba 7 sesiones o días a la semana, o menos.',
    notWhole: 'Escriba un número entero de sesiones o días, como 3.',
  },
  hoursEach: {
    blank: 'Escriba cuántas horas dura cada sesión o día.',
    invalid: 'Escriba las horas con un número, como 3.',
    negative: 'Las horas no pueden ser menos de 0. Escriba más de 0 horas.',
    zero: 'Escriba más de 0 horas.',
    tooMany: 'Un día tiene 24 horas. Escriba 24 horas o menos.',
  },
  weeks: {
    blank: 'Escriba cuántas semanas dura el programa.',
    invalid: 'Escriba las semanas con un número, como 12.',
    negative: 'Las semanas no pueden ser menos de 0. Escriba al menos 1 semana.',
    zero: 'Escriba al menos 1 semana.',
    tooMany: 'Escriba 52 semanas o menos. Casi todos los planes de salud empiezan de nuevo cada año. Por eso, calcule un año a la vez.',
    notWhole: 'Escriba un número entero de semanas, como 12.',
  },
  priceLow: {
    blank: 'Escriba el precio más bajo de una sesión o un día.',
    invalid: `Escriba el precio más bajo ${typedAs}`,
    negative: 'Un precio no puede ser menos de $0.',
    tooMany: priceTooMany,
  },
  priceHigh: {
    blank: 'Escriba el precio más alto de una sesión o un día.',
    invalid: `Escriba el precio más alto ${typedAs}`,
    negative: 'Un precio no puede ser menos de $0.',
    tooMany: priceTooMany,
    belowLow: 'El precio más alto debe ser igual al precio más bajo, o mayor.',
  },
  deductible: {
    invalid: `Escriba lo que le queda de deducible ${typedAs}`,
    negative: 'Lo que le queda de deducible no puede ser menos de $0.',
    tooMany: amountTooMany,
  },
  coinsurance: {
    invalid: 'Escriba su coseguro como porcentaje, como 20 o 12.5.',
    negative: 'El coseguro no puede ser menos de 0%.',
    tooMany: 'El coseguro es un porcentaje de 0 a 100.',
    neither: 'Escriba su coseguro o su copago. Si no paga nada después del deducible, escriba 0.',
  },
  copay: {
    invalid: 'Escriba su copago con un número, como 40 o 42.50.',
    negative: 'Un copago no puede ser menos de $0.',
    tooMany: amountTooMany,
    both: 'Escriba un coseguro o un copago, no los dos. Los planes usan uno o el otro después del deducible.',
  },
  outOfPocketMax: {
    invalid: `Escriba lo que le queda de su máximo de gastos de bolsillo ${typedAs}`,
    negative: 'Lo que le queda de su máximo de gastos de bolsillo no puede ser menos de $0.',
    tooMany: amountTooMany,
    belowDeductible: 'Lo que le queda de su máximo de gastos de bolsillo no puede ser menos que lo que le queda de deducible.',
  },
};

/** A generic message, should the arithmetic ever give one this table does not know (a test checks it never does). */
const unknownMessage = 'Revise lo que escribió en esta casilla.';

/**
 * The Spanish for a message the arithmetic gave in English. cost-estimate.ts words each problem with a message from
 * its `messages` table, so the message and its field name the entry; the same entry here is its Spanish.
 */
export function messageEs(field: CostField, english: string): string {
  const englishEntry: string | Readonly<Record<string, string>> = messages[field];
  const spanishEntry: string | Readonly<Record<string, string>> = messagesEs[field];
  if (typeof englishEntry === 'string' || typeof spanishEntry === 'string') return englishEntry === english && typeof spanishEntry === 'string' ? spanishEntry : unknownMessage;
  const key = Object.keys(englishEntry).find((name) => englishEntry[name] === english);
  return (key && spanishEntry[key]) || unknownMessage;
}

/** A count times a price to the cent, as cost-estimate.ts works it out, so the Spanish working shows the same cents. */
const exactly = (units: number, price: number): number => Math.round(units * price * 100) / 100;

/** The first line of the working: weeks × sessions or days a week × price = program total. */
function totalLine(estimate: CostEstimate): string {
  const { input, unit, units, total } = estimate;
  const exact = { low: exactly(units, input.priceLow), high: exactly(units, input.priceHigh) };
  const sum =
    exact.low === total.low && exact.high === total.high
      ? moneyRangeEs(total.low, total.high)
      : `${priceRangeEs(exact.low, exact.high)}, ${aboutEs(total.low, total.high)}`;
  return `${count(input.weeks, weekWords)} × ${count(input.perWeek, unitWords[unit])} a la semana × ${priceRangeEs(input.priceLow, input.priceHigh)} = ${sum}.`;
}

/** What one price leaves the reader to pay, step by step, from the breakdown the arithmetic gives. */
function shareLine(share: ShareBreakdown, insurance: Insurance, unit: CostEstimate['unit']): string {
  const parts: string[] = [];
  if (share.deductiblePart > 0) {
    parts.push(
      share.deductiblePart < Math.round(insurance.deductible)
        ? `${dollarsEs(share.deductiblePart)} para su deducible (toda la factura)`
        : `${dollarsEs(share.deductiblePart)} de deducible`,
    );
  }
  const rest = share.total - share.deductiblePart;
  if (rest > 0 && insurance.coinsurance !== null) {
    parts.push(`${insurance.coinsurance}% de coseguro sobre los otros ${dollarsEs(rest)} (${dollarsEs(share.afterDeductible)})`);
  } else if (rest > 0 && insurance.copay !== null) {
    const copay = Math.min(insurance.copay, share.price);
    const exact = exactly(share.copayUnits, copay);
    // When the bill left after the deductible is less than the copays, the bill is what is paid, and that is exact.
    const paid =
      Math.round(exact) !== share.afterDeductible || exact === share.afterDeductible
        ? dollarsEs(share.afterDeductible)
        : `${priceEs(exact)}, ${aboutEs(share.afterDeductible, share.afterDeductible)}`;
    parts.push(`un copago de ${priceEs(copay)} por ${count(share.copayUnits, unitWords[unit])} (${paid})`);
  }
  if (parts.length === 0) parts.push(dollarsEs(0));
  const sum = parts.length > 1 ? `${parts.join(' + ')} = ${dollarsEs(share.beforeCap)}` : parts[0]!;
  const capped = share.capped
    ? `, pero lo que le queda de su máximo de gastos de bolsillo es ${dollarsEs(share.youPay)}, así que usted paga ${dollarsEs(share.youPay)}`
    : '';
  return `Con ${priceEs(share.price)} por ${unitWords[unit].one} (una factura de ${dollarsEs(share.total)}): ${sum}${capped}.`;
}

function working(estimate: CostEstimate): string[] {
  const lines = [totalLine(estimate)];
  const insurance = estimate.input.insurance;
  if (insurance && estimate.shares) {
    lines.push(shareLine(estimate.shares.low, insurance, estimate.unit));
    if (estimate.input.priceHigh !== estimate.input.priceLow) lines.push(shareLine(estimate.shares.high, insurance, estimate.unit));
  }
  return lines;
}

/** The weekly hours, and how they compare with the level's usual hours for adults (the same test as in English). */
function hoursNote(estimate: CostEstimate): string {
  const { level } = estimate.input;
  const words = levelWordsEs[level.id];
  const amount = Number(estimate.hoursPerWeek.toFixed(1));
  const hours = amount === 1 ? 'Es 1 hora a la semana' : `Son ${amount} horas a la semana`;
  if (level.roundTheClock || !level.hours) return `${hours} de atención programada. ${words.subject} continúa de día y de noche.`;
  const band = level.hours.adult;
  const below = band.maxExclusive ? false : estimate.hoursPerWeek < band.min;
  const above = band.max !== null && (band.maxExclusive ? estimate.hoursPerWeek >= band.max : estimate.hoursPerWeek > band.max);
  const fit = below ? ' Su horario tiene menos horas que eso.' : above ? ' Su horario tiene más horas que eso.' : '';
  return `${hours}. ${words.subject} para adultos suele tener ${formatHourBandEs(band)}.${fit}`;
}

function comparisonLabelEs(row: Pick<ComparisonRow, 'chosen' | 'ownPrices'>): string {
  if (!row.chosen) return '';
  return row.ownPrices ? ' (su elección, sus precios)' : ' (su elección)';
}

function estimateAnnouncementEs(estimate: Pick<CostEstimate, 'total' | 'youPay'>): string {
  const { total, youPay } = estimate;
  const pay = youPay ? ` Usted podría pagar ${moneyRangeEs(youPay.low, youPay.high)}.` : '';
  return `Estimación actualizada. Total del programa: ${moneyRangeEs(total.low, total.high)}.${pay}`;
}

function errorsAnnouncementEs(amount: number): string {
  if (!Number.isInteger(amount) || amount < 1) throw new Error(`errorsAnnouncement needs a count of 1 or more, got ${amount}`);
  return `${amount === 1 ? '1 casilla necesita' : `${amount} casillas necesitan`} un cambio para actualizar la estimación.`;
}

export const estimatorWordsEs: EstimatorWords = {
  working,
  hoursNote,
  error: (field, message) => `Error: ${messageEs(field, message)}`,
  comparisonLabel: comparisonLabelEs,
  estimateAnnouncement: estimateAnnouncementEs,
  errorsAnnouncement: errorsAnnouncementEs,
  coverageMeaning: (id) => coverageWordsEs[id as CoverageChoice['id']]?.meaning ?? '',
  moneyRange: moneyRangeEs,
  dollars: dollarsEs,
};
