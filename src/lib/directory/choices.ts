// The directory's shared lists. The database checks the same values (migration
// 20261123160000_directory.sql); labels live in directory.json.
export const topicKeys = [
	'digital-inclusion',
	'older-people',
	'disability',
	'mental-health',
	'dementia',
	'homelessness',
	'refugee-support',
	'racism',
	'social-inclusion',
	'young-people',
	'data-and-privacy',
	'funding-bids'
] as const;

export const skillKeys = [
	'training',
	'fixing-devices',
	'lending-equipment',
	'web',
	'social-media',
	'marketing',
	'data',
	'digital-strategy',
	'accessibility'
] as const;

export const modeKeys = ['in_person', 'online', 'phone'] as const;

/** Languages people most often ask for here; named with Intl in the page's language. */
export const languageCodes = ['en', 'cy', 'ar', 'ur', 'bn', 'pa', 'so', 'pl', 'fa', 'gu'] as const;

export const channelKeys = ['email', 'phone', 'link', 'other'] as const;
export const reportReasons = ['wrong', 'unsafe', 'spam', 'unkind', 'other'] as const;
export const distances = [2, 5, 10, 25, 50] as const;

export type Topic = (typeof topicKeys)[number];
export type Skill = (typeof skillKeys)[number];
export type Mode = (typeof modeKeys)[number];
export type Channel = (typeof channelKeys)[number];
export type ReportReason = (typeof reportReasons)[number];

/** Keeps only the allowed values, once each, in the list's order. */
export function pick<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
	return allowed.filter((value) => values.includes(value));
}
