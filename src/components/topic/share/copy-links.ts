import { sectionUrl } from '../../../lib/share.ts';

/**
 * One listener for every "copy link" control on the page: section links beside headings and the share bar's
 * copy button. Without this script, section links are plain links to their anchors.
 */
const status = document.querySelector<HTMLElement>('[data-copy-status]');
/** How long the words stay: long enough to read on a phone, then gone so they never pile up. */
const SHOW_MS = 4000;
let hideTimer: number | undefined;

/**
 * Says what happened twice: in the live region, for screen readers, and in words beside the control that was used,
 * for everyone else (a hidden announcement alone left sighted readers guessing). The visible note is aria-hidden so
 * it is not read out a second time.
 */
function confirm(control: HTMLElement, message: string): void {
  if (status) status.textContent = message;
  document.querySelector('.copy-note')?.remove();
  const note = document.createElement('span');
  note.className = 'copy-note';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = message;
  control.after(note);
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    note.remove();
    if (status) status.textContent = '';
  }, SHOW_MS);
}

async function copy(control: HTMLElement, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    confirm(control, 'Link copied');
  } catch {
    confirm(control, 'Could not copy. The link is in the address bar.');
  }
}

document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link], [data-copy-page]');
  if (!control) return;
  event.preventDefault();
  if (control.hasAttribute('data-copy-page')) {
    const url = new URL(location.href);
    url.search = '';
    url.hash = '';
    void copy(control, url.href);
    return;
  }
  const id = (control as HTMLAnchorElement).hash.slice(1);
  history.replaceState(null, '', `#${id}`);
  void copy(control, sectionUrl(location.href, id));
});

/** The share bar: defining it shows its script-only buttons (global.css, [data-needs-js]) and wires Print. */
class ShareBarElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }
}
if (!customElements.get('share-bar')) customElements.define('share-bar', ShareBarElement);
