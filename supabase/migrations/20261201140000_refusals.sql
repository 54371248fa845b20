-- Refusals found by the hostile-input suite (tests/db/hostile-rpc.test.ts), kept out of the
-- migrations that have landed, so a project that applied those gets them too.
--   * An event's time zone must be one the app can show times in: an IANA name Postgres
--     knows (an event in 'Mars/Olympus', written through the API, made /events fail).
--   * rsvp, give_feedback and set_helper_hidden say "not found" as PT404, which PostgREST
--     answers with a 404; P0002 came back as a 500.
-- (The snapping trigger's fix is in 20261201090000, and helpers_near's limit on words in
-- 20261201130000, which replace those functions anyway.)

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

alter table public.events drop constraint events_time_zone_check;
alter table public.events add constraint events_time_zone_check
  check (length(time_zone) between 1 and 64 and private.is_time_zone(time_zone)) not valid;
alter table public.events validate constraint events_time_zone_check;

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

create or replace function public.give_feedback(
  event uuid,
  attended boolean,
  rating smallint default null,
  felt_welcome text default null,
  took_part text default null,
  barriers text[] default '{}',
  barrier_note text default '',
  suggestions text[] default '{}',
  suggestion_note text default '',
  comment text default '',
  anonymous boolean default true
)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  target record;
begin
  if me is null then
    raise exception 'sign in to give feedback' using errcode = '42501';
  end if;
  if attended is null then
    raise exception 'say whether you went' using errcode = '22023', hint = 'attended';
  end if;
  select e.id, e.ends_at into target from public.events e
    join public.rsvps r on r.event_id = e.id and r.user_id = me and r.status in ('going', 'waitlist', 'maybe')
    where e.id = give_feedback.event and e.status = 'published';
  if not found then
    raise exception 'only people who answered can give feedback' using errcode = 'PT404', hint = 'event';
  end if;
  if target.ends_at > now() then
    raise exception 'feedback opens when the event ends' using errcode = 'P0001', hint = 'not_yet';
  end if;
  if target.ends_at < now() - interval '14 days' then
    raise exception 'feedback for this event has closed' using errcode = 'P0001', hint = 'closed';
  end if;

  insert into public.feedback as f (event_id, user_id, attended, rating, felt_welcome, took_part, barriers,
    barrier_note, suggestions, suggestion_note, comment, anonymous)
  values (target.id, me, give_feedback.attended,
    case when give_feedback.attended then give_feedback.rating end,
    case when give_feedback.attended then give_feedback.felt_welcome end,
    case when give_feedback.attended then give_feedback.took_part end,
    coalesce(give_feedback.barriers, '{}'), coalesce(give_feedback.barrier_note, ''),
    coalesce(give_feedback.suggestions, '{}'), coalesce(give_feedback.suggestion_note, ''),
    coalesce(give_feedback.comment, ''), coalesce(give_feedback.anonymous, true))
  on conflict (event_id, user_id) do update set
    attended = excluded.attended, rating = excluded.rating, felt_welcome = excluded.felt_welcome,
    took_part = excluded.took_part, barriers = excluded.barriers, barrier_note = excluded.barrier_note,
    suggestions = excluded.suggestions, suggestion_note = excluded.suggestion_note,
    comment = excluded.comment, anonymous = excluded.anonymous;

  -- "I went" counts as attendance unless an organiser already said otherwise.
  update public.rsvps r set attended = give_feedback.attended
    where r.event_id = target.id and r.user_id = me and r.attended is null;
end
$$;

create or replace function public.set_helper_hidden(helper uuid, hidden boolean, reason text default '')
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
