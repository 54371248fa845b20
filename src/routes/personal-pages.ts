// Next to the routes it classifies: which pages hold one person's data (their answers,
// access needs and requests, account) or other people's (who's coming, feedback). The
// service worker never keeps them, browsers are told not to store them, and signing out
// forgets the rest. Every page in src/routes is either here or in `shareablePages`;
// tests/unit/personal-pages.test.ts holds that.

/** Route ids; `/**` covers every page below. */
export const personalPages = [
	'/me',
	'/me/**',
	'/organise',
	'/organise/**',
	'/welcome/**',
	'/events/[id=uuid]/rsvp',
	'/events/[id=uuid]/feedback',
	'/near-me/offer',
	'/near-me/offer/**',
	'/near-me/reports',
	'/signin',
	// Not a page, but opened in a browser it would be kept like one: a member's own calendar.
	'/calendar/me/**'
];

/** The same for anyone signed out; kept for offline use, forgotten at sign-out with the rest. */
export const shareablePages = [
	'/',
	'/events',
	'/events/[id=uuid]',
	'/near-me',
	'/near-me/[id=uuid]',
	'/goodbye',
	'/offline/[[lang=locale]]',
	'/open-data',
	'/open-data/[slug]'
];

const toPattern = (id: string) =>
	new RegExp(
		'^' +
			id
				.replace(/\/\*\*$/, '')
				.replace(/\/\[\[[^\]]+\]\]/g, '(?:/[^/]+)?')
				.replace(/\[[^\]]+\]/g, '[^/]+') +
			(id.endsWith('/**') ? '/.+$' : '$')
	);

const patterns = personalPages.map(toPattern);

/** Whether a path (a page, or its `__data.json`), or a route id as Kit names it, is one of the personal pages. */
export function isPersonalPath(pathname: string): boolean {
	const page = pathname.replace(/\/__data\.json$/, '') || '/';
	const path = page.length > 1 ? page.replace(/\/$/, '') : page;
	return patterns.some((pattern) => pattern.test(path));
}
