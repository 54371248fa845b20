-- A coordinator imports organisations into their community's directory (issue 18, part 6).
--   * The file is read and checked by the app; what each row would become is kept here, in
--     organisation_imports, for the coordinator who uploaded it only, until they confirm or
--     it expires. Confirming writes exactly those rows, into that community: the confirm
--     names the import, never rows or a community of its own.
--   * Imported listings are organisations owned by the importing coordinator, paused and
--     awaiting confirmation: shown nowhere (every read of the directory skips paused
--     listings) until their owner or a coordinator of the community confirms each one.

-- Imported listings -------------------------------------------------------------------------

alter table public.helpers
  add column imported_at timestamptz,
  add column awaiting_confirmation boolean not null default false,
  -- Waiting to be confirmed is always out of sight.
  add constraint helpers_unconfirmed_are_paused check (not awaiting_confirmation or paused),
  add constraint helpers_only_imports_await check (not awaiting_confirmation or imported_at is not null),
  add constraint helpers_imports_are_organisations check (imported_at is null or kind = 'organisation');
comment on column public.helpers.imported_at is 'When a coordinator imported this organisation from a file; null for listings made by hand.';
comment on column public.helpers.awaiting_confirmation is 'Imported and not yet confirmed by its owner or a coordinator: paused, shown nowhere.';

-- Read by everyone who reads the listing; written only by the import and confirm functions.
grant select (imported_at, awaiting_confirmation) on public.helpers to anon, authenticated;

create index helpers_awaiting_confirmation on public.helpers (community_id, created_at) where awaiting_confirmation;

-- The owner showing an imported listing (unpausing it) is the owner confirming it.
create function private.confirm_on_unpause()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.awaiting_confirmation and not new.paused then
    new.awaiting_confirmation := false;
  end if;
  return new;
end
$$;
revoke all on function private.confirm_on_unpause() from public;
create trigger helpers_confirm_on_unpause before update of paused on public.helpers
  for each row execute function private.confirm_on_unpause();

-- A member can list at most 10 organisations by hand; what a coordinator imports for their
-- community (bounded per file, below) does not count.
create or replace function private.limit_organisations()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.kind = 'organisation' and new.imported_at is null and (
    select count(*) from public.helpers h where h.user_id = new.user_id and h.kind = 'organisation' and h.imported_at is null) >= 10 then
    raise exception 'at most 10 organisations per member' using errcode = '23514', hint = 'organisation_limit';
  end if;
  return new;
end
$$;

-- Imports waiting for confirmation --------------------------------------------------------
-- rows: what the preview showed, one object per row of the file:
--   { "line": 2, "listing": { display_name, summary, topics, ... } or null,
--     "contact": { "channel", "value" } or null, "problems": [...], "notes": [...],
--     "duplicate": { ... } or null }
-- Only rows with a listing, a contact and no problems can be imported.

create table public.organisation_imports (
  id uuid primary key default gen_random_uuid(),
  community_id uuid not null references public.communities (id) on delete cascade,
  created_by uuid not null default auth.uid() references auth.users (id) on delete cascade,
  file_name text not null default '' check (length(file_name) <= 200),
  format text not null check (format in ('csv', 'murmurations', 'hsds')),
  rows jsonb not null check (jsonb_typeof(rows) = 'array' and jsonb_array_length(rows) between 1 and 1000
    and octet_length(rows::text) <= 4000000),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '1 day' check (expires_at <= created_at + interval '1 day')
);
comment on table public.organisation_imports is 'A file of organisations a coordinator is importing: what each row would become, until confirmed. Read by that coordinator only.';
create index organisation_imports_creator on public.organisation_imports (created_by, created_at);
create index organisation_imports_community on public.organisation_imports (community_id);

alter table public.organisation_imports enable row level security;

create policy "Coordinators stage imports for their community"
  on public.organisation_imports for insert to authenticated
  with check (created_by = (select auth.uid()) and private.has_community_role(community_id, array['coordinator']));

create policy "The coordinator who uploaded reads their import"
  on public.organisation_imports for select to authenticated
  using (created_by = (select auth.uid()) and expires_at > now() and private.has_community_role(community_id, array['coordinator']));

create policy "The coordinator who uploaded discards their import"
  on public.organisation_imports for delete to authenticated
  using (created_by = (select auth.uid()));

revoke all on public.organisation_imports from anon, authenticated;
grant select, delete on public.organisation_imports to authenticated;
grant insert (community_id, file_name, format, rows) on public.organisation_imports to authenticated;

create trigger organisation_imports_clean_text before insert on public.organisation_imports
  for each row execute function private.clean_text();

-- Imports nobody confirmed go: each new one takes its coordinator's expired ones with it.
create function private.forget_expired_imports()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  delete from public.organisation_imports i where i.created_by = new.created_by and i.expires_at <= now();
  return new;
end
$$;
revoke all on function private.forget_expired_imports() from public;
create trigger organisation_imports_forget_expired after insert on public.organisation_imports
  for each row execute function private.forget_expired_imports();

-- Confirming an import ------------------------------------------------------------------------
-- Writes the chosen rows (0-based positions in the import) that can be imported, each as a
-- paused organisation awaiting confirmation in the import's community, with its contact;
-- all or nothing. The import is used up. Security definer, to write listings the caller will
-- own past the per-member limit; it checks the caller is the coordinator who uploaded.

create function public.confirm_organisation_import(import uuid, chosen integer[])
returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  staged public.organisation_imports;
  item jsonb;
  saved uuid;
  written integer := 0;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select * into staged from public.organisation_imports i
    where i.id = import and i.created_by = auth.uid() and i.expires_at > now()
    for update;
  if not found then
    raise exception 'no such import' using errcode = 'PT404', hint = 'import';
  end if;
  if not private.has_community_role(staged.community_id, array['coordinator']) then
    raise exception 'only the community''s coordinators import' using errcode = '42501';
  end if;

  for item in
    select r.value from jsonb_array_elements(staged.rows) with ordinality as r (value, n)
    where (r.n - 1)::integer = any (coalesce(chosen, '{}'))
      and jsonb_typeof(r.value -> 'listing') = 'object' and jsonb_typeof(r.value -> 'contact') = 'object'
      and coalesce(jsonb_array_length(case when jsonb_typeof(r.value -> 'problems') = 'array' then r.value -> 'problems' end), 0) = 0
    order by r.n
  loop
    insert into public.helpers (user_id, kind, community_id, display_name, summary, topics, skills, languages, modes,
        availability, area, address, latitude, longitude, exact_point, paused, imported_at, awaiting_confirmation)
      select auth.uid(), 'organisation', staged.community_id, f.display_name, f.summary, coalesce(f.topics, '{}'),
        coalesce(f.skills, '{}'), coalesce(f.languages, '{en}'), f.modes, coalesce(f.availability, ''), coalesce(f.area, ''),
        coalesce(f.address, ''), f.latitude, f.longitude, coalesce(f.exact_point, false), true, now(), true
      from jsonb_populate_record(null::public.helpers, item -> 'listing') f
      returning id into saved;
    insert into public.helper_contacts (helper_id, channel, value)
      values (saved, item -> 'contact' ->> 'channel', item -> 'contact' ->> 'value');
    written := written + 1;
  end loop;

  delete from public.organisation_imports i where i.id = staged.id;
  return written;
end
$$;
revoke all on function public.confirm_organisation_import(uuid, integer[]) from public, anon;
grant execute on function public.confirm_organisation_import(uuid, integer[]) to authenticated;

-- Confirming one imported listing: its owner or a coordinator of its community shows it.
create function public.confirm_imported_listing(listing uuid)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  found_listing public.helpers;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select * into found_listing from public.helpers h where h.id = listing and h.awaiting_confirmation for update;
  if not found then
    raise exception 'no listing waiting for confirmation' using errcode = 'PT404', hint = 'listing';
  end if;
  if found_listing.user_id <> auth.uid() and not private.coordinates(found_listing.community_id) then
    raise exception 'only its owner or a coordinator confirms a listing' using errcode = '42501';
  end if;
  update public.helpers h set awaiting_confirmation = false, paused = false where h.id = listing;
end
$$;
revoke all on function public.confirm_imported_listing(uuid) from public, anon;
grant execute on function public.confirm_imported_listing(uuid) to authenticated;
