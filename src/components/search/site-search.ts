import { isSearchShortcut } from '../../lib/search.ts';
import type { SearchBox } from './search-box.ts';

/** <site-search>: opens the search dialog from the header button, "/" or Ctrl+K (⌘K on Apple devices). */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const opener = this.querySelector<HTMLAnchorElement>('[data-open-search]')!;
    const dialog = this.querySelector('dialog')!;
    const box = dialog.querySelector<SearchBox>('search-box')!;
    const isApple = /Mac|iPhone|iPad/.test(navigator.platform);
    const hint = this.querySelector('[data-shortcut-hint]');
    if (hint && isApple) hint.textContent = '⌘K';

    opener.setAttribute('role', 'button');
    opener.setAttribute('aria-haspopup', 'dialog');
    const open = (): void => {
      if (dialog.open) return;
      dialog.showModal();
      box.focusInput();
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
    dialog.querySelector('[data-close-search]')!.addEventListener('click', () => dialog.close());
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
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
      if (!isSearchShortcut(event, typing)) return;
      event.preventDefault();
      open();
    });
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
