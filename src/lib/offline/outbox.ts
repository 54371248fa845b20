// Things a member did while offline, kept as their intent (not a raw request: the access
// token may have expired by the time the connection returns) in IndexedDB, and sent to
// the app's own server when they're back online. Results wait here until shown.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface RsvpIntent {
	kind: 'rsvp';
	eventId: string;
	eventTitle: string;
	status: 'going' | 'maybe' | 'cancelled';
	companion: boolean;
	/** null when the form did not ask (a saved request stays as it was). */
	accessRequests: string | null;
}

export interface FeedbackIntent {
	kind: 'feedback';
	eventId: string;
	eventTitle: string;
	/** The form's fields as posted, so the server reads them exactly as it would online. */
	fields: [string, string][];
}

export type Intent = RsvpIntent | FeedbackIntent;

export interface Queued {
	id?: number;
	intent: Intent;
	queuedAt: string;
}

export interface Outcome {
	id?: number;
	intent: Intent;
	/** What the server answered: e.g. { status: 'waitlist' }, or an error key. */
	result: { status?: string; error?: string };
	at: string;
}

interface OutboxDB extends DBSchema {
	queue: { key: number; value: Queued };
	outcomes: { key: number; value: Outcome };
}

let database: Promise<IDBPDatabase<OutboxDB>> | undefined;
const db = () =>
	(database ??= openDB<OutboxDB>('hearth-outbox', 1, {
		upgrade(store) {
			store.createObjectStore('queue', { keyPath: 'id', autoIncrement: true });
			store.createObjectStore('outcomes', { keyPath: 'id', autoIncrement: true });
		}
	}));

/** Keeps an intent; a newer one of the same kind for the same event replaces an unsent older one. */
export async function queue(intent: Intent) {
	const store = (await db()).transaction('queue', 'readwrite').store;
	for (const queued of await store.getAll()) {
		if (queued.intent.eventId === intent.eventId && queued.intent.kind === intent.kind) await store.delete(queued.id!);
	}
	await store.add({ intent, queuedAt: new Date().toISOString() });
}

export async function pending() {
	return (await db()).getAll('queue');
}

export type Send = (intent: Intent) => Promise<Outcome['result'] | 'offline'>;

/**
 * Sends what is queued, oldest first. An intent leaves the queue only once the server
 * has answered (whatever it said); if the network fails it stays for next time.
 */
export async function flush(send: Send) {
	let sent = 0;
	for (const queued of await pending()) {
		const result = await send(queued.intent).catch(() => 'offline' as const);
		if (result === 'offline') break;
		const tx = (await db()).transaction(['queue', 'outcomes'], 'readwrite');
		await tx.objectStore('queue').delete(queued.id!);
		await tx.objectStore('outcomes').add({ intent: queued.intent, result, at: new Date().toISOString() });
		await tx.done;
		sent++;
	}
	return sent;
}

/** Results not yet shown to the member; showing them removes them. */
export async function takeOutcomes() {
	const tx = (await db()).transaction('outcomes', 'readwrite');
	const outcomes = await tx.store.getAll();
	await tx.store.clear();
	await tx.done;
	return outcomes;
}

/** Everything queued or waiting to be shown, gone: at sign-out, so nobody else sends it or sees it. */
export async function forgetOutbox() {
	const tx = (await db()).transaction(['queue', 'outcomes'], 'readwrite');
	await Promise.all([tx.objectStore('queue').clear(), tx.objectStore('outcomes').clear(), tx.done]);
}
