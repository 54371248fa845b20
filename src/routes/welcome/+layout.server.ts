import { currentProgress, guestAnswersOffer } from '$lib/onboarding/progress.server';
import type { LayoutServerLoad } from './$types';

// Every step works signed out; a visitor's answers are offered to a member, never merged unasked.
export const load: LayoutServerLoad = async (event) => ({
	progress: await currentProgress(event),
	guestAnswers: guestAnswersOffer(event),
	signedIn: !!event.locals.user
});
