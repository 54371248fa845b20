// Direct SQL for setting up browser tests (an event with one place, say). Never used to
// check what the app shows: that is read off the page.
import pg from 'pg';

const url = `postgresql://postgres:postgres@127.0.0.1:${process.env.HEARTH_DB_PORT ?? '54322'}/postgres`;

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** A published Bristol event at the Central Library, a week from now. */
export async function makeEvent(title: string, capacity: number | null) {
	const [row] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, capacity, status, created_by)
		 values ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', $1, 'A test event.',
		         now() + interval '7 days', now() + interval '7 days 2 hours', $2, 'published', 'a0000000-0000-4000-8000-000000000003')
		 returning id`,
		[title, capacity]
	);
	return row.id;
}

/** `count` published Bristol events titled `${word} 1`…, a day apart, a year from now. */
export async function makeEvents(word: string, count: number) {
	await sql(
		`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, status, created_by)
		 select '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', $1 || ' ' || n, 'A test event.',
		        now() + make_interval(days => 365 + n), now() + make_interval(days => 365 + n, hours => 2), 'published',
		        'a0000000-0000-4000-8000-000000000003'
		 from generate_series(1, $2) n`,
		[word, count]
	);
}

/** A Bristol event that ended `daysAgo` days ago, with these members down as going. */
export async function pastEventWith(title: string, daysAgo: number, emails: string[]) {
	const [row] = await sql<{ id: string }>(
		`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status, created_by)
		 values ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', $1,
		         now() - make_interval(days => $2) - interval '2 hours', now() - make_interval(days => $2), 'published',
		         'a0000000-0000-4000-8000-000000000003')
		 returning id`,
		[title, daysAgo]
	);
	await sql(
		`insert into public.rsvps (event_id, user_id, status, places)
		 select $1, id, 'going', 1 from auth.users where email = any($2::text[])`,
		[row.id, emails]
	);
	return row.id;
}
