-- What changed about an event after it was announced, so the event page and the open-data
-- feed can say so (schema.org EventRescheduled with previousStartDate, EventMovedOnline):
-- people and other maps that saw the old date or place learn of the change.
--
-- Both columns are kept by the trigger alone, from the row as it was: whatever a write sets
-- them to is ignored. Changes to a draft do not count (nobody saw it).

alter table public.events
  add column rescheduled_from timestamptz,
  add column moved_online boolean not null default false;
comment on column public.events.rescheduled_from is
  'The start it had when last moved after publishing; null when it was never moved, or moved back.';
comment on column public.events.moved_online is
  'True when it was in person or hybrid when published, and is now online only.';

create function private.note_event_changes()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.rescheduled_from := null;
    new.moved_online := false;
    return new;
  end if;
  new.rescheduled_from := old.rescheduled_from;
  new.moved_online := old.moved_online;
  if old.status <> 'draft' and new.starts_at is distinct from old.starts_at then
    new.rescheduled_from := case when new.starts_at = old.rescheduled_from then null else old.starts_at end;
  end if;
  if new.format <> 'online' then
    new.moved_online := false;
  elsif old.status <> 'draft' and old.format <> 'online' then
    new.moved_online := true;
  end if;
  return new;
end
$$;

create trigger events_note_changes before insert or update on public.events
  for each row execute function private.note_event_changes();
