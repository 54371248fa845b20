-- Communities, who belongs to them and in what role, members' public profiles and their
-- private settings. RLS on every table; helper functions live in the unexposed `private`
-- schema so PostgREST never serves them.

create schema if not exists private;
grant usage on schema private to anon, authenticated, service_role;

-- Communities -----------------------------------------------------------------------------

create table public.communities (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]{2,60}$'),
  name text not null check (length(name) between 2 and 120),
  summary text not null default '' check (length(summary) <= 500),
  about text not null default '' check (length(about) <= 5000),
  area text not null default '' check (length(area) <= 120),
  charter text not null default '' check (length(charter) <= 20000),
  charter_version integer not null default 1 check (charter_version > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.communities is 'A community of practice, e.g. a city''s community tech network, with its care charter.';

create table public.community_members (
  community_id uuid not null references public.communities (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'organiser', 'coordinator')),
  joined_at timestamptz not null default now(),
  primary key (community_id, user_id)
);
create index community_members_user on public.community_members (user_id);

-- The caller's role in a community. Security definer so policies on community_members can
-- ask it without recursing into their own RLS; it only ever answers about auth.uid().
create function private.community_role(community uuid)
returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.community_members m
  where m.community_id = community and m.user_id = (select auth.uid())
$$;
revoke all on function private.community_role(uuid) from public;
grant execute on function private.community_role(uuid) to authenticated, service_role;

create function private.has_community_role(community uuid, roles text[])
returns boolean
language sql stable
set search_path = ''
as $$
  select coalesce(private.community_role(community) = any (roles), false)
$$;
revoke all on function private.has_community_role(uuid, text[]) from public;
grant execute on function private.has_community_role(uuid, text[]) to authenticated, service_role;

alter table public.communities enable row level security;

create policy "Anyone can read communities"
  on public.communities for select
  to anon, authenticated
  using (true);

create policy "Coordinators update their community"
  on public.communities for update
  to authenticated
  using (private.has_community_role(id, array['coordinator']))
  with check (private.has_community_role(id, array['coordinator']));

alter table public.community_members enable row level security;

create policy "Members see who belongs to their communities"
  on public.community_members for select
  to authenticated
  using (user_id = (select auth.uid()) or private.community_role(community_id) is not null);

create policy "A member joins a community as a member"
  on public.community_members for insert
  to authenticated
  with check (user_id = (select auth.uid()) and role = 'member');

create policy "Coordinators change roles in their community"
  on public.community_members for update
  to authenticated
  using (private.has_community_role(community_id, array['coordinator']))
  with check (private.has_community_role(community_id, array['coordinator']));

create policy "Members leave, coordinators remove"
  on public.community_members for delete
  to authenticated
  using (user_id = (select auth.uid()) or private.has_community_role(community_id, array['coordinator']));

-- Profiles: the public face of a member ---------------------------------------------------

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null default '' check (length(display_name) <= 80),
  pronouns text not null default '' check (length(pronouns) <= 40),
  bio text not null default '' check (length(bio) <= 2000),
  languages text[] not null default '{}' check (cardinality(languages) <= 20),
  topics text[] not null default '{}' check (cardinality(topics) <= 40),
  -- Coarse on purpose (a town or postcode district), never an address.
  area text not null default '' check (length(area) <= 80),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.profiles enable row level security;

create policy "Signed-in members read profiles"
  on public.profiles for select
  to authenticated
  using (true);

create policy "Members update their own profile"
  on public.profiles for update
  to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Member private: only the member ever sees it ---------------------------------------------

create table public.member_private (
  user_id uuid primary key references auth.users (id) on delete cascade,
  language text check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'),
  access_needs text[] not null default '{}' check (cardinality(access_needs) <= 60),
  contact_email text check (length(contact_email) <= 254),
  contact_phone text check (length(contact_phone) <= 40),
  notifications jsonb not null default '{}' check (jsonb_typeof(notifications) = 'object'),
  onboarding jsonb not null default '{}' check (jsonb_typeof(onboarding) = 'object'),
  charter_version integer,
  charter_agreed_at timestamptz,
  updated_at timestamptz not null default now()
);

alter table public.member_private enable row level security;

create policy "Members read their own private settings"
  on public.member_private for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "Members create their own private settings"
  on public.member_private for insert
  to authenticated
  with check (user_id = (select auth.uid()));

create policy "Members update their own private settings"
  on public.member_private for update
  to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- Keep updated_at honest without trusting the client.
create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create trigger communities_touch before update on public.communities
  for each row execute function private.touch_updated_at();
create trigger profiles_touch before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger member_private_touch before update on public.member_private
  for each row execute function private.touch_updated_at();

-- Every new account gets a profile and private settings.
create function private.create_member_rows()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, display_name)
  values (new.id, coalesce(left(new.raw_user_meta_data ->> 'display_name', 80), ''));
  insert into public.member_private (user_id) values (new.id);
  return new;
end
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.create_member_rows();

-- Least privilege on top of RLS: no one deletes profiles through the API (accounts are
-- deleted as a whole), and anon has no business with private settings.
revoke insert, delete, truncate on public.profiles from anon, authenticated;
revoke all on public.member_private from anon;
revoke delete, truncate on public.member_private from authenticated;
revoke insert, delete, truncate on public.communities from anon, authenticated;
revoke all on public.community_members from anon;

-- Text written straight through the API is cleaned as the app's forms clean it
-- (src/lib/forms/typed.ts): control characters other than tab and newline, and the bidi
-- overrides and isolates (U+202A–202E, U+2066–2069) that make a name, a title or a note
-- read differently from what it is, are taken out before the row is stored. A listing
-- called "‮gro.knab" would otherwise show as "bank.org" to everyone who reads it.
-- The trigger is put on every table people write text to at the end of the last of these
-- migrations (directory), once they all exist.

create function private.without_unwanted(value text)
returns text
language sql immutable
set search_path = ''
as $$ select regexp_replace(value, '[\x01-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]', '', 'g') $$;

-- Every text column of the row, and text in arrays; other values as they are. A row with
-- nothing to clean is left untouched (no round trip through JSON).
create function private.clean_text()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  given jsonb := to_jsonb(new);
  cleaned jsonb;
begin
  select jsonb_object_agg(key, case jsonb_typeof(value)
      when 'string' then to_jsonb(private.without_unwanted(value #>> '{}'))
      when 'array' then (
        select coalesce(jsonb_agg(case when jsonb_typeof(item) = 'string' then to_jsonb(private.without_unwanted(item #>> '{}')) else item end order by n), '[]')
        from jsonb_array_elements(value) with ordinality as items (item, n))
      else value end)
    into cleaned
    from jsonb_each(given);
  if cleaned is distinct from given then
    new := jsonb_populate_record(new, cleaned);
  end if;
  return new;
end
$$;
