// Map markers at a zoom: points close together on screen are drawn as one cluster, which
// zooms in when chosen. Supercluster does the grouping (fast, tiny, and no Leaflet plugin
// that needs a global `L`); the map draws every marker itself, as a labelled button.
// Only the lazy map imports this, so it never weighs on a page without a map.
import Supercluster from 'supercluster';
import type { MapPoint } from './map';

export type MapMarker =
	| { kind: 'point'; key: string; point: MapPoint }
	| { kind: 'cluster'; key: string; latitude: number; longitude: number; count: number; zoomTo: number };

/** Bounds as west, south, east, north. */
export type Box = [number, number, number, number];

/**
 * A marker is a label drawn from its point, at most this wide (longer names are cut short
 * on the map; the list and the popup show them whole) and 44 px tall (HelpersMap's CSS).
 */
export const markerMaxWidthPx = 140;
export const markerHeightPx = 44;

/**
 * Points nearer than a marker's diagonal are one cluster, so no two labels ever overlap:
 * overlapping buttons are too small a target to hit (WCAG 2.2, 2.5.8).
 */
const clusterRadiusPx = Math.ceil(Math.hypot(markerMaxWidthPx, markerHeightPx));

export function clusterer(points: MapPoint[], radiusPx = clusterRadiusPx) {
	const index = new Supercluster<{ at: number; count: number }, { count: number }>({
		radius: radiusPx,
		maxZoom: 16,
		map: (properties) => ({ count: properties.count }),
		reduce: (total, more) => {
			total.count += more.count;
		}
	});
	index.load(
		points.map((point, at) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [point.longitude, point.latitude] },
			properties: { at, count: point.helpers.length }
		}))
	);

	return (box: Box, zoom: number): MapMarker[] =>
		index.getClusters(box, Math.round(zoom)).map((feature) => {
			const [longitude, latitude] = feature.geometry.coordinates;
			if ('cluster' in feature.properties && feature.properties.cluster) {
				const id = feature.properties.cluster_id;
				return { kind: 'cluster', key: `cluster:${id}`, latitude, longitude, count: feature.properties.count, zoomTo: index.getClusterExpansionZoom(id) };
			}
			const point = points[(feature.properties as { at: number }).at];
			return { kind: 'point', key: `point:${point.latitude},${point.longitude},${point.shown_as}`, point };
		});
}
