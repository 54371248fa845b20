// What the production build makes a phone download: the initial JS of a route, what opening
// a map adds, which chunks hold Leaflet, and the service worker's precache. Computed from the
// built files (build/client), Vite's client manifest and the running production server, each
// file gzipped with Node's zlib at its default level. Used by the budget tests and the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');

/** The size budgets of issue #9, in KiB gzip. */
export const budgets = {
	/** Initial JS of Home, Events and an event page. */
	initialJs: 60,
	/** Initial JS of Near me plus what opening its map adds. */
	nearMeWithMap: 150,
	/** The service worker's precache (gzip: its raw size is what a phone stores, see precache()). */
	precache: 150
};

export interface Sized {
	/** A path under build/client (`_app/immutable/...`), or a URL path for precached pages. */
	file: string;
	raw: number;
	gzip: number;
}

export interface Total {
	files: Sized[];
	raw: number;
	gzip: number;
}

interface ManifestChunk {
	file: string;
	src?: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}

export const kib = (bytes: number) => bytes / 1024;

const sized = (file: string, bytes: Buffer): Sized => ({ file, raw: bytes.length, gzip: gzipSync(bytes).length });

const total = (files: Sized[]): Total => ({
	files,
	raw: files.reduce((sum, f) => sum + f.raw, 0),
	gzip: files.reduce((sum, f) => sum + f.gzip, 0)
});

// Kit's client loads the root layout and the root error page on every page, whatever the
// HTML names (client.js: `default_layout_loader(); default_error_loader();`).
const kitStartNodes = [0, 1];
const nodeKey = (id: number) => `.svelte-kit/generated/client-optimized/nodes/${id}.js`;

export function buildSize(appUrl: string, dir = root) {
	const client = join(dir, 'build/client');
	const manifestFile = join(dir, '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(manifestFile) || !existsSync(client)) throw new Error('No production build: run `npm run build` first.');
	const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(manifestFile, 'utf8'));
	const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const cache = new Map<string, Sized>();

	function sizeOf(file: string): Sized {
		let size = cache.get(file);
		if (!size) cache.set(file, (size = sized(file, readFileSync(join(client, file)))));
		return size;
	}

	/** The files with every static import they pull in, as the browser loads them. */
	function withStaticImports(files: Iterable<string>): Set<string> {
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			const key = keyOfFile.get(file);
			for (const imported of (key && manifest[key].imports) || []) visit(manifest[imported].file);
		};
		for (const file of files) visit(file);
		return seen;
	}

	const jsTotal = (files: Iterable<string>) => total([...files].filter((f) => f.endsWith('.js')).sort().map(sizeOf));

	/**
	 * The JS a route's server-rendered page loads before it is interactive: every script and
	 * modulepreload in its HTML and in its `Link` header (Kit puts them there when it renders
	 * on demand), the page nodes it hydrates and those Kit always loads, with their static
	 * imports. A redirect or an error page is an error, so nothing else is measured by mistake.
	 */
	async function initialJs(route: string, headers: Record<string, string> = {}): Promise<Total> {
		const url = new URL(route, appUrl);
		const response = await fetch(url, { headers, redirect: 'manual' });
		if (response.status !== 200) throw new Error(`${route} answered ${response.status}, not 200`);
		const html = await response.text();
		const referenced = [
			...[...(response.headers.get('link') ?? '').matchAll(/<([^>]+)>;[^,]*rel="?modulepreload/g)].map((m) => m[1]),
			...[...html.matchAll(/<link\b[^>]*>/g)].filter((m) => /rel="?modulepreload/.test(m[0])).map((m) => /href="([^"]+)"/.exec(m[0])?.[1]),
			...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
			...[...html.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1])
		];
		const files = referenced
			.filter((href): href is string => !!href)
			.map((href) => new URL(href, url))
			.filter((u) => u.origin === url.origin)
			.map((u) => decodeURI(u.pathname).slice(1));
		const hydrated = /node_ids: \[([\d, ]+)\]/.exec(html)?.[1].split(',').map(Number) ?? [];
		for (const id of new Set([...kitStartNodes, ...hydrated])) {
			const node = manifest[nodeKey(id)];
			if (node) files.push(node.file);
		}
		return jsTotal(withStaticImports(files));
	}

	/** The chunks of these manifest entries with all they import, statically or on demand. */
	function withAllImports(keys: string[]): Set<string> {
		const files = new Set<string>();
		const visit = (key: string) => {
			const chunk = manifest[key];
			if (!chunk) throw new Error(`${key} is not a chunk in Vite's client manifest`);
			if (files.has(chunk.file)) return;
			files.add(chunk.file);
			for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(imported);
		};
		for (const key of keys) visit(key);
		return files;
	}

	const beyond = (files: Set<string>, loaded: Total) => {
		const already = new Set(loaded.files.map((f) => f.file));
		return jsTotal([...files].filter((f) => !already.has(f)));
	};

	/**
	 * The JS that opening a map adds to a page that has `loaded` already: the map component
	 * (`src/lib/ui/...svelte`, imported on demand), its imports, and what it imports on demand
	 * in turn (Leaflet), transitively.
	 */
	const mapJs = (component: string, loaded: Total) => beyond(withAllImports([component]), loaded);

	/**
	 * The JS the root layout imports once it has started, on every page (service worker
	 * registration, the outbox), beyond what the page `loaded` already. Not initial JS: it
	 * waits until the page is interactive.
	 */
	const afterStart = (loaded: Total) => beyond(withAllImports(manifest[nodeKey(0)].dynamicImports ?? []), loaded);

	/**
	 * Every built JS file with Leaflet's code in it. Chunks are named by hash, and Leaflet
	 * would be merged into another chunk if something imported it statically, so this looks
	 * at the contents: Leaflet's code carries its attribution link to leafletjs.com.
	 */
	function leafletChunks(): string[] {
		return readdirSync(join(client, '_app/immutable'), { recursive: true, encoding: 'utf8' })
			.map((file) => `_app/immutable/${file}`)
			.filter((file) => file.endsWith('.js') && readFileSync(join(client, file), 'utf8').includes('leafletjs.com'))
			.sort();
	}

	/** The chunk Vite's manifest names as Leaflet's own, to check `leafletChunks` finds it. */
	const leafletManifestChunk = () => Object.values(manifest).find((c) => c.src?.startsWith('node_modules/leaflet/'))?.file;

	/**
	 * The service worker's precache: the entries Workbox injected into the built worker, each
	 * fetched from the server as the worker fetches it on install. Raw is what the phone
	 * stores; gzip is about what it downloads.
	 */
	async function precache(): Promise<Total> {
		const worker = readFileSync(join(client, 'service-worker.js'), 'utf8');
		const entries = [...worker.matchAll(/\{"(?:revision|url)":(?:"[^"]*"|null),"(?:revision|url)":(?:"[^"]*"|null)\}/g)].map(
			(m) => JSON.parse(m[0]) as { url: string }
		);
		if (!entries.length) throw new Error('No precache entries found in build/client/service-worker.js');
		const files = await Promise.all(
			entries.map(async ({ url }) => {
				const response = await fetch(new URL(url, `${appUrl}/`));
				if (!response.ok) throw new Error(`precached ${url} answered ${response.status}`);
				return sized(url, Buffer.from(await response.arrayBuffer()));
			})
		);
		return total(files.sort((a, b) => a.file.localeCompare(b.file)));
	}

	return { initialJs, mapJs, afterStart, leafletChunks, leafletManifestChunk, precache };
}

