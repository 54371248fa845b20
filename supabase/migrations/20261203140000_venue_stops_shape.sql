-- A venue's stops are shown on every event held there, and any organiser of the community
-- can write them through the API, not only through the venue form. Until now the database
-- held only "an array of at most 10"; a stop of another shape (a number for a name, lines
-- as an object) would break the event page for everyone. Now it holds the shape the form
-- writes: {name, mode, lines, walkMinutes}, and nothing else.

create function private.stops_are_valid(stops jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(stops) = 'array'
    and jsonb_array_length(stops) <= 10
    and not exists (
      select 1
      from jsonb_array_elements(stops) as s(stop)
      where jsonb_typeof(s.stop) is distinct from 'object'
         or (select array_agg(k order by k) from jsonb_object_keys(s.stop) as k) is distinct from array['lines', 'mode', 'name', 'walkMinutes']
         or jsonb_typeof(s.stop -> 'name') is distinct from 'string'
         or length(trim(s.stop ->> 'name')) not between 1 and 120
         or (s.stop ->> 'mode') not in ('bus', 'train', 'tram', 'metro', 'ferry', 'coach')
         or jsonb_typeof(s.stop -> 'lines') is distinct from 'array'
         or jsonb_array_length(s.stop -> 'lines') > 100
         or exists (
           select 1 from jsonb_array_elements(s.stop -> 'lines') as l(line)
           where jsonb_typeof(l.line) is distinct from 'string' or length(l.line #>> '{}') not between 1 and 200
         )
         or jsonb_typeof(s.stop -> 'walkMinutes') is distinct from 'number'
         or (s.stop ->> 'walkMinutes')::numeric not between 0 and 180
         or (s.stop ->> 'walkMinutes')::numeric % 1 <> 0
    )
$$;

comment on function private.stops_are_valid(jsonb) is
  'Whether a venue''s stops have the shape the venue form writes and event pages read: at most 10 of {name, mode, lines, walkMinutes}.';

alter table public.venues
  add constraint venues_stops_shape check (private.stops_are_valid(stops));
