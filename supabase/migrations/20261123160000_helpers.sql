-- "Who near me can help": members' and organisations' offers of help, their contact
-- details, and reports. Private by design:
--   * a member's location is snapped to a ~1 km grid cell by a trigger before it is stored;
--     the point they sent is never kept (organisations may keep a public address point);
--   * nobody reads the grid cell through the API (column privileges): locations come out
--     only through helpers_near(), as the centre of the cell, coarsened to ~5 km when
--     fewer than 5 people are listed in the cell, with distances rounded to whole km;
--   * contact details live in helper_contacts, readable by signed-in members only.

-- The grid ---------------------------------------------------------------------------------
-- Rows are 0.009° of latitude (~1 km). Columns are ~1 km wide too: their width in degrees
-- is fixed per band of 5 rows (the coarse level), so 5×5 fine cells make one coarse cell.

create function private.cell_width(band integer)
returns double precision
language sql immutable
set search_path = ''
as $$ select 0.009 / cos(radians((band + 0.5) * 0.045)) $$;

create function private.band_of(cell_y integer)
returns integer
language sql immutable
set search_path = ''
as $$ select floor(cell_y / 5.0)::integer $$;

create function private.cell_y(latitude double precision)
returns integer
language sql immutable
set search_path = ''
as $$ select floor(latitude / 0.009)::integer $$;

create function private.cell_x(latitude double precision, longitude double precision)
returns integer
language sql immutable
set search_path = ''
as $$ select floor(longitude / private.cell_width(private.band_of(private.cell_y(latitude))))::integer $$;

-- Great-circle distance in km.
create function private.km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
returns double precision
language sql immutable
set search_path = ''
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
  check (kind = 'organisation' or (address = '' and latitude is null and longitude is null)),
  check ((cell_y is null) = (cell_x is null)),
  -- Meeting in person needs somewhere to meet near.
  check (cell_y is not null or not ('in_person' = any (modes)))
);
comment on table public.helpers is 'An offer of help from a member or an organisation. Member locations are ~1 km grid cells only.';
comment on column public.helpers.latitude is 'Organisations: their public address point. Members: write-only, snapped to cell_y/cell_x and cleared.';

create unique index helpers_one_per_member on public.helpers (user_id) where kind = 'member';
create index helpers_user on public.helpers (user_id);
create index helpers_community on public.helpers (community_id);
-- The near-me search: a bounding box over the grid, listed helpers only.
create index helpers_listed_cells on public.helpers (cell_y, cell_x) where not paused and not hidden_by_coordinator;

create function private.snap_helper_location()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.latitude is not null and new.longitude is not null then
    if new.latitude not between -90 and 90 or new.longitude not between -180 and 180 then
      raise exception 'location out of range' using errcode = '22023', hint = 'area';
    end if;
    new.cell_y := private.cell_y(new.latitude);
    new.cell_x := private.cell_x(new.latitude, new.longitude);
    if new.kind = 'member' then
      new.latitude := null;
      new.longitude := null;
    end if;
  elsif new.latitude is not null or new.longitude is not null then
    raise exception 'give both latitude and longitude' using errcode = '22023', hint = 'area';
  elsif tg_op = 'INSERT' or new.area = '' or new.kind = 'organisation' then
    -- No point given: a new listing, a cleared area or an organisation without an address point.
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
grant select (id, user_id, kind, community_id, display_name, summary, topics, skills, languages, modes,
  availability, area, address, latitude, longitude, paused, hidden_by_coordinator, hidden_reason,
  created_at, updated_at) on public.helpers to anon, authenticated;
grant insert (kind, community_id, display_name, summary, topics, skills, languages, modes, availability,
  area, address, latitude, longitude, paused) on public.helpers to authenticated;
grant update (community_id, display_name, summary, topics, skills, languages, modes, availability,
  area, address, latitude, longitude, paused) on public.helpers to authenticated;
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
    raise exception 'no such listing' using errcode = 'P0002';
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
-- Where a listing may be shown: an organisation's address point; a member's cell centre
-- when at least 5 listed members share the cell, else the centre of the ~5 km cell around it.
create function private.shown_place(kind text, latitude double precision, longitude double precision,
  cell_y integer, cell_x integer, members_in_cell bigint)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql immutable
set search_path = ''
as $$
  select round(p.lat::numeric, 5)::double precision, round(p.lng::numeric, 5)::double precision, p.shown_as
  from (
    select
      case when shown_place.cell_y is null then null
        when shown_place.kind = 'organisation' and shown_place.latitude is not null then shown_place.latitude
        when members_in_cell >= 5 then (shown_place.cell_y + 0.5) * 0.009
        else (private.band_of(shown_place.cell_y) * 5 + 2.5) * 0.009 end as lat,
      case when shown_place.cell_y is null then null
        when shown_place.kind = 'organisation' and shown_place.latitude is not null then shown_place.longitude
        when members_in_cell >= 5 then (shown_place.cell_x + 0.5) * private.cell_width(private.band_of(shown_place.cell_y))
        else (floor(shown_place.cell_x / 5.0) * 5 + 2.5) * private.cell_width(private.band_of(shown_place.cell_y)) end as lng,
      case when shown_place.cell_y is null then null
        when shown_place.kind = 'organisation' and shown_place.latitude is not null then 'exact'
        when members_in_cell >= 5 then 'cell'
        else 'area' end as shown_as
  ) p
$$;

-- The shown places of listed helpers near a point (all of them when no point is given),
-- plus every listed helper with no place (online or phone only). The only code that reads
-- the grid: a bounding box over the index, widened by one coarse cell (a coarsened centre
-- may be ~3.5 km from the cell) and aligned to coarse cells so each count sees whole cells.
-- Security definer to read the grid; it returns coarsened places only, and lives in the
-- unexposed schema.
create function private.shown_places(lat double precision, lng double precision, radius_km double precision)
returns table (helper_id uuid, latitude double precision, longitude double precision, shown_as text)
language plpgsql stable security definer
set search_path = ''
as $$
declare
  located boolean := lat is not null and lng is not null;
  pad double precision := radius_km + 5;
  span double precision;
  y0 integer;
  y1 integer;
  x0 integer;
  x1 integer;
begin
  if located then
    y0 := private.band_of(private.cell_y(lat - pad / 111.2)) * 5;
    y1 := private.band_of(private.cell_y(lat + pad / 111.2)) * 5 + 4;
    -- Degrees of longitude for the padding, at the box's edge furthest from the equator.
    span := pad / (111.2 * cos(radians(least(abs(lat) + pad / 111.2, 89))));
    x0 := least(
      floor(floor((lng - span) / private.cell_width(private.band_of(y0))) / 5.0),
      floor(floor((lng - span) / private.cell_width(private.band_of(y1))) / 5.0))::integer * 5;
    x1 := greatest(
      floor(floor((lng + span) / private.cell_width(private.band_of(y0))) / 5.0),
      floor(floor((lng + span) / private.cell_width(private.band_of(y1))) / 5.0))::integer * 5 + 4;
  end if;
  return query
  with listed as (
    select h.id, h.kind, h.latitude, h.longitude, h.cell_y, h.cell_x,
      count(*) filter (where h.kind = 'member') over (partition by h.cell_y, h.cell_x) as members_in_cell
    from public.helpers h
    where not h.paused and not h.hidden_by_coordinator
      and (not located or (h.cell_y between y0 and y1 and h.cell_x between x0 and x1))
    union all
    select h.id, h.kind, null, null, null, null, 0
    from public.helpers h
    where located and not h.paused and not h.hidden_by_coordinator and h.cell_y is null
  )
  select l.id, p.latitude, p.longitude, p.shown_as
  from listed l, private.shown_place(l.kind, l.latitude, l.longitude, l.cell_y, l.cell_x, l.members_in_cell) p;
end
$$;
revoke all on function private.shown_places(double precision, double precision, double precision) from public;
grant execute on function private.shown_places(double precision, double precision, double precision) to anon, authenticated;

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

-- One query: shown places, then RLS-filtered listings, the filters, the distance from the
-- shown place (so the radius and the order reveal nothing finer), sort, page.
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
  radius double precision := least(greatest(coalesce(radius_km, 25), 1), 200);
  size integer := least(greatest(coalesce(page_size, 20), 1), 50);
  skip integer := (greatest(coalesce(page, 1), 1) - 1) * least(greatest(coalesce(page_size, 20), 1), 50);
  needle text[] := array(select '%' || w || '%' from regexp_split_to_table(lower(trim(coalesce(words, ''))), '\s+') w where w <> '');
begin
  if located and (lat not between -90 and 90 or lng not between -180 and 180) then
    raise exception 'location out of range' using errcode = '22023';
  end if;

  return query
  with measured as (
    -- Named columns: the grid cell is not readable by the caller, nor needed.
    select h.id, h.kind, h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area,
      p.latitude as shown_lat, p.longitude as shown_lng, p.shown_as,
      case when located and p.latitude is not null then private.km(lat, lng, p.latitude, p.longitude) end as km
    from private.shown_places(lat, lng, radius) p
    join public.helpers h on h.id = p.helper_id
    where not h.paused and not h.hidden_by_coordinator
  ),
  chosen as (
    select m.* from measured m
    where (m.km is null or m.km <= radius)
      and (helpers_near.topics is null or cardinality(helpers_near.topics) = 0 or m.topics && helpers_near.topics)
      and (helpers_near.skills is null or cardinality(helpers_near.skills) = 0 or m.skills && helpers_near.skills)
      and (helpers_near.languages is null or cardinality(helpers_near.languages) = 0 or m.languages && helpers_near.languages)
      and (helpers_near.modes is null or cardinality(helpers_near.modes) = 0 or m.modes && helpers_near.modes)
      -- With a place given, people who only meet in person must be near; the rest help from anywhere.
      and (not located or m.km is not null or m.modes && array['online', 'phone'])
      and (cardinality(needle) = 0 or (
        select bool_and(lower(m.display_name || ' ' || m.summary || ' ' || m.area || ' ' || m.availability || ' '
          || array_to_string(m.topics, ' ') || ' ' || array_to_string(m.skills, ' ')) like n)
        from unnest(needle) n))
  )
  select c.id, c.kind, c.display_name, c.summary, c.topics, c.skills, c.languages, c.modes, c.availability,
    c.area, c.shown_lat, c.shown_lng, c.shown_as,
    case when c.km is null then null when c.km < 20 then round(c.km)::integer else (round(c.km / 5) * 5)::integer end,
    count(*) over ()
  from chosen c
  order by c.km is null, c.km, c.display_name, c.id
  offset skip limit size;
end
$$;
revoke all on function public.helpers_near(double precision, double precision, double precision, text[], text[], text[], text[], text, integer, integer) from public;
grant execute on function public.helpers_near(double precision, double precision, double precision, text[], text[], text[], text[], text, integer, integer) to anon, authenticated;

-- One listing's shown place, for its own page: the same rules, through the same code.
create function private.shown_place_of(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable security definer
set search_path = ''
as $$
  select p.latitude, p.longitude, p.shown_as
  from public.helpers t,
    lateral (select count(*) as n from public.helpers h
      where h.cell_y = t.cell_y and h.cell_x = t.cell_x and h.kind = 'member' and not h.paused and not h.hidden_by_coordinator) f,
    private.shown_place(t.kind, t.latitude, t.longitude, t.cell_y, t.cell_x, f.n) p
  where t.id = helper and not t.paused and not t.hidden_by_coordinator and t.cell_y is not null
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
