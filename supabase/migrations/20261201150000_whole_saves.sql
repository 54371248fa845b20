-- A listing with its contact, and an event with its joining link, saved in one transaction.
-- Saved as two requests, a refused second write left a listing nobody could reach or a new
-- draft without its link. Security invoker: the caller's grants and RLS decide, as before.

create function public.save_listing(listing uuid, fields jsonb, contact jsonb)
returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  saved uuid;
begin
  if listing is null then
    insert into public.helpers (kind, display_name, summary, topics, skills, languages, modes,
        availability, area, address, latitude, longitude, exact_point)
      select coalesce(f.kind, 'member'), f.display_name, f.summary, f.topics, f.skills, f.languages,
        f.modes, f.availability, f.area, f.address, f.latitude, f.longitude, f.exact_point
      from jsonb_populate_record(null::public.helpers, fields) f
      returning id into saved;
  else
    update public.helpers h
      set (display_name, summary, topics, skills, languages, modes, availability, area, address,
          latitude, longitude, exact_point)
        = (f.display_name, f.summary, f.topics, f.skills, f.languages, f.modes, f.availability,
          f.area, f.address, f.latitude, f.longitude, f.exact_point)
      from jsonb_populate_record(null::public.helpers, fields) f
      where h.id = listing
      returning h.id into saved;
    if saved is null then
      raise exception 'listing not found' using errcode = 'PT404', hint = 'listing';
    end if;
  end if;

  insert into public.helper_contacts (helper_id, channel, value)
    values (saved, contact ->> 'channel', contact ->> 'value')
    on conflict (helper_id) do update set channel = excluded.channel, value = excluded.value;
  return saved;
end
$$;

revoke all on function public.save_listing(uuid, jsonb, jsonb) from public, anon;
grant execute on function public.save_listing(uuid, jsonb, jsonb) to authenticated;

-- Null when the caller may not change the event (RLS hid it or refused the change).
create function public.save_event(target uuid, fields jsonb, join_url text)
returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  saved uuid;
begin
  if target is null then
    insert into public.events (status, community_id, venue_id, title, summary, description, who_for,
        starts_at, ends_at, time_zone, format, languages, access, cost_pence, cost_note, capacity)
      select 'draft', f.community_id, f.venue_id, f.title, f.summary, f.description, f.who_for,
        f.starts_at, f.ends_at, f.time_zone, f.format, f.languages, f.access, f.cost_pence,
        f.cost_note, f.capacity
      from jsonb_populate_record(null::public.events, fields) f
      returning id into saved;
  else
    update public.events e
      set (community_id, venue_id, title, summary, description, who_for, starts_at, ends_at,
          time_zone, format, languages, access, cost_pence, cost_note, capacity)
        = (f.community_id, f.venue_id, f.title, f.summary, f.description, f.who_for, f.starts_at,
          f.ends_at, f.time_zone, f.format, f.languages, f.access, f.cost_pence, f.cost_note,
          f.capacity)
      from jsonb_populate_record(null::public.events, fields) f
      where e.id = target
      returning e.id into saved;
    if saved is null then
      return null;
    end if;
  end if;

  if join_url is null then
    delete from public.event_links l where l.event_id = saved;
  else
    insert into public.event_links (event_id, join_url) values (saved, save_event.join_url)
      on conflict (event_id) do update set join_url = excluded.join_url;
  end if;
  return saved;
end
$$;

revoke all on function public.save_event(uuid, jsonb, text) from public, anon;
grant execute on function public.save_event(uuid, jsonb, text) to authenticated;
