import { searchBoxMarkup } from '../../lib/search-box-markup.ts';
import { isSearchShortcut } from '../../lib/search.ts';
import type { SearchBox } from './search-box.ts';
// Defines <search-box>, so the box inserted into the dialog comes alive.
import './search-box.ts';

/** The dialog is built once, on first use: pages then carry no form that only scripts could use. */
function buildDialog(base: string): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-label', 'Search the guide');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-dialog-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(close);
  dialog.insertAdjacentHTML('beforeend', searchBoxMarkup({ idPrefix: 'dialog-search', base }));
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
    const open = (): void => {
      const dialog = this.dialogFor(opener);
      if (dialog.open) return;
      dialog.showModal();
      dialog.querySelector<SearchBox>('search-box')!.focusInput();
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
    const dialog = buildDialog(this.dataset.base ?? '/');
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
