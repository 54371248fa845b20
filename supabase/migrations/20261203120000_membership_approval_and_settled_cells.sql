-- Members see members, and only members (issue 15, parts 3 and 4):
--   * a community chooses open joining or approval by its organisers; someone who has asked
--     to join an approving community is pending, and a pending member has no role anywhere
--     (private.community_role, which every membership policy asks, answers for approved
--     members only);
--   * a profile is read by its owner and by people who share a community with them (and by
--     the organisers of a community they asked to join, or whose events they answered);
--   * a ~1 km cell is shown precisely once 5 *settled* members are listed in it: members
--     who have belonged to a community, approved, for at least 7 days. Throw-away accounts
--     count for nothing, so they cannot make a cell precise to learn who else is in it;
--   * a listing's area moves at most once a day, so a few settled accounts cannot sweep a
--     town cell by cell.

-- Joining ----------------------------------------------------------------------------------

-- Existing communities stay open: their members and organisers know them that way, and
-- switching them to approval would leave newcomers waiting on organisers who were never
-- told. Coordinators choose approval (the communities update policy lets them).
alter table public.communities
  add column joining text not null default 'open' check (joining in ('open', 'approval'));
comment on column public.communities.joining is 'open: anyone who joins is a member at once; approval: an organiser approves each request.';

alter table public.community_members
  add column status text not null default 'approved' check (status in ('pending', 'approved'));
comment on column public.community_members.status is 'pending: asked to join a community that approves its members; has no role there yet.';
comment on column public.community_members.joined_at is 'When they became a member (joined an open community, or were approved); while pending, when they asked.';
create index community_members_pending on public.community_members (community_id, joined_at) where status = 'pending';

-- Through the API the community's rule decides whether someone who joins is in or waiting,
-- whatever they send; the seed and the service role add members as they are.
create function private.admit_member()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (select auth.uid()) is not null then
    new.status := case when (select c.joining from public.communities c where c.id = new.community_id) = 'approval'
      then 'pending' else 'approved' end;
    new.joined_at := now();
  end if;
  return new;
end
$$;
create trigger community_members_admit before insert on public.community_members
  for each row execute function private.admit_member();

-- Status and joined_at change only through decide_membership.
revoke insert, update on public.community_members from authenticated;
grant insert (community_id, user_id, role) on public.community_members to authenticated;
grant update (role) on public.community_members to authenticated;

-- The one answer to "what is the caller here?": approved members only.
create or replace function private.community_role(community uuid)
returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.community_members m
  where m.community_id = community and m.user_id = (select auth.uid()) and m.status = 'approved'
$$;

create or replace function private.coordinates(community uuid)
returns boolean
language sql stable
set search_path = ''
as $$
  select case when community is null
    then exists (select 1 from public.community_members m
      where m.user_id = (select auth.uid()) and m.role = 'coordinator' and m.status = 'approved')
    else private.has_community_role(community, array['coordinator']) end
$$;

drop policy "Members see who belongs to their communities" on public.community_members;
create policy "Members see who belongs; organisers also see who asked"
  on public.community_members for select
  to authenticated
  using (
    user_id = (select auth.uid())
    or (status = 'approved' and private.community_role(community_id) is not null)
    or private.has_community_role(community_id, array['organiser', 'coordinator']));

-- Organisers and coordinators let someone in, or turn the request down (which removes it:
-- they may ask again).
create function public.decide_membership(community uuid, member uuid, approve boolean)
returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  if not private.has_community_role(community, array['organiser', 'coordinator']) then
    raise exception 'only organisers decide who joins' using errcode = '42501';
  end if;
  if coalesce(approve, false) then
    update public.community_members m set status = 'approved', joined_at = now()
      where m.community_id = community and m.user_id = member and m.status = 'pending';
  else
    delete from public.community_members m
      where m.community_id = community and m.user_id = member and m.status = 'pending';
  end if;
  if not found then
    raise exception 'no such request to join' using errcode = 'PT404', hint = 'member';
  end if;
end
$$;
revoke all on function public.decide_membership(uuid, uuid, boolean) from public, anon;
grant execute on function public.decide_membership(uuid, uuid, boolean) to authenticated;

-- Profiles ---------------------------------------------------------------------------------

-- Whether the caller may read `person`'s profile: their own; anyone approved in a community
-- with them; organisers of a community they asked to join (to decide) or of an event they
-- answered (to see who's coming). Security definer to read memberships and RSVPs without
-- their RLS; it only ever answers for auth.uid().
create function private.can_see_profile(person uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select person = (select auth.uid())
    or exists (
      select 1 from public.community_members mine
        join public.community_members theirs on theirs.community_id = mine.community_id
      where mine.user_id = (select auth.uid()) and mine.status = 'approved' and theirs.user_id = person
        and (theirs.status = 'approved' or mine.role in ('organiser', 'coordinator')))
    or exists (
      select 1 from public.rsvps r
        join public.events e on e.id = r.event_id
        join public.community_members mine on mine.community_id = e.community_id
      where r.user_id = person and mine.user_id = (select auth.uid()) and mine.status = 'approved'
        and mine.role in ('organiser', 'coordinator'))
$$;
revoke all on function private.can_see_profile(uuid) from public;
grant execute on function private.can_see_profile(uuid) to authenticated;

drop policy "Signed-in members read profiles" on public.profiles;
create policy "People read the profiles of those they share a community with"
  on public.profiles for select
  to authenticated
  using (private.can_see_profile(id));

-- Settled members and the per-cell threshold -------------------------------------------------

-- When a member starts to count towards a cell's five: 7 days after they became an approved
-- member of a community (null: in none).
create function private.settled_since(person uuid)
returns timestamptz
language sql stable security definer
set search_path = ''
as $$
  select min(m.joined_at) + interval '7 days' from public.community_members m
  where m.user_id = person and m.status = 'approved'
$$;
revoke all on function private.settled_since(uuid) from public;

-- Whether a cell is shown to ~1 km is now a matter of time (members settle as days pass),
-- so it is worked out when read: the stored shown place and the count of listed members
-- give way to the moment the cell's fifth settled member settles.
alter table private.listed_cells
  drop column latitude,
  drop column longitude,
  drop column shown_as,
  drop column members,
  add column settled_from timestamptz;
comment on column private.listed_cells.settled_from is 'When the fifth settled member listed here settled (null: fewer than 5): from then on the cell is shown to ~1 km.';
comment on table private.listed_cells is 'Per ~1 km cell: listings shown there and when it may be shown precisely. Never exposed.';

drop function private.cell_latitude(integer, integer);
drop function private.cell_longitude(integer, integer, integer);

-- A cell's shown place: its centre when precise, else the centre of the ~5 km cell around it.
create function private.cell_latitude(cell_y integer, precise boolean)
returns double precision
language sql immutable
as $$ select round(((case when precise then cell_y + 0.5 else private.band_of(cell_y) * 5 + 2.5 end) * 0.009)::numeric, 5)::double precision $$;

create function private.cell_longitude(cell_y integer, cell_x integer, precise boolean)
returns double precision
language sql immutable
as $$
  select round(((case when precise then cell_x + 0.5 else floor(cell_x / 5.0) * 5 + 2.5 end)
    * private.cell_width(private.band_of(cell_y)))::numeric, 5)::double precision
$$;

create function private.shown_precisely(settled_from timestamptz)
returns boolean
language sql stable
as $$ select coalesce(settled_from <= now(), false) $$;

-- Works out a cell's settled_from again from its listings. It locks the cell first, so the
-- count (a later statement, so a later snapshot) sees every listing committed before it.
create function private.settle_cell(y integer, x integer)
returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform 1 from private.listed_cells c where c.cell_y = y and c.cell_x = x for update;
  if not found then
    return;
  end if;
  update private.listed_cells c set settled_from = (
    select s.since from (
      select private.settled_since(h.user_id) as since from public.helpers h
      where h.cell_y = y and h.cell_x = x and h.kind = 'member'
        and not h.paused and not h.hidden_by_coordinator and not h.exact_point
    ) s
    where s.since is not null
    order by s.since offset 4 limit 1)
  where c.cell_y = y and c.cell_x = x;
end
$$;
revoke all on function private.settle_cell(integer, integer) from public;

create or replace function private.count_listed_cells()
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
    update private.listed_cells c set listings = c.listings - 1
      where c.cell_y = old.cell_y and c.cell_x = old.cell_x and c.listings > 1;
    if found then
      perform private.settle_cell(old.cell_y, old.cell_x);
    else
      delete from private.listed_cells c where c.cell_y = old.cell_y and c.cell_x = old.cell_x;
    end if;
  end if;
  if is_now and not same then
    insert into private.listed_cells as c (cell_y, cell_x, listings)
      values (new.cell_y, new.cell_x, 1)
      on conflict (cell_y, cell_x) do update set listings = c.listings + 1;
    perform private.settle_cell(new.cell_y, new.cell_x);
  end if;
  return null;
end
$$;

-- Joining, being approved, leaving: the cell of the member's own listing is worked out again.
create function private.settle_member_cells()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.settle_cell(h.cell_y, h.cell_x) from public.helpers h
    where h.user_id = (case when tg_op = 'DELETE' then old.user_id else new.user_id end)
      and h.kind = 'member' and h.cell_y is not null;
  return null;
end
$$;
revoke all on function private.settle_member_cells() from public;
create trigger community_members_settle after insert or delete or update of status, joined_at on public.community_members
  for each row execute function private.settle_member_cells();

select private.settle_cell(c.cell_y, c.cell_x) from private.listed_cells c;

-- The search, as before, with each cell's shown place worked out as it is read.
create or replace function private.search_helpers(
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
    return query
    select h.id, h.kind, h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area,
      case when h.exact_point then h.latitude else private.cell_latitude(lc.cell_y, private.shown_precisely(lc.settled_from)) end,
      case when h.exact_point then h.longitude else private.cell_longitude(lc.cell_y, lc.cell_x, private.shown_precisely(lc.settled_from)) end,
      case when h.exact_point then 'exact' when lc.cell_y is null then null
        when private.shown_precisely(lc.settled_from) then 'cell' else 'area' end,
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
    select * from (
      select s.cell_y, s.cell_x, s.latitude, s.longitude, s.shown_as, private.km(lat, lng, s.latitude, s.longitude) as km
      from (
        select lc.cell_y, lc.cell_x,
          private.cell_latitude(lc.cell_y, private.shown_precisely(lc.settled_from)) as latitude,
          private.cell_longitude(lc.cell_y, lc.cell_x, private.shown_precisely(lc.settled_from)) as longitude,
          case when private.shown_precisely(lc.settled_from) then 'cell' else 'area' end as shown_as
        from private.listed_cells lc
        where lc.cell_y between y0 and y1 and lc.cell_x between x0 and x1
      ) s
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

-- One listing's shown place, by the search's rule. The owner of a paused or hidden listing
-- is counted in, as if listed (what others will see once it is): for that preview the cell's
-- settled members are counted as it is read.
create or replace function private.shown_place_of(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable security definer
set search_path = ''
as $$
  select
    case when t.exact_point then round(t.latitude::numeric, 5)::double precision else private.cell_latitude(t.cell_y, n.precise) end,
    case when t.exact_point then round(t.longitude::numeric, 5)::double precision else private.cell_longitude(t.cell_y, t.cell_x, n.precise) end,
    case when t.exact_point then 'exact' when n.precise then 'cell' else 'area' end
  from public.helpers t
    left join private.listed_cells c on c.cell_y = t.cell_y and c.cell_x = t.cell_x,
    lateral (select case
      when not (t.kind = 'member' and (t.paused or t.hidden_by_coordinator)) then private.shown_precisely(c.settled_from)
      else (select count(*) from public.helpers h
        where h.cell_y = t.cell_y and h.cell_x = t.cell_x and h.kind = 'member'
          and not h.paused and not h.hidden_by_coordinator and not h.exact_point
          and private.settled_since(h.user_id) <= now())
        + (coalesce(private.settled_since(t.user_id) <= now(), false))::integer >= 5
      end as precise) n
  where t.id = helper and t.cell_y is not null
    and ((not t.paused and not t.hidden_by_coordinator) or t.user_id = (select auth.uid()))
$$;

-- A listing's area moves at most once a day ----------------------------------------------------

-- The last cell each listing was placed in, and when. A member's own listing is one per
-- account, so it is kept by account: deleting it and listing again elsewhere is a move too.
create table private.area_moves (
  slot uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  cell_y integer not null,
  cell_x integer not null,
  moved_at timestamptz not null
);
comment on table private.area_moves is 'Per listing (per account for members'' own): the last cell it was placed in, and when. Never exposed.';
create index area_moves_user on private.area_moves (user_id);

-- Runs after helpers_snap (triggers fire in name order), once the cell is known. Taking the
-- place off (no cell) is always allowed and is not a move; placing it anywhere but its
-- last cell within a day of the last move is refused, saying when it can move (detail).
create function private.limit_area_moves()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  this_slot uuid := case when new.kind = 'member' then new.user_id else new.id end;
  last private.area_moves;
begin
  if new.cell_y is null or (tg_op = 'UPDATE' and old.cell_y is not distinct from new.cell_y and old.cell_x is not distinct from new.cell_x) then
    return new;
  end if;
  select * into last from private.area_moves m where m.slot = this_slot for update;
  if found and (last.cell_y, last.cell_x) = (new.cell_y, new.cell_x) then
    return new;
  end if;
  if found and last.moved_at > now() - interval '1 day' then
    raise exception 'a listing''s area moves at most once a day' using errcode = '23514', hint = 'area_moved',
      detail = to_char((last.moved_at + interval '1 day') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  end if;
  insert into private.area_moves as m (slot, user_id, cell_y, cell_x, moved_at)
    values (this_slot, new.user_id, new.cell_y, new.cell_x, now())
    on conflict on constraint area_moves_pkey do update
      set cell_y = excluded.cell_y, cell_x = excluded.cell_x, moved_at = excluded.moved_at;
  return new;
end
$$;
revoke all on function private.limit_area_moves() from public;
create trigger helpers_snap_once_a_day before insert or update on public.helpers
  for each row execute function private.limit_area_moves();
