import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Each page's CSS is a few small files (the largest, the shared layout, ~5.6 KB):
		// inlined, they no longer hold up the first paint for a round trip each. Leaflet's
		// CSS (15 KB) stays a file, loaded with the map.
		inlineStyleThreshold: 6 * 1024,
		// The service worker is built by @vite-pwa/sveltekit (injectManifest), not by Kit.
		serviceWorker: { register: false },
		// Kit adds a nonce (or a hash, on prerendered pages) to each script it writes, so no
		// inline script runs without one. Styles may be inline: Svelte and Leaflet set them.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'https://tile.openstreetmap.org', 'https://*.tile.openstreetmap.org'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};
