import { charterChanged } from '$lib/onboarding/charter';
import { nextStep, readProgress } from '$lib/onboarding/steps';
import { myMemberships, myProfile, mySettings } from '$lib/profile/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) return { email: null, me: null };
	const [profile, settings, memberships] = await Promise.all([
		myProfile(locals.supabase, locals.user.id),
		mySettings(locals.supabase, locals.user.id),
		myMemberships(locals.supabase, locals.user.id)
	]);
	return {
		email: locals.user.email,
		me: {
			profile,
			charterChanged: charterChanged(
				settings.charterVersion,
				memberships.map((m) => m.community.charter_version)
			),
			welcomeUnfinished: nextStep(readProgress(settings.onboarding)) !== null,
			organises: memberships.some((m) => m.role !== 'member' && m.status === 'approved'),
			waitingFor: memberships.filter((m) => m.status === 'pending').map((m) => m.community.name)
		}
	};
};
