-- A listing's shown place (its page, its owner's preview) read from the per-cell counts the
-- search keeps (private.listed_cells), with the search's own rule for where a cell is shown.
-- It counted the cell's members again, in a way no index has served since 20261201130000:
-- each listing page read the whole helpers table. The owner of a paused or hidden listing
-- is still counted in, as if listed: what others will see once it is.
create or replace function private.shown_place_of(helper uuid)
returns table (latitude double precision, longitude double precision, shown_as text)
language sql stable security definer
set search_path = ''
as $$
  select
    case when t.exact_point then round(t.latitude::numeric, 5)::double precision else private.cell_latitude(t.cell_y, n.members) end,
    case when t.exact_point then round(t.longitude::numeric, 5)::double precision else private.cell_longitude(t.cell_y, t.cell_x, n.members) end,
    case when t.exact_point then 'exact' when n.members >= 5 then 'cell' else 'area' end
  from public.helpers t
    left join private.listed_cells c on c.cell_y = t.cell_y and c.cell_x = t.cell_x,
    lateral (select coalesce(c.members, 0) + (t.kind = 'member' and (t.paused or t.hidden_by_coordinator))::integer as members) n
  where t.id = helper and t.cell_y is not null
    and ((not t.paused and not t.hidden_by_coordinator) or t.user_id = (select auth.uid()))
$$;

-- Its one caller was the function above.
drop function private.shown_place(text, double precision, double precision, integer, integer, bigint);
