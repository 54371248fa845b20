-- Demo data for the local stack only (`supabase db reset` and `npm run supabase:reset`).
-- Demo accounts sign in with a one-time code from the local mailbox, like anyone else.

insert into public.communities (id, slug, name, summary, about, area, charter, charter_version) values
(
  '11111111-1111-4111-8111-111111111111',
  'bristol-community-tech',
  'Bristol Community Tech',
  'People in and around Bristol who use technology to help their neighbours, charities and community groups.',
  'We meet once or twice a month in libraries, community centres and online. Some of us build websites or fix laptops; some run digital skills sessions; some are just curious. You don''t need to be technical to join. Come along, say hello, and ask anything.',
  'Bristol',
  E'We look after each other.\n\n1. Be kind and patient. Everyone here started somewhere.\n2. Listen first. Let people finish, and make room for quieter voices.\n3. Say it plainly. Explain words others may not know.\n4. Respect privacy. What people share about themselves stays with them unless they say otherwise.\n5. Ask before you help, and take no for an answer.\n6. No harassment, of any kind, in person or online.\n\nIf something feels wrong, tell an organiser. We will listen and act.',
  1
),
(
  '22222222-2222-4222-8222-222222222222',
  'manchester-tech-for-good',
  'Manchester Tech for Good',
  'A friendly network for people in Greater Manchester who want technology to do some good.',
  'Monthly meetups, skill swaps and a directory of people who are happy to help charities and community groups with digital questions.',
  'Manchester',
  E'Be welcoming. Be patient. Respect people''s time, privacy and boundaries. No harassment. Tell an organiser if anything is wrong.',
  1
);

insert into auth.users (id, email, email_confirmed_at, raw_user_meta_data) values
  ('a0000000-0000-4000-8000-000000000001', 'newcomer@example.org', now(), '{"display_name": "Nia (newcomer)"}'),
  ('a0000000-0000-4000-8000-000000000002', 'member@example.org', now(), '{"display_name": "Sam Member"}'),
  ('a0000000-0000-4000-8000-000000000003', 'organiser@example.org', now(), '{"display_name": "Priya Organiser"}'),
  ('a0000000-0000-4000-8000-000000000004', 'coordinator@example.org', now(), '{"display_name": "Tom Coordinator"}');

update public.profiles set pronouns = 'she/her', languages = '{en,cy}', topics = '{digital-inclusion}', area = 'Bristol'
  where id = 'a0000000-0000-4000-8000-000000000001';
update public.profiles set pronouns = 'they/them', languages = '{en}', topics = '{web,data-and-privacy}', area = 'Bristol',
  bio = 'I help small charities with their websites.'
  where id = 'a0000000-0000-4000-8000-000000000002';
update public.profiles set pronouns = 'she/her', languages = '{en,ur}', topics = '{digital-inclusion,training}', area = 'Bristol',
  bio = 'I run the monthly meetup at the central library.'
  where id = 'a0000000-0000-4000-8000-000000000003';
update public.profiles set pronouns = 'he/him', languages = '{en,ar}', topics = '{funding-bids}', area = 'Manchester',
  bio = 'I coordinate the Bristol and Manchester networks.'
  where id = 'a0000000-0000-4000-8000-000000000004';

update public.member_private set language = 'en', access_needs = '{step_free,hearing_loop}'
  where user_id = 'a0000000-0000-4000-8000-000000000002';

insert into public.community_members (community_id, user_id, role) values
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000002', 'member'),
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000003', 'organiser'),
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000004', 'coordinator'),
  ('22222222-2222-4222-8222-222222222222', 'a0000000-0000-4000-8000-000000000004', 'coordinator');
