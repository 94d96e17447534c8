import { englishBoxWords, searchBoxMarkup, type SearchBoxWords } from '../../lib/search-box-markup.ts';
import { isSearchShortcut } from '../../lib/search-shortcut.ts';

// The code behind <search-box> (results, Pagefind) is fetched when a reader looks like searching, not with every
// page: it would otherwise be a second script in a chain before the page counts as loaded. The dialog's form works
// before it arrives (Enter opens /search/?q=), and the box searches whatever was typed once it does.
let searchBoxCode: Promise<unknown> | undefined;
function loadSearchBox(): void {
  searchBoxCode ??= import('./search-box.ts').catch(() => {
    // A dropped connection on a phone: the next open tries again, and the form works meanwhile.
    searchBoxCode = undefined;
  });
}

/** The dialog is built once, on first use: pages then carry no form that only scripts could use. */
function buildDialog(base: string, words: SearchBoxWords = englishBoxWords): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  const markup = searchBoxMarkup({ idPrefix: 'dialog-search', base, words });
  dialog.className = 'search-dialog';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-dialog-close';
  close.textContent = words.close;
  close.addEventListener('click', () => dialog.close());
  dialog.setAttribute('aria-label', words.label);
  dialog.append(close);
  dialog.insertAdjacentHTML('beforeend', markup);
  return dialog;
}

/** <site-search>: opens the search dialog from the header button, "/" or Ctrl+K (⌘K on Apple devices). */
class SiteSearch extends HTMLElement {
  private dialog: HTMLDialogElement | undefined;

  connectedCallback(): void {
    const opener = this.querySelector<HTMLAnchorElement>('[data-open-search]')!;
    const isApple = /Mac|iPhone|iPad/.test(navigator.platform);
    const hint = this.querySelector('[data-shortcut-hint]');
    if (hint && isApple) hint.textContent = '⌘K';

    opener.setAttribute('role', 'button');
    opener.setAttribute('aria-haspopup', 'dialog');
    for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) opener.addEventListener(intent, loadSearchBox, { passive: true });
    const open = (): void => {
      loadSearchBox();
      const dialog = this.dialogFor(opener);
      if (dialog.open) return;
      dialog.showModal();
      // Selected, so typing replaces the last search.
      const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      input.select();
    };
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    opener.addEventListener('keydown', (event) => {
      // A link-turned-button should also answer the space bar.
      if (event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
      if (!isSearchShortcut(event, typing)) return;
      event.preventDefault();
      open();
    });
  }

  private dialogFor(opener: HTMLElement): HTMLDialogElement {
    if (this.dialog) return this.dialog;
    // Pages in another language than English carry their box's words (SiteSearch.astro); English is the default.
    const words = this.dataset.words ? (JSON.parse(this.dataset.words) as SearchBoxWords) : undefined;
    const dialog = buildDialog(this.dataset.base ?? '/', words);
    // A search field eats the first Esc to clear itself; readers expect Esc to close search at once.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // Native modal dialogs close on Esc and keep focus inside; we only return focus to where it came from.
    dialog.addEventListener('close', () => opener.focus());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    this.append(dialog);
    this.dialog = dialog;
    return dialog;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
