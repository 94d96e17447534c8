import { describe, expect, it } from 'vitest';
import { facts, factText } from '../../src/lib/facts.ts';
import { factParts, factPlaceholderProblems, fillFacts, keyPointProblems } from '../../src/lib/fact-placeholders.ts';

const known = Object.keys(facts);

describe('fact placeholders in front matter', () => {
  it('replaces each {fact:name} with the words <Fact name="name"/> prints', () => {
    expect(fillFacts('An IOP costs {fact:costIopSession}.', factText)).toBe(`An IOP costs ${facts.costIopSession}.`);
    expect(fillFacts('{fact:iopHoursAdult}, {fact:iopDaysPerWeek}', factText)).toBe(`${facts.iopHoursAdult}, ${facts.iopDaysPerWeek}`);
  });

  it('leaves text without placeholders as it is', () => {
    expect(fillFacts('Call 988 {not a fact}.', factText)).toBe('Call 988 {not a fact}.');
  });

  it('throws for an unknown name, so a typo cannot reach a page', () => {
    expect(() => fillFacts('{fact:costIopSesion}', factText)).toThrow(/costIopSesion/);
  });

  it('finds no problem in known placeholders', () => {
    expect(factPlaceholderProblems('{fact:costIopSession} and {fact:phpHours}', known)).toEqual([]);
  });

  it('names an unknown fact and where the names live', () => {
    const [problem] = factPlaceholderProblems('About {fact:costPerSession}.', known);
    expect(problem).toMatch(/\{fact:costPerSession\} names nothing in src\/lib\/facts\.ts/);
    expect(problem).toContain(`${known.length} names`);
  });

  it('refuses near misses that would otherwise print as they are', () => {
    for (const typo of ['{fact: phpHours}', '{Fact:phpHours}', '{fact:phpHours', '{ fact:phpHours }']) {
      expect(factPlaceholderProblems(`Hours: ${typo}.`, known), typo).toHaveLength(1);
    }
  });

  it('names the file, the field and the point', () => {
    expect(keyPointProblems('content/topics/costs.mdx', ['Fine.', 'Costs {fact:nope}.'], known)).toEqual([
      expect.stringMatching(/^content\/topics\/costs\.mdx: field "keyPoints" \(point 2\): \{fact:nope\} names nothing/),
    ]);
  });

  it('cuts a point into words and facts, so the page can set the number apart', () => {
    expect(factParts('About {fact:costIopSession}, {fact:iopDaysPerWeek}.', factText)).toEqual([
      { text: 'About ', fact: false },
      { text: facts.costIopSession, fact: true },
      { text: ', ', fact: false },
      { text: facts.iopDaysPerWeek, fact: true },
      { text: '.', fact: false },
    ]);
    expect(factParts('No numbers.', factText)).toEqual([{ text: 'No numbers.', fact: false }]);
    expect(factParts('{fact:phpHours}', factText)).toEqual([{ text: facts.phpHours, fact: true }]);
  });
});
