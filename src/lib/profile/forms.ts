// The Me page's forms: profile and notification choices, checked with valibot. Errors are
// translation keys, shown by the field they belong to.
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import { typedText } from '$lib/forms/typed';
import { isTopic, type Topic } from './topics';

const text = (max: number, tooLong: string) => v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong));

const profileSchema = v.object({
	display_name: v.pipe(
		v.string(),
		v.trim(),
		v.minLength(1, 'profile.errors.nameMissing'),
		v.maxLength(80, 'profile.errors.nameTooLong')
	),
	pronouns: text(40, 'profile.errors.pronounsTooLong'),
	bio: text(2000, 'profile.errors.bioTooLong'),
	languages: v.pipe(
		v.array(v.pipe(v.string(), v.maxLength(40, 'profile.errors.languagesTooLong'))),
		v.maxLength(20, 'profile.errors.languagesTooMany')
	)
});

export type ProfileField = 'display_name' | 'pronouns' | 'bio' | 'languages';
export type ProfileError = `profile.errors.${'nameMissing' | 'nameTooLong' | 'pronounsTooLong' | 'bioTooLong' | 'languagesTooLong' | 'languagesTooMany'}`;

export interface ProfileInput {
	display_name: string;
	pronouns: string;
	bio: string;
	/** As typed, comma separated: "English, Cymraeg". */
	languages: string;
	topics: Topic[];
	area: string;
}

export function readProfileForm(form: FormData): ProfileInput {
	const get = (name: string) => typedText(form, name);
	return {
		display_name: get('display_name'),
		pronouns: get('pronouns'),
		bio: get('bio'),
		languages: get('languages'),
		topics: [...new Set(form.getAll('topic').filter(isTopic))],
		area: get('area')
	};
}

export const splitLanguages = (typed: string) => [...new Set(typed.split(/[,،;\n]/).map((s) => s.trim()).filter(Boolean))];

export type ProfileCheck =
	| { ok: true; value: Omit<ProfileInput, 'languages' | 'area'> & { languages: string[] } }
	| { ok: false; errors: Partial<Record<ProfileField, ProfileError>> };

export function checkProfile(input: ProfileInput): ProfileCheck {
	const result = v.safeParse(profileSchema, { ...input, languages: splitLanguages(input.languages) });
	if (result.success) return { ok: true, value: { ...result.output, topics: input.topics } };
	// Every message in the schema above is one of these keys.
	return { ok: false, errors: fieldErrors<ProfileField, ProfileError>(result.issues) };
}

/** Stored only: nothing sends mail yet, and the page says so. */
export const notificationKeys = ['eventReminders', 'eventChanges', 'newsletter'] as const;
export type Notifications = Record<(typeof notificationKeys)[number], boolean>;

export function readNotifications(value: unknown): Notifications {
	const saved = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	return Object.fromEntries(notificationKeys.map((key) => [key, saved[key] === true])) as Notifications;
}

export const notificationsFromForm = (form: FormData): Notifications =>
	Object.fromEntries(notificationKeys.map((key) => [key, form.getAll('notification').includes(key)])) as Notifications;
