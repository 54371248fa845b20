// The map every map page starts from: OpenStreetMap tiles with their attribution, and
// zoom buttons whose titles are in the page's language. Leaflet is passed in, because
// it can only be imported in the browser, by the lazy map component itself.
import type { Map } from 'leaflet';
import leafletStyles from 'leaflet/dist/leaflet.css?url';
import mapStyles from './map.css?url';

export interface MapWords {
	zoomIn: string;
	zoomOut: string;
	/** With the OpenStreetMap link already in it. */
	attribution: string;
}

export const osmLink = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export function openStreetMap(L: typeof import('leaflet'), container: HTMLElement, words: MapWords, maxZoom: number): Map {
	const map = L.map(container, { zoomControl: false });
	map.attributionControl.setPrefix(false);
	L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
	L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom, attribution: words.attribution }).addTo(map);
	return map;
}

/**
 * Gives the browser a turn: loading Leaflet, drawing the map and drawing its markers become
 * short tasks instead of one long one that holds up taps and typing on a slow phone.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Links Leaflet's styles (15 KB) and ours when a map is first shown. Imported as CSS, Kit
 * would link them from every page that can show a map, whether or not anyone asks for it.
 */
export function linkMapStyles(): Promise<unknown> {
	return Promise.all(
		[leafletStyles, mapStyles].map((href) => {
			const linked = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
			if (linked) return linked.sheet ? undefined : new Promise((done) => linked.addEventListener('load', done, { once: true }));
			const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
			const loaded = new Promise((done) => link.addEventListener('load', done, { once: true }));
			document.head.append(link);
			return loaded;
		})
	);
}
