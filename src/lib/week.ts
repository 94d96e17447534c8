import { minutesBetween } from './format.ts';

export interface WeekSession {
  start: string;
  end: string;
  activity: string;
}

export interface WeekTrack<Day extends string> {
  id: string;
  name: string;
  days: Partial<Record<Day, WeekSession[]>>;
}

export function trackMinutes<Day extends string>(track: WeekTrack<Day>): number {
  return Object.values<WeekSession[] | undefined>(track.days)
    .flat()
    .reduce((total, session) => total + (session ? minutesBetween(session.start, session.end) : 0), 0);
}

/** "9 hours 15 minutes", "9 hours". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hoursText = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest ? `${hoursText} ${rest} minutes` : hoursText;
}

/** Days that have a session in any track, in week order, for the rows of the timetable. */
export function activeDays<Day extends string>(tracks: readonly WeekTrack<Day>[], week: readonly Day[]): Day[] {
  return week.filter((day) => tracks.some((track) => (track.days[day]?.length ?? 0) > 0));
}
