/** Text made safe to put between tags or inside a double-quoted attribute, in SVG or HTML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same for HTML, where a single-quoted attribute is possible too. */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/'/g, '&#39;');
}
