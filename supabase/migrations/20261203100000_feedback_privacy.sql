-- Feedback privacy that holds against differencing (issue 15, part 1).
--
-- Organisers learn from an event's answers only once they are *released*: the event's
-- feedback has closed (14 days after it ended, so no answer can be added or changed any
-- more) and 3 or more people answered. Every figure, for one event or for many, is taken
-- over whole released events only. So any two selections an organiser can make (any
-- community, event and dates, at any two times) differ by whole released events, each of
-- 3 or more respondents, or not at all: subtracting one from another never isolates fewer
-- than 3 answers. A date range can isolate one event, but only one already shown on its own.
-- Words people wrote without their name are shown per event with 3 or more such answers.
--
-- What a member says about going stays in their feedback; rsvps.attended is the organiser's
-- mark only, so an anonymous answer leaves no trace on the RSVPs organisers read.

comment on column public.rsvps.attended is 'Marked by organisers only; null when they have not said. What a member says in feedback stays in feedback.attended.';
comment on column public.feedback.attended is 'What the member says: did they go. Never copied where organisers can read it per person.';

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

  -- Only the feedback row is written: touching the RSVP (even its updated_at) would tell
  -- organisers who answered.
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
end
$$;

-- What organisers learn, for one community (optionally one event, optionally a period of
-- start dates). Per event: its RSVP numbers (organisers see those anyway), when its
-- feedback closes, and its figures only once released. Totals: over released events only.
-- Counts of 1 or 2 inside a released total still read "fewer than 3", so no single view
-- points at one or two people by itself.
create or replace function public.feedback_insights(
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
    select e.id, e.title, e.starts_at, e.ends_at + interval '14 days' as closes_at,
      e.ends_at < now() - interval '14 days' as closed,
      case when extract(hour from e.starts_at at time zone e.time_zone) < 12 then 'morning'
           when extract(hour from e.starts_at at time zone e.time_zone) < 17 then 'afternoon'
           else 'evening' end as time_of_day,
      (select count(*) from public.feedback f where f.event_id = e.id) as answered,
      (select count(*) from public.feedback f where f.event_id = e.id and f.anonymous) as answered_anonymously
    from public.events e
    where e.community_id = feedback_insights.community and e.status = 'published' and e.ends_at <= now()
      and (feedback_insights.event is null or e.id = feedback_insights.event)
      and (since is null or e.starts_at >= since)
      and (until is null or e.starts_at < until + 1)
  ),
  released as (select c.* from chosen c where c.closed and c.answered >= 3),
  answers as (select f.*, r.time_of_day from public.feedback f join released r on r.id = f.event_id),
  per_event as (
    select c.id, c.title, c.starts_at, c.time_of_day, c.closes_at,
      case when not c.closed then 'open' when c.answered < 3 then 'too_few' else 'shown' end as figures,
      (select count(*) from public.rsvps r where r.event_id = c.id and r.status = 'going') as going,
      (select count(*) from public.rsvps r where r.event_id = c.id and r.attended) as attended,
      case when c.closed and c.answered >= 3 then c.answered end as responses,
      case when c.closed and c.answered >= 3 then
        (select round(avg(a.rating), 1) from answers a where a.event_id = c.id) end as rating
    from chosen c
  )
  select jsonb_build_object(
    'responses', (select count(*) from answers),
    'went', private.safe_count((select count(*) from answers where attended)),
    'did_not_go', private.safe_count((select count(*) from answers where not attended)),
    'events', coalesce((select jsonb_agg(jsonb_build_object(
        'id', p.id, 'title', p.title, 'starts_at', p.starts_at, 'time_of_day', p.time_of_day,
        'closes_at', p.closes_at, 'figures', p.figures, 'going', p.going, 'attended', p.attended,
        'responses', p.responses, 'rating', p.rating) order by p.starts_at) from per_event p), '[]'),
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
    -- Anonymous words from released events with 3 or more anonymous answers, in an order
    -- (by hash) that says nothing about who or when; null when no event here has them.
    'comments', case when exists (select 1 from released r where r.answered_anonymously >= 3) then coalesce((
        select jsonb_agg(t order by md5(t))
        from (select unnest(array[a.comment, a.barrier_note, a.suggestion_note]) t
              from answers a join released r on r.id = a.event_id
              where a.anonymous and r.answered_anonymously >= 3) x
        where length(trim(t)) > 0), '[]') end
  ) into result;
  return result;
end
$$;
