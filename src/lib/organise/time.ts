// Wall-clock times in an event's own time zone, turned into instants and back. An event
// at "18:30 in Bristol" stays at 18:30 local time whatever the server's zone, and across
// the clock changes.
import { dateTimeFormat } from '$lib/i18n/format';

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

function partsIn(zone: string, ms: number) {
	const format = dateTimeFormat('en-GB', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});
	const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
	return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(zone: string, ms: number): number {
	const p = partsIn(zone, ms);
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

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
	const wall = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
	const check = new Date(wall);
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	// The offsets either side of any change that day; a wall time matches one or both, or neither in a gap.
	const before = offsetAt(zone, wall - 86_400_000);
	const after = offsetAt(zone, wall + 86_400_000);
	const matches = [before, after].map((offset) => wall - offset).filter((ms) => wall - offsetAt(zone, ms) === ms);
	return new Date(matches.length ? Math.min(...matches) : wall - before);
}

/** An instant as the date ("2026-03-29") and time ("18:30") clocks show in `zone`. */
export function utcToZoned(instant: Date | string, zone: string): { date: string; time: string } {
	const p = partsIn(zone, new Date(instant).getTime());
	const pad = (n: number) => String(n).padStart(2, '0');
	return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The same wall-clock times some weeks later: a 19:00 meetup stays at 19:00 after the clocks change. */
export function shiftByWeeks(startsAt: string, endsAt: string, zone: string, weeks: number): { startsAt: string; endsAt: string } {
	const move = (instant: string) => {
		const { date, time } = utcToZoned(instant, zone);
		const day = new Date(`${date}T00:00:00Z`);
		day.setUTCDate(day.getUTCDate() + weeks * 7);
		return zonedToUtc(day.toISOString().slice(0, 10), time, zone)!.toISOString();
	};
	return { startsAt: move(startsAt), endsAt: move(endsAt) };
}
