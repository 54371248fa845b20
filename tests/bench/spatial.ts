// The near-me spatial index, three ways, on the bench's throw-away database only:
// today's btree bounding box over the grid (helpers_listed_cells), the same search with
// cube + earthdistance and a GiST index, and no spatial index at all (the baseline).
import type pg from 'pg';

const signature = 'private.shown_places(double precision, double precision, double precision)';

export async function currentShownPlaces(db: pg.Client) {
	const { rows } = await db.query<{ def: string }>(`select pg_get_functiondef('${signature}'::regprocedure) as def`);
	return rows[0].def;
}

/**
 * private.shown_places with the same rules, choosing cells by the GiST index: a cell is
 * read when its centre is inside the earth_box of the radius plus 5 km (a coarsened place
 * is at most ~3.5 km from its cell), so every count still sees whole cells and helpers_near
 * keeps the same results.
 */
export async function useEarthdistance(db: pg.Client) {
	await db.query(`
		create extension if not exists cube with schema extensions;
		create extension if not exists earthdistance with schema extensions;
		-- Their SQL bodies name each other unqualified; callers here run with search_path = ''.
		alter function extensions.ll_to_earth(double precision, double precision) set search_path = extensions;
		alter function extensions.earth_box(extensions.earth, double precision) set search_path = extensions;
		create function private.cell_earth(cell_y integer, cell_x integer)
		returns extensions.earth
		language sql immutable
		set search_path = ''
		as $$ select extensions.ll_to_earth((cell_y + 0.5) * 0.009, (cell_x + 0.5) * private.cell_width(private.band_of(cell_y))) $$;
		create index helpers_listed_earth on public.helpers using gist (private.cell_earth(cell_y, cell_x))
		  where not paused and not hidden_by_coordinator;
		analyze public.helpers;

		create or replace function private.shown_places(lat double precision, lng double precision, radius_km double precision)
		returns table (helper_id uuid, latitude double precision, longitude double precision, shown_as text)
		language plpgsql stable security definer
		set search_path = ''
		as $f$
		declare
		  located boolean := lat is not null and lng is not null;
		  around extensions.cube;
		begin
		  if located then
		    around := extensions.earth_box(extensions.ll_to_earth(lat, lng), (radius_km + 5) * 1000);
		  end if;
		  return query
		  with listed as (
		    select h.id, h.kind, h.latitude, h.longitude, h.cell_y, h.cell_x,
		      count(*) filter (where h.kind = 'member') over (partition by h.cell_y, h.cell_x) as members_in_cell
		    from public.helpers h
		    where not h.paused and not h.hidden_by_coordinator
		      and (not located or around operator(extensions.@>) private.cell_earth(h.cell_y, h.cell_x))
		    union all
		    select h.id, h.kind, null, null, null, null, 0
		    from public.helpers h
		    where located and not h.paused and not h.hidden_by_coordinator and h.cell_y is null
		  )
		  select l.id, p.latitude, p.longitude, p.shown_as
		  from listed l, private.shown_place(l.kind, l.latitude, l.longitude, l.cell_y, l.cell_x, l.members_in_cell) p;
		end
		$f$;
	`);
}

/** Back to today's function, then without its index: the baseline. */
export async function withoutSpatialIndex(db: pg.Client, original: string) {
	await db.query(original);
	await db.query('drop index if exists public.helpers_listed_earth; drop index public.helpers_listed_cells; analyze public.helpers');
}
