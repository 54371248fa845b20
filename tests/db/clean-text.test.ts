// Text written straight through the API (not through the app's forms) is stored cleaned of
// control characters and bidi overrides and isolates, as each role writes it.
import { describe, expect, it } from 'vitest';
import { bristol, demo, newMember, signIn, sql } from './api.ts';

const rlo = '\u202e';
const unwanted = `${rlo}\u2066\u202a\u0007\u001b\u0085`;
const dirty = (text: string) => `${unwanted.slice(0, 2)}${text}${unwanted.slice(2)}`;

describe('text written through the API', () => {
	it('a member’s listing, contact, report and profile keep the text, not the overrides; tabs, newlines and Arabic stay', async () => {
		const member = await newMember();
		const { data: id, error } = await member.rpc('save_listing', {
			listing: null,
			fields: { kind: 'member', display_name: dirty('gro.knab'), summary: `I help with phones.\n\tAnd ${rlo}laptops.`, topics: [], skills: [], languages: ['en'],
				modes: ['online'], availability: dirty('Evenings'), area: '', address: '', latitude: null, longitude: null, exact_point: false },
			contact: { channel: 'other', value: dirty('Ask at the library') }
		});
		expect(error).toBeNull();
		expect(await sql('select h.display_name, h.summary, h.availability, c.value from public.helpers h join public.helper_contacts c on c.helper_id = h.id where h.id = $1', [id])).toEqual([
			{ display_name: 'gro.knab', summary: 'I help with phones.\n\tAnd laptops.', availability: 'Evenings', value: 'Ask at the library' }
		]);

		const other = await newMember();
		expect((await other.from('reports').insert({ helper_id: id, reason: 'spam', note: dirty('Not a real bank') })).error).toBeNull();
		expect(await sql('select note from public.reports where helper_id = $1', [id])).toEqual([{ note: 'Not a real bank' }]);

		expect((await member.from('profiles').update({ display_name: dirty('سارة'), topics: [dirty('web')] }).eq('id', member.userId)).error).toBeNull();
		expect(await sql('select display_name, topics from public.profiles where id = $1', [member.userId])).toEqual([{ display_name: 'سارة', topics: ['web'] }]);
	});

	it('an organiser’s event and venue; a member’s RSVP note and feedback', async () => {
		const organiser = await signIn(demo.organiser);
		const { data: venue, error: venueError } = await organiser
			.from('venues').insert({ community_id: bristol, name: dirty('Clean Hall'), town: 'Bristol' }).select('id, name').single();
		expect(venueError).toBeNull();
		expect(venue!.name).toBe('Clean Hall');
		const start = new Date(Date.now() + 86_400_000);
		const { data: event } = await organiser
			.from('events')
			.insert({ community_id: bristol, venue_id: venue!.id, title: dirty('Clean meetup'), starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 3_600_000).toISOString(), status: 'published' })
			.select('id, title, search')
			.single();
		expect(event!.title).toBe('Clean meetup');
		// The search words are made from the cleaned title.
		expect(String(event!.search)).toContain("'clean'");

		const member = await newMember();
		expect((await member.rpc('rsvp', { event: event!.id, status: 'going', access_requests: dirty('A seat near the door') })).error).toBeNull();
		expect(await sql('select request from public.access_requests where event_id = $1 and user_id = $2', [event!.id, member.userId])).toEqual([
			{ request: 'A seat near the door' }
		]);

		const [{ id: past }] = await sql<{ id: string }>(
			`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status) values ($1, $2, 'Clean, past', now() - interval '1 day', now() - interval '23 hours', 'published') returning id`,
			[bristol, venue!.id]
		);
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [past, member.userId]);
		const feedback = await member.rpc('give_feedback', { event: past, attended: true, rating: 5, comment: dirty('Lovely, thank you') });
		expect(feedback.error).toBeNull();
		expect(await sql('select comment from public.feedback where event_id = $1', [past])).toEqual([{ comment: 'Lovely, thank you' }]);
	});
});
