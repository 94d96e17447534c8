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

/** Every danger answer at once: the longest result the self-check can print. */
export const worstAnswers: Readonly<Record<string, string>> = {
  sedatives: 'daily',
  withdrawal: 'seizures',
  opioids: 'stopped',
  overdose: 'past-year',
  body: 'emergency',
  'self-harm': 'plan',
  'lethal-means': 'gun',
  'daily-life': 'very-much',
  'past-care': 'after-intensive',
  home: 'unsafe',
  'pregnancy-age': 'pregnant',
  readiness: 'pushed',
  duties: 'must-continue',
};
