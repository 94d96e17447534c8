import { sectionUrl } from '../../../lib/share.ts';

/**
 * One listener for every "copy link" control on the page: section links beside headings and the share bar's
 * copy button. Without this script, section links are plain links to their anchors.
 */
const status = document.querySelector<HTMLElement>('[data-copy-status]');

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = 'Link copied';
  } catch {
    if (status) status.textContent = 'Could not copy. The link is in the address bar.';
  }
  window.setTimeout(() => {
    if (status) status.textContent = '';
  }, 4000);
}

document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link], [data-copy-page]');
  if (!control) return;
  event.preventDefault();
  if (control.hasAttribute('data-copy-page')) {
    const url = new URL(location.href);
    url.search = '';
    url.hash = '';
    void copy(url.href);
    return;
  }
  const id = (control as HTMLAnchorElement).hash.slice(1);
  history.replaceState(null, '', `#${id}`);
  void copy(sectionUrl(location.href, id));
});

/** The share bar: defining it shows its script-only buttons (global.css, [data-needs-js]) and wires Print. */
class ShareBarElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }
}
if (!customElements.get('share-bar')) customElements.define('share-bar', ShareBarElement);
