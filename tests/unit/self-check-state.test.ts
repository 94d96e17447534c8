import { describe, expect, it } from 'vitest';
import { selfCheckQuestions } from '../../src/lib/self-check-content.ts';
import { otherWords } from '../../src/lib/self-check-other.ts';
import { savedState, stateToSave } from '../../src/lib/self-check.ts';

const all = Object.fromEntries(selfCheckQuestions.map((question) => [question.id, question.answers.at(-1)!.id]));

describe('what the self-check keeps for Back', () => {
  it('keeps only real questions with real answers', () => {
    expect(stateToSave({ sedatives: 'daily', opioids: 'sometimes', nonsense: 'x', body: '' }, false)).toEqual({ answers: { sedatives: 'daily' }, result: false });
  });

  it('says the result was showing only when every question is answered', () => {
    expect(stateToSave(all, true)).toEqual({ answers: all, result: true });
    expect(stateToSave({ sedatives: 'daily' }, true).result).toBe(false);
    expect(stateToSave(all, false).result).toBe(false);
  });

  it('reads kept state back, and the same ids work in both voices', () => {
    const kept = stateToSave(all, true);
    expect(savedState(kept)).toEqual(kept);
    expect(savedState(structuredClone(kept), otherWords.questions)).toEqual(kept);
  });

  it('trusts nothing it reads back', () => {
    for (const value of [null, undefined, 'sedatives=daily', 42, [], { answers: [] }, { answers: 'x' }, { answers: {} }, { answers: { nonsense: 'x' } }]) {
      expect(savedState(value), JSON.stringify(value)).toBeNull();
    }
    expect(savedState({ answers: { sedatives: 'daily', body: 7, home: '<img>' }, result: 'yes' })).toEqual({ answers: { sedatives: 'daily' }, result: false });
    expect(savedState({ answers: all, result: 1 })).toEqual({ answers: all, result: false });
  });
});
