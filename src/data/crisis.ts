/** US help lines shown on every page. Source: FACTS.md (988 Lifeline, SAMHSA National Helpline). */
export interface HelpLine {
  id: 'emergency' | 'crisis' | 'helpline';
  name: string;
  /** What the reader does, in a few words. */
  action: string;
  /** Digits to dial, for tel: links. */
  dial: string;
  display: string;
  details: string;
  /** A text service; `note` says what differs from the phone line (for example, the language it answers in). */
  textNumber?: { dial: string; display: string; what: string; note?: string };
  url?: string;
}

export const helpLines: readonly HelpLine[] = [
  {
    id: 'emergency',
    name: 'Emergency',
    action: 'In immediate danger, call',
    dial: '911',
    display: '911',
    details: 'Police, fire and ambulance.',
  },
  {
    id: 'crisis',
    name: '988 Suicide and Crisis Lifeline',
    action: 'In a mental-health, suicide or substance use crisis, call or text',
    dial: '988',
    display: '988',
    details: 'Free, 24/7. Press 1 for the Veterans Crisis Line, 2 for Spanish (or text AYUDA to 988). Chat at 988lifeline.org.',
    textNumber: { dial: '988', display: '988', what: 'Text' },
    url: 'https://988lifeline.org/',
  },
  {
    id: 'helpline',
    name: 'SAMHSA National Helpline',
    action: 'For treatment referrals, call',
    dial: '18006624357',
    display: '1-800-662-4357',
    details: 'Free, private, 24/7. Calls are answered in English and Spanish. TTY 1-800-487-4889. It refers you to local care; it is not counseling.',
    textNumber: { dial: '435748', display: '435748', what: 'Text your ZIP code to', note: 'English only' },
    url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
  },
];

export const helplineTty = '1-800-487-4889';
export const findTreatmentUrl = 'https://findtreatment.gov/';

export function helpLine(id: HelpLine['id']): HelpLine {
  const line = helpLines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`Unknown help line "${id}"`);
  return line;
}
