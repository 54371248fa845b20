-- Venues and events, with structured access, transport and "what it involves" facts so
-- people can tell before they go whether they can get there and take part.
--
-- Access facts are a jsonb object of known keys, each 'yes', 'no' or 'unknown' (a missing
-- key is unknown, never no). Names follow A11yJSON (venues) and schema.org
-- accessibilityFeature / accessibilityHazard (events) where those have one.

create function private.valid_facts(facts jsonb, allowed text[])
returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(facts) = 'object'
    and not exists (
      select 1 from jsonb_each(facts) f
      where f.key <> all (allowed) or f.value not in ('"yes"', '"no"', '"unknown"')
    )
$$;

-- A time zone the app can show times in: an IANA name (Area/Location, or UTC) that Postgres
-- knows. Names only, not POSIX rules or Postgres's posix/ and right/ copies, which browsers
-- and Node's Intl refuse.
create function private.is_time_zone(zone text)
returns boolean
language plpgsql stable
set search_path = ''
as $$
begin
  if zone !~ '^(UTC|GMT|[A-Z][A-Za-z_-]+(/[A-Za-z0-9_+-]+){1,2})$' then
    return false;
  end if;
  perform now() at time zone zone;
  return true;
exception when invalid_parameter_value then
  return false;
end
$$;

-- Venues: public places, with exact coordinates -------------------------------------------

create table public.venues (
  id uuid primary key default gen_random_uuid(),
  community_id uuid not null references public.communities (id) on delete cascade,
  name text not null check (length(trim(name)) between 2 and 120),
  address text not null default '' check (length(address) <= 300),
  postcode text not null default '' check (length(postcode) <= 10),
  town text not null default '' check (length(town) <= 80),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  wheelchair_grade text not null default 'unknown'
    check (wheelchair_grade in ('fully', 'partially', 'not', 'unknown')),
  access jsonb not null default '{}' check (private.valid_facts(access, array[
    'stepFreeEntrance', 'hasLift', 'accessibleToilet', 'allGenderToilet', 'changingPlaces',
    'hasInductionLoop', 'quietRoom', 'isWellLit', 'seating', 'assistanceAnimalsWelcome',
    'staffTrainedInSigning', 'babyChanging', 'stepFreeRouteFromStop', 'blueBadgeParking',
    'cycleParking'])),
  access_note text not null default '' check (length(access_note) <= 2000),
  access_contact text not null default '' check (length(access_contact) <= 200),
  -- [{ "name": "Broadmead", "mode": "bus", "lines": ["72", "m1"], "walkMinutes": 4 }]
  stops jsonb not null default '[]' check (jsonb_typeof(stops) = 'array' and jsonb_array_length(stops) <= 10),
  transport_note text not null default '' check (length(transport_note) <= 1000),
  parking_note text not null default '' check (length(parking_note) <= 500),
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((latitude is null) = (longitude is null))
);
create index venues_community on public.venues (community_id);

-- Events ----------------------------------------------------------------------------------

create table public.events (
  id uuid primary key default gen_random_uuid(),
  community_id uuid not null references public.communities (id) on delete cascade,
  venue_id uuid references public.venues (id) on delete restrict,
  title text not null check (length(trim(title)) between 3 and 140),
  summary text not null default '' check (length(summary) <= 300),
  description text not null default '' check (length(description) <= 10000),
  who_for text not null default '' check (length(who_for) <= 500),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  time_zone text not null default 'Europe/London' check (length(time_zone) between 1 and 64 and private.is_time_zone(time_zone)),
  format text not null default 'in_person' check (format in ('in_person', 'online', 'hybrid')),
  languages text[] not null default '{en}' check (cardinality(languages) between 1 and 10),
  access jsonb not null default '{}' check (private.valid_facts(access, array[
    'captions', 'signLanguage', 'largePrint', 'transcript', 'creche', 'quietRoom',
    'foodServed', 'dietaryOptions', 'publicSpeaking', 'physicalActivity', 'smallGroups',
    'speedNetworking', 'loud', 'flashingLights', 'bursaries', 'companionFree'])),
  cost_pence integer not null default 0 check (cost_pence between 0 and 100000),
  cost_note text not null default '' check (length(cost_note) <= 300),
  capacity integer check (capacity between 1 and 100000),
  status text not null default 'draft' check (status in ('draft', 'published', 'cancelled')),
  cancel_reason text not null default '' check (length(cancel_reason) <= 500),
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(description, '') || ' ' || coalesce(who_for, ''))
  ) stored,
  companion_takes_place boolean not null default true,
  check (ends_at > starts_at and ends_at - starts_at <= interval '14 days'),
  check (format = 'online' or venue_id is not null),
  check (status <> 'cancelled' or length(trim(cancel_reason)) > 0)
);
comment on column public.events.companion_takes_place is
  'Whether a carer or companion uses one of the event''s places (the organiser decides).';
create index events_upcoming on public.events (status, ends_at);
create index events_community on public.events (community_id, starts_at);
create index events_search on public.events using gin (search);
-- The events list (/events: upcoming, soonest first): in start order it stops after the
-- first page that matches, instead of reading every upcoming event and sorting.
create index events_listed_by_start on public.events (starts_at) where status in ('published', 'cancelled');

-- The joining link for online and hybrid events: organisers only here; people who RSVP
-- get it through the RSVP feature.
create table public.event_links (
  event_id uuid primary key references public.events (id) on delete cascade,
  join_url text not null check (join_url ~ '^https://' and length(join_url) <= 500),
  join_note text not null default '' check (length(join_note) <= 500)
);

create trigger venues_touch before update on public.venues
  for each row execute function private.touch_updated_at();
create trigger events_touch before update on public.events
  for each row execute function private.touch_updated_at();

-- RLS ------------------------------------------------------------------------------------

alter table public.venues enable row level security;
alter table public.events enable row level security;
alter table public.event_links enable row level security;

create policy "Anyone can read venues"
  on public.venues for select to anon, authenticated using (true);

create policy "Organisers add venues to their community"
  on public.venues for insert to authenticated
  with check (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers update their community's venues"
  on public.venues for update to authenticated
  using (private.has_community_role(community_id, array['organiser', 'coordinator']))
  with check (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers remove their community's venues"
  on public.venues for delete to authenticated
  using (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Anyone reads published and cancelled events"
  on public.events for select to anon, authenticated
  using (status in ('published', 'cancelled'));

create policy "Organisers read all their community's events, drafts too"
  on public.events for select to authenticated
  using (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers create events in their community"
  on public.events for insert to authenticated
  with check (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers update their community's events"
  on public.events for update to authenticated
  using (private.has_community_role(community_id, array['organiser', 'coordinator']))
  with check (private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers delete drafts"
  on public.events for delete to authenticated
  using (status = 'draft' and private.has_community_role(community_id, array['organiser', 'coordinator']));

create policy "Organisers manage joining links"
  on public.event_links for all to authenticated
  using (exists (
    select 1 from public.events e
    where e.id = event_id and private.has_community_role(e.community_id, array['organiser', 'coordinator'])))
  with check (exists (
    select 1 from public.events e
    where e.id = event_id and private.has_community_role(e.community_id, array['organiser', 'coordinator'])));

-- A venue must belong to the event's community.
create function private.check_event_venue()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.venue_id is not null and not exists (
    select 1 from public.venues v where v.id = new.venue_id and v.community_id = new.community_id
  ) then
    raise exception 'venue belongs to another community' using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger events_venue_check before insert or update of venue_id, community_id on public.events
  for each row execute function private.check_event_venue();

revoke all on public.venues, public.events, public.event_links from anon;
grant select on public.venues, public.events to anon;
revoke truncate on public.venues, public.events, public.event_links from authenticated;

-- An event and its joining link are saved in one transaction, so a refused second write
-- never leaves a new draft without its link. Security invoker: the caller's grants and RLS
-- decide. Null when the caller may not change the event (RLS hid it or refused the change).
create function public.save_event(target uuid, fields jsonb, join_url text)
returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  saved uuid;
begin
  if target is null then
    insert into public.events (status, community_id, venue_id, title, summary, description, who_for,
        starts_at, ends_at, time_zone, format, languages, access, cost_pence, cost_note, capacity)
      select 'draft', f.community_id, f.venue_id, f.title, f.summary, f.description, f.who_for,
        f.starts_at, f.ends_at, f.time_zone, f.format, f.languages, f.access, f.cost_pence,
        f.cost_note, f.capacity
      from jsonb_populate_record(null::public.events, fields) f
      returning id into saved;
  else
    update public.events e
      set (community_id, venue_id, title, summary, description, who_for, starts_at, ends_at,
          time_zone, format, languages, access, cost_pence, cost_note, capacity)
        = (f.community_id, f.venue_id, f.title, f.summary, f.description, f.who_for, f.starts_at,
          f.ends_at, f.time_zone, f.format, f.languages, f.access, f.cost_pence, f.cost_note,
          f.capacity)
      from jsonb_populate_record(null::public.events, fields) f
      where e.id = target
      returning e.id into saved;
    if saved is null then
      return null;
    end if;
  end if;

  if join_url is null then
    delete from public.event_links l where l.event_id = saved;
  else
    insert into public.event_links (event_id, join_url) values (saved, save_event.join_url)
      on conflict (event_id) do update set join_url = excluded.join_url;
  end if;
  return saved;
end
$$;

revoke all on function public.save_event(uuid, jsonb, text) from public, anon;
grant execute on function public.save_event(uuid, jsonb, text) to authenticated;
