// The page's side of the outbox: queue what was done offline, send it when the app opens
// and whenever the connection returns, and hand back the answers to show.
import { flush, queue, takeOutcomes, type Intent, type Outcome } from './outbox';
import { sendIntent, withOutboxLock } from './send';

export async function queueIntent(intent: Intent) {
	await queue(intent);
	// Chromium can also send it from the service worker, even if this tab is closed.
	const registration = await navigator.serviceWorker?.getRegistration();
	await (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })?.sync
		?.register('outbox')
		.catch(() => {});
}

/** Sends what is waiting (if online) and returns every answer not yet shown. */
export async function sendWaiting(): Promise<Outcome[]> {
	if (navigator.onLine) await withOutboxLock(() => flush(sendIntent));
	return takeOutcomes();
}

/** Calls `show` with answers now, when back online, and when the service worker sent some. */
export function watchOutbox(show: (outcomes: Outcome[]) => void) {
	const run = () => void sendWaiting().then((outcomes) => outcomes.length && show(outcomes));
	run();
	window.addEventListener('online', run);
	const fromWorker = (event: MessageEvent) => event.data?.type === 'OUTBOX_SENT' && run();
	navigator.serviceWorker?.addEventListener('message', fromWorker);
	return () => {
		window.removeEventListener('online', run);
		navigator.serviceWorker?.removeEventListener('message', fromWorker);
	};
}
