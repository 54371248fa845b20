-- A member deletes their own account. Everything about them goes with the auth.users row
-- (profiles, member_private, community_members, rsvps cascade; sessions and codes too).
-- Events and venues they created stay for the community, with created_by set to null by
-- their foreign keys, so nothing left points back at the person.

create function public.delete_my_account()
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  held record;
begin
  if me is null then
    raise exception 'sign in to delete your account' using errcode = '42501';
  end if;

  -- Places they hold at events still to come go back to the waitlist, as a cancellation
  -- would. Past events keep their numbers: counts, not people.
  for held in
    select r.event_id from public.rsvps r join public.events e on e.id = r.event_id
    where r.user_id = me and r.places > 0 and e.starts_at > now()
    order by r.event_id
  loop
    perform 1 from public.event_places p where p.event_id = held.event_id for update;
    update public.event_places p set taken = p.taken - r.places
      from public.rsvps r
      where p.event_id = held.event_id and r.event_id = held.event_id and r.user_id = me;
    delete from public.rsvps r where r.event_id = held.event_id and r.user_id = me;
    perform private.promote_waitlist(held.event_id);
  end loop;

  delete from auth.users u where u.id = me;
end
$$;
comment on function public.delete_my_account() is
  'Deletes the caller''s account and every row about them; acts only on auth.uid().';
revoke all on function public.delete_my_account() from public, anon;
grant execute on function public.delete_my_account() to authenticated;
