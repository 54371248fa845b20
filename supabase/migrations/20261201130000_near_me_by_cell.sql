-- Near me, by cell. `npm run bench` measured helpers_near at ~100-200 ms with 100,000
-- helpers (budget 20 ms): for each helper in the box it counted its cell's members in a
-- window, worked out its shown place and distance, and joined back to read it. Here:
--   * private.listed_cells keeps, per ~1 km cell, how many listed members are in it (which
--     decides how precisely the cell is shown) and how many listings it shows, up to date
--     by trigger; it is never readable through the API (a count per cell would say what
--     the coarsening hides);
--   * the search picks the cells near the point first (a few hundred rows), with their
--     shown place and distance, and only then reads the listings in those cells;
--   * the page and the total are taken apart, so the page can stop after its rows.
-- The rules are unchanged: the same shown places, distances from them, order and filters.

-- A cell's shown place: its centre with 5 or more listed members, else the centre of the
-- ~5 km cell around it. The same rule as private.shown_place, for a whole cell at once.
create function private.cell_latitude(cell_y integer, members integer)
returns double precision
language sql immutable
as $$ select round(((case when members >= 5 then cell_y + 0.5 else private.band_of(cell_y) * 5 + 2.5 end) * 0.009)::numeric, 5)::double precision $$;

create function private.cell_longitude(cell_y integer, cell_x integer, members integer)
returns double precision
language sql immutable
as $$
  select round(((case when members >= 5 then cell_x + 0.5 else floor(cell_x / 5.0) * 5 + 2.5 end)
    * private.cell_width(private.band_of(cell_y)))::numeric, 5)::double precision
$$;

create table private.listed_cells (
  cell_y integer not null,
  cell_x integer not null,
  -- Listed members in the cell: with 5 or more, it is shown to ~1 km, else to ~5 km.
  members integer not null check (members >= 0),
  -- Listed entries shown at the cell: its members, and organisations placed by area.
  listings integer not null check (listings > 0),
  -- Where the cell is shown, kept with it so a search does not work it out again.
  latitude double precision generated always as (private.cell_latitude(cell_y, members)) stored,
  longitude double precision generated always as (private.cell_longitude(cell_y, cell_x, members)) stored,
  shown_as text generated always as (case when members >= 5 then 'cell' else 'area' end) stored,
  primary key (cell_y, cell_x)
);
comment on table private.listed_cells is 'Per ~1 km cell: listed members and listings shown there. Never exposed.';

create function private.shown_by_cell(cell_y integer, paused boolean, hidden boolean, exact boolean)
returns boolean
language sql immutable
as $$ select cell_y is not null and not paused and not hidden and not exact $$;

create function private.count_listed_cells()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  was boolean := tg_op <> 'INSERT' and private.shown_by_cell(old.cell_y, old.paused, old.hidden_by_coordinator, old.exact_point);
  is_now boolean := tg_op <> 'DELETE' and private.shown_by_cell(new.cell_y, new.paused, new.hidden_by_coordinator, new.exact_point);
  same boolean := was and is_now and old.cell_y = new.cell_y and old.cell_x = new.cell_x and old.kind = new.kind;
begin
  if was and not same then
    update private.listed_cells c set members = c.members - (old.kind = 'member')::integer, listings = c.listings - 1
      where c.cell_y = old.cell_y and c.cell_x = old.cell_x and c.listings > 1;
    if not found then
      delete from private.listed_cells c where c.cell_y = old.cell_y and c.cell_x = old.cell_x;
    end if;
  end if;
  if is_now and not same then
    insert into private.listed_cells as c (cell_y, cell_x, members, listings)
      values (new.cell_y, new.cell_x, (new.kind = 'member')::integer, 1)
      on conflict (cell_y, cell_x) do update set members = c.members + excluded.members, listings = c.listings + 1;
  end if;
  return null;
end
$$;
revoke all on function private.count_listed_cells() from public;

create trigger helpers_count_cells after insert or update or delete on public.helpers
  for each row execute function private.count_listed_cells();

insert into private.listed_cells (cell_y, cell_x, members, listings)
select h.cell_y, h.cell_x, count(*) filter (where h.kind = 'member'), count(*)
from public.helpers h
where private.shown_by_cell(h.cell_y, h.paused, h.hidden_by_coordinator, h.exact_point)
group by h.cell_y, h.cell_x;

-- Listings shown by their cell, by cell; organisations at their address, by cell too (for
-- the box); those with no place; and everyone by name, for searches with no place. Each
-- carries what the filters read, so a search reads the table only for the page it shows.
drop index public.helpers_listed_cells;
create index helpers_shown_by_cell on public.helpers (cell_y, cell_x) include (id, display_name, topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and not exact_point;
create index helpers_shown_exactly on public.helpers (cell_y, cell_x) include (id, display_name, latitude, longitude, topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and exact_point;
create index helpers_listed_nowhere on public.helpers (display_name, id) include (topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and cell_y is null;
create index helpers_listed_by_name on public.helpers (display_name, id) include (topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator;

-- Whether a listing answers the search's filters: any chosen topic, skill, language and
-- way of meeting (none chosen: any). Plain SQL, so it is inlined into the search.
create function private.helper_matches(
  has_topics text[], has_skills text[], has_languages text[], has_modes text[],
  topics text[], skills text[], languages text[], modes text[])
returns boolean
language sql immutable
as $$
  select (topics is null or cardinality(topics) = 0 or has_topics && topics)
    and (skills is null or cardinality(skills) = 0 or has_skills && skills)
    and (languages is null or cardinality(languages) = 0 or has_languages && languages)
    and (modes is null or cardinality(modes) = 0 or has_modes && modes)
$$;

-- Whether every word looked for is somewhere in a listing's text.
create function private.helper_has_words(helper uuid, needle text[])
returns boolean
language sql stable
as $$
  select coalesce(bool_and(lower(h.display_name || ' ' || h.summary || ' ' || h.area || ' ' || h.availability || ' '
    || array_to_string(h.topics, ' ') || ' ' || array_to_string(h.skills, ' ')) like n), true)
  from public.helpers h, unnest(needle) n
  where h.id = helper
$$;

-- The search itself. Security definer, to read the grid and the counts; it returns listed
-- helpers only (what RLS lets anyone read) with coarsened places, and lives in the
-- unexposed schema: public.helpers_near is what the API offers.
create function private.search_helpers(
  lat double precision, lng double precision, radius double precision,
  topics text[], skills text[], languages text[], modes text[], needle text[],
  skip integer, size integer)
returns setof public.nearby_helper
language plpgsql stable security definer
set search_path = ''
as $$
declare
  pad double precision := radius + 5;
  span double precision;
  y0 integer;
  y1 integer;
  x0 integer;
  x1 integer;
  words boolean := cardinality(needle) > 0;
begin
  if lat is null or lng is null then
    -- No place: everyone listed who answers, by name, shown where their cell says. The page
    -- comes from the index in name order; the total is counted on its own.
    return query
    select h.id, h.kind, h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area,
      case when h.exact_point then h.latitude else lc.latitude end,
      case when h.exact_point then h.longitude else lc.longitude end,
      case when h.exact_point then 'exact' else lc.shown_as end,
      null::integer,
      (select count(*) from public.helpers c
        where not c.paused and not c.hidden_by_coordinator
          and private.helper_matches(c.topics, c.skills, c.languages, c.modes,
            search_helpers.topics, search_helpers.skills, search_helpers.languages, search_helpers.modes)
          and (not words or private.helper_has_words(c.id, needle)))
    from (
      select c.id from public.helpers c
      where not c.paused and not c.hidden_by_coordinator
        and private.helper_matches(c.topics, c.skills, c.languages, c.modes,
          search_helpers.topics, search_helpers.skills, search_helpers.languages, search_helpers.modes)
        and (not words or private.helper_has_words(c.id, needle))
      order by c.display_name, c.id
      offset skip limit size
    ) p
      join public.helpers h on h.id = p.id
      left join private.listed_cells lc on not h.exact_point and lc.cell_y = h.cell_y and lc.cell_x = h.cell_x
    order by h.display_name, h.id;
    return;
  end if;

  -- The box: the radius plus one coarse cell (a coarsened centre may be ~3.5 km from its
  -- cell), aligned to coarse cells so each count is a whole cell's.
  y0 := private.band_of(private.cell_y(lat - pad / 111.2)) * 5;
  y1 := private.band_of(private.cell_y(lat + pad / 111.2)) * 5 + 4;
  span := pad / (111.2 * cos(radians(least(abs(lat) + pad / 111.2, 89))));
  x0 := least(
    floor(floor((lng - span) / private.cell_width(private.band_of(y0))) / 5.0),
    floor(floor((lng - span) / private.cell_width(private.band_of(y1))) / 5.0))::integer * 5;
  x1 := greatest(
    floor(floor((lng + span) / private.cell_width(private.band_of(y0))) / 5.0),
    floor(floor((lng + span) / private.cell_width(private.band_of(y1))) / 5.0))::integer * 5 + 4;

  return query
  with cells as materialized (
    -- The listed cells in the box whose shown place is within the radius, with its distance.
    select * from (
      select lc.cell_y, lc.cell_x, lc.latitude, lc.longitude, lc.shown_as, private.km(lat, lng, lc.latitude, lc.longitude) as km
      from private.listed_cells lc
      where lc.cell_y between y0 and y1 and lc.cell_x between x0 and x1
    ) d where d.km <= radius
  ),
  near as materialized (
    select h.id, h.display_name, c.latitude, c.longitude, c.shown_as, c.km
    from cells c
    join public.helpers h on h.cell_y = c.cell_y and h.cell_x = c.cell_x
    where not h.paused and not h.hidden_by_coordinator and not h.exact_point
      and private.helper_matches(h.topics, h.skills, h.languages, h.modes,
        search_helpers.topics, search_helpers.skills, search_helpers.languages, search_helpers.modes)
      and (not words or private.helper_has_words(h.id, needle))
    union all
    select * from (
      select h.id, h.display_name, h.latitude, h.longitude, 'exact', private.km(lat, lng, h.latitude, h.longitude) as km
      from public.helpers h
      where h.exact_point and not h.paused and not h.hidden_by_coordinator
        and h.cell_y between y0 and y1 and h.cell_x between x0 and x1
        and private.helper_matches(h.topics, h.skills, h.languages, h.modes,
          search_helpers.topics, search_helpers.skills, search_helpers.languages, search_helpers.modes)
        and (not words or private.helper_has_words(h.id, needle))
    ) e where e.km <= radius
  ),
  -- With a place given, people who only meet in person must be near; the rest help from anywhere.
  anywhere as materialized (
    select h.id, h.display_name, null::double precision as latitude, null::double precision as longitude,
      null::text as shown_as, null::double precision as km
    from public.helpers h
    where h.cell_y is null and not h.paused and not h.hidden_by_coordinator and h.modes && array['online', 'phone']
      and private.helper_matches(h.topics, h.skills, h.languages, h.modes,
        search_helpers.topics, search_helpers.skills, search_helpers.languages, search_helpers.modes)
      and (not words or private.helper_has_words(h.id, needle))
  ),
  page as (
    -- Those near, nearest first; then, once they run out, those who help from anywhere.
    (select n.* from near n order by n.km, n.display_name, n.id limit skip + size)
    union all
    (select a.* from anywhere a order by a.display_name, a.id limit greatest(skip + size - (select count(*) from near), 0))
  )
  select h.id, h.kind, h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area,
    p.latitude, p.longitude, p.shown_as,
    case when p.km is null then null when p.km < 20 then round(p.km)::integer else (round(p.km / 5) * 5)::integer end,
    (select count(*) from near) + (select count(*) from anywhere)
  from page p
  join public.helpers h on h.id = p.id
  order by p.km is null, p.km, p.display_name, p.id
  offset skip limit size;
end
$$;
revoke all on function private.search_helpers(double precision, double precision, double precision, text[], text[], text[], text[], text[], integer, integer) from public;
grant execute on function private.search_helpers(double precision, double precision, double precision, text[], text[], text[], text[], text[], integer, integer) to anon, authenticated;

create or replace function public.helpers_near(
  lat double precision default null,
  lng double precision default null,
  radius_km double precision default 25,
  topics text[] default null,
  skills text[] default null,
  languages text[] default null,
  modes text[] default null,
  words text default null,
  page integer default 1,
  page_size integer default 20
)
returns setof public.nearby_helper
language plpgsql stable
set search_path = ''
as $$
declare
  located boolean := lat is not null and lng is not null;
  size integer := least(greatest(coalesce(page_size, 20), 1), 50);
begin
  if located and (lat not between -90 and 90 or lng not between -180 and 180) then
    raise exception 'location out of range' using errcode = '22023';
  end if;
  -- Every word is matched against every listing: anyone may call this, so the words are few.
  if length(words) > 200 then
    raise exception 'search words are too long' using errcode = '22001', hint = 'words';
  end if;
  return query select * from private.search_helpers(
    case when located then lat end, case when located then lng end,
    least(greatest(coalesce(radius_km, 25), 1), 200),
    topics, skills, languages, modes,
    array(select distinct '%' || w || '%' from regexp_split_to_table(lower(trim(coalesce(words, ''))), '\s+') w where w <> ''),
    (least(greatest(coalesce(page, 1), 1), 1000) - 1) * size, size);
end
$$;

drop function private.shown_places(double precision, double precision, double precision);
