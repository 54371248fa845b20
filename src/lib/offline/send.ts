// Sends a queued intent to the app's own server as the form would, so the server uses
// the member's current session (refreshing it from the cookie if needed). Used by the
// page and by the service worker, so no $app imports.
import { parse } from 'devalue';
import type { Intent, Send } from './outbox';

function formOf(intent: Intent) {
	const body = new FormData();
	if (intent.kind === 'feedback') {
		for (const [name, value] of intent.fields) body.append(name, value);
		return body;
	}
	body.set('status', intent.status);
	if (intent.companion) body.set('companion', 'on');
	if (intent.accessRequests !== null) body.set('accessRequests', intent.accessRequests);
	return body;
}

export const sendIntent: Send = async (intent: Intent) => {
	const response = await fetch(`/events/${intent.eventId}/${intent.kind}`, {
		method: 'POST',
		body: formOf(intent),
		credentials: 'same-origin',
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	if (response.status >= 500) return 'offline'; // try again later rather than lose it
	const result = (await response.json()) as { type: string; location?: string; data?: string };
	if (result.type === 'redirect' && result.location) {
		const answer = new URL(result.location, 'http://hearth.invalid').searchParams.get('result');
		return { status: answer ?? undefined };
	}
	if (result.type === 'failure' && result.data) {
		const data = parse(result.data) as { errors?: Record<string, string> };
		return { error: Object.values(data.errors ?? {})[0] ?? 'rsvp.errors.unavailable' };
	}
	return { error: 'rsvp.errors.unavailable' };
};

/** One flush at a time across tabs and the service worker, so nothing is sent twice. */
export async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
	if (typeof navigator !== 'undefined' && 'locks' in navigator) {
		return navigator.locks.request('hearth-outbox', work);
	}
	return work();
}
