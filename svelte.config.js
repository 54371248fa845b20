import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// The service worker is built by @vite-pwa/sveltekit (injectManifest), not by Kit.
		serviceWorker: { register: false }
	}
};
