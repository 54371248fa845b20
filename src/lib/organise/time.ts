// Wall-clock times in an event's own time zone, turned into instants and back. An event
// at "18:30 in Bristol" stays at 18:30 local time whatever the server's zone, and across
// the clock changes. The zone arithmetic is @date-fns/tz's TZDate, not our own.
import { TZDate, tzOffset } from '@date-fns/tz';
import { addWeeks } from 'date-fns';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.length > 0 && zone.length <= 64;
	} catch {
		return false;
	}
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallClock = (at: TZDate) => ({
	date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
	time: `${pad(at.getHours())}:${pad(at.getMinutes())}`
});

/**
 * The instant at which clocks in `zone` show `date` ("2026-03-29") and `time` ("18:30").
 * When the clocks go back and a time happens twice, the first is meant; when they go
 * forward and a time never happens, it moves forward by the gap (as Temporal does).
 * Null when the date or time is not a real one.
 */
export function zonedToUtc(date: string, time: string, zone: string): Date | null {
	const d = datePattern.exec(date);
	const t = timePattern.exec(time);
	if (!d || !t || !isTimeZone(zone)) return null;
	const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const at = new TZDate(year, month - 1, day, Number(t[1]), Number(t[2]), zone).getTime();
	// TZDate takes the second of a time that happens twice: the same wall time an offset
	// change earlier is the first.
	const change = tzOffset(zone, new Date(at - 86_400_000)) - tzOffset(zone, new Date(at));
	const first = at - change * 60_000;
	const wall = wallClock(new TZDate(first, zone));
	return new Date(change > 0 && wall.date === date && wall.time === time ? first : at);
}

/** An instant as the date ("2026-03-29") and time ("18:30") clocks show in `zone`. */
export function utcToZoned(instant: Date | string, zone: string): { date: string; time: string } {
	return wallClock(new TZDate(new Date(instant).getTime(), zone));
}

/** The same wall-clock times some weeks later: a 19:00 meetup stays at 19:00 after the clocks change. */
export function shiftByWeeks(startsAt: string, endsAt: string, zone: string, weeks: number): { startsAt: string; endsAt: string } {
	const move = (instant: string) => {
		const { date, time } = wallClock(addWeeks(new TZDate(Date.parse(instant), zone), weeks));
		return zonedToUtc(date, time, zone)!.toISOString();
	};
	return { startsAt: move(startsAt), endsAt: move(endsAt) };
}
