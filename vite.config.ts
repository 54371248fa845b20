import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const themeColour = '#b4461c';
const backgroundColour = '#fffaf5';

const precacheIgnores: string[] = [];

/**
 * Kit names chunks by hash only, so no glob can find the map library. Before the precache
 * list is made (after the client build), look its chunks up in Vite's client manifest and
 * leave them out: they are large, and loaded on demand by the pages that show a map.
 */
function keepOutOfPrecache(library: RegExp): Plugin {
	return {
		name: 'hearth:keep-out-of-precache',
		apply: 'build',
		closeBundle: {
			order: 'pre',
			sequential: true,
			async handler() {
				if (this.environment.config.consumer !== 'server') return;
				const manifest: Record<string, { file: string; css?: string[] }> = JSON.parse(
					await readFile('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
				);
				for (const [source, chunk] of Object.entries(manifest)) {
					if (!library.test(source)) continue;
					precacheIgnores.push(`client/${chunk.file}`, ...(chunk.css ?? []).map((file) => `client/${file}`));
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		// The map components' chunks carry Leaflet's CSS.
		keepOutOfPrecache(/node_modules\/leaflet\/|src\/lib\/ui\/(event\/VenueMap|directory\/HelpersMap)\.svelte$/),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// Kit builds with a relative base ('./'), which would register the worker relative
			// to each page (/events/service-worker.js, a 404) with that page's folder as its
			// scope: only pages at the root got offline support.
			base: '/',
			scope: '/',
			// Never activate a new version behind the user's back: they choose when to reload.
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'Hearth',
				short_name: 'Hearth',
				description: 'Find help, accessible events and your community of practice.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: themeColour,
				background_color: backgroundColour
			},
			// Icons are generated at build time from the one source SVG (sharp ships prebuilt binaries).
			pwaAssets: {
				image: 'static/icon.svg',
				preset: {
					...minimal2023Preset,
					maskable: {
						...minimal2023Preset.maskable,
						resizeOptions: { background: themeColour }
					},
					apple: {
						...minimal2023Preset.apple,
						resizeOptions: { background: themeColour }
					}
				},
				includeHtmlHeadLinks: false
			},
			injectManifest: { globIgnores: precacheIgnores }
		})
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['tests/db/**/*.test.ts'],
					environment: 'node',
					testTimeout: 30000,
					fileParallelism: false
				}
			}
		]
	}
});
