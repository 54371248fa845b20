-- Text written straight through the API is cleaned as the app's forms clean it
-- (src/lib/forms/typed.ts): control characters other than tab and newline, and the bidi
-- overrides and isolates (U+202A–202E, U+2066–2069) that make a name, a title or a note
-- read differently from what it is, are taken out before the row is stored. A listing
-- called "‮gro.knab" would otherwise show as "bank.org" to everyone who reads it.

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

-- Every table people write text to. An update fires it only when it sets a column that can
-- hold text (text, text[], jsonb), so the RSVP and waitlist writes that change a status pay
-- nothing.
do $$
declare
  name text;
  columns text;
begin
  foreach name in array array['communities', 'profiles', 'member_private', 'venues', 'events', 'event_links',
      'rsvps', 'feedback', 'helpers', 'helper_contacts', 'reports'] loop
    select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into columns
      from pg_attribute a
      where a.attrelid = format('public.%I', name)::regclass and a.attnum > 0 and not a.attisdropped
        and a.attgenerated = '' and a.atttypid in ('text'::regtype, 'text[]'::regtype, 'jsonb'::regtype);
    execute format('create trigger %I before insert or update of %s on public.%I for each row execute function private.clean_text()',
      name || '_clean_text', columns, name);
  end loop;
end
$$;
