-- Feedback after events, from everyone who RSVP'd: those who came and those who said
-- they would and didn't. Members read and write only their own, through give_feedback();
-- organisers see aggregates (groups under 3 suppressed) and anonymised text through
-- feedback_insights(), never rows, so no API path (order, timestamps) can reveal who
-- wrote an anonymous response.

create function private.valid_choices(choices text[], allowed text[])
returns boolean
language sql immutable
set search_path = ''
as $$ select choices <@ allowed and cardinality(choices) <= cardinality(allowed) $$;

create table public.feedback (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references public.events (id) on delete cascade,
  -- Set to null when the member deletes their account: the answers stay, as anyone's.
  user_id uuid references auth.users (id) on delete set null,
  attended boolean not null,
  rating smallint check (rating between 1 and 5),
  felt_welcome text check (felt_welcome in ('yes', 'partly', 'no')),
  took_part text check (took_part in ('yes', 'partly', 'no')),
  barriers text[] not null default '{}' check (private.valid_choices(barriers, array[
    'time', 'transport', 'cost', 'caring', 'access', 'confidence', 'forgot', 'health', 'work',
    'stepFreeEntrance', 'hasInductionLoop', 'captions', 'signLanguage', 'quietRoom', 'creche',
    'loud', 'publicSpeaking', 'food', 'language', 'other'])),
  barrier_note text not null default '' check (length(barrier_note) <= 1000),
  suggestions text[] not null default '{}' check (private.valid_choices(suggestions, array[
    'creche', 'otherTime', 'weekend', 'food', 'captions', 'signLanguage', 'quieterRoom',
    'stepFree', 'closerToTransport', 'online', 'smallerGroups', 'cheaper', 'reminders', 'other'])),
  suggestion_note text not null default '' check (length(suggestion_note) <= 1000),
  comment text not null default '' check (length(comment) <= 2000),
  anonymous boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, user_id),
  -- Those who didn't come aren't asked how it was.
  check (attended or (rating is null and felt_welcome is null and took_part is null))
);
create index feedback_user on public.feedback (user_id);

create trigger feedback_touch before update on public.feedback
  for each row execute function private.touch_updated_at();

alter table public.feedback enable row level security;

create policy "Members read their own feedback"
  on public.feedback for select to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.feedback from anon;
revoke insert, update, delete, truncate on public.feedback from authenticated;

-- One response per person per event, editable until 14 days after it ended.
create function public.give_feedback(
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
revoke all on function public.give_feedback(uuid, boolean, smallint, text, text, text[], text, text[], text, text, boolean) from public, anon;
grant execute on function public.give_feedback(uuid, boolean, smallint, text, text, text[], text, text[], text, text, boolean) to authenticated;

-- Organisers mark who came.
create function public.mark_attendance(event uuid, member uuid, attended boolean)
returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.events e
    where e.id = mark_attendance.event and private.has_community_role(e.community_id, array['organiser', 'coordinator'])
  ) then
    raise exception 'only organisers mark attendance' using errcode = '42501';
  end if;
  update public.rsvps r set attended = mark_attendance.attended
    where r.event_id = mark_attendance.event and r.user_id = member;
  if not found then
    raise exception 'no RSVP from this member to this event' using errcode = 'PT404', hint = 'rsvp';
  end if;
end
$$;
revoke all on function public.mark_attendance(uuid, uuid, boolean) from public, anon;
grant execute on function public.mark_attendance(uuid, uuid, boolean) to authenticated;

-- A count that could point at one or two people is reported as null ("fewer than 3").
create function private.safe_count(n bigint)
returns bigint
language sql immutable
set search_path = ''
as $$ select case when n between 1 and 2 then null else n end $$;

-- What organisers learn, for one community (optionally one event, optionally a period).
-- Aggregates only; every group under 3 is suppressed; free text only from anonymous
-- responses when at least 3 of them, sorted by a hash so order says nothing about time.
create function public.feedback_insights(
  community uuid,
  event uuid default null,
  since date default null,
  until date default null
)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  result jsonb;
begin
  if not private.has_community_role(community, array['organiser', 'coordinator']) then
    raise exception 'only organisers and coordinators see insights' using errcode = '42501';
  end if;

  with chosen as (
    select e.id, e.title, e.starts_at, e.time_zone,
      case when extract(hour from e.starts_at at time zone e.time_zone) < 12 then 'morning'
           when extract(hour from e.starts_at at time zone e.time_zone) < 17 then 'afternoon'
           else 'evening' end as time_of_day
    from public.events e
    where e.community_id = feedback_insights.community and e.status = 'published' and e.ends_at <= now()
      and (feedback_insights.event is null or e.id = feedback_insights.event)
      and (since is null or e.starts_at >= since)
      and (until is null or e.starts_at < until + 1)
  ),
  answers as (select f.*, c.time_of_day from public.feedback f join chosen c on c.id = f.event_id),
  per_event as (
    select c.id, c.title, c.starts_at, c.time_of_day,
      (select count(*) from public.rsvps r where r.event_id = c.id and r.status = 'going') as going,
      (select count(*) from public.rsvps r where r.event_id = c.id and r.attended) as attended,
      (select count(*) from answers a where a.event_id = c.id) as responses,
      (select round(avg(a.rating), 1) from answers a where a.event_id = c.id) as rating
    from chosen c
  )
  select jsonb_build_object(
    'responses', (select count(*) from answers),
    'went', private.safe_count((select count(*) from answers where attended)),
    'did_not_go', private.safe_count((select count(*) from answers where not attended)),
    'events', coalesce((select jsonb_agg(jsonb_build_object(
        'id', p.id, 'title', p.title, 'starts_at', p.starts_at, 'time_of_day', p.time_of_day,
        'going', p.going, 'attended', p.attended, 'responses', p.responses,
        'rating', case when p.responses >= 3 then p.rating end) order by p.starts_at) from per_event p), '[]'),
    'ratings', (select jsonb_object_agg(s, private.safe_count((select count(*) from answers where rating = s)))
        from generate_series(1, 5) s),
    'welcome', (select jsonb_object_agg(v, private.safe_count((select count(*) from answers where felt_welcome = v)))
        from unnest(array['yes', 'partly', 'no']) v),
    'took_part', (select jsonb_object_agg(v, private.safe_count((select count(*) from answers where took_part = v)))
        from unnest(array['yes', 'partly', 'no']) v),
    'barriers', coalesce((select jsonb_object_agg(b, private.safe_count(n)) from (
        select b, count(*) n from answers, unnest(barriers) b group by b) x), '{}'),
    'suggestions', coalesce((select jsonb_object_agg(s, private.safe_count(n)) from (
        select s, count(*) n from answers, unnest(suggestions) s group by s) x), '{}'),
    'by_time_of_day', coalesce((select jsonb_object_agg(t, jsonb_build_object(
        'responses', private.safe_count(n),
        'did_not_go', private.safe_count(missed),
        'barriers', barriers)) from (
        select a.time_of_day t, count(*) n, count(*) filter (where not a.attended) missed,
          coalesce((select jsonb_object_agg(b, private.safe_count(m)) from (
            select b, count(*) m from answers a2, unnest(a2.barriers) b where a2.time_of_day = a.time_of_day group by b) y), '{}') barriers
        from answers a group by a.time_of_day) x), '{}'),
    'comments', case when (select count(*) from answers where anonymous) >= 3 then coalesce((
        select jsonb_agg(t order by md5(t))
        from (select unnest(array[comment, barrier_note, suggestion_note]) t from answers where anonymous) x
        where length(trim(t)) > 0), '[]') else null end
  ) into result;
  return result;
end
$$;
revoke all on function public.feedback_insights(uuid, uuid, date, date) from public, anon;
grant execute on function public.feedback_insights(uuid, uuid, date, date) to authenticated;

-- Named (not anonymous) responses: who said what in words, for following up. Never ratings
-- or choices, so they can't be subtracted from the totals to reveal anonymous answers.
create function public.named_feedback(event uuid)
returns table (display_name text, comment text)
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not exists (select 1 from public.events e where e.id = named_feedback.event
      and private.has_community_role(e.community_id, array['organiser', 'coordinator'])) then
    raise exception 'only organisers see named feedback' using errcode = '42501';
  end if;
  return query
    select coalesce(nullif(p.display_name, ''), '—'), f.comment
    from public.feedback f join public.profiles p on p.id = f.user_id
    where f.event_id = named_feedback.event and not f.anonymous and length(trim(f.comment)) > 0
    order by p.display_name;
end
$$;
revoke all on function public.named_feedback(uuid) from public, anon;
grant execute on function public.named_feedback(uuid) to authenticated;

-- When a member deletes their account their answers still count, as anyone's; words they
-- had signed with their name go, since words can identify as well as names.
create function private.anonymise_feedback()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.user_id is null and old.user_id is not null then
    if not old.anonymous then
      new.comment := '';
      new.barrier_note := '';
      new.suggestion_note := '';
    end if;
    new.anonymous := true;
  end if;
  return new;
end
$$;
create trigger feedback_anonymise before update of user_id on public.feedback
  for each row execute function private.anonymise_feedback();
