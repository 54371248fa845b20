// The feedback form: its choices (the same keys the database accepts), reading a posted
// form with valibot, and when the form is open.
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import { typedText } from '$lib/forms/typed';

export const barriers = ['time', 'transport', 'cost', 'caring', 'work', 'health', 'confidence', 'forgot', 'access', 'stepFreeEntrance', 'hasInductionLoop', 'captions', 'signLanguage', 'quietRoom', 'creche', 'loud', 'publicSpeaking', 'food', 'language', 'other'] as const;
export const suggestions = ['creche', 'otherTime', 'weekend', 'food', 'captions', 'signLanguage', 'quieterRoom', 'stepFree', 'closerToTransport', 'online', 'smallerGroups', 'cheaper', 'reminders', 'other'] as const;
export const answers = ['yes', 'partly', 'no'] as const;
/** Barriers worth asking about first for someone who didn't make it. */
export const missedBarriers = ['time', 'transport', 'cost', 'caring', 'work', 'health', 'access', 'confidence', 'forgot', 'other'] as const;

export const windowDays = 14;

const text = (max: number) => v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, 'tooLong'));
const choice = <T extends readonly string[]>(options: T) => v.optional(v.picklist(options, 'choose'));

const schema = v.object({
	attended: v.picklist(['yes', 'no'], 'attended'),
	rating: v.optional(v.pipe(v.string(), v.transform(Number), v.integer('rating'), v.minValue(1, 'rating'), v.maxValue(5, 'rating'))),
	feltWelcome: choice(answers),
	tookPart: choice(answers),
	barriers: v.array(v.picklist(barriers, 'choose')),
	barrierNote: text(1000),
	suggestions: v.array(v.picklist(suggestions, 'choose')),
	suggestionNote: text(1000),
	comment: text(2000),
	anonymous: v.boolean()
});

export type FeedbackForm = v.InferOutput<typeof schema>;
export type FeedbackErrors = Partial<Record<keyof FeedbackForm, `feedback.errors.${string}`>>;

/** What was typed, as strings and lists, so a refused form comes back exactly as it was. */
export function typedValues(form: FormData) {
	const one = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' && value !== '' ? value : undefined;
	};
	return {
		attended: one('attended'),
		rating: one('rating'),
		feltWelcome: one('feltWelcome'),
		tookPart: one('tookPart'),
		barriers: form.getAll('barriers').map(String),
		barrierNote: typedText(form, 'barrierNote'),
		suggestions: form.getAll('suggestions').map(String),
		suggestionNote: typedText(form, 'suggestionNote'),
		comment: typedText(form, 'comment'),
		// An unticked box sends nothing; the form also sends `anonymousShown` to tell "unticked" from "absent".
		anonymous: form.get('anonymous') === 'on' || form.get('anonymousShown') !== 'yes'
	};
}

export function readFeedback(form: FormData): { ok: true; value: FeedbackForm } | { ok: false; errors: FeedbackErrors } {
	const result = v.safeParse(schema, typedValues(form));
	if (result.success) return { ok: true, value: result.output };
	const errors: FeedbackErrors = {};
	for (const [field, message] of Object.entries(fieldErrors<keyof FeedbackForm, string>(result.issues))) {
		errors[field as keyof FeedbackForm] = `feedback.errors.${message === 'tooLong' ? 'tooLong' : message === 'attended' ? 'attended' : 'choose'}`;
	}
	return { ok: false, errors };
}

/** give_feedback()'s refusals, as a status and a message by the "did you go" question. */
export function explainFeedbackError(error: { code?: string; hint?: string | null }): { status: 400 | 409; key: `feedback.errors.${'closed' | 'notYet' | 'notAnswered' | 'unavailable'}` } {
	const key = error.hint === 'closed' ? 'closed' : error.hint === 'not_yet' ? 'notYet' : error.code === 'PT404' ? 'notAnswered' : 'unavailable';
	return { status: error.code === 'P0001' ? 409 : 400, key: `feedback.errors.${key}` };
}

/** The arguments give_feedback() takes. */
export function toRpc(eventId: string, form: FeedbackForm) {
	const went = form.attended === 'yes';
	return {
		event: eventId,
		attended: went,
		rating: went ? (form.rating ?? null) : null,
		felt_welcome: went ? (form.feltWelcome ?? null) : null,
		took_part: went ? (form.tookPart ?? null) : null,
		barriers: form.barriers,
		barrier_note: form.barrierNote,
		suggestions: form.suggestions,
		suggestion_note: form.suggestionNote,
		comment: form.comment,
		anonymous: form.anonymous
	};
}

export type FeedbackWindow = 'not_yet' | 'open' | 'closed';

export function feedbackWindow(endsAt: string, now = new Date()): FeedbackWindow {
	const end = Date.parse(endsAt);
	if (now.getTime() < end) return 'not_yet';
	return now.getTime() <= end + windowDays * 86_400_000 ? 'open' : 'closed';
}
