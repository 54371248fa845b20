-- Open data for the community map (issue 18, parts 1–4): organisations opt in to being
-- published, each community says under which licence and on what terms, and anyone can
-- read what is published, and only that, through one function.
--   * members are never published: a check holds it for every row, whatever writes it;
--   * `published` changes only through set_helper_published, by the listing's owner or a
--     coordinator of its community (no column grant: no direct update through the API);
--   * a paused or hidden listing is never published, whatever its flag says, and neither is
--     one in no community (no community, no licence);
--   * public.open_organisations() returns the published fields only: no owner, no grid
--     cell, the point only where the organisation gave an exact public address, and its
--     contact only when it is an email address or a web page.

-- Publishing -------------------------------------------------------------------------------

alter table public.helpers add column published boolean not null default false;
alter table public.helpers add constraint helpers_published_is_an_organisation check (not published or kind = 'organisation');
comment on column public.helpers.published is 'Organisations only: shown in the open data feeds under its community''s licence, while listed (not paused, not hidden).';

grant select (published) on public.helpers to anon, authenticated;

create index helpers_published on public.helpers (community_id, display_name, id)
  where published and not paused and not hidden_by_coordinator;

-- The owner (while still in the listing's community) or a coordinator of that community
-- publishes an organisation or takes it out of the feeds. A listing in no community (as
-- the offer form makes them) is first put in `community`, one of its owner's own.
create function public.set_helper_published(helper uuid, published boolean, community uuid default null)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  listing record;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select h.kind, h.user_id, h.community_id into listing from public.helpers h where h.id = helper;
  if not found then
    raise exception 'no such listing' using errcode = 'PT404';
  end if;
  if listing.community_id is null and set_helper_published.community is not null and listing.user_id = (select auth.uid())
      and private.has_community_role(set_helper_published.community, array['member', 'organiser', 'coordinator']) then
    update public.helpers h set community_id = set_helper_published.community where h.id = helper;
    listing.community_id := set_helper_published.community;
  end if;
  if listing.community_id is null then
    raise exception 'a listing in no community has no map to be published on' using errcode = '42501', hint = 'no_community';
  end if;
  if not ((listing.user_id = (select auth.uid())
      and private.has_community_role(listing.community_id, array['member', 'organiser', 'coordinator']))
    or private.has_community_role(listing.community_id, array['coordinator'])) then
    raise exception 'only its owner or a coordinator of its community publishes a listing' using errcode = '42501';
  end if;
  if listing.kind <> 'organisation' and coalesce(set_helper_published.published, false) then
    raise exception 'members are never published' using errcode = '23514', hint = 'members_never_published';
  end if;
  update public.helpers h set published = coalesce(set_helper_published.published, false) where h.id = helper;
end
$$;
revoke all on function public.set_helper_published(uuid, boolean, uuid) from public, anon;
grant execute on function public.set_helper_published(uuid, boolean, uuid) to authenticated;

-- Each community's map: its licence, what it includes, who decides, where to ask for a
-- correction. Coordinators change them (the communities update policy); anyone reads them.

alter table public.communities
  add column map_licence text not null default 'CC-BY-4.0' check (map_licence in ('CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0')),
  add column map_includes text not null default '' check (length(map_includes) <= 1000),
  add column map_decided_by text not null default '' check (length(map_decided_by) <= 500),
  add column map_corrections text not null default '' check (length(map_corrections) <= 200);
comment on column public.communities.map_licence is 'The licence of the community''s open data (SPDX identifier).';
comment on column public.communities.map_corrections is 'Where to ask for a correction to the map: an email address or a web page.';

create trigger communities_clean_map_text before insert or update of map_includes, map_decided_by, map_corrections
  on public.communities for each row execute function private.clean_text();

-- Reading what is published ----------------------------------------------------------------

create type public.open_organisation as (
  id uuid,
  community_slug text,
  community_name text,
  licence text,
  name text,
  summary text,
  topics text[],
  skills text[],
  languages text[],
  modes text[],
  availability text,
  area text,
  address text,
  latitude double precision,
  longitude double precision,
  email text,
  link text,
  updated_at timestamptz
);

-- Security definer, to read the contact (which visitors never read through the API); it
-- returns published organisations only, and only the published fields.
create function private.published_organisations(community text, listing uuid, skip integer, size integer)
returns setof public.open_organisation
language sql stable security definer
set search_path = ''
as $$
  select h.id, c.slug, c.name, c.map_licence, h.display_name, h.summary, h.topics, h.skills, h.languages, h.modes,
    h.availability, h.area, h.address,
    case when h.exact_point then h.latitude end, case when h.exact_point then h.longitude end,
    case when k.channel = 'email' then k.value end, case when k.channel = 'link' then k.value end,
    h.updated_at
  from public.helpers h
    join public.communities c on c.id = h.community_id
    left join public.helper_contacts k on k.helper_id = h.id
  where h.published and h.kind = 'organisation' and not h.paused and not h.hidden_by_coordinator
    and (community is null or c.slug = community) and (listing is null or h.id = listing)
  order by h.display_name, h.id
  offset skip limit size
$$;
revoke all on function private.published_organisations(text, uuid, integer, integer) from public;
grant execute on function private.published_organisations(text, uuid, integer, integer) to anon, authenticated;

create function private.published_organisation_count(community text)
returns bigint
language sql stable security definer
set search_path = ''
as $$
  select count(*) from public.helpers h join public.communities c on c.id = h.community_id
  where h.published and h.kind = 'organisation' and not h.paused and not h.hidden_by_coordinator
    and (community is null or c.slug = community)
$$;
revoke all on function private.published_organisation_count(text) from public;
grant execute on function private.published_organisation_count(text) to anon, authenticated;

-- What the API offers: a page of them (at most 1000), one by id, and how many there are.
create function public.open_organisations(community text default null, listing uuid default null, page integer default 1, page_size integer default 100)
returns setof public.open_organisation
language sql stable
set search_path = ''
as $$
  select * from private.published_organisations(community, listing,
    (least(greatest(coalesce(page, 1), 1), 1000000) - 1) * least(greatest(coalesce(page_size, 100), 1), 1000),
    least(greatest(coalesce(page_size, 100), 1), 1000))
$$;
revoke all on function public.open_organisations(text, uuid, integer, integer) from public;
grant execute on function public.open_organisations(text, uuid, integer, integer) to anon, authenticated;

create function public.open_organisation_count(community text default null)
returns bigint
language sql stable
set search_path = ''
as $$ select private.published_organisation_count(community) $$;
revoke all on function public.open_organisation_count(text) from public;
grant execute on function public.open_organisation_count(text) to anon, authenticated;
