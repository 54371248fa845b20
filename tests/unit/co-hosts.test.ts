import { describe, expect, it } from 'vitest';
import { groupChoices, hosts, readCoHosts } from '$lib/organise/co-hosts';
import { explainDbError } from '$lib/organise/form';
import { explainAccessReadError } from '$lib/rsvp/access-requests';

const a = '0a000000-0000-4000-8000-000000000001';
const b = '0b000000-0000-4000-8000-000000000002';

describe('co-hosts in the event form', () => {
	it('a form without the field keeps the co-hosts; an empty one removes them all', () => {
		expect(readCoHosts({ title: 'Meetup' })).toEqual({ ok: true, value: null });
		expect(readCoHosts({ coHosts: '' })).toEqual({ ok: true, value: [] });
		expect(readCoHosts({ coHosts: `,${a},${b},${a}` })).toEqual({ ok: true, value: [a, b] });
	});

	it('anything but ids is refused by the field', () => {
		expect(readCoHosts({ coHosts: `,${a},'; drop table events` })).toEqual({ ok: false, errors: { coHosts: 'organise.errors.coHostsInvalid' } });
	});

	it("the database's refusal of a co-host comes back by the field", () => {
		expect(explainDbError({ code: '22023', hint: 'co_hosts', message: "co-hosts must organise in the event's community" })).toEqual({ coHosts: 'organise.errors.coHostsInvalid' });
		expect(explainDbError({ code: '42501', hint: 'co_hosts', message: 'only hosts' })).toEqual({ form: 'organise.errors.forbidden' });
	});

	it('lists each organiser once, by name, with every community they organise in', () => {
		const choices = groupChoices(
			[
				{ user_id: b, community_id: 'bristol' },
				{ user_id: a, community_id: 'bristol' },
				{ user_id: b, community_id: 'manchester' }
			],
			[
				{ id: a, display_name: 'Priya' },
				{ id: b, display_name: 'Dev' }
			],
			[
				{ id: 'bristol', name: 'Bristol' },
				{ id: 'manchester', name: 'Manchester' }
			]
		);
		expect(choices).toEqual([
			{ id: b, name: 'Dev', communities: ['Bristol', 'Manchester'] },
			{ id: a, name: 'Priya', communities: ['Bristol'] }
		]);
	});

	it('the creator and the named co-hosts host; nobody else', () => {
		expect(hosts(a, a, [])).toBe(true);
		expect(hosts(b, a, [b])).toBe(true);
		expect(hosts(b, a, [])).toBe(false);
		expect(hosts(b, null, [])).toBe(false);
	});
});

describe('reading access requests', () => {
	it('a refused read says only hosts may; anything else, to try again', () => {
		expect(explainAccessReadError({ code: '42501', hint: 'not_host' })).toBe('hosts.errors.notHost');
		expect(explainAccessReadError({ code: '22P02' })).toBe('hosts.errors.unavailable');
	});
});
