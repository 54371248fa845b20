-- Organisations list themselves from the app, and owners see where they are shown.
--   * An organisation's point is shown exactly only when it is its public address
--     (`exact_point`, e.g. placed from a full postcode); a town or postcode area given
--     instead is snapped like a member's and the point forgotten.
--   * Anonymous visitors no longer read who owns a listing (user_id).
--   * A member can list at most 10 organisations, so one account cannot flood the directory.
--   * The owner of a listing sees its shown place even while it is paused or hidden.

alter table public.helpers add column exact_point boolean not null default false;
comment on column public.helpers.exact_point is 'Organisations only: latitude/longitude are their public address, shown exactly.';
update public.helpers set exact_point = true where kind = 'organisation' and latitude is not null;
alter table public.helpers
  add constraint helpers_exact_point_is_an_organisation check (not exact_point or kind = 'organisation'),
  -- After the trigger: a point is kept exactly when, and only when, it is a public address.
  add constraint helpers_point_kept_only_when_exact check (exact_point = (latitude is not null and longitude is not null));

create or replace function private.snap_helper_location()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.exact_point and new.kind <> 'organisation' then
    raise exception 'only organisations show an exact point' using errcode = '23514', hint = 'area';
  end if;
  if new.latitude is not null and new.longitude is not null then
    if new.latitude not between -90 and 90 or new.longitude not between -180 and 180 then
      raise exception 'location out of range' using errcode = '22023', hint = 'area';
    end if;
    new.cell_y := private.cell_y(new.latitude);
    new.cell_x := private.cell_x(new.latitude, new.longitude);
    if not new.exact_point then
      new.latitude := null;
      new.longitude := null;
    end if;
  elsif new.latitude is not null or new.longitude is not null then
    raise exception 'give both latitude and longitude' using errcode = '22023', hint = 'area';
  elsif new.exact_point then
    raise exception 'an exact point needs latitude and longitude' using errcode = '22023', hint = 'area';
  elsif tg_op = 'INSERT' or (new.area = '' and old.area <> '') then
    -- No point given: a new listing without a place, or an area just cleared. Any other
    -- update (hiding, pausing, editing the text) keeps the cell as it was.
    new.cell_y := null;
    new.cell_x := null;
  end if;
  return new;
end
$$;

create function private.limit_organisations()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.kind = 'organisation' and (
    select count(*) from public.helpers h where h.user_id = new.user_id and h.kind = 'organisation') >= 10 then
    raise exception 'at most 10 organisations per member' using errcode = '23514', hint = 'organisation_limit';
  end if;
  return new;
end
$$;

create trigger helpers_limit_organisations before insert on public.helpers
  for each row execute function private.limit_organisations();

revoke select (user_id) on public.helpers from anon;
grant select (exact_point) on public.helpers to anon, authenticated;
grant insert (exact_point), update (exact_point) on public.helpers to authenticated;

-- One listing's shown place: for everyone while it is listed, and for its owner always
-- (their preview), counting them in their cell as if listed, which is what others will see.
create or replace function private.shown_place_of(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable security definer
set search_path = ''
as $$
  select p.latitude, p.longitude, p.shown_as
  from public.helpers t,
    lateral (select count(*) as n from public.helpers h
      where h.cell_y = t.cell_y and h.cell_x = t.cell_x and h.kind = 'member'
        and ((not h.paused and not h.hidden_by_coordinator) or h.id = t.id)) f,
    private.shown_place(t.kind, t.latitude, t.longitude, t.cell_y, t.cell_x, f.n) p
  where t.id = helper and t.cell_y is not null
    and ((not t.paused and not t.hidden_by_coordinator) or t.user_id = (select auth.uid()))
$$;
