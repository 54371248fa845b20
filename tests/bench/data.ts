// Bench data: helpers spread as a real directory would be (clustered around UK towns, most
// of them members, some organisations, some online or phone only), made by a seeded
// generator so every run measures the same data, and loaded in bulk through `pg`.
import pg from 'pg';
import { bristol, manchester } from '../db/api.ts';

export interface Town {
	name: string;
	latitude: number;
	longitude: number;
	/** How many people, relatively, live there. */
	weight: number;
	/** How far (km, one standard deviation) its people spread from the centre. */
	spreadKm: number;
	welsh?: boolean;
}

export const towns: Town[] = [
	{ name: 'London', latitude: 51.5072, longitude: -0.1276, weight: 30, spreadKm: 12 },
	{ name: 'Birmingham', latitude: 52.4862, longitude: -1.8904, weight: 8, spreadKm: 7 },
	{ name: 'Manchester', latitude: 53.4808, longitude: -2.2426, weight: 8, spreadKm: 7 },
	{ name: 'Leeds', latitude: 53.8008, longitude: -1.5491, weight: 6, spreadKm: 6 },
	{ name: 'Glasgow', latitude: 55.8642, longitude: -4.2518, weight: 6, spreadKm: 6 },
	{ name: 'Liverpool', latitude: 53.4084, longitude: -2.9916, weight: 5, spreadKm: 5 },
	{ name: 'Bristol', latitude: 51.4545, longitude: -2.5879, weight: 5, spreadKm: 5 },
	{ name: 'Sheffield', latitude: 53.3811, longitude: -1.4701, weight: 4, spreadKm: 5 },
	{ name: 'Edinburgh', latitude: 55.9533, longitude: -3.1883, weight: 4, spreadKm: 5 },
	{ name: 'Cardiff', latitude: 51.4816, longitude: -3.1791, weight: 3, spreadKm: 4, welsh: true },
	{ name: 'Newcastle', latitude: 54.9783, longitude: -1.6178, weight: 3, spreadKm: 5 },
	{ name: 'Nottingham', latitude: 52.9548, longitude: -1.1581, weight: 3, spreadKm: 4 },
	{ name: 'Leicester', latitude: 52.6369, longitude: -1.1398, weight: 3, spreadKm: 4 },
	{ name: 'Belfast', latitude: 54.5973, longitude: -5.9301, weight: 3, spreadKm: 4 },
	{ name: 'Brighton', latitude: 50.8225, longitude: -0.1372, weight: 2, spreadKm: 3 },
	{ name: 'Southampton', latitude: 50.9097, longitude: -1.4044, weight: 2, spreadKm: 3 },
	{ name: 'Plymouth', latitude: 50.3755, longitude: -4.1427, weight: 2, spreadKm: 3 },
	{ name: 'Norwich', latitude: 52.6309, longitude: 1.2974, weight: 1, spreadKm: 3 },
	{ name: 'Swansea', latitude: 51.6214, longitude: -3.9436, weight: 1, spreadKm: 3, welsh: true },
	{ name: 'Aberdeen', latitude: 57.1497, longitude: -2.0943, weight: 1, spreadKm: 3 },
	{ name: 'Exeter', latitude: 50.7184, longitude: -3.5339, weight: 1, spreadKm: 2 },
	{ name: 'York', latitude: 53.959, longitude: -1.0815, weight: 1, spreadKm: 2 },
	{ name: 'Bangor', latitude: 53.2274, longitude: -4.1293, weight: 0.5, spreadKm: 2, welsh: true },
	{ name: 'Inverness', latitude: 57.4778, longitude: -4.2247, weight: 0.5, spreadKm: 2 }
];

export const topics = [
	'mental-health', 'dementia', 'homelessness', 'racism', 'social-inclusion', 'refugee-support',
	'digital-inclusion', 'data-and-privacy', 'funding-bids', 'older-people', 'disability', 'young-people'
];
const skills = ['digital-strategy', 'marketing', 'web', 'data', 'training', 'lending-equipment', 'fixing-devices', 'social-media', 'accessibility'];
const otherLanguages = ['pl', 'ur', 'pa', 'ar', 'bn', 'so', 'es', 'fr'];

export interface BenchHelper {
	kind: 'member' | 'organisation';
	/** The account: members have one listing each; an organisation is listed by a member. */
	user: number;
	display_name: string;
	summary: string;
	topics: string[];
	skills: string[];
	languages: string[];
	modes: string[];
	area: string;
	address: string;
	latitude: number | null;
	longitude: number | null;
}

/** A small, fast, seeded generator (mulberry32): the same data on every run. */
export function seeded(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const some = <T>(list: readonly T[], most: number, least = 0) => {
		const count = least + Math.floor(next() * (most - least + 1));
		return [...new Set(Array.from({ length: count }, () => pick(list)))];
	};
	/** A standard normal draw (Box–Muller). */
	const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
	return { next, pick, some, normal };
}

/** `count` listings: 85% members, 10% organisations, 5% online or phone only with no place. */
export function makeHelpers(count: number, seed = 20261201): BenchHelper[] {
	const random = seeded(seed);
	const totalWeight = towns.reduce((sum, t) => sum + t.weight, 0);
	const townAt = () => {
		let left = random.next() * totalWeight;
		for (const town of towns) if ((left -= town.weight) < 0) return town;
		return towns[0];
	};
	const helpers: BenchHelper[] = [];
	let members = 0;
	for (let i = 0; i < count; i++) {
		const town = townAt();
		const roll = random.next();
		const kind = roll < 0.1 ? 'organisation' : 'member';
		const onlineOnly = roll >= 0.95;
		// Offsets in km, turned into degrees at the town's latitude.
		const north = random.normal() * town.spreadKm;
		const east = random.normal() * town.spreadKm;
		const located = !onlineOnly;
		const user = kind === 'member' ? members++ : Math.floor(random.next() * Math.max(members, 1));
		helpers.push({
			kind,
			user,
			display_name: `${kind === 'organisation' ? 'Bench group' : 'Bench helper'} ${i}`,
			summary: `Happy to help people in and around ${town.name} with ${kind === 'organisation' ? 'our services' : 'what I know'}.`,
			topics: random.some(topics, 3, 1),
			skills: random.some(skills, 2),
			languages: ['en', ...(town.welsh && random.next() < 0.3 ? ['cy'] : []), ...(random.next() < 0.1 ? [random.pick(otherLanguages)] : [])],
			modes: onlineOnly ? random.some(['online', 'phone'], 2, 1) : ['in_person', ...random.some(['online', 'phone'], 2)],
			area: town.name,
			address: kind === 'organisation' && located ? `${i} High Street, ${town.name}` : '',
			latitude: located ? town.latitude + north / 111.2 : null,
			longitude: located ? town.longitude + east / (111.2 * Math.cos((town.latitude * Math.PI) / 180)) : null
		});
	}
	return helpers;
}

type Db = pg.Client;

/** Accounts for the listings (ids made from their number), then the listings, in bulk. */
export async function loadHelpers(db: Db, helpers: BenchHelper[]) {
	const accounts = Math.max(...helpers.map((h) => h.user)) + 1;
	await db.query(
		`insert into auth.users (id, email, email_confirmed_at)
		 select md5('bench-user-' || n)::uuid, 'bench-user-' || n || '@example.org', now() from generate_series(0, $1 - 1) n`,
		[accounts]
	);
	for (let start = 0; start < helpers.length; start += 5000) {
		const rows = helpers.slice(start, start + 5000);
		const column = <K extends keyof BenchHelper>(key: K) => rows.map((h) => h[key]);
		const list = (key: 'topics' | 'skills' | 'languages' | 'modes') => rows.map((h) => h[key].join(','));
		// Through the table's own triggers: members' points snapped to the ~1 km grid, cells counted;
		// organisations with an address shown there.
		await db.query(
			`insert into public.helpers (user_id, kind, display_name, summary, topics, skills, languages, modes, area, address, latitude, longitude, exact_point)
			 select md5('bench-user-' || r.user_n)::uuid, r.kind, r.display_name, r.summary, string_to_array(r.topics, ','),
			   string_to_array(r.skills, ','), string_to_array(r.languages, ','), string_to_array(r.modes, ','), r.area, r.address,
			   r.latitude, r.longitude, r.kind = 'organisation' and r.address <> ''
			 from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
			   $10::text[], $11::float8[], $12::float8[])
			   as r(user_n, kind, display_name, summary, topics, skills, languages, modes, area, address, latitude, longitude)`,
			[
				column('user'), column('kind'), column('display_name'), column('summary'), list('topics'), list('skills'),
				list('languages'), list('modes'), column('area'), column('address'), column('latitude'), column('longitude')
			]
		);
	}
	await db.query('analyze public.helpers');
}


/**
 * `count` events over two years, half past, half to come, in the two seed communities at
 * ten venues each; a few online, cancelled or still drafts, as organisers leave them.
 */
export async function loadEvents(db: Db, count: number) {
	await db.query(
		`insert into public.venues (community_id, name, town, latitude, longitude)
		 select case when v % 2 = 0 then $1::uuid else $2::uuid end, 'Bench venue ' || v,
		   case when v % 2 = 0 then 'Bristol' else 'Manchester' end,
		   case when v % 2 = 0 then 51.45 else 53.48 end + v * 0.001, case when v % 2 = 0 then -2.59 else -2.24 end
		 from generate_series(0, 19) v`,
		[bristol, manchester]
	);
	await db.query(
		`with venues as (select id, community_id, row_number() over (partition by community_id order by name) - 1 as n from public.venues where name like 'Bench venue %')
		 insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, format, status, cancel_reason, capacity)
		 select v.community_id, case when e % 10 = 3 then null else v.id end, 'Bench event ' || e,
		   'A meetup to share what we know about digital inclusion, with tea.',
		   date_trunc('hour', now()) + make_interval(days => (e % 730) - 365, hours => e % 9 + 9),
		   date_trunc('hour', now()) + make_interval(days => (e % 730) - 365, hours => e % 9 + 11),
		   case when e % 10 = 3 then 'online' when e % 10 = 7 then 'hybrid' else 'in_person' end,
		   case when e % 20 = 5 then 'cancelled' when e % 20 = 11 then 'draft' else 'published' end,
		   case when e % 20 = 5 then 'The venue is closed.' else '' end,
		   case when e % 3 = 0 then null else 30 + e % 50 end
		 from generate_series(0, $1 - 1) e
		 join venues v on v.community_id = case when e % 2 = 0 then $2::uuid else $3::uuid end and v.n = e % 10`,
		[count, bristol, manchester]
	);
	await db.query('analyze public.events; analyze public.venues; analyze public.event_places');
}

/** Events for the RSVP figures (far ahead, room for everyone) and, already over, for feedback. */
export async function loadRsvpEvents(db: Db, count: number, members: string[]) {
	const made = async (startsIn: string) =>
		(
			await db.query<{ id: string }>(
				`insert into public.events (community_id, venue_id, title, starts_at, ends_at, capacity, status)
				 select $1, 'b0000000-0000-4000-8000-000000000001', 'RSVP bench event ' || n,
				   now() + $3::interval, now() + $3::interval + interval '2 hours', 100000, 'published'
				 from generate_series(1, $2) n returning id`,
				[bristol, count, startsIn]
			)
		).rows.map((r) => r.id);
	const upcoming = await made('7 days');
	const past = await made('-2 days');
	// Everyone said they would come to the past ones, so everyone may give feedback.
	await db.query(
		`insert into public.rsvps (event_id, user_id, status, places)
		 select e, u, 'going', 1 from unnest($1::uuid[]) e, unnest($2::uuid[]) u`,
		[past, members]
	);
	return { upcoming, past };
}
