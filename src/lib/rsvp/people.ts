// Organisers' view of who is coming: counts (the CSV export writes with $lib/csv).
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
