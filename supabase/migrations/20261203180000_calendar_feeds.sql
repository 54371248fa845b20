-- Calendars that stay in sync (issue 17, part 2):
--   * each event carries a SEQUENCE that the database raises whenever something a calendar
--     shows changes (time, zone, place, format, title, status), so a subscribed calendar
--     replaces its copy instead of keeping a stale one;
--   * each member may have a private feed of what they are going to, at a secret address
--     they can reset (which makes the old address answer nothing);
--   * the reminder (VALARM) a member's calendar entries carry is their choice.

alter table public.events add column sequence integer not null default 0 check (sequence >= 0);
comment on column public.events.sequence is 'RFC 5545 SEQUENCE: raised by the database when a change a calendar shows is saved.';

create function private.raise_event_sequence()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.sequence := 0;
  elsif (new.starts_at, new.ends_at, new.time_zone, new.venue_id, new.format, new.title, new.status)
      is distinct from (old.starts_at, old.ends_at, old.time_zone, old.venue_id, old.format, old.title, old.status) then
    new.sequence := old.sequence + 1;
  else
    -- Nobody sets it by hand: only a change a calendar shows moves it.
    new.sequence := old.sequence;
  end if;
  return new;
end
$$;
create trigger events_sequence before insert or update on public.events
  for each row execute function private.raise_event_sequence();

-- Minutes before an event that calendar entries remind the member; null: no reminder.
alter table public.member_private add column calendar_reminder_minutes integer default 1440
  check (calendar_reminder_minutes in (15, 60, 120, 1440, 2880));
comment on column public.member_private.calendar_reminder_minutes is 'VALARM in their feed and downloads: minutes before the start; null for none.';

-- The secret of a member's own feed. Read only by its member; made and reset only through
-- the functions below, so its randomness never depends on a client.
create table public.calendar_feeds (
  user_id uuid primary key references auth.users (id) on delete cascade,
  secret text not null unique check (secret ~ '^[0-9a-f]{64}$'),
  reset_at timestamptz not null default now()
);
comment on table public.calendar_feeds is 'A member''s private calendar feed: its secret address part. Resetting it replaces the secret.';

alter table public.calendar_feeds enable row level security;

create policy "Members read their own feed's secret"
  on public.calendar_feeds for select to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.calendar_feeds from anon, authenticated;
grant select on public.calendar_feeds to authenticated;

-- Two v4 UUIDs as 64 hex digits: 244 random bits, from PostgreSQL's own random source.
create function private.new_feed_secret()
returns text
language sql volatile
set search_path = ''
as $$
  select replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
$$;
revoke all on function private.new_feed_secret() from public;

-- The caller's feed secret, made on first use; `reset` replaces it, so the old address stops working.
create function public.my_calendar_feed(reset boolean default false)
returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  kept text;
begin
  if me is null then
    raise exception 'sign in for your own calendar feed' using errcode = '42501';
  end if;
  insert into public.calendar_feeds (user_id, secret) values (me, private.new_feed_secret())
  on conflict (user_id) do update
    set secret = case when reset then private.new_feed_secret() else public.calendar_feeds.secret end,
        reset_at = case when reset then now() else public.calendar_feeds.reset_at end
  returning secret into kept;
  return kept;
end
$$;
revoke all on function public.my_calendar_feed(boolean) from public, anon;
grant execute on function public.my_calendar_feed(boolean) to authenticated;

-- What a feed shows, for whoever holds its secret (a calendar app asks with no session):
-- the events its member is going to that are published or cancelled, from 30 days back,
-- with the reminder the member chose. An unknown secret gives nothing. Only the app's
-- server calls it (service role): no visitor runs a security definer function.
create function public.calendar_feed_events(secret text)
returns table (
  id uuid, title text, summary text, starts_at timestamptz, ends_at timestamptz, time_zone text,
  status text, format text, sequence integer, updated_at timestamptz,
  venue_name text, venue_address text, venue_town text, venue_postcode text,
  reminder_minutes integer)
language sql stable security definer
set search_path = ''
as $$
  select e.id, e.title, e.summary, e.starts_at, e.ends_at, e.time_zone, e.status, e.format, e.sequence, e.updated_at,
         v.name, v.address, v.town, v.postcode, p.calendar_reminder_minutes
  from public.calendar_feeds f
  join public.rsvps r on r.user_id = f.user_id and r.status = 'going'
  join public.events e on e.id = r.event_id and e.status in ('published', 'cancelled')
  left join public.venues v on v.id = e.venue_id
  left join public.member_private p on p.user_id = f.user_id
  where f.secret = calendar_feed_events.secret and e.ends_at > now() - interval '30 days'
  order by e.starts_at
$$;
revoke all on function public.calendar_feed_events(text) from public, anon, authenticated;
grant execute on function public.calendar_feed_events(text) to service_role;

-- Whether a feed has this secret: an empty feed answers with an empty calendar, a reset
-- (or never made) one with "not found", so a calendar app stops asking.
create function public.calendar_feed_known(secret text)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.calendar_feeds f where f.secret = calendar_feed_known.secret)
$$;
revoke all on function public.calendar_feed_known(text) from public, anon, authenticated;
grant execute on function public.calendar_feed_known(text) to service_role;
