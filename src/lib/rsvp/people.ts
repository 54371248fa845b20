// Organisers' view of who is coming: counts and a CSV export.
import type { Attendee } from './queries';

export function countPeople(people: Pick<Attendee, 'status' | 'companion'>[]) {
	const counts = { going: 0, companions: 0, waitlist: 0, maybe: 0 };
	for (const person of people) {
		if (person.status === 'going') {
			counts.going++;
			if (person.companion) counts.companions++;
		} else if (person.status === 'waitlist') counts.waitlist++;
		else if (person.status === 'maybe') counts.maybe++;
	}
	return counts;
}

/**
 * RFC 4180 CSV. Text cells that a spreadsheet would run as a formula are made plain text;
 * numbers are numbers (a negative longitude is not a formula).
 */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
	const cell = (value: string | number | boolean | null) => {
		let text = value === null ? '' : String(value);
		if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
