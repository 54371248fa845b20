-- Sign-in limits every app server shares: how many codes were sent and how many codes were
-- tried lately, per email address and per client address. The app's server asks Auth on
-- every visitor's behalf, so Auth sees one address for all of them and its own limits per
-- address cannot tell visitors apart; and a count kept in each server's memory lets two
-- servers allow twice as much. So the count lives here, where every app server adds to it.
--
-- Only the app's server reaches it, with the service role (src/lib/auth/limits.server.ts):
-- the table is in the private schema, which the API does not expose, with no grants to
-- anon or authenticated, and take_sign_in_turn is executable by service_role alone. Not a
-- security definer function for anon: sign-in comes before there is an auth.uid() to
-- check, and anyone holding the public anon key could then call it with any email and any
-- address, filling other people's counts to lock them out, or learn whose are full.
--
-- Subjects are SHA-256 hashes of 'email:…' or 'address:…' made by the app, never the address
-- itself, and a row is deleted once it has left the window.

create table private.sign_in_turns (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('code', 'try')),
  subject text not null check (subject ~ '^[0-9a-f]{64}$'),
  taken_at timestamptz not null default now()
);
create index sign_in_turns_by_subject on private.sign_in_turns (kind, subject, taken_at);
create index sign_in_turns_by_time on private.sign_in_turns (kind, taken_at);
alter table private.sign_in_turns enable row level security;
revoke all on private.sign_in_turns from public, anon, authenticated;
grant select, insert, delete on private.sign_in_turns to service_role;

-- Takes one turn of `turn_kind` for every subject at once, or none when any subject has had
-- its limit within the window: then says which one (its position) and in how many seconds a
-- turn is free again. A refused request does not count, so waiting as told is enough.
create function public.take_sign_in_turn(turn_kind text, subjects text[], limits integer[], window_seconds integer)
returns table (refused_by integer, retry_after_seconds integer)
language plpgsql
set search_path = ''
as $$
declare
  window_start timestamptz := now() - make_interval(secs => window_seconds);
  nth_latest timestamptz;
begin
  if cardinality(subjects) is distinct from cardinality(limits) or cardinality(subjects) = 0 then
    raise exception 'take_sign_in_turn needs one limit per subject' using errcode = '22023';
  end if;
  -- Counting and adding are one step per subject, whichever server asks (in a fixed order,
  -- so two requests sharing subjects never wait for each other in a circle).
  perform pg_advisory_xact_lock(hashtextextended(turn_kind || ':' || s, 0))
  from (select distinct unnest(subjects) as s order by 1) as ordered;
  delete from private.sign_in_turns t where t.kind = turn_kind and t.taken_at <= window_start;
  for i in 1 .. cardinality(subjects) loop
    -- The turn whose leaving the window frees one: the limit-th latest.
    select t.taken_at into nth_latest
    from private.sign_in_turns t
    where t.kind = turn_kind and t.subject = subjects[i]
    order by t.taken_at desc
    offset limits[i] - 1 limit 1;
    if found then
      refused_by := i;
      retry_after_seconds := greatest(1, ceil(extract(epoch from nth_latest - window_start)))::integer;
      return next;
      return;
    end if;
  end loop;
  insert into private.sign_in_turns (kind, subject) select turn_kind, s from unnest(subjects) as s;
  return next;
end
$$;

revoke all on function public.take_sign_in_turn(text, text[], integer[], integer) from public, anon, authenticated;
grant execute on function public.take_sign_in_turn(text, text[], integer[], integer) to service_role;
