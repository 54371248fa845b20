-- RSVPs: going (holding a place), waitlist (in order), maybe (no place), cancelled.
-- Capacity and the waitlist are kept by one function, rsvp(), under concurrency:
-- event_places.taken is changed only by a conditional UPDATE on a locked row, so two
-- people can never both get the last place, and the waitlist is served strictly in order.

create table public.event_places (
  event_id uuid primary key references public.events (id) on delete cascade,
  taken integer not null default 0 check (taken >= 0)
);

create table public.rsvps (
  event_id uuid not null references public.events (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  status text not null check (status in ('going', 'waitlist', 'maybe', 'cancelled')),
  companion boolean not null default false,
  -- Private: seen by the member and the event's organisers only.
  access_requests text not null default '' check (length(access_requests) <= 1000),
  -- Places this RSVP holds (0 unless going): what to give back when it changes.
  places integer not null default 0 check (places between 0 and 2),
  waitlist_order bigint,
  promoted_at timestamptz,
  promotion_seen boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  attended boolean,
  primary key (event_id, user_id),
  check ((status = 'waitlist') = (waitlist_order is not null)),
  check ((status = 'going') = (places > 0))
);
comment on column public.rsvps.attended is 'Marked by organisers, or by the member saying "I went"; null when nobody said.';
create index rsvps_user on public.rsvps (user_id);
create index rsvps_waitlist on public.rsvps (event_id, waitlist_order) where status = 'waitlist';
create sequence private.waitlist_order;

create trigger rsvps_touch before update on public.rsvps
  for each row execute function private.touch_updated_at();

create function private.create_event_places()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.event_places (event_id) values (new.id) on conflict do nothing;
  return new;
end
$$;
create trigger events_places after insert on public.events
  for each row execute function private.create_event_places();

-- Gives free places to the waitlist, first come first served. Stops at the first
-- person whose party doesn't fit, so nobody is overtaken. Caller holds the lock.
create function private.promote_waitlist(event uuid)
returns void
language plpgsql
set search_path = ''
as $$
declare
  next_in_line record;
  needed integer;
  counts_companion boolean;
begin
  select e.companion_takes_place into counts_companion from public.events e where e.id = event;
  loop
    select r.user_id, r.companion into next_in_line
      from public.rsvps r
      where r.event_id = event and r.status = 'waitlist'
      order by r.waitlist_order
      limit 1;
    exit when not found;
    needed := 1 + (next_in_line.companion and counts_companion)::int;
    update public.event_places p set taken = p.taken + needed
      from public.events e
      where p.event_id = event and e.id = event and (e.capacity is null or p.taken + needed <= e.capacity);
    exit when not found;
    update public.rsvps r
      set status = 'going', places = needed, waitlist_order = null, promoted_at = now(), promotion_seen = false
      where r.event_id = event and r.user_id = next_in_line.user_id;
  end loop;
end
$$;

-- The one way to RSVP. Security definer because members may not write rsvps or
-- event_places directly; it acts only for auth.uid() and only on events they can see.
create function public.rsvp(
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

  insert into public.rsvps as r (event_id, user_id, status, companion, access_requests, places, waitlist_order)
  values (
    target.id, me, new_status, with_companion, coalesce(rsvp.access_requests, ''),
    case when new_status = 'going' then wanted_places else 0 end,
    case when new_status = 'waitlist' then nextval('private.waitlist_order') end
  )
  on conflict (event_id, user_id) do update set
    status = excluded.status,
    companion = excluded.companion,
    access_requests = coalesce(rsvp.access_requests, r.access_requests),
    places = excluded.places,
    -- Staying on the waitlist keeps one's place in line.
    waitlist_order = case when excluded.status = 'waitlist' then coalesce(r.waitlist_order, excluded.waitlist_order) end,
    promoted_at = case when excluded.status = 'going' then r.promoted_at end;

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
revoke all on function public.rsvp(uuid, text, boolean, text) from public, anon;
grant execute on function public.rsvp(uuid, text, boolean, text) to authenticated;

-- A member has seen that they were promoted from the waitlist.
create function public.acknowledge_promotion(event uuid)
returns void
language sql security definer
set search_path = ''
as $$
  update public.rsvps r set promotion_seen = true
  where r.event_id = acknowledge_promotion.event and r.user_id = (select auth.uid())
$$;
revoke all on function public.acknowledge_promotion(uuid) from public, anon;
grant execute on function public.acknowledge_promotion(uuid) to authenticated;

-- When an organiser adds places, the waitlist moves up.
create function private.promote_after_capacity_change()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform 1 from public.event_places p where p.event_id = new.id for update;
  perform private.promote_waitlist(new.id);
  return new;
end
$$;
create trigger events_capacity_promotes after update of capacity on public.events
  for each row when (new.capacity is distinct from old.capacity and (new.capacity is null or new.capacity > coalesce(old.capacity, 0)))
  execute function private.promote_after_capacity_change();

-- RLS --------------------------------------------------------------------------------------

alter table public.rsvps enable row level security;
alter table public.event_places enable row level security;

create policy "Members see their own RSVPs"
  on public.rsvps for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Organisers see RSVPs to their community's events"
  on public.rsvps for select to authenticated
  using (exists (
    select 1 from public.events e
    where e.id = event_id and private.has_community_role(e.community_id, array['organiser', 'coordinator'])));

-- Places taken are public for events one can see (so a card can say "3 places left").
create policy "Anyone sees places taken for events they can see"
  on public.event_places for select to anon, authenticated
  using (exists (select 1 from public.events e where e.id = event_id));

-- Writes go through rsvp() only.
revoke all on public.rsvps from anon;
revoke insert, update, delete, truncate on public.rsvps from authenticated;
revoke insert, update, delete, truncate on public.event_places from anon, authenticated;

create policy "People going see the joining link"
  on public.event_links for select to authenticated
  using (exists (
    select 1 from public.rsvps r
    where r.event_id = event_links.event_id and r.user_id = (select auth.uid()) and r.status = 'going'));
