import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const themeColour = '#b4461c';
const backgroundColour = '#fffaf5';

// Filled in after the client build (see precacheShell); the first two patterns are the
// icons, the web app manifest and the prerendered offline pages.
const precachePatterns = ['client/*.{ico,png,svg,webmanifest}', 'prerendered/**/*.html'];

type ManifestChunk = { file: string; src?: string; imports?: string[]; dynamicImports?: string[]; css?: string[] };

/**
 * The precache holds the app shell only: Kit's entry points, the root layout and error page,
 * the offline page, what the layout loads after it starts (service worker registration, the
 * outbox) and their imports and CSS. Every other chunk is cached by the service worker when a
 * page first loads it. Kit names chunks by hash, so the shell is read off Vite's client
 * manifest once it is written, before Workbox makes its list.
 */
function precacheShell(): Plugin {
	return {
		name: 'hearth:precache-shell',
		apply: 'build',
		closeBundle: {
			order: 'pre',
			sequential: true,
			async handler() {
				if (this.environment.config.consumer !== 'server') return;
				const manifest: Record<string, ManifestChunk> = JSON.parse(
					await readFile('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
				);
				const nodes = '.svelte-kit/generated/client-optimized/nodes/';
				const layout = `${nodes}0.js`;
				const offline = Object.keys(manifest).find(
					(key) => key.startsWith(nodes) && readFileSync(key, 'utf8').includes('src/routes/offline/')
				);
				if (!offline) throw new Error('The offline page is not in Vite\'s client manifest');
				const roots = [
					'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
					'.svelte-kit/generated/client-optimized/app.js',
					layout,
					`${nodes}1.js`,
					offline
				];
				const files = new Set<string>();
				const visit = (key: string, dynamic: boolean) => {
					const chunk = manifest[key];
					if (!chunk) throw new Error(`The app shell needs ${key}, which is not in Vite's client manifest`);
					if (files.has(chunk.file)) return;
					files.add(chunk.file);
					for (const css of chunk.css ?? []) files.add(css);
					for (const imported of chunk.imports ?? []) visit(imported, false);
					if (dynamic) for (const imported of chunk.dynamicImports ?? []) visit(imported, true);
				};
				// The layout's lazy imports run on every page; the app entry's are every route's page.
				for (const key of roots) visit(key, key === layout);
				for (const file of files) {
					if (!/^[\w./-]+$/.test(file)) throw new Error(`${file} is not a plain path; it cannot be a glob pattern`);
					precachePatterns.push(`client/${file}`);
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		precacheShell(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// Never activate a new version behind the user's back: they choose when to reload.
			registerType: 'prompt',
			injectRegister: false,
			// Vite's base is relative ('./'), which would look for the worker beside each page
			// (/events/service-worker.js from an event page) and give it only that folder.
			buildBase: '/',
			scope: '/',
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
			injectManifest: { globPatterns: precachePatterns }
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
