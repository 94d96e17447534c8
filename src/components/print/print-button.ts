/**
 * A button that opens the browser's print window, where a reader can also choose "Save as PDF". Nothing is made or
 * sent by the site: the browser prints what is on the page. Defining the element shows the button (global.css,
 * [data-needs-js]); without JavaScript the text beside it names the browser's own Print command instead.
 */
class PrintButtonElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}
if (!customElements.get('print-button')) customElements.define('print-button', PrintButtonElement);
