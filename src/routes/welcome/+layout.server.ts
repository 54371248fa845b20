import { currentProgress } from '$lib/onboarding/progress.server';
import type { LayoutServerLoad } from './$types';

// Every step works signed out; the first step after signing in moves cookie answers into the account.
export const load: LayoutServerLoad = async (event) => ({
	progress: await currentProgress(event),
	signedIn: !!event.locals.user
});
