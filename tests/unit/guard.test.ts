import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireMember, signInPath } from '$lib/server/guard';

const locals = (user: App.Locals['user']) => ({ user }) as App.Locals;

function redirectOf(run: () => unknown) {
	try {
		run();
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown;
		throw thrown;
	}
	return null;
}

describe('requireMember', () => {
	it('returns the member when signed in', () => {
		const user = { id: 'u1', email: 'a@example.org' };
		expect(requireMember({ locals: locals(user), url: new URL('http://x/me') })).toBe(user);
	});

	it('sends a visitor to sign in and back to the page, query string included', () => {
		const to = redirectOf(() => requireMember({ locals: locals(null), url: new URL('http://x/organise/insights?community=c1&since=2026-01-01') }));
		expect(to?.status).toBe(303);
		expect(to?.location).toBe(`/signin?next=${encodeURIComponent('/organise/insights?community=c1&since=2026-01-01')}`);
	});

	it('leaves out the form action, so coming back is the page, not a repost', () => {
		expect(signInPath(new URL('http://x/organise/events/e1/edit?/cancel'))).toBe(`/signin?next=${encodeURIComponent('/organise/events/e1/edit')}`);
		expect(signInPath(new URL('http://x/events/e1/feedback?/save&from=mail'))).toBe(`/signin?next=${encodeURIComponent('/events/e1/feedback?from=mail')}`);
	});

	it('comes back to another page when asked (a download comes back to its page)', () => {
		const to = redirectOf(() => requireMember({ locals: locals(null), url: new URL('http://x/me/export') }, '/me'));
		expect(to?.location).toBe('/signin?next=%2Fme');
	});
});
