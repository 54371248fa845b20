// The map's markers: one per shown point. People in the same (coarsened) cell share a
// point, so they share a marker, labelled with how many, which is all the clustering a
// ~1 km grid needs.
import type { NearbyHelper } from './queries';

export interface MapPoint {
	latitude: number;
	longitude: number;
	shown_as: 'exact' | 'cell' | 'area';
	helpers: { id: string; name: string }[];
}

/** How wide the circle drawn around a point is, in metres: the area the person is somewhere in. */
/** What the helpers' map shows: the points, centred on where the person searched from, if anywhere. */
export interface HelpersMapProps {
	points: MapPoint[];
	centre: { latitude: number; longitude: number } | null;
}

export const circleMetres: Record<MapPoint['shown_as'], number> = { exact: 0, cell: 700, area: 3500 };

export function mapPoints(helpers: readonly Pick<NearbyHelper, 'id' | 'display_name' | 'latitude' | 'longitude' | 'shown_as'>[]): MapPoint[] {
	const points = new Map<string, MapPoint>();
	for (const h of helpers) {
		if (h.latitude === null || h.longitude === null || h.shown_as === null) continue;
		const key = `${h.latitude},${h.longitude},${h.shown_as}`;
		const point = points.get(key) ?? { latitude: h.latitude, longitude: h.longitude, shown_as: h.shown_as, helpers: [] };
		point.helpers.push({ id: h.id, name: h.display_name });
		points.set(key, point);
	}
	return [...points.values()];
}

/** Whether the address asks for the map (?map=open): a shared or reloaded page opens it again. */
export const mapOpen = (url: URL) => url.searchParams.get('map') === 'open';

export function withMapOpen(url: URL): URL {
	const next = new URL(url);
	next.searchParams.set('map', 'open');
	return next;
}
