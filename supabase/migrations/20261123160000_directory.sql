-- "Who near me can help": members' and organisations' offers of help, their contact
-- details, and reports. Private by design:
--   * a member's location is snapped to a ~1 km grid cell by a trigger before it is stored;
--     the point they sent is never kept (an organisation keeps its public address point);
--   * nobody reads the grid cell through the API (column privileges): locations come out
--     only through helpers_near(), as the centre of the cell, coarsened to ~5 km when
--     fewer than 5 people are listed in the cell, with distances rounded to whole km;
--   * contact details live in helper_contacts, readable by signed-in members only.

-- The grid ---------------------------------------------------------------------------------
-- Rows are 0.009° of latitude (~1 km). Columns are ~1 km wide too: their width in degrees
-- is fixed per band of 5 rows (the coarse level), so 5×5 fine cells make one coarse cell.
-- These small immutable functions set no search_path of their own: a function with its own
-- settings is never inlined, and the near-me search calls them for every cell in its box.
-- Their bodies name their functions by schema, pg_catalog is always searched first, none is
-- security definer, and the definer functions that use them keep their own search_path = ''.

create function private.cell_width(band integer)
returns double precision
language sql immutable
as $$ select 0.009 / cos(radians((band + 0.5) * 0.045)) $$;

create function private.band_of(cell_y integer)
returns integer
language sql immutable
as $$ select floor(cell_y / 5.0)::integer $$;

create function private.cell_y(latitude double precision)
returns integer
language sql immutable
as $$ select floor(latitude / 0.009)::integer $$;

create function private.cell_x(latitude double precision, longitude double precision)
returns integer
language sql immutable
as $$ select floor(longitude / private.cell_width(private.band_of(private.cell_y(latitude))))::integer $$;

-- Great-circle distance in km.
create function private.km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
returns double precision
language sql immutable
as $$
  select 2 * 6371 * asin(least(1, sqrt(
    sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2)))
$$;

create function private.valid_languages(codes text[])
returns boolean
language sql immutable
set search_path = ''
as $$ select cardinality(codes) <= 20 and coalesce(bool_and(c ~ '^[a-z]{2,3}$'), true) from unnest(codes) c $$;

-- Helpers ----------------------------------------------------------------------------------

create table public.helpers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  kind text not null default 'member' check (kind in ('member', 'organisation')),
  community_id uuid references public.communities (id) on delete set null,
  display_name text not null check (length(trim(display_name)) between 2 and 80),
  summary text not null check (length(trim(summary)) between 10 and 500),
  topics text[] not null default '{}' check (private.valid_choices(topics, array[
    'mental-health', 'dementia', 'homelessness', 'racism', 'social-inclusion', 'refugee-support',
    'digital-inclusion', 'data-and-privacy', 'funding-bids', 'older-people', 'disability', 'young-people'])),
  skills text[] not null default '{}' check (private.valid_choices(skills, array[
    'digital-strategy', 'marketing', 'web', 'data', 'training', 'lending-equipment', 'fixing-devices',
    'social-media', 'accessibility'])),
  languages text[] not null default '{en}' check (cardinality(languages) >= 1 and private.valid_languages(languages)),
  modes text[] not null check (cardinality(modes) >= 1 and private.valid_choices(modes, array['in_person', 'online', 'phone'])),
  availability text not null default '' check (length(availability) <= 300),
  -- The area as the helper named it ("BS5", "Easton"): coarse, shown to everyone.
  area text not null default '' check (length(area) <= 80),
  -- Organisations only: a public address and its exact point. For members the trigger
  -- turns latitude/longitude into a cell and clears them: write-only, never stored.
  address text not null default '' check (length(address) <= 200),
  latitude double precision,
  longitude double precision,
  cell_y integer,
  cell_x integer,
  paused boolean not null default false,
  hidden_by_coordinator boolean not null default false,
  hidden_reason text not null default '' check (length(hidden_reason) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Organisations only: latitude/longitude are their public address, shown exactly (e.g.
  -- placed from a full postcode); a town or postcode area given instead is snapped like a
  -- member's and the point forgotten.
  exact_point boolean not null default false,
  check (kind = 'organisation' or (address = '' and latitude is null and longitude is null)),
  check ((cell_y is null) = (cell_x is null)),
  -- Meeting in person needs somewhere to meet near.
  check (cell_y is not null or not ('in_person' = any (modes))),
  constraint helpers_exact_point_is_an_organisation check (not exact_point or kind = 'organisation'),
  -- After the trigger: a point is kept exactly when, and only when, it is a public address.
  constraint helpers_point_kept_only_when_exact check (exact_point = (latitude is not null and longitude is not null))
);
comment on table public.helpers is 'An offer of help from a member or an organisation. Member locations are ~1 km grid cells only.';
comment on column public.helpers.latitude is 'Organisations: their public address point. Members: write-only, snapped to cell_y/cell_x and cleared.';
comment on column public.helpers.exact_point is 'Organisations only: latitude/longitude are their public address, shown exactly.';

create unique index helpers_one_per_member on public.helpers (user_id) where kind = 'member';
create index helpers_user on public.helpers (user_id);
create index helpers_community on public.helpers (community_id);
-- Listings shown by their cell, by cell; organisations at their address, by cell too (for
-- the box); those with no place; and everyone by name, for searches with no place. Each
-- carries what the filters read, so a search reads the table only for the page it shows.
create index helpers_shown_by_cell on public.helpers (cell_y, cell_x) include (id, display_name, topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and not exact_point;
create index helpers_shown_exactly on public.helpers (cell_y, cell_x) include (id, display_name, latitude, longitude, topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and exact_point;
create index helpers_listed_nowhere on public.helpers (display_name, id) include (topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator and cell_y is null;
create index helpers_listed_by_name on public.helpers (display_name, id) include (topics, skills, languages, modes)
  where not paused and not hidden_by_coordinator;

create function private.snap_helper_location()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.exact_point and new.kind <> 'organisation' then
    raise exception 'only organisations show an exact point' using errcode = '23514', hint = 'area';
  end if;
  if new.latitude is not null and new.longitude is not null then
    if new.latitude not between -90 and 90 or new.longitude not between -180 and 180 then
      raise exception 'location out of range' using errcode = '22023', hint = 'area';
    end if;
    new.cell_y := private.cell_y(new.latitude);
    new.cell_x := private.cell_x(new.latitude, new.longitude);
    if not new.exact_point then
      new.latitude := null;
      new.longitude := null;
    end if;
  elsif new.latitude is not null or new.longitude is not null then
    raise exception 'give both latitude and longitude' using errcode = '22023', hint = 'area';
  elsif new.exact_point then
    raise exception 'an exact point needs latitude and longitude' using errcode = '22023', hint = 'area';
  elsif tg_op = 'INSERT' or (new.area = '' and old.area <> '') then
    -- No point given: a new listing without a place, or an area just cleared. Any other
    -- update (hiding, pausing, editing the text) keeps the cell as it was.
    new.cell_y := null;
    new.cell_x := null;
  end if;
  return new;
end
$$;

create trigger helpers_snap before insert or update on public.helpers
  for each row execute function private.snap_helper_location();
create trigger helpers_touch before update on public.helpers
  for each row execute function private.touch_updated_at();

-- A member can list at most 10 organisations, so one account cannot flood the directory.
create function private.limit_organisations()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.kind = 'organisation' and (
    select count(*) from public.helpers h where h.user_id = new.user_id and h.kind = 'organisation') >= 10 then
    raise exception 'at most 10 organisations per member' using errcode = '23514', hint = 'organisation_limit';
  end if;
  return new;
end
$$;

create trigger helpers_limit_organisations before insert on public.helpers
  for each row execute function private.limit_organisations();

-- Who coordinates a listing: coordinators of its community; for listings in no community,
-- any coordinator.
create function private.coordinates(community uuid)
returns boolean
language sql stable
set search_path = ''
as $$
  select case when community is null
    then exists (select 1 from public.community_members m where m.user_id = (select auth.uid()) and m.role = 'coordinator')
    else private.has_community_role(community, array['coordinator']) end
$$;
revoke all on function private.coordinates(uuid) from public;
grant execute on function private.coordinates(uuid) to authenticated, service_role;

alter table public.helpers enable row level security;

create policy "Anyone reads listed helpers"
  on public.helpers for select to anon, authenticated
  using (not paused and not hidden_by_coordinator);

create policy "Owners read their own listings"
  on public.helpers for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Coordinators read listings they look after"
  on public.helpers for select to authenticated
  using (private.coordinates(community_id));

create policy "Members create their own listings"
  on public.helpers for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (community_id is null or private.has_community_role(community_id, array['member', 'organiser', 'coordinator'])));

create policy "Owners update their own listings"
  on public.helpers for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid())
    and (community_id is null or private.has_community_role(community_id, array['member', 'organiser', 'coordinator'])));

create policy "Owners delete their own listings"
  on public.helpers for delete to authenticated
  using (user_id = (select auth.uid()));

-- Column privileges: the grid cell is never readable through the API, and only
-- coordinators (through set_helper_hidden) change whether a listing is hidden.
revoke all on public.helpers from anon, authenticated;
-- Anonymous visitors do not read who owns a listing (user_id).
grant select (id, kind, community_id, display_name, summary, topics, skills, languages, modes,
  availability, area, address, latitude, longitude, exact_point, paused, hidden_by_coordinator,
  hidden_reason, created_at, updated_at) on public.helpers to anon, authenticated;
grant select (user_id) on public.helpers to authenticated;
grant insert (kind, community_id, display_name, summary, topics, skills, languages, modes, availability,
  area, address, latitude, longitude, exact_point, paused) on public.helpers to authenticated;
grant update (community_id, display_name, summary, topics, skills, languages, modes, availability,
  area, address, latitude, longitude, exact_point, paused) on public.helpers to authenticated;
grant delete on public.helpers to authenticated;

-- Contact: one channel, chosen by the helper -----------------------------------------------

create table public.helper_contacts (
  helper_id uuid primary key references public.helpers (id) on delete cascade,
  channel text not null check (channel in ('email', 'phone', 'link', 'other')),
  value text not null check (length(trim(value)) between 3 and 200),
  check (channel <> 'email' or value ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  check (channel <> 'link' or value ~ '^https://'),
  check (channel <> 'phone' or value ~ '^\+?[0-9 ()-]{6,20}$')
);

alter table public.helper_contacts enable row level security;

create policy "Signed-in members read how to reach listed helpers"
  on public.helper_contacts for select to authenticated
  using (exists (
    select 1 from public.helpers h
    where h.id = helper_id and ((not h.paused and not h.hidden_by_coordinator) or h.user_id = (select auth.uid()))));

create policy "Owners set how to reach them"
  on public.helper_contacts for insert to authenticated
  with check (exists (select 1 from public.helpers h where h.id = helper_id and h.user_id = (select auth.uid())));

create policy "Owners change how to reach them"
  on public.helper_contacts for update to authenticated
  using (exists (select 1 from public.helpers h where h.id = helper_id and h.user_id = (select auth.uid())))
  with check (exists (select 1 from public.helpers h where h.id = helper_id and h.user_id = (select auth.uid())));

revoke all on public.helper_contacts from anon;
revoke delete, truncate on public.helper_contacts from authenticated;

-- Reports ----------------------------------------------------------------------------------

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  helper_id uuid not null references public.helpers (id) on delete cascade,
  -- Kept, as nobody's, when the reporter deletes their account.
  reporter_id uuid default auth.uid() references auth.users (id) on delete set null,
  reason text not null check (reason in ('wrong', 'unsafe', 'spam', 'unkind', 'other')),
  note text not null default '' check (length(note) <= 1000),
  status text not null default 'open' check (status in ('open', 'resolved')),
  created_at timestamptz not null default now(),
  resolved_at timestamptz
);
create index reports_helper on public.reports (helper_id);
create index reports_reporter on public.reports (reporter_id);

alter table public.reports enable row level security;

create policy "Members report listings they can see"
  on public.reports for insert to authenticated
  with check (
    reporter_id = (select auth.uid())
    and exists (select 1 from public.helpers h where h.id = helper_id and not h.paused and not h.hidden_by_coordinator));

create policy "Reporters read their own reports"
  on public.reports for select to authenticated
  using (reporter_id = (select auth.uid()));

create policy "Coordinators read reports on listings they look after"
  on public.reports for select to authenticated
  using (exists (select 1 from public.helpers h where h.id = helper_id and private.coordinates(h.community_id)));

revoke all on public.reports from anon, authenticated;
grant select on public.reports to authenticated;
grant insert (helper_id, reason, note) on public.reports to authenticated;

-- Coordinators hide or show a listing, which closes its open reports.
create function public.set_helper_hidden(helper uuid, hidden boolean, reason text default '')
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  community uuid;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select h.community_id into community from public.helpers h where h.id = helper;
  if not found then
    raise exception 'no such listing' using errcode = 'PT404';
  end if;
  if not private.coordinates(community) then
    raise exception 'only coordinators hide listings' using errcode = '42501';
  end if;
  update public.helpers h set hidden_by_coordinator = hidden,
    hidden_reason = case when hidden then left(coalesce(reason, ''), 500) else '' end
    where h.id = helper;
  update public.reports r set status = 'resolved', resolved_at = now()
    where r.helper_id = helper and r.status = 'open';
end
$$;
revoke all on function public.set_helper_hidden(uuid, boolean, text) from public, anon;
grant execute on function public.set_helper_hidden(uuid, boolean, text) to authenticated;

-- Near-me search ---------------------------------------------------------------------------
-- Where a listing is shown: an organisation's public address exactly; everyone else at the
-- centre of their ~1 km cell when at least 5 listed members share it, else at the centre
-- of the ~5 km cell around it. Distances are measured from the shown place, so the radius
-- and the order reveal nothing finer.
--   * private.listed_cells keeps, per ~1 km cell, how many listed members are in it (which
--     decides how precisely the cell is shown) and how many listings it shows, up to date
--     by trigger; it is never readable through the API (a count per cell would say what
--     the coarsening hides);
--   * the search picks the cells near the point first (a few hundred rows), with their
--     shown place and distance, and only then reads the listings in those cells;
--   * the page and the total are taken apart, so the page can stop after its rows.

create type public.nearby_helper as (
  id uuid,
  kind text,
  display_name text,
  summary text,
  topics text[],
  skills text[],
  languages text[],
  modes text[],
  availability text,
  area text,
  latitude double precision,
  longitude double precision,
  -- 'exact' (an organisation's address), 'cell' (~1 km) or 'area' (~5 km).
  shown_as text,
  distance_km integer,
  total bigint
);

-- A cell's shown place: its centre with 5 or more listed members, else the centre of the
-- ~5 km cell around it.
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

create function public.helpers_near(
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
revoke all on function public.helpers_near(double precision, double precision, double precision, text[], text[], text[], text[], text, integer, integer) from public;
grant execute on function public.helpers_near(double precision, double precision, double precision, text[], text[], text[], text[], text, integer, integer) to anon, authenticated;

-- One listing's shown place (its page, its owner's preview), read from the per-cell counts
-- with the search's own rule for where a cell is shown. The owner of a paused or hidden
-- listing is still counted in, as if listed: what others will see once it is.
create function private.shown_place_of(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable security definer
set search_path = ''
as $$
  select
    case when t.exact_point then round(t.latitude::numeric, 5)::double precision else private.cell_latitude(t.cell_y, n.members) end,
    case when t.exact_point then round(t.longitude::numeric, 5)::double precision else private.cell_longitude(t.cell_y, t.cell_x, n.members) end,
    case when t.exact_point then 'exact' when n.members >= 5 then 'cell' else 'area' end
  from public.helpers t
    left join private.listed_cells c on c.cell_y = t.cell_y and c.cell_x = t.cell_x,
    lateral (select coalesce(c.members, 0) + (t.kind = 'member' and (t.paused or t.hidden_by_coordinator))::integer as members) n
  where t.id = helper and t.cell_y is not null
    and ((not t.paused and not t.hidden_by_coordinator) or t.user_id = (select auth.uid()))
$$;
revoke all on function private.shown_place_of(uuid) from public;
grant execute on function private.shown_place_of(uuid) to anon, authenticated;

create function public.helper_place(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable
set search_path = ''
as $$ select p.latitude, p.longitude, p.shown_as from private.shown_place_of(helper) p $$;
revoke all on function public.helper_place(uuid) from public;
grant execute on function public.helper_place(uuid) to anon, authenticated;

-- A listing and its contact are saved in one transaction, so a refused second write never
-- leaves a listing nobody can reach. Security invoker: the caller's grants and RLS decide.
create function public.save_listing(listing uuid, fields jsonb, contact jsonb)
returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  saved uuid;
begin
  if listing is null then
    insert into public.helpers (kind, display_name, summary, topics, skills, languages, modes,
        availability, area, address, latitude, longitude, exact_point)
      select coalesce(f.kind, 'member'), f.display_name, f.summary, f.topics, f.skills, f.languages,
        f.modes, f.availability, f.area, f.address, f.latitude, f.longitude, f.exact_point
      from jsonb_populate_record(null::public.helpers, fields) f
      returning id into saved;
  else
    update public.helpers h
      set (display_name, summary, topics, skills, languages, modes, availability, area, address,
          latitude, longitude, exact_point)
        = (f.display_name, f.summary, f.topics, f.skills, f.languages, f.modes, f.availability,
          f.area, f.address, f.latitude, f.longitude, f.exact_point)
      from jsonb_populate_record(null::public.helpers, fields) f
      where h.id = listing
      returning h.id into saved;
    if saved is null then
      raise exception 'listing not found' using errcode = 'PT404', hint = 'listing';
    end if;
  end if;

  insert into public.helper_contacts (helper_id, channel, value)
    values (saved, contact ->> 'channel', contact ->> 'value')
    on conflict (helper_id) do update set channel = excluded.channel, value = excluded.value;
  return saved;
end
$$;

revoke all on function public.save_listing(uuid, jsonb, jsonb) from public, anon;
grant execute on function public.save_listing(uuid, jsonb, jsonb) to authenticated;

-- Text cleaning (private.clean_text, in the first migration) on every table people write
-- text to, now that they all exist. An update fires it only when it sets a column that can
-- hold text (text, text[], jsonb), so the RSVP and waitlist writes that change a status pay
-- nothing.
do $$
declare
  name text;
  columns text;
begin
  foreach name in array array['communities', 'profiles', 'member_private', 'venues', 'events', 'event_links',
      'rsvps', 'feedback', 'helpers', 'helper_contacts', 'reports'] loop
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into columns
      from pg_attribute a
      where a.attrelid = format('public.%I', name)::regclass and a.attnum > 0 and not a.attisdropped
        and a.attgenerated = '' and a.atttypid in ('text'::regtype, 'text[]'::regtype, 'jsonb'::regtype);
    execute format('create trigger %I before insert or update of %s on public.%I for each row execute function private.clean_text()',
      name || '_clean_text', columns, name);
  end loop;
end
$$;
