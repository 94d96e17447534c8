import { describe, expect, it } from 'vitest';
import { activeDays, formatDuration, trackMinutes } from '../../src/lib/week.ts';

const track = {
  id: 't',
  name: 'T',
  days: {
    Mon: [
      { start: '09:00', end: '10:30', activity: 'Group' },
      { start: '10:45', end: '12:00', activity: 'Skills' },
    ],
    Wed: [{ start: '18:00', end: '19:00', activity: 'Individual' }],
  },
};

describe('week view', () => {
  it('adds up a track’s minutes', () => {
    expect(trackMinutes(track)).toBe(90 + 75 + 60);
  });

  it('words durations plainly', () => {
    expect(formatDuration(555)).toBe('9 hours 15 minutes');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(540)).toBe('9 hours');
  });

  it('keeps only days with sessions, in week order', () => {
    expect(activeDays([track], ['Sun', 'Mon', 'Tue', 'Wed'])).toEqual(['Mon', 'Wed']);
  });
});
