import { describe, expect, it } from 'vitest';
import { levelById, levels } from '../../src/data/levels.ts';
import { iopSchedule } from '../../src/data/schedule.ts';
import {
  defaultForm,
  estimateCost,
  messages,
  parseAmount,
  pricedLevels,
  shareOfCost,
  validateCostForm,
  type CostEstimate,
  type CostField,
  type CostForm,
} from '../../src/lib/cost-estimate.ts';

// Expected values are worked out here from src/data, not copied from the code under test.
const iop = levelById('iop').cost!;
const php = levelById('php').cost!;
const residential = levelById('residential').cost!;
const schedule = { perWeek: 3, hoursEach: 3, weeks: 12 };
const iopForm = defaultForm(pricedLevels().find((l) => l.id === 'iop')!, schedule);

function ok(form: CostForm): CostEstimate {
  const result = estimateCost(form);
  if (!result.ok) throw new Error(`Expected an estimate, got errors: ${JSON.stringify(result.errors)}`);
  return result.estimate;
}

function errorsOf(form: CostForm): Partial<Record<CostField, string>> {
  const result = estimateCost(form);
  if (result.ok) throw new Error('Expected errors, got an estimate');
  return result.errors;
}

describe('priced levels', () => {
  it('offers exactly the levels of care that have a published cost, most intensive first', () => {
    expect(pricedLevels().map((l) => l.id)).toEqual(levels.filter((l) => l.cost).map((l) => l.id));
  });

  it('starts the form at a level’s published range', () => {
    const form = defaultForm(pricedLevels().find((l) => l.id === 'php')!, schedule);
    expect([form.priceLow, form.priceHigh]).toEqual([String(php.low), String(php.high)]);
    expect(defaultForm(pricedLevels().find((l) => l.id === 'residential')!, schedule).perWeek).toBe('7');
  });
});

describe('program total', () => {
  it('multiplies weeks × sessions a week × price, low and high', () => {
    const estimate = ok(iopForm);
    expect(estimate.units).toBe(36);
    expect(estimate.total).toEqual({ low: 36 * iop.low, high: 36 * iop.high });
    expect(estimate.youPay).toBeNull();
    expect(estimate.working[0]).toBe(`12 weeks × 3 sessions a week × $${iop.low} to $${iop.high} = $${(36 * iop.low).toLocaleString('en-US')} to $${(36 * iop.high).toLocaleString('en-US')}.`);
  });

  it('words one week, one session and one price plainly', () => {
    const estimate = ok({ ...iopForm, weeks: '1', perWeek: '1', priceLow: '250', priceHigh: '250' });
    expect(estimate.working[0]).toBe('1 week × 1 session a week × $250 = $250.');
  });

  it('prices day-charged levels per day', () => {
    const estimate = ok({ ...iopForm, level: 'php', perWeek: '5', weeks: '4', priceLow: String(php.low), priceHigh: String(php.high) });
    expect(estimate.unit).toBe('day');
    expect(estimate.total).toEqual({ low: 20 * php.low, high: 20 * php.high });
    expect(estimate.working[0]).toMatch(/^4 weeks × 5 days a week × /);
  });

  it('shows a price with cents to the cent, so the working adds up', () => {
    const estimate = ok({ ...iopForm, priceLow: '199.50', priceHigh: '199.50' });
    expect(estimate.total).toEqual({ low: 7182, high: 7182 });
    expect(estimate.working[0]).toBe('12 weeks × 3 sessions a week × $199.50 = $7,182.');
    const insured = ok({ ...iopForm, priceLow: '199.50', priceHigh: '250', deductible: '500', copay: '42.50' });
    expect(insured.working[1]).toBe('At $199.50 a session (a $7,182 bill): $500 deductible + a $42.50 copay for 34 sessions ($1,445) = $1,945.');
  });

  it('keeps whole-dollar prices without cents', () => {
    expect(ok({ ...iopForm, priceLow: '$1,250.00', priceHigh: '1300' }).working[0]).toBe('12 weeks × 3 sessions a week × $1,250 to $1,300 = $45,000 to $46,800.');
  });

  it('gives the exact total, then the whole dollars it rounds to, when cents do not come out even', () => {
    const estimate = ok({ ...iopForm, weeks: '1', perWeek: '3', priceLow: '199.99', priceHigh: '200.33' });
    expect(estimate.total).toEqual({ low: 600, high: 601 });
    expect(estimate.working[0]).toBe('1 week × 3 sessions a week × $199.99 to $200.33 = $599.97 to $600.99, about $600 to $601.');
    // 15 × 4.10 is 61.499999… in binary arithmetic: the rounding starts from the exact $61.50.
    const binary = ok({ ...iopForm, weeks: '5', perWeek: '3', priceLow: '4.10', priceHigh: '4.10' });
    expect(binary.working[0]).toBe('5 weeks × 3 sessions a week × $4.10 = $61.50, about $62.');
    expect(binary.total).toEqual({ low: 62, high: 62 });
    expect(binary.comparison.find((row) => row.chosen)!.total).toEqual({ low: 62, high: 62 });
    const copay = ok({ ...iopForm, priceLow: '250', priceHigh: '250', copay: '42.25' });
    expect(copay.working[1]).toBe('At $250 a session (a $9,000 bill): a $42.25 copay for 36 sessions ($1,521).');
    const odd = ok({ ...iopForm, weeks: '5', perWeek: '7', priceLow: '250', priceHigh: '250', copay: '42.25' });
    expect(odd.working[1]).toBe('At $250 a session (a $8,750 bill): a $42.25 copay for 35 sessions ($1,478.75, about $1,479).');
  });

  it('reads amounts typed with $ signs, commas, % signs and spaces', () => {
    expect(parseAmount(' $1,250.50 ')).toEqual({ kind: 'number', value: 1250.5 });
    expect(parseAmount('20 %')).toEqual({ kind: 'number', value: 20 });
    expect(parseAmount('12,000,000')).toEqual({ kind: 'number', value: 12_000_000 });
    expect(parseAmount('$')).toEqual({ kind: 'blank' });
    expect(parseAmount('5.')).toEqual({ kind: 'number', value: 5 });
    expect(parseAmount(7)).toEqual({ kind: 'number', value: 7 });
    for (const bad of ['abc', '1,00', '1.2.3', '3e5', 'NaN', 'Infinity', '12 weeks', '--5', '1'.repeat(400)]) expect(parseAmount(bad), bad).toEqual({ kind: 'invalid' });
    expect(parseAmount(Number.NaN)).toEqual({ kind: 'invalid' });
    for (const negative of ['-5', '−5', '-$5', '$-5', -1]) expect(parseAmount(negative), String(negative)).toEqual({ kind: 'negative' });
    for (const blank of ['', '   ', null, undefined]) expect(parseAmount(blank)).toEqual({ kind: 'blank' });
  });

  it('reads commas only as thousands separators, and refuses anything else rather than guess', () => {
    for (const [typed, value] of [['1,250', 1250], ['1250', 1250], ['1250.5', 1250.5], ['$1,250.00', 1250], [' 300 ', 300], ['999,999.99', 999_999.99], ['0.50', 0.5], ['.5', 0.5]] as const) {
      expect(parseAmount(typed), typed).toEqual({ kind: 'number', value });
    }
    for (const bad of ['1,000.5,000', ',100', '1,,000', '1.2.3', '12,34', '1,000,00', '1000,000', '100,', '1,000.50,5', '$,5', '-,100']) {
      expect(parseAmount(bad), bad).toEqual({ kind: 'invalid' });
    }
  });

  it('compares every priced level on the same weeks and sessions, with residential care charged every day', () => {
    const estimate = ok(iopForm);
    const byId = Object.fromEntries(estimate.comparison.map((row) => [row.id, row]));
    expect(estimate.comparison.map((row) => row.id)).toEqual(['residential', 'php', 'iop']);
    expect(byId.residential!.total).toEqual({ low: 7 * 12 * residential.low, high: 7 * 12 * residential.high });
    expect(byId.php!.total).toEqual({ low: 36 * php.low, high: 36 * php.high });
    expect(byId.iop!.total).toEqual(estimate.total);
    expect(byId.iop!.chosen).toBe(true);
    // Bars share one scale: the largest high total is 100%.
    expect(byId.residential!.bar.x + byId.residential!.bar.width).toBeCloseTo(100, 0);
    for (const row of estimate.comparison) {
      expect(row.bar.x).toBeGreaterThanOrEqual(0);
      expect(row.bar.width).toBeGreaterThanOrEqual(1);
      expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(100);
    }
  });

  it('draws every bar with a positive amount inside the track and at least 1% wide, even a one-price range at the top', () => {
    const forms: CostForm[] = [
      iopForm,
      { ...iopForm, level: 'residential', perWeek: '7', priceLow: '1,500', priceHigh: '1,500' },
      { ...iopForm, priceLow: '999,999', priceHigh: '999,999' },
      { ...iopForm, priceLow: '0.01', priceHigh: '999,999' },
      { ...iopForm, level: 'residential', perWeek: '7', priceLow: '0.01', priceHigh: '0.01' },
    ];
    for (const form of forms) {
      for (const row of ok(form).comparison) {
        const where = `${row.id} at ${form.level} ${form.priceLow}–${form.priceHigh}`;
        expect(row.total.high, where).toBeGreaterThan(0);
        expect(row.bar.width, where).toBeGreaterThanOrEqual(1);
        expect(row.bar.x, where).toBeGreaterThanOrEqual(0);
        expect(row.bar.x + row.bar.width, where).toBeLessThanOrEqual(100);
      }
    }
    const top = ok(forms[1]!).comparison.find((row) => row.id === 'residential')!;
    expect(top.bar).toEqual({ x: 99, width: 1 });
  });

  it('draws no bar for a real $0, which its words still give', () => {
    const estimate = ok({ ...iopForm, priceLow: '0', priceHigh: '0' });
    const free = estimate.comparison.find((row) => row.chosen)!;
    expect(free.total).toEqual({ low: 0, high: 0 });
    expect(free.bar).toEqual({ x: 0, width: 0 });
    expect(estimate.comparison.filter((row) => !row.chosen).every((row) => row.bar.width >= 1)).toBe(true);
  });

  it('uses your own prices for the chosen level in the comparison, and says so', () => {
    const estimate = ok({ ...iopForm, priceLow: '100', priceHigh: '150' });
    const chosen = estimate.comparison.find((row) => row.chosen)!;
    expect(chosen.total).toEqual({ low: 3600, high: 5400 });
    expect(chosen.ownPrices).toBe(true);
    expect(estimate.comparison.filter((row) => !row.chosen).every((row) => !row.ownPrices)).toBe(true);
  });

  it('compares weekly hours with the level’s usual hours', () => {
    expect(ok(iopForm).hoursNote).toBe('That is 9 hours a week. IOP for adults is usually 9 to 19 hours a week.');
    expect(ok({ ...iopForm, perWeek: '2' }).hoursNote).toMatch(/6 hours a week\. .*Your schedule has fewer hours than that\./);
    expect(ok({ ...iopForm, perWeek: '7', hoursEach: '4' }).hoursNote).toMatch(/28 hours a week\. .*more hours than that\./);
    expect(ok({ ...iopForm, hoursEach: '2.5' }).hoursNote).toMatch(/^That is 7\.5 hours a week\./);
    expect(ok({ ...iopForm, level: 'residential', perWeek: '7' }).hoursNote).toMatch(/day and night/);
  });
});

describe('what you might pay with insurance', () => {
  const withInsurance = (insurance: CostForm): CostEstimate => ok({ ...iopForm, ...insurance });

  it('charges the deductible first, then coinsurance on the rest', () => {
    const estimate = withInsurance({ deductible: '1000', coinsurance: '20' });
    const low = 1000 + 0.2 * (36 * iop.low - 1000);
    const high = 1000 + 0.2 * (36 * iop.high - 1000);
    expect(estimate.youPay).toEqual({ low, high });
    expect(estimate.working[1]).toBe(`At $${iop.low} a session (a $7,200 bill): $1,000 deductible + 20% coinsurance on the other $6,200 ($1,240) = $2,240.`);
  });

  it('uses only the part of the deductible the bill reaches (deductible partly used)', () => {
    const share = shareOfCost(4, 200, { deductible: 5000, coinsurance: 20, copay: null, outOfPocketMax: null });
    expect(share).toMatchObject({ total: 800, deductiblePart: 800, afterDeductible: 0, youPay: 800 });
    const estimate = withInsurance({ weeks: '1', deductible: '5000', coinsurance: '20' });
    expect(estimate.youPay).toEqual({ low: 3 * iop.low, high: 3 * iop.high });
    expect(estimate.working[1]).toMatch(/toward your deductible \(the whole bill\)\.$/);
  });

  it('skips the deductible when it is used up (deductible fully used)', () => {
    const estimate = withInsurance({ deductible: '0', coinsurance: '10' });
    expect(estimate.youPay).toEqual({ low: 0.1 * 36 * iop.low, high: 0.1 * 36 * iop.high });
    expect(estimate.working[1]).toBe(`At $${iop.low} a session (a $7,200 bill): 10% coinsurance on the other $7,200 ($720).`);
  });

  it('treats a blank deductible as used up', () => {
    expect(withInsurance({ coinsurance: '10' }).youPay).toEqual(withInsurance({ deductible: '0', coinsurance: '10' }).youPay);
  });

  it('caps what you pay at the out-of-pocket maximum', () => {
    const estimate = withInsurance({ deductible: '1000', coinsurance: '20', outOfPocketMax: '2500' });
    expect(estimate.youPay).toEqual({ low: 2240, high: 2500 });
    expect(estimate.shares!.high).toMatchObject({ beforeCap: 2960, capped: true, youPay: 2500 });
    expect(estimate.working[2]).toMatch(/= \$2,960, but your out-of-pocket maximum left is \$2,500, so you pay \$2,500\.$/);
  });

  it('pays nothing once the out-of-pocket maximum is reached', () => {
    expect(withInsurance({ coinsurance: '20', outOfPocketMax: '0' }).youPay).toEqual({ low: 0, high: 0 });
  });

  it('charges a copay for each session the deductible does not fully pay', () => {
    // $500 deductible pays 2 full $200 sessions, so 34 of 36 have a copay; at $300, 1 full session, so 35.
    const estimate = withInsurance({ deductible: '500', copay: '30' });
    expect(estimate.shares!.low).toMatchObject({ deductiblePart: 500, copayUnits: 34, afterDeductible: 1020, youPay: 1520 });
    expect(estimate.shares!.high).toMatchObject({ deductiblePart: 500, copayUnits: 35, afterDeductible: 1050, youPay: 1550 });
    expect(estimate.working[1]).toBe(`At $${iop.low} a session (a $7,200 bill): $500 deductible + a $30 copay for 34 sessions ($1,020) = $1,520.`);
  });

  it('never charges a copay above the session price or the bill', () => {
    const share = shareOfCost(2, 50, { deductible: 0, coinsurance: null, copay: 80, outOfPocketMax: null });
    expect(share).toMatchObject({ total: 100, afterDeductible: 100, youPay: 100 });
  });

  it('gives copay and coinsurance different answers for the same plan', () => {
    const copay = withInsurance({ copay: '50' }).youPay!;
    const coinsurance = withInsurance({ coinsurance: '20' }).youPay!;
    expect(copay).toEqual({ low: 36 * 50, high: 36 * 50 });
    expect(coinsurance).toEqual({ low: 0.2 * 36 * iop.low, high: 0.2 * 36 * iop.high });
  });

  it('rounds each step to whole dollars so the words add up', () => {
    const share = shareOfCost(3, 99.99, { deductible: 100.4, coinsurance: 33.3, copay: null, outOfPocketMax: null });
    expect(share).toMatchObject({ total: 300, deductiblePart: 100, afterDeductible: 67, beforeCap: 167, youPay: 167 });
    for (const value of Object.values(share)) if (typeof value === 'number' && value !== 99.99) expect(Number.isInteger(value)).toBe(true);
  });

  it('gives one working line when the low and high prices are the same', () => {
    expect(withInsurance({ priceLow: '250', priceHigh: '250', coinsurance: '20' }).working).toHaveLength(2);
  });

  it('says what is left when insurance pays it all, and $0 for a free program', () => {
    expect(withInsurance({ coinsurance: '0' }).working[1]).toBe(`At $${iop.low} a session (a $7,200 bill): 0% coinsurance on the other $7,200 ($0).`);
    expect(withInsurance({ priceLow: '0', priceHigh: '0', copay: '20' }).working[1]).toBe('At $0 a session (a $0 bill): $0.');
  });
});

describe('validation: a message for each field, never a throw or NaN', () => {
  const cases: Array<[name: string, change: CostForm, field: CostField, message: string]> = [
    ['unknown level', { level: 'detox' }, 'level', messages.level],
    ['level with no cost', { level: 'outpatient' }, 'level', messages.level],
    ['blank level', { level: '' }, 'level', messages.level],
    ['blank sessions', { perWeek: '' }, 'perWeek', messages.perWeek.blank],
    ['non-numeric sessions', { perWeek: 'three' }, 'perWeek', messages.perWeek.invalid],
    ['negative sessions', { perWeek: '-2' }, 'perWeek', messages.perWeek.negative],
    ['zero sessions', { perWeek: '0' }, 'perWeek', messages.perWeek.zero],
    ['more than 7 sessions a week', { perWeek: '8' }, 'perWeek', messages.perWeek.tooMany],
    ['part of a session', { perWeek: '2.5' }, 'perWeek', messages.perWeek.notWhole],
    ['blank hours', { hoursEach: ' ' }, 'hoursEach', messages.hoursEach.blank],
    ['non-numeric hours', { hoursEach: '3h' }, 'hoursEach', messages.hoursEach.invalid],
    ['negative hours', { hoursEach: '-3' }, 'hoursEach', messages.hoursEach.negative],
    ['zero hours', { hoursEach: '0' }, 'hoursEach', messages.hoursEach.zero],
    ['more than 24 hours a session', { hoursEach: '25' }, 'hoursEach', messages.hoursEach.tooMany],
    ['blank weeks', { weeks: '' }, 'weeks', messages.weeks.blank],
    ['non-numeric weeks', { weeks: 'twelve' }, 'weeks', messages.weeks.invalid],
    ['negative weeks', { weeks: '-12' }, 'weeks', messages.weeks.negative],
    ['zero weeks', { weeks: '0' }, 'weeks', messages.weeks.zero],
    ['more than a year', { weeks: '53' }, 'weeks', messages.weeks.tooMany],
    ['part of a week', { weeks: '1.5' }, 'weeks', messages.weeks.notWhole],
    ['blank low price', { priceLow: '' }, 'priceLow', messages.priceLow.blank],
    ['non-numeric low price', { priceLow: 'cheap' }, 'priceLow', messages.priceLow.invalid],
    ['negative low price', { priceLow: '-1' }, 'priceLow', messages.priceLow.negative],
    ['huge low price', { priceLow: '1000000', priceHigh: '999999' }, 'priceLow', messages.priceLow.tooMany],
    ['blank high price', { priceHigh: '' }, 'priceHigh', messages.priceHigh.blank],
    ['non-numeric high price', { priceHigh: '$$' }, 'priceHigh', messages.priceHigh.invalid],
    ['negative high price', { priceHigh: '-300' }, 'priceHigh', messages.priceHigh.negative],
    ['huge high price', { priceHigh: '5000000' }, 'priceHigh', messages.priceHigh.tooMany],
    ['high price below low price', { priceLow: '300', priceHigh: '200' }, 'priceHigh', messages.priceHigh.belowLow],
    ['non-numeric deductible', { deductible: 'lots', coinsurance: '20' }, 'deductible', messages.deductible.invalid],
    ['negative deductible', { deductible: '-100', coinsurance: '20' }, 'deductible', messages.deductible.negative],
    ['huge deductible', { deductible: '9999999', coinsurance: '20' }, 'deductible', messages.deductible.tooMany],
    ['non-numeric coinsurance', { coinsurance: 'a fifth' }, 'coinsurance', messages.coinsurance.invalid],
    ['negative coinsurance', { coinsurance: '-20' }, 'coinsurance', messages.coinsurance.negative],
    ['coinsurance over 100%', { coinsurance: '120' }, 'coinsurance', messages.coinsurance.tooMany],
    ['insurance without coinsurance or copay', { deductible: '500' }, 'coinsurance', messages.coinsurance.neither],
    ['non-numeric copay', { copay: 'thirty' }, 'copay', messages.copay.invalid],
    ['negative copay', { copay: '-30' }, 'copay', messages.copay.negative],
    ['huge copay', { copay: '1000000' }, 'copay', messages.copay.tooMany],
    ['both coinsurance and copay', { coinsurance: '20', copay: '30' }, 'copay', messages.copay.both],
    ['non-numeric out-of-pocket maximum', { coinsurance: '20', outOfPocketMax: 'max' }, 'outOfPocketMax', messages.outOfPocketMax.invalid],
    ['negative out-of-pocket maximum', { coinsurance: '20', outOfPocketMax: '-1' }, 'outOfPocketMax', messages.outOfPocketMax.negative],
    ['huge out-of-pocket maximum', { coinsurance: '20', outOfPocketMax: '1000000' }, 'outOfPocketMax', messages.outOfPocketMax.tooMany],
    ['out-of-pocket maximum below the deductible', { deductible: '2000', coinsurance: '20', outOfPocketMax: '1000' }, 'outOfPocketMax', messages.outOfPocketMax.belowDeductible],
  ];

  for (const [name, change, field, message] of cases) {
    it(`${name}: "${message}" at ${field}`, () => {
      const errors = errorsOf({ ...iopForm, ...change });
      expect(errors).toEqual({ [field]: message });
    });
  }

  it('has a test case for every message', () => {
    const tested = new Set(cases.map((c) => c[3]));
    const all = Object.values(messages).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
    for (const message of all) expect(tested, message).toContain(message);
  });

  it('refuses a malformed amount with a sentence that shows how to type one, never a guess', () => {
    const money = {
      priceLow: 'Enter the lowest price as a number, such as 1,250 or 1250.50.',
      priceHigh: 'Enter the highest price as a number, such as 1,250 or 1250.50.',
      deductible: 'Enter your deductible left as a number, such as 1,250 or 1250.50.',
      copay: 'Enter your copay as a number, such as 40 or 42.50.',
      outOfPocketMax: 'Enter your out-of-pocket maximum left as a number, such as 1,250 or 1250.50.',
    } as const;
    for (const [field, message] of Object.entries(money)) {
      for (const typed of ['1,000.5,000', ',100', '1,,000', '1.2.3', '12,34']) {
        // A copay stands alone; the other insurance boxes need a coinsurance beside them.
        const insurance = field === 'copay' || field === 'priceLow' || field === 'priceHigh' ? {} : { coinsurance: '20' };
        expect(errorsOf({ ...iopForm, ...insurance, [field]: typed }), `${field}: ${typed}`).toEqual({ [field]: message });
      }
    }
    expect(errorsOf({ ...iopForm, coinsurance: '2,0' })).toEqual({ coinsurance: 'Enter your coinsurance as a percentage, such as 20 or 12.5.' });
  });

  it('takes dollars and cents, and refuses parts of a cent rather than round them away', () => {
    expect(ok({ ...iopForm, priceLow: '$1,250.00', priceHigh: ' 1250.5 ' }).input).toMatchObject({ priceLow: 1250, priceHigh: 1250.5 });
    expect(errorsOf({ ...iopForm, priceHigh: '200.335' })).toEqual({ priceHigh: messages.priceHigh.invalid });
    expect(errorsOf({ ...iopForm, copay: '30.125' })).toEqual({ copay: messages.copay.invalid });
    expect(ok({ ...iopForm, coinsurance: '12.345' }).input.insurance).toMatchObject({ coinsurance: 12.345 });
  });

  it('accepts amounts up to the limit the message states, and refuses anything above it', () => {
    expect(messages.priceLow.tooMany).toBe('Enter a price of $999,999 or less.');
    expect(messages.deductible.tooMany).toBe('Enter an amount of $999,999 or less.');
    expect(ok({ ...iopForm, priceLow: '999,999', priceHigh: '999,999' }).input).toMatchObject({ priceLow: 999_999, priceHigh: 999_999 });
    for (const over of ['999,999.01', '999,999.99', '1,000,000']) {
      expect(errorsOf({ ...iopForm, priceHigh: over }), over).toEqual({ priceHigh: messages.priceHigh.tooMany });
      expect(errorsOf({ ...iopForm, copay: over }), over).toEqual({ copay: messages.copay.tooMany });
      expect(errorsOf({ ...iopForm, deductible: over, coinsurance: '20' }), over).toEqual({ deductible: messages.deductible.tooMany });
      expect(errorsOf({ ...iopForm, coinsurance: '20', outOfPocketMax: over }), over).toEqual({ outOfPocketMax: messages.outOfPocketMax.tooMany });
    }
  });

  it('never shows an accepted amount as more than the limit', () => {
    for (const typed of ['999,999', '999,999.49', '999,999.5', '999,999.99']) {
      const amount = { priceLow: typed, priceHigh: typed, deductible: typed, outOfPocketMax: typed };
      const result = estimateCost({ ...iopForm, weeks: '1', perWeek: '1', coinsurance: '20', ...amount });
      if (!result.ok) continue;
      const shown = result.estimate.working.join(' ').match(/\$[\d,.]*\d/g)!.map((text) => Number(text.replace(/[$,]/g, '')));
      expect(Math.max(...shown), typed).toBeLessThanOrEqual(999_999);
    }
  });

  it('reports every bad field at once', () => {
    const errors = errorsOf({ level: 'iop', perWeek: 'x', hoursEach: '25', weeks: '0', priceLow: '', priceHigh: '-1', coinsurance: '101' });
    expect(Object.keys(errors).sort()).toEqual(['coinsurance', 'hoursEach', 'perWeek', 'priceHigh', 'priceLow', 'weeks']);
  });

  it('copes with an empty form and with numbers instead of strings', () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(['hoursEach', 'level', 'perWeek', 'priceHigh', 'priceLow', 'weeks']);
    expect(ok({ level: 'iop', perWeek: 3, hoursEach: 3, weeks: 12, priceLow: iop.low, priceHigh: iop.high }).total).toEqual(ok(iopForm).total);
    expect(errorsOf({ ...iopForm, weeks: Number.NaN })).toEqual({ weeks: messages.weeks.invalid });
  });

  it('allows a free program and treats blank insurance fields as no insurance', () => {
    expect(ok({ ...iopForm, priceLow: '0', priceHigh: '0' }).total).toEqual({ low: 0, high: 0 });
    expect(validateCostForm({ ...iopForm, deductible: ' ', coinsurance: '', copay: undefined, outOfPocketMax: null })).toMatchObject({ ok: true, input: { insurance: null } });
  });

  it('never puts NaN, Infinity or "undefined" in any number or word it returns', () => {
    const forms: CostForm[] = [
      iopForm,
      { ...iopForm, level: 'residential', perWeek: '7', weeks: '52', priceLow: '999999', priceHigh: '999999' },
      { ...iopForm, priceLow: '0', priceHigh: '0', copay: '20', deductible: '0' },
      { ...iopForm, perWeek: '1', hoursEach: '0.1', weeks: '1', priceLow: '0.01', priceHigh: '0.02', coinsurance: '100', outOfPocketMax: '0' },
    ];
    for (const form of forms) {
      const text = JSON.stringify(ok(form));
      expect(text).not.toMatch(/NaN|Infinity|undefined|null,"high":null/);
      expect(ok(form).working.join(' ')).not.toMatch(/NaN|undefined/);
    }
  });

  it('keeps the typical schedule from src/data inside the form’s limits', () => {
    const typical = { perWeek: iopSchedule.daysPerWeek.max, hoursEach: iopSchedule.sessionHours, weeks: iopSchedule.programWeeks.max };
    for (const level of pricedLevels()) expect(estimateCost(defaultForm(level, typical)).ok, level.id).toBe(true);
  });
});
