-- Marking the attendance of someone with no RSVP to the event changed nothing and said it
-- worked; it now says "not found" (PT404, a 404), as the other RPCs do.
create or replace function public.mark_attendance(event uuid, member uuid, attended boolean)
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
