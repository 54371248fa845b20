// The near-me spatial index, three ways, on the bench's throw-away database only: today's
// btree bounding box over the grid (listed_cells' primary key for cells, and
// helpers_shown_exactly for organisations at their address), the same search choosing
// both by cube + earthdistance with GiST indexes, and no spatial index at all (the baseline).
import type pg from 'pg';

const signature =
	'private.search_helpers(double precision, double precision, double precision, text[], text[], text[], text[], text[], integer, integer)';

export async function currentSearch(db: pg.Client) {
	const { rows } = await db.query<{ def: string }>(`select pg_get_functiondef('${signature}'::regprocedure) as def`);
	return rows[0].def;
}

// The two box conditions of today's search, and what replaces them.
const cellsInBox = 'lc.cell_y between y0 and y1 and lc.cell_x between x0 and x1';
const exactInBox = 'h.cell_y between y0 and y1 and h.cell_x between x0 and x1';
const around = 'extensions.earth_box(extensions.ll_to_earth(lat, lng), radius * 1000)';

/** Replaces `from` in the search's definition, failing loudly if it is not there. */
function swap(definition: string, from: string, to: string) {
	if (!definition.includes(from)) throw new Error(`bench: the near-me search no longer says "${from}"`);
	return definition.replaceAll(from, to);
}

/**
 * private.search_helpers with the same rules, choosing cells and exactly placed
 * organisations by GiST: a shown place inside the earth_box of the radius (which holds the
 * whole circle) is a candidate, and the exact distance decides, as it does today.
 */
export async function useEarthdistance(db: pg.Client, current: string) {
	await db.query(`
		create extension if not exists cube with schema extensions;
		create extension if not exists earthdistance with schema extensions;
		-- Their SQL bodies name each other unqualified; callers here run with search_path = ''.
		alter function extensions.ll_to_earth(double precision, double precision) set search_path = extensions;
		alter function extensions.earth_box(extensions.earth, double precision) set search_path = extensions;
		create index listed_cells_earth on private.listed_cells using gist (extensions.ll_to_earth(latitude, longitude));
		create index helpers_exactly_earth on public.helpers using gist (extensions.ll_to_earth(latitude, longitude))
		  where not paused and not hidden_by_coordinator and exact_point;
		analyze private.listed_cells;
		analyze public.helpers;
	`);
	let earth = swap(current, cellsInBox, `${around} operator(extensions.@>) extensions.ll_to_earth(lc.latitude, lc.longitude)`);
	earth = swap(earth, exactInBox, `${around} operator(extensions.@>) extensions.ll_to_earth(h.latitude, h.longitude)`);
	await db.query(earth);
}

/** Back to today's search, then without any spatial index: the baseline. */
export async function withoutSpatialIndex(db: pg.Client, current: string) {
	await db.query(current);
	await db.query(`
		drop index if exists private.listed_cells_earth;
		drop index if exists public.helpers_exactly_earth;
		alter table private.listed_cells drop constraint listed_cells_pkey;
		drop index public.helpers_shown_exactly;
		drop index public.helpers_shown_by_cell;
		analyze private.listed_cells;
		analyze public.helpers;
	`);
}
