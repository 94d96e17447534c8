/** In question order (so a keyboard test tabs forward through the form): answers that point to an IOP, in either language. */
export const iopAnswers: Readonly<Record<string, string>> = {
  sedatives: 'some-days',
  withdrawal: 'mild',
  opioids: 'no',
  overdose: 'no',
  body: 'managed',
  'self-harm': 'no',
  'lethal-means': 'no',
  'daily-life': 'most-days',
  'past-care': 'outpatient-not-enough',
  home: 'supported',
  'pregnancy-age': 'neither',
  readiness: 'ready',
  duties: 'must-continue',
};
