// What members are into and can help with: a short shared list, so people can find each
// other by topic. Labels live in profile.json under profile.topics.*.
export const topicKeys = [
	'digital-inclusion',
	'fixing-devices',
	'web',
	'social-media',
	'data-and-privacy',
	'accessibility',
	'training',
	'funding-bids',
	'open-data',
	'volunteering'
] as const;

export type Topic = (typeof topicKeys)[number];

export function isTopic(value: unknown): value is Topic {
	return typeof value === 'string' && (topicKeys as readonly string[]).includes(value);
}
