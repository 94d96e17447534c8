import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary.ts';
import { helpLines, helplineTty } from '../../src/data/crisis.ts';
import { benefitsAdvisors } from '../../src/data/rights.ts';
import { mdxToProse, stripFrontMatter } from '../../src/lib/prose.ts';
import { fleschKincaidGrade, median } from '../../src/lib/readability.ts';
import { topicProse } from '../../src/lib/topic-prose.ts';
import { factText, topicFiles } from './helpers.ts';

/** The pages the guide promises, and the sections each must have (their anchors are public addresses). */
const requiredSections: Record<string, string[]> = {
  'what-is-an-iop': ['An IOP in plain words', 'What conditions does an IOP treat?', 'How is an IOP different from other care?', 'Does an IOP work?'],
  'levels-of-care': ['What is a level of care?', 'The levels from most to least intensive', 'ASAM levels and hours a week', 'Stepping up and stepping down', 'Why the right level matters', 'Is it too soon for an IOP?'],
  components: ['Individual, group and family therapy', 'Individual therapy', 'Group therapy', 'Family therapy', 'Common types of therapy', 'Medicine for addiction treatment', 'Care for mental-health conditions', 'Drug and alcohol testing', 'Life skills and case management', 'Mutual-support groups', 'Planning for after the program'],
  benefits: ['Keep your work, school and family life', 'Practice new skills at home', 'Privacy', 'Lower cost', 'Support from peers', 'Steady care over time', 'What an IOP cannot give you'],
  'who-is-it-for': ['Who an IOP often suits', 'Who often needs more care first', 'Why withdrawal needs medical care', 'Starting in an IOP or stepping down into one', 'Who decides?'],
  schedules: ['How many hours a week is an IOP?', 'Days and session length', 'Morning, evening, weekend and virtual tracks', 'A sample week', 'A typical day', 'How long does an IOP last?', 'How the schedule tapers'],
  costs: ['Cost ranges by level of care', 'What changes the cost?', 'Insurance', 'Parity law', 'Affordable Care Act plans', 'Medicare', 'Medicaid', 'TRICARE', 'Prior authorization', 'Sliding-scale fees and other help', 'Questions to ask your health plan'],
  'choosing-a-program': ['Accreditation and licenses', 'Staff credentials', 'Evidence-based methods', 'Care for co-occurring conditions', 'Medicine for addiction treatment', 'Schedules and aftercare', 'Questions to ask a program', 'Warning signs'],
  faq: ['Can I keep working during an IOP?', 'Is an IOP confidential?', 'Can I do an IOP online?', 'What if I miss a session?', 'Do I need a referral?', 'Can my family take part?', 'What happens after an IOP?'],
  'iop-vs-php': ['How do IOP, PHP and residential care compare?', 'What is high-intensity outpatient care?', 'How many hours a week is each?', 'How long does each usually last?', 'What does each cost?', 'Who does each usually suit?', 'Which one is usually suggested when?', 'What if withdrawal is a risk?'],
  'virtual-iop': ['How does a virtual IOP work?', 'How do drug tests and medicine work from home?', 'Who does a virtual IOP suit?', 'When is a virtual IOP not a good fit?', 'How do I keep my sessions private at home?', 'Will my health plan pay for a virtual IOP?', 'Does the program need a license in my state?', 'Does a virtual IOP work as well as in person?', 'What should I ask a virtual program?'],
  glossary: [],
  'starting-an-iop': ['What are the steps to start an IOP?', 'What should I say when I call?', 'What should I bring to intake?', 'What will they ask me, and why?', 'What forms will I sign, and who sees my records?', 'How soon can I start?', 'What if there is a waiting list?', 'What happens on the first day and first week?'],
  'after-an-iop': ['What comes next when an IOP ends?', 'How long does continuing care last?', 'Which support groups can I join?', 'Is sober living right for me?', 'Do I keep taking my medicine?', 'What if I use again?', 'When should I step back up to more care?', 'How can family and peers help?'],
  'families-and-teens': ['How can I help someone who is not ready?', 'How do I keep my family member safe?', 'What is an IOP for teens like?', 'What might a teen IOP week look like?', 'What will the program tell parents?', 'How can the family take part in treatment?', 'How do I take care of myself?'],
  'work-school-and-privacy': ['Can I take time off work for an IOP?', 'Can I get fired for going to treatment?', 'Do I have to tell my boss or my school?', 'What help can I get at school or college?', 'Who can see my treatment records?', 'Will my employer find out?', 'Where can I get legal help?'],
  'opioids-and-overdose': ['What are the signs of an opioid overdose?', 'How do I use naloxone nasal spray?', 'Where can I get naloxone?', 'Why does medicine come first for opioid use disorder?', 'Why is stopping opioids on your own risky?', 'What about fentanyl and fake pills?', 'Will I get in trouble for calling for help?', 'What if I am pregnant?', 'Can I take medicine during and after an IOP?'],
  'conditions-treated': ['Which conditions can an IOP treat?', 'Do IOPs treat alcohol and drug use?', 'Do IOPs treat depression, anxiety and PTSD?', 'What is dual diagnosis?', 'When do you need a program made for your condition?', 'Eating disorders', 'Bipolar disorder', 'Opioid use disorder', 'Teens', 'What should I ask a program about my condition?', 'Who decides which program fits me?'],
};

/** CONTENT.md's "avoid" words (NIDA guidance). Proper names are exempt only inside <Name>. */
const avoidWords = /\b(addicts?|alcoholics?|junkies?|junky|users?|abusers?|abuse|clean|dirty|fell off the wagon|replacement|substitution)\b/i;

const topics = topicFiles();
const headingsOf = (source: string): string[] =>
  [...stripFrontMatter(source).matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((match) => match[1]!);

describe('the guide has every promised page and section', () => {
  it('has exactly the promised topic files', () => {
    expect(topics.map((topic) => topic.slug).sort()).toEqual(Object.keys(requiredSections).sort());
  });

  for (const [slug, sections] of Object.entries(requiredSections)) {
    it(`${slug} has its required sections`, () => {
      const topic = topics.find((candidate) => candidate.slug === slug);
      expect(topic, `content/topics/${slug}.mdx`).toBeDefined();
      const headings = headingsOf(topic!.source);
      for (const section of sections) expect(headings, `${slug}: "${section}"`).toContain(section);
    });
  }

  it('answers at least 12 questions in the FAQ, each linking to a page that goes deeper', () => {
    const faq = topics.find((topic) => topic.slug === 'faq')!;
    const sections = stripFrontMatter(faq.source).split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(12);
    for (const section of sections) expect(section, section.split('\n')[0]).toMatch(/\]\(\/[a-z-]+\/(#[a-z0-9-]+)?\)/);
  });
});

describe('plain language', () => {
  const grades = topics.map((topic) => ({
    slug: topic.slug,
    grade: fleschKincaidGrade(topicProse(topic.source, { factText, keepQuotedNames: true })),
  }));

  it('keeps every topic page at US grade 8 or below (Flesch-Kincaid)', () => {
    console.log(grades.map(({ slug, grade }) => `  grade ${grade.toFixed(1).padStart(4)}  ${slug}`).join('\n'));
    console.log(`  median grade: ${median(grades.map((g) => g.grade)).toFixed(1)}`);
    for (const { slug, grade } of grades) expect(grade, slug).toBeLessThanOrEqual(8);
  });

  it('keeps glossary definitions plain too', () => {
    const definitions = glossary.map((entry) => entry.definition).join('\n');
    expect(fleschKincaidGrade(definitions)).toBeLessThanOrEqual(8);
  });
});

describe('person-first, stigma-free words', () => {
  for (const topic of topics) {
    it(`${topic.slug} uses none of the avoid words outside quoted names`, () => {
      const prose = topicProse(topic.source, { factText, keepQuotedNames: false });
      const keywords = Array.isArray(topic.front.keywords) ? topic.front.keywords.join('\n') : '';
      for (const line of [...prose.split('\n'), ...keywords.split('\n')]) expect(line).not.toMatch(avoidWords);
    });
  }

  it('keeps the glossary free of avoid words (a proper name in an expansion is the only exception)', () => {
    for (const entry of glossary) {
      expect(`${entry.term} ${entry.definition}`, entry.id).not.toMatch(avoidWords);
      // SAMHSA's legal name contains "Abuse"; it is quoted as the agency's own name.
      if (entry.id !== 'samhsa') expect(entry.expansion ?? '', entry.id).not.toMatch(avoidWords);
    }
  });
});

describe('facts come from src/data', () => {
  const helpNumbers = new Set([...helpLines.map((line) => line.display), helplineTty, benefitsAdvisors.display]);

  for (const topic of topics) {
    it(`${topic.slug} types no hours, lengths, prices or phone numbers itself`, () => {
      const body = mdxToProse(topic.source, { factText: () => '', keepQuotedNames: true });
      expect(body).not.toMatch(/\$\s?\d/);
      expect(body).not.toMatch(/\b\d+(?:\.\d+)?\s*(?:(?:to|-|–)\s*\d+\s*)?(?:or more\s+)?(?:hours?|days?|weeks?|months?|sessions?)\b/i);
      expect(body).not.toMatch(/\b(?:911|988)\b/);
      expect(body).not.toMatch(/\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/);
      expect(body).not.toMatch(/\bcall us\b/i);
    });
  }

  it('names only the public help lines as phone numbers anywhere on a page', () => {
    for (const topic of topics) {
      const prose = topicProse(topic.source, { factText, keepQuotedNames: true });
      for (const match of prose.matchAll(/\b1?-?\d{3}-\d{3}-\d{4}\b/g)) expect(helpNumbers, topic.slug).toContain(match[0]);
    }
  });

  it('uses only known facts and glossary terms', () => {
    const termIds = new Set(glossary.map((entry) => entry.id));
    for (const topic of topics) {
      for (const [, name] of topic.source.matchAll(/<Fact\s+name=["']([^"']+)["']/g)) expect(() => factText(name!)).not.toThrow();
      for (const [, id] of topic.source.matchAll(/<Term\s+id=["']([^"']+)["']/g)) expect(termIds, `${topic.slug}: ${id}`).toContain(id);
    }
  });
});
