import { estimateCost, pricedLevels, type CostEstimate, type CostField, type CostForm, type FieldErrors } from '../../lib/cost-estimate.ts';
import { perWeekForLevel, type EstimatorWords } from '../../lib/cost-estimator-words.ts';

/**
 * Defines <cost-estimator>, which works out the estimate in the page, in the words given. Each language's page loads
 * its own small entry (cost-estimator-en.ts, cost-estimator-es.ts) that calls this, so the English page carries no
 * Spanish and the other way round. Everything stays here: nothing typed is stored (no cookies or web storage) or sent
 * anywhere. The numbers follow what you type; messages show when you ask for the estimate.
 */
export function defineCostEstimator(words: EstimatorWords): void {
  if (!customElements.get('cost-estimator')) customElements.define('cost-estimator', costEstimatorElement(words));
}

function costEstimatorElement(words: EstimatorWords): CustomElementConstructor {
  return class CostEstimatorElement extends HTMLElement {
    #form!: HTMLFormElement;
    #levels = pricedLevels();

    connectedCallback(): void {
      this.#form = this.querySelector('form')!;
      this.#form.addEventListener('input', (event) => {
        const target = event.target as HTMLElement;
        if (target.matches('select[name="coverage"]')) return this.#coverageChanged();
        if (target.matches('select[name="level"]')) this.#levelChanged();
        this.#update(false);
      });
      // With method="dialog" a submitted form goes nowhere; here submitting, or Enter in a box, shows the estimate.
      this.#form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#update(true);
      });
      this.#form.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || !(event.target as Element).matches('input')) return;
        event.preventDefault();
        this.#update(true);
      });
      this.#form.addEventListener('reset', () =>
        setTimeout(() => {
          this.#form.dataset.level = this.#value('level');
          this.#coverageChanged();
          this.#update(false);
        }),
      );
      this.#form.dataset.level = this.#value('level');
    }

    #value(name: CostField): string {
      const field = this.#form.elements.namedItem(name);
      return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value : '';
    }

    #set(name: CostField, value: string): void {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.value = value;
    }

    #formValues(): CostForm {
      const form: CostForm = {};
      for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') form[name as CostField] = value;
      return form;
    }

    /** The coverage choice changes no number: it says what that coverage usually means for what the reader pays. */
    #coverageChanged(): void {
      const select = this.#form.elements.namedItem('coverage') as HTMLSelectElement;
      this.querySelector('[data-coverage-meaning]')!.textContent = words.coverageMeaning(select.value);
    }

    /** A new level brings its published range, and care that goes on day and night counts every day. */
    #levelChanged(): void {
      const previous = this.#levels.find((level) => level.id === this.#form.dataset.level);
      const level = this.#levels.find((candidate) => candidate.id === this.#value('level'));
      this.#form.dataset.level = level?.id ?? '';
      if (!level) return;
      this.#set('priceLow', String(level.cost.low));
      this.#set('priceHigh', String(level.cost.high));
      const perWeek = perWeekForLevel(level, previous, this.dataset.perWeek ?? '');
      if (perWeek !== null) this.#set('perWeek', perWeek);
    }

    /** `asked`: the reader pressed the button or Enter, so show every message and say what changed. */
    #update(asked: boolean): void {
      const result = estimateCost(this.#formValues(), this.#levels);
      const stale = this.querySelector<HTMLElement>('[data-stale]')!;
      const announce = this.querySelector<HTMLElement>('[data-announce]')!;
      if (result.ok) {
        this.#showErrors({});
        this.#render(result.estimate);
        stale.hidden = true;
        if (asked) announce.textContent = words.estimateAnnouncement(result.estimate);
        return;
      }
      stale.hidden = false;
      if (!asked) {
        // While typing, messages already on screen follow the boxes (cleared when fixed); new ones wait to be asked for.
        const shown = new Set([...this.querySelectorAll<HTMLElement>('[data-error-for]:not([hidden])')].map((line) => line.dataset.errorFor));
        this.#showErrors(Object.fromEntries(Object.entries(result.errors).filter(([field]) => shown.has(field))));
        return;
      }
      this.#showErrors(result.errors);
      announce.textContent = words.errorsAnnouncement(Object.keys(result.errors).length);
      const firstBad = [...this.#form.elements].find((el) => (el as HTMLElement).getAttribute('aria-invalid') === 'true');
      (firstBad as HTMLElement | undefined)?.focus();
    }

    #showErrors(errors: FieldErrors): void {
      for (const line of this.querySelectorAll<HTMLElement>('[data-error-for]')) {
        const name = line.dataset.errorFor as CostField;
        const message = errors[name];
        const field = this.#form.elements.namedItem(name) as HTMLElement | null;
        const hint = this.querySelector(`#ce-${name}-hint`) ? `ce-${name}-hint` : '';
        line.hidden = !message;
        line.textContent = message ? words.error(name, message) : '';
        if (!field) continue;
        if (message) field.setAttribute('aria-invalid', 'true');
        else field.removeAttribute('aria-invalid');
        const describedBy = [message ? line.id : '', hint].filter(Boolean).join(' ');
        if (describedBy) field.setAttribute('aria-describedby', describedBy);
        else field.removeAttribute('aria-describedby');
      }
    }

    #render(estimate: CostEstimate): void {
      const text = (selector: string, value: string): void => {
        this.querySelector(selector)!.textContent = value;
      };
      text('[data-total]', words.moneyRange(estimate.total.low, estimate.total.high));
      const youPay = this.querySelector<HTMLElement>('[data-you-pay]')!;
      youPay.hidden = !estimate.youPay;
      youPay.textContent = estimate.youPay ? words.moneyRange(estimate.youPay.low, estimate.youPay.high) : '';
      this.querySelector<HTMLElement>('[data-no-insurance]')!.hidden = Boolean(estimate.youPay);
      text('[data-hours-note]', words.hoursNote(estimate));
      this.querySelector('[data-working]')!.replaceChildren(
        ...words.working(estimate).map((line) => {
          const item = document.createElement('li');
          item.textContent = line;
          return item;
        }),
      );
      text('[data-scale-max]', words.dollars(Math.max(...estimate.comparison.map((row) => row.total.high))));
      for (const row of estimate.comparison) {
        const item = this.querySelector<HTMLElement>(`[data-comparison] [data-level="${row.id}"]`);
        if (!item) continue;
        item.toggleAttribute('data-chosen', row.chosen);
        item.querySelector('[data-compare-label]')!.textContent = words.comparisonLabel(row);
        item.querySelector('[data-compare-text]')!.textContent = words.moneyRange(row.total.low, row.total.high);
        const bar = item.querySelector('[data-bar]')!;
        bar.setAttribute('x', String(row.bar.x));
        bar.setAttribute('width', String(row.bar.width));
      }
    }
  };
}
