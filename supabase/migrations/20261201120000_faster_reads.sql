-- Two slow reads found by `npm run bench` (100,000 helpers, 10,000 events, Debian PostgreSQL).

-- The events list (/events: upcoming, soonest first, the first 200). With no index in
-- start order, PostgreSQL read every upcoming event, built each one's venue for PostgREST's
-- embedding, then sorted and kept 200. In start order it stops after the first 200 that match.
create index events_listed_by_start on public.events (starts_at) where status in ('published', 'cancelled');

-- Near me. These small immutable SQL functions each set search_path, and a function with its
-- own settings is never inlined: shown_places called shown_place, and through it cell_width
-- and band_of, as separate function calls for every listed helper in the box (~25,000 for
-- 10 km around central London), and helpers_near called km once per row. Inlined, they cost
-- what the expressions cost. Their bodies name their own functions by schema, pg_catalog is
-- always searched first, none is security definer, and the definer functions that use them
-- keep their own search_path = ''.
alter function private.cell_width(integer) reset search_path;
alter function private.band_of(integer) reset search_path;
alter function private.cell_y(double precision) reset search_path;
alter function private.cell_x(double precision, double precision) reset search_path;
alter function private.km(double precision, double precision, double precision, double precision) reset search_path;
alter function private.shown_place(text, double precision, double precision, integer, integer, bigint) reset search_path;
