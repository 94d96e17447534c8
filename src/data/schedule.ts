import { providerSchedules, samhsaIopAdvisory, tricarePolicyManual, type FactSource } from './sources.ts';

export interface Range {
  min: number;
  max: number;
}

/** Typical shape of an IOP week and program. Provider-reported figures are estimates (FACTS.md: "weak"). */
export const iopSchedule = {
  daysPerWeek: { min: 3, max: 5 } satisfies Range,
  /** Hours in one session, "about". */
  sessionHours: 3,
  /** How long a program often lasts, "or longer". */
  programWeeks: { min: 6, max: 12 } satisfies Range,
  commonLengthDays: 90,
  /** During a step down, hours may drop below the IOP minimum for a short time. */
  stepDown: { adultBelow: 9, adolescentBelow: 6, weeks: { min: 1, max: 2 } satisfies Range },
  source: providerSchedules,
} as const;

export const residentialStayDays: Range & { source: FactSource } = { min: 28, max: 90, source: providerSchedules };

export const tricareIop = {
  weeklyHours: { min: 6, max: 9 } satisfies Range,
  minHoursPerTreatmentDay: 2,
  source: tricarePolicyManual,
} as const;

export const iopMinimumSource = samhsaIopAdvisory;

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

export interface Session {
  /** 24-hour clock, "HH:MM". */
  start: string;
  end: string;
  activity: string;
}

export interface Track {
  id: 'daytime' | 'evening';
  name: string;
  days: Partial<Record<Weekday, Session[]>>;
}

/** A made-up but typical week, used by the week view; its hours must fall inside the IOP band (tested). */
export const sampleWeek: readonly Track[] = [
  {
    id: 'daytime',
    name: 'Daytime track',
    days: {
      Mon: [
        { start: '09:00', end: '10:30', activity: 'Group therapy' },
        { start: '10:45', end: '12:00', activity: 'Skills group (CBT)' },
      ],
      Tue: [{ start: '10:00', end: '11:00', activity: 'Individual therapy' }],
      Wed: [
        { start: '09:00', end: '10:30', activity: 'Group therapy' },
        { start: '10:45', end: '12:00', activity: 'Relapse-prevention group' },
      ],
      Fri: [
        { start: '09:00', end: '10:30', activity: 'Group therapy' },
        { start: '10:45', end: '12:00', activity: 'Family education' },
      ],
    },
  },
  {
    id: 'evening',
    name: 'Evening track',
    days: {
      Mon: [
        { start: '18:00', end: '19:30', activity: 'Group therapy' },
        { start: '19:45', end: '21:00', activity: 'Skills group (CBT)' },
      ],
      Tue: [
        { start: '18:00', end: '19:30', activity: 'Group therapy' },
        { start: '19:45', end: '21:00', activity: 'Relapse-prevention group' },
      ],
      Thu: [
        { start: '18:00', end: '19:30', activity: 'Group therapy' },
        { start: '19:45', end: '21:00', activity: 'Family education' },
      ],
      Sat: [{ start: '10:00', end: '11:00', activity: 'Individual therapy' }],
    },
  },
];

export const weekdays: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
