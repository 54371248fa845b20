import { on } from 'svelte/events';

/** Follows the browser's online state; call `watch` from onMount (browser only). */
export class OnlineStatus {
	online = $state(true);

	watch(): () => void {
		this.online = navigator.onLine;
		const offline = on(window, 'offline', () => (this.online = false));
		const online = on(window, 'online', () => (this.online = true));
		return () => {
			offline();
			online();
		};
	}
}
