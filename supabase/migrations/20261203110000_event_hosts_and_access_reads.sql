-- Access requests are health data (UK GDPR special category). They move out of rsvps,
-- which every organiser of the community reads for "who's coming", into a table only the
-- member reads. An event's hosts (its creator and the co-hosts it names, while they
-- organise in its community) read them through read_access_requests(), which logs each
-- request it returns, in the same statement, for the member to see.

-- Co-hosts --------------------------------------------------------------------------------

create table public.event_hosts (
  event_id uuid not null references public.events (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  added_at timestamptz not null default now(),
  primary key (event_id, user_id)
);
comment on table public.event_hosts is
  'Co-hosts an event names besides its creator: with the creator, the only people who read its access requests.';
create index event_hosts_user on public.event_hosts (user_id);

-- Is the caller hosting this event? Security definer so policies can ask it without
-- recursing into event_hosts' own RLS; it only ever answers about auth.uid().
create function private.is_event_host(event uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.events e
    join public.community_members m
      on m.community_id = e.community_id and m.user_id = (select auth.uid()) and m.role in ('organiser', 'coordinator')
    where e.id = event
      and (e.created_by = m.user_id
        or exists (select 1 from public.event_hosts h where h.event_id = e.id and h.user_id = m.user_id)))
$$;
revoke all on function private.is_event_host(uuid) from public;
grant execute on function private.is_event_host(uuid) to authenticated, service_role;

-- Who may be named co-host: an organiser or coordinator of the event's community, other
-- than its creator (who hosts anyway).
create function private.may_co_host(event uuid, person uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.events e
    join public.community_members m on m.community_id = e.community_id and m.user_id = person
    where e.id = event and m.role in ('organiser', 'coordinator') and e.created_by is distinct from person)
$$;
revoke all on function private.may_co_host(uuid, uuid) from public;
grant execute on function private.may_co_host(uuid, uuid) to authenticated, service_role;

alter table public.event_hosts enable row level security;

create policy "The community sees who hosts its events; co-hosts see their own"
  on public.event_hosts for select to authenticated
  using (user_id = (select auth.uid()) or exists (
    select 1 from public.events e where e.id = event_id and private.community_role(e.community_id) is not null));

create policy "Hosts name co-hosts among the community's organisers"
  on public.event_hosts for insert to authenticated
  with check (private.is_event_host(event_id) and private.may_co_host(event_id, user_id));

create policy "Hosts remove co-hosts"
  on public.event_hosts for delete to authenticated
  using (private.is_event_host(event_id));

revoke all on public.event_hosts from anon;
revoke update, truncate on public.event_hosts from authenticated;

-- Being an event's creator makes one its host, so nobody becomes it by writing the column:
-- through the API it is always the caller on insert and never changes afterwards (deleting
-- the account still sets it to null, by its foreign key).
create function private.keep_event_creator()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (select auth.uid()) is null then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_by := (select auth.uid());
  elsif new.created_by is distinct from old.created_by and new.created_by is not null then
    raise exception 'an event''s creator cannot change' using errcode = '42501', hint = 'created_by';
  end if;
  return new;
end
$$;
create trigger events_keep_creator before insert or update of created_by on public.events
  for each row execute function private.keep_event_creator();

-- Access requests -------------------------------------------------------------------------

create table public.access_requests (
  event_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  request text not null check (length(request) <= 1000),
  updated_at timestamptz not null default now(),
  primary key (event_id, user_id),
  foreign key (event_id, user_id) references public.rsvps (event_id, user_id) on delete cascade
);
comment on table public.access_requests is
  'What a member asks for to take part in an event. Read by the member; by its hosts only through read_access_requests(), which logs each read.';

insert into public.access_requests (event_id, user_id, request)
  select r.event_id, r.user_id, r.access_requests from public.rsvps r where r.access_requests <> '';

-- The trigger that cleans rsvps' text names the column; it is made again below.
drop trigger rsvps_clean_text on public.rsvps;
alter table public.rsvps drop column access_requests;

create trigger access_requests_touch before update on public.access_requests
  for each row execute function private.touch_updated_at();

alter table public.access_requests enable row level security;

create policy "Members read their own access requests"
  on public.access_requests for select to authenticated
  using (user_id = (select auth.uid()));

-- Written only by rsvp(); read by hosts only through read_access_requests().
revoke all on public.access_requests from anon;
revoke insert, update, delete, truncate on public.access_requests from authenticated;

-- Who read which request, and when: the member sees every read of theirs.
create table public.access_request_reads (
  id bigint generated always as identity primary key,
  event_id uuid not null references public.events (id) on delete cascade,
  member_id uuid not null references auth.users (id) on delete cascade,
  -- Null once the reader leaves Hearth: the member still sees that it was read, and when.
  reader_id uuid references auth.users (id) on delete set null,
  -- The reader's name as it was when they read it, as a log keeps it.
  reader_name text not null default '' check (length(reader_name) <= 80),
  read_at timestamptz not null default now()
);
create index access_request_reads_member on public.access_request_reads (member_id, event_id, read_at desc);
create index access_request_reads_reader on public.access_request_reads (reader_id);

alter table public.access_request_reads enable row level security;

create policy "Members see who read their requests; readers see their own reads"
  on public.access_request_reads for select to authenticated
  using (member_id = (select auth.uid()) or reader_id = (select auth.uid()));

-- A reader who deletes their account leaves no name behind: the member still sees the read.
create function private.forget_reader_name()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.reader_name := '';
  return new;
end
$$;
create trigger access_request_reads_forget_reader before update of reader_id on public.access_request_reads
  for each row when (new.reader_id is null) execute function private.forget_reader_name();

revoke all on public.access_request_reads from anon;
revoke insert, update, delete, truncate on public.access_request_reads from authenticated;

-- The one way a host reads access requests: those of people still coming (going, waitlist
-- or maybe), each logged for its member by the same statement that returns it, so no
-- request leaves unlogged. Security definer because nobody but the member may select the
-- table; it checks auth.uid() is a host itself.
create function public.read_access_requests(event uuid)
returns table (member_id uuid, request text)
language plpgsql security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  me uuid := auth.uid();
begin
  if me is null then
    raise exception 'sign in to read access requests' using errcode = '42501';
  end if;
  if not private.is_event_host(read_access_requests.event) then
    raise exception 'only the event''s hosts read its access requests' using errcode = '42501', hint = 'not_host';
  end if;
  return query
    with shown as (
      select a.user_id, a.request
      from public.access_requests a
      join public.rsvps r on r.event_id = a.event_id and r.user_id = a.user_id
      where a.event_id = read_access_requests.event and a.request <> '' and r.status <> 'cancelled'
    ), logged as (
      insert into public.access_request_reads (event_id, member_id, reader_id, reader_name)
      select read_access_requests.event, s.user_id, me,
        coalesce((select left(p.display_name, 80) from public.profiles p where p.id = me), '')
      from shown s
      where s.user_id <> me
    )
    select s.user_id, s.request from shown s order by s.user_id;
end
$$;
comment on function public.read_access_requests(uuid) is
  'An event''s access requests, for its hosts only; logs a read for each member whose request it returns.';
revoke all on function public.read_access_requests(uuid) from public, anon;
grant execute on function public.read_access_requests(uuid) to authenticated;

-- rsvp(), as before, with the request written to access_requests: a blank one deletes it,
-- none given (null) leaves it as it was.
create or replace function public.rsvp(
  event uuid,
  status text,
  companion boolean default false,
  access_requests text default null
)
returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  target record;
  mine public.rsvps;
  wanted_places integer;
  new_status text := status;
  with_companion boolean := coalesce(companion, false);
  companion_refused boolean := false;
  position bigint;
begin
  if me is null then
    raise exception 'sign in to RSVP' using errcode = '42501';
  end if;
  if new_status is null or new_status not in ('going', 'maybe', 'cancelled') then
    raise exception 'status must be going, maybe or cancelled' using errcode = '22023', hint = 'status';
  end if;
  if access_requests is not null and length(access_requests) > 1000 then
    raise exception 'access requests are too long' using errcode = '22001', hint = 'access_requests';
  end if;

  -- The event, as the caller may see it, and the lock every RSVP to it queues on.
  select e.id, e.status, e.starts_at, e.capacity, e.companion_takes_place into target
    from public.events e where e.id = rsvp.event and e.status in ('published', 'cancelled');
  if not found then
    raise exception 'event not found' using errcode = 'PT404', hint = 'event';
  end if;
  perform 1 from public.event_places p where p.event_id = target.id for update;
  if target.status = 'cancelled' or target.starts_at <= now() then
    raise exception 'RSVPs are closed for this event' using errcode = 'P0001', hint = 'closed';
  end if;

  select * into mine from public.rsvps r where r.event_id = target.id and r.user_id = me for update;

  -- Give back what is held; it is taken again below if still going.
  if found and mine.places > 0 then
    update public.event_places p set taken = p.taken - mine.places where p.event_id = target.id;
  end if;

  wanted_places := case when new_status = 'going'
    then 1 + (with_companion and target.companion_takes_place)::int else 0 end;

  if new_status = 'going' and mine.status = 'going' then
    -- Already going: a companion added when the event is full is refused, never their own place.
    update public.event_places p set taken = p.taken + wanted_places
      where p.event_id = target.id and (target.capacity is null or p.taken + wanted_places <= target.capacity);
    if not found then
      wanted_places := mine.places;
      with_companion := mine.companion;
      companion_refused := true;
      update public.event_places p set taken = p.taken + wanted_places where p.event_id = target.id;
    end if;
  elsif new_status = 'going' then
    -- Someone already waiting keeps their place in line; nobody jumps the queue.
    if mine.status = 'waitlist' or exists (
      select 1 from public.rsvps r where r.event_id = target.id and r.status = 'waitlist'
    ) then
      new_status := 'waitlist';
    else
      update public.event_places p set taken = p.taken + wanted_places
        where p.event_id = target.id and (target.capacity is null or p.taken + wanted_places <= target.capacity);
      if not found then
        new_status := 'waitlist';
      end if;
    end if;
  end if;

  insert into public.rsvps as r (event_id, user_id, status, companion, places, waitlist_order)
  values (
    target.id, me, new_status, with_companion,
    case when new_status = 'going' then wanted_places else 0 end,
    case when new_status = 'waitlist' then nextval('private.waitlist_order') end
  )
  on conflict (event_id, user_id) do update set
    status = excluded.status,
    companion = excluded.companion,
    places = excluded.places,
    -- Staying on the waitlist keeps one's place in line.
    waitlist_order = case when excluded.status = 'waitlist' then coalesce(r.waitlist_order, excluded.waitlist_order) end,
    promoted_at = case when excluded.status = 'going' then r.promoted_at end;

  if rsvp.access_requests = '' then
    delete from public.access_requests a where a.event_id = target.id and a.user_id = me;
  elsif rsvp.access_requests is not null then
    insert into public.access_requests as a (event_id, user_id, request)
      values (target.id, me, rsvp.access_requests)
      on conflict (event_id, user_id) do update set request = excluded.request;
  end if;

  perform private.promote_waitlist(target.id);

  select * into mine from public.rsvps r where r.event_id = target.id and r.user_id = me;
  if mine.status = 'waitlist' then
    select count(*) into position from public.rsvps r
      where r.event_id = target.id and r.status = 'waitlist' and r.waitlist_order <= mine.waitlist_order;
  end if;
  return jsonb_build_object('status', mine.status, 'companion', mine.companion,
    'companion_refused', companion_refused, 'waitlist_position', position);
end
$$;

-- save_event(), as before, and the co-hosts with it in the same transaction: null leaves
-- them as they are; a list (empty too) replaces them, for the event's hosts only.
drop function public.save_event(uuid, jsonb, text);
create function public.save_event(target uuid, fields jsonb, join_url text, co_hosts uuid[] default null)
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

  if co_hosts is not null then
    if not private.is_event_host(saved) then
      raise exception 'only the event''s hosts choose its co-hosts' using errcode = '42501', hint = 'co_hosts';
    end if;
    if cardinality(co_hosts) > 50 or exists (select 1 from unnest(co_hosts) c where c is null or not private.may_co_host(saved, c)) then
      raise exception 'co-hosts must organise in the event''s community' using errcode = '22023', hint = 'co_hosts';
    end if;
    delete from public.event_hosts h where h.event_id = saved and h.user_id <> all (co_hosts);
    insert into public.event_hosts (event_id, user_id)
      select saved, c from unnest(co_hosts) c on conflict do nothing;
  end if;
  return saved;
end
$$;
revoke all on function public.save_event(uuid, jsonb, text, uuid[]) from public, anon;
grant execute on function public.save_event(uuid, jsonb, text, uuid[]) to authenticated;

-- Text cleaning (private.clean_text) on the tables this changes, as the directory
-- migration puts it on the others: fired by writes to a column that can hold text.
do $$
declare
  name text;
  columns text;
begin
  foreach name in array array['rsvps', 'access_requests'] loop
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into columns
      from pg_attribute a
      where a.attrelid = format('public.%I', name)::regclass and a.attnum > 0 and not a.attisdropped
        and a.attgenerated = '' and a.atttypid in ('text'::regtype, 'text[]'::regtype, 'jsonb'::regtype);
    execute format('create trigger %I before insert or update of %s on public.%I for each row execute function private.clean_text()',
      name || '_clean_text', columns, name);
  end loop;
end
$$;
