import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { defineConfig } from 'vitest/config';

const themeColour = '#b4461c';
const backgroundColour = '#fffaf5';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
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
			injectManifest: {
				// Map chunks are large and only needed on map pages: fetch them on demand.
				globIgnores: ['**/*leaflet*']
			}
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
					fileParallelism: false,
					passWithNoTests: true
				}
			}
		]
	}
});
