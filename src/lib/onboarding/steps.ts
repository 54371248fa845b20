// The welcome steps, in order, and where someone is in them. Progress is kept in
// member_private.onboarding (signed in) or in a cookie (signed out), in the same shape.
import * as v from 'valibot';
import { needKeys, type Need } from '$lib/events/access';
import { topicKeys, type Topic } from '$lib/profile/topics';

export const steps = ['community', 'charter', 'interests', 'access', 'area'] as const;
export type Step = (typeof steps)[number];

export function isStep(value: unknown): value is Step {
	return typeof value === 'string' && (steps as readonly string[]).includes(value);
}

export const answersSchema = v.object({
	community: v.optional(v.pipe(v.string(), v.uuid())),
	topics: v.optional(v.array(v.picklist(topicKeys))),
	offers: v.optional(v.array(v.picklist(topicKeys))),
	needs: v.optional(v.array(v.picklist(needKeys))),
	area: v.optional(v.pipe(v.string(), v.maxLength(80)))
});
export type Answers = { community?: string; topics?: Topic[]; offers?: Topic[]; needs?: Need[]; area?: string };

/** How many answers of each kind, never what they are: what a member is offered to add. */
export interface AnswerCounts {
	topics: number;
	needs: number;
	area: boolean;
	community: boolean;
}

export function answerCounts({ answers }: Progress): AnswerCounts {
	return {
		topics: new Set([...(answers.topics ?? []), ...(answers.offers ?? [])]).size,
		needs: answers.needs?.length ?? 0,
		area: !!answers.area,
		community: !!answers.community
	};
}

/** Anything unreadable (an old or tampered cookie) counts as a fresh start, never an error. */
export const progressSchema = v.object({
	done: v.fallback(v.array(v.picklist(steps)), []),
	skipped: v.fallback(v.array(v.picklist(steps)), []),
	answers: v.fallback(answersSchema, {})
});
export interface Progress {
	done: Step[];
	skipped: Step[];
	answers: Answers;
}

export const emptyProgress = (): Progress => ({ done: [], skipped: [], answers: {} });

export function readProgress(value: unknown): Progress {
	const parsed = v.safeParse(progressSchema, value);
	return parsed.success ? parsed.output : emptyProgress();
}

export const isSettled = (progress: Progress, step: Step) => progress.done.includes(step) || progress.skipped.includes(step);

/** Where to carry on: the first step not done or skipped; null when all are (the finish page). */
export function nextStep(progress: Progress): Step | null {
	return steps.find((step) => !isSettled(progress, step)) ?? null;
}

/** The step that follows this one in order, whatever was done: going forward is predictable. */
export function stepAfter(step: Step): Step | null {
	return steps[steps.indexOf(step) + 1] ?? null;
}

export const stepPath = (step: Step | null) => (step ? `/welcome/${step}` : '/welcome/done');

/** Records a step done (with its answers) or skipped. Skipping never undoes a step done before. */
export function settle(progress: Progress, step: Step, how: 'done' | 'skipped', answers: Answers = {}): Progress {
	const done = how === 'done' ? unique([...progress.done, step]) : progress.done;
	const skipped = done.includes(step) ? progress.skipped.filter((s) => s !== step) : unique([...progress.skipped, step]);
	return { done: inOrder(done), skipped: inOrder(skipped), answers: { ...progress.answers, ...answers } };
}

/**
 * Answers given while signed out, merged into what the account already has. Nothing is lost:
 * lists are joined, a step done on either side is done, and a newer single answer wins.
 */
export function mergeProgress(saved: Progress, guest: Progress): Progress {
	const done = inOrder(unique([...saved.done, ...guest.done]));
	const skipped = inOrder(unique([...saved.skipped, ...guest.skipped]).filter((s) => !done.includes(s)));
	const a = saved.answers;
	const b = guest.answers;
	const answers: Answers = { ...a, ...dropEmpty(b) };
	for (const key of ['topics', 'offers', 'needs'] as const) {
		if (a[key] || b[key]) answers[key] = unique([...(a[key] ?? []), ...(b[key] ?? [])]) as never;
	}
	return { done, skipped, answers };
}

const unique = <T>(items: T[]) => [...new Set(items)];
const inOrder = (items: Step[]) => steps.filter((s) => items.includes(s));
const dropEmpty = (answers: Answers) =>
	Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined && value !== '')) as Answers;
