import { fail } from '@sveltejs/kit';
import { subscribeLinks } from '$lib/events/calendar';
import { memberFeedUrl, myFeedSecret, myReminderMinutes, saveReminderMinutes } from '$lib/events/feeds';
import { readReminder, reminderChoiceOf } from '$lib/events/reminder';
import { readNeeds } from '$lib/onboarding/forms';
import { notificationsFromForm } from '$lib/profile/forms';
import { mySettings, updateSettings } from '$lib/profile/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	const [{ needs, notifications }, secret, reminderMinutes] = await Promise.all([
		mySettings(locals.supabase, user.id),
		myFeedSecret(locals.supabase),
		myReminderMinutes(locals.supabase, user.id)
	]);
	const feed = memberFeedUrl(url.origin, secret);
	return { needs, notifications, calendar: { feed: subscribeLinks(feed, locals.t('calendarFeeds.myName')), reminder: reminderChoiceOf(reminderMinutes) } };
};

export const actions: Actions = {
	needs: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		await updateSettings(locals.supabase, user.id, { access_needs: readNeeds(await request.formData()) });
		return { saved: 'needs' as const };
	},
	notifications: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		await updateSettings(locals.supabase, user.id, { notifications: notificationsFromForm(await request.formData()) });
		return { saved: 'notifications' as const };
	},
	reminder: async ({ request, locals, url }) => {
		const user = requireMember({ locals, url });
		const reminder = readReminder(await request.formData());
		if (!reminder.ok) return fail(400, { reminderError: reminder.error });
		await saveReminderMinutes(locals.supabase, user.id, reminder.minutes);
		return { saved: 'reminder' as const };
	},
	newCalendarAddress: async ({ locals, url }) => {
		requireMember({ locals, url });
		await myFeedSecret(locals.supabase, true);
		return { saved: 'calendarAddress' as const };
	}
};
