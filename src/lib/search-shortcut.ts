// The keys that open search from any page. Its own module: every page loads it, unlike the rest of search.

/** True for the keys that open search from anywhere: "/" and Ctrl+K (⌘K on Apple devices). */
export function isSearchShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, typing: boolean): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey;
}
