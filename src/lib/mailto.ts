/**
 * A mailto: address with a subject and body filled in, encoded so spaces, line breaks and "&" survive every mail app.
 * Refuses an address that is not one plain email address, so a typo in settings fails the build, not the reader.
 */
export function mailtoLink(address: string, fields: { subject?: string; body?: string } = {}): string {
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/.test(address)) {
    throw new Error(`"${address}" is not a plain email address such as corrections@example.org`);
  }
  const query = Object.entries(fields)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `mailto:${address}${query ? `?${query}` : ''}`;
}
