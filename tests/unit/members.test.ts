import { describe, expect, it } from 'vitest';
import { readDecision, readJoiningRule } from '$lib/members/forms';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(entries)) data.append(name, value);
	return data;
};
const id = '3f798e38-0070-4d78-b5dc-e7292b510dcf';

describe('an organiser’s decision on a request to join', () => {
	it('reads who and whether to let them in', () => {
		expect(readDecision(form({ member: id, decision: 'approve' }))).toEqual({ member: id, approve: true });
		expect(readDecision(form({ member: id, decision: 'decline' }))).toEqual({ member: id, approve: false });
	});

	it('refuses anything else before a query runs', () => {
		expect(readDecision(form({ member: 'nope', decision: 'approve' }))).toBeNull();
		expect(readDecision(form({ member: id, decision: 'maybe' }))).toBeNull();
		expect(readDecision(form({ decision: 'approve' }))).toBeNull();
	});
});

describe('a community’s joining rule', () => {
	it('is open or approval, nothing else', () => {
		expect(readJoiningRule(form({ joining: 'open' }))).toBe('open');
		expect(readJoiningRule(form({ joining: 'approval' }))).toBe('approval');
		expect(readJoiningRule(form({ joining: 'closed' }))).toBeNull();
		expect(readJoiningRule(form({}))).toBeNull();
	});
});
