// The form actions organiser pages share: check what was typed, save it with the
// member's own session, and answer with the typed values and messages when anything fails.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireMember } from '$lib/server/guard';
import { readCoHosts } from './co-hosts';
import { checkEvent } from './event-form';
import { e, readForm, type FieldErrors, type FormValues } from './form';
import { saveEvent, saveVenue } from './queries';
import { checkVenue } from './venue-form';

export const refused = (values: FormValues, errors: FieldErrors) =>
	fail(errors.form === e('forbidden') ? 403 : 400, { values, errors });

export async function submitEvent(event: RequestEvent, id: string | null, then: 'save' | 'publish') {
	requireMember(event);
	const values = readForm(await event.request.formData());
	const checked = checkEvent(values);
	const coHosts = readCoHosts(values);
	if (!checked.ok || !coHosts.ok) return fail(400, { values, errors: { ...(checked.ok ? {} : checked.errors), ...(coHosts.ok ? {} : coHosts.errors) } });
	const saved = await saveEvent(event.locals.supabase, id, checked.value.event, checked.value.joinUrl, coHosts.value);
	if (saved.errors) return refused(values, saved.errors);
	redirect(303, then === 'publish' ? `/organise/events/${saved.id}/publish` : `/organise/events/${saved.id}/edit?done=saved`);
}

/** Saves the venue; "more" only shows another stop row, for browsers without JavaScript too. */
export async function submitVenue(event: RequestEvent, id: string | null, then: 'save' | 'more') {
	requireMember(event);
	const values = readForm(await event.request.formData());
	if (then === 'more') return { values: { ...values, stopRows: String(Number(values.stopRows || 0) + 1) }, errors: {} as FieldErrors };
	const checked = checkVenue(values);
	if (!checked.ok) return fail(400, { values, errors: checked.errors });
	const saved = await saveVenue(event.locals.supabase, id, checked.value);
	if (saved.errors) return refused(values, saved.errors);
	redirect(303, `/organise?done=venueSaved`);
}
