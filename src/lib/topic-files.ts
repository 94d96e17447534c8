/**
 * Checks on the topic files as they sit on disk, before anything parses them: names that make good addresses, one
 * file per address, UTF-8 text, and dates that exist (the YAML reader would turn 2026-02-30 into March 2 unseen).
 */

export interface TopicFile {
  name: string;
  bytes: Uint8Array;
}

const GOOD_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The name to use instead: "Qué es IOP.MDX" -> "que-es-iop.mdx". */
export function suggestedFileName(name: string): string {
  const stem = name.replace(/\.mdx?$/i, '');
  const slug = stem
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'topic'}.mdx`;
}

/** The 1-based line of the first byte that is not valid UTF-8, or undefined when the whole file is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line += 1;
    start = index + 1;
  }
  return undefined;
}

/** The front matter's lines, numbered as in the file. */
function frontMatterLines(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return lines.slice(1, end === -1 ? lines.length : end).map((line, index) => ({ line: index + 2, text: line }));
}

/** Problems with every date written YYYY-MM-DD in the front matter that is not a day on the calendar. */
export function impossibleDates(text: string): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  for (const { line, text: content } of frontMatterLines(text)) {
    const match = /^\s*(?:-\s+)?([A-Za-z]+):\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(content);
    if (!match) continue;
    const [, field, year, month, day] = match as unknown as [string, string, string, string, string];
    const monthNumber = Number(month);
    const daysInMonth = monthNumber >= 1 && monthNumber <= 12 ? new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate() : 0;
    const written = `${year}-${month}-${day}`;
    if (!daysInMonth) {
      problems.push({ line, problem: `field "${field}" is ${written}, which is not a date: the month must be 01 to 12. Write the date as YYYY-MM-DD` });
    } else if (Number(day) < 1 || Number(day) > daysInMonth) {
      problems.push({
        line,
        problem: `field "${field}" is ${written}, which is not a date: ${MONTHS[monthNumber - 1]} ${year} has ${daysInMonth} days. Write the date as YYYY-MM-DD`,
      });
    }
  }
  return problems;
}

/** The address a file is published at: its `slug:` field if it sets one, else its (suggested) file name. */
function addressOf(file: TopicFile, text: string): { id: string; fromSlugField: boolean } {
  const slugLine = frontMatterLines(text).find(({ text: line }) => /^slug:/.test(line));
  const slug = slugLine ? /^slug:\s*["']?([^"'\s#]+)/.exec(slugLine.text)?.[1] : undefined;
  if (slug) return { id: slug.replace(/^\/+|\/+$/g, ''), fromSlugField: true };
  return { id: suggestedFileName(file.name).replace(/\.mdx$/, ''), fromSlugField: false };
}

/** Every problem with the files of one topics folder, each naming its file (and line, where there is one). */
export function topicFileProblems(folder: string, files: readonly TopicFile[]): string[] {
  const problems: string[] = [];
  const names = new Set(files.map((file) => file.name));
  const byAddress = new Map<string, { name: string; fromSlugField: boolean }>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const path = `${folder}/${file.name}`;
    if (!file.name.toLowerCase().endsWith('.mdx')) {
      problems.push(`${path}: only .mdx files are topics; rename it to ${suggestedFileName(file.name)} or move it out of ${folder}`);
      continue;
    }
    if (!GOOD_NAME.test(file.name)) {
      const better = suggestedFileName(file.name);
      const clash = names.has(better) ? `, but ${better} already exists: merge the two files or choose another name` : '';
      problems.push(`${path}: the file name becomes the page's address, so it must be lowercase letters, digits and hyphens; rename it to ${better}${clash}`);
    }
    const badLine = firstNonUtf8Line(file.bytes);
    if (badLine !== undefined) {
      problems.push(`${path}: line ${badLine}: the file is not saved as UTF-8 text. Save it again choosing the UTF-8 encoding`);
      continue;
    }
    const text = new TextDecoder().decode(file.bytes);
    for (const { line, problem } of impossibleDates(text)) problems.push(`${path}: line ${line}: ${problem}`);
    const address = addressOf(file, text);
    const holder = byAddress.get(address.id);
    if (holder) {
      const how = (entry: { name: string; fromSlugField: boolean }) => (entry.fromSlugField ? `${folder}/${entry.name} (by its slug field)` : `${folder}/${entry.name}`);
      problems.push(`${path}: ${how(holder)} and ${how({ name: file.name, fromSlugField: address.fromSlugField })} would both be the page /${address.id}/; each page needs its own address`);
    } else {
      byAddress.set(address.id, { name: file.name, fromSlugField: address.fromSlugField });
    }
  }
  return problems;
}
