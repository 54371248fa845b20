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

update public.member_private set language = 'en', access_needs = '{stepFreeEntrance,hasInductionLoop}'
  where user_id = 'a0000000-0000-4000-8000-000000000002';

insert into public.community_members (community_id, user_id, role) values
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000002', 'member'),
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000003', 'organiser'),
  ('11111111-1111-4111-8111-111111111111', 'a0000000-0000-4000-8000-000000000004', 'coordinator'),
  ('22222222-2222-4222-8222-222222222222', 'a0000000-0000-4000-8000-000000000004', 'coordinator');

-- Venues and events ------------------------------------------------------------------------
-- Dates are relative to the day the seed runs, so there are always upcoming and past events.

insert into public.venues (id, community_id, name, address, postcode, town, latitude, longitude, wheelchair_grade, access, access_note, access_contact, stops, transport_note, parking_note) values
(
  'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
  'Central Library, Bristol', 'College Green', 'BS1 5TL', 'Bristol', 51.4521, -2.6006, 'fully',
  '{"stepFreeEntrance": "yes", "hasLift": "yes", "accessibleToilet": "yes", "allGenderToilet": "yes", "changingPlaces": "no", "hasInductionLoop": "yes", "quietRoom": "yes", "isWellLit": "yes", "seating": "yes", "assistanceAnimalsWelcome": "yes", "babyChanging": "yes", "stepFreeRouteFromStop": "yes", "blueBadgeParking": "yes", "cycleParking": "yes"}',
  'Use the ramp on the left of the main steps. The meeting room is on the first floor; the lift is past the front desk.',
  'Priya, 0117 496 0000 (text is fine)',
  '[{"name": "College Green", "mode": "bus", "lines": ["8", "9", "72"], "walkMinutes": 2}, {"name": "Bristol Temple Meads", "mode": "train", "lines": ["GWR", "CrossCountry"], "walkMinutes": 25}]',
  'From Temple Meads, bus 72 or m2 to College Green takes about 10 minutes.',
  'Two blue-badge bays on Deanery Road. The nearest car park is Trenchard Street (about 6 minutes on foot).'
),
(
  'b0000000-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111',
  'The Old Chapel', '14 Chapel Row, Easton', 'BS5 6HG', 'Bristol', 51.4633, -2.5664, 'not',
  '{"stepFreeEntrance": "no", "hasLift": "no", "accessibleToilet": "no", "hasInductionLoop": "no", "quietRoom": "yes", "seating": "yes", "assistanceAnimalsWelcome": "yes", "stepFreeRouteFromStop": "yes", "blueBadgeParking": "no", "cycleParking": "yes"}',
  'The room is up a flight of 14 stairs with a handrail on one side. There is no lift.',
  'Sam, hello@example.org',
  '[{"name": "Stapleton Road", "mode": "train", "lines": ["Severn Beach line"], "walkMinutes": 6}, {"name": "Easton Way", "mode": "bus", "lines": ["48", "49"], "walkMinutes": 3}]',
  '', 'Street parking only.'
),
(
  'b0000000-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111',
  'Southmead Community Centre', 'Greystoke Avenue, Southmead', 'BS10 6AS', 'Bristol', 51.4966, -2.5944, 'fully',
  '{"stepFreeEntrance": "yes", "hasLift": "unknown", "accessibleToilet": "yes", "hasInductionLoop": "unknown", "quietRoom": "yes", "seating": "yes", "babyChanging": "yes", "stepFreeRouteFromStop": "yes", "blueBadgeParking": "yes"}',
  'Everything is on the ground floor.', 'Reception, 0117 496 0111',
  '[{"name": "Greystoke Avenue", "mode": "bus", "lines": ["2", "75"], "walkMinutes": 1}]',
  '', 'Free car park with 3 blue-badge bays.'
),
(
  'b0000000-0000-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222',
  'Ancoats Community Hub', '20 Blossom Street, Ancoats', 'M4 6AJ', 'Manchester', 53.4851, -2.2270, 'partially',
  '{"stepFreeEntrance": "yes", "hasLift": "no", "accessibleToilet": "yes", "hasInductionLoop": "no", "quietRoom": "no", "isWellLit": "yes", "seating": "yes", "stepFreeRouteFromStop": "yes", "cycleParking": "yes"}',
  'The main hall is step-free. The upstairs kitchen is not.', 'Tom, 0161 496 0222',
  '[{"name": "New Islington", "mode": "tram", "lines": ["Metrolink Ashton line"], "walkMinutes": 5}, {"name": "Manchester Piccadilly", "mode": "train", "lines": ["Northern", "Avanti"], "walkMinutes": 15}]',
  'Buses 216 and 231 stop on Great Ancoats Street, 3 minutes away.', 'No parking on site.'
),
(
  'b0000000-0000-4000-8000-000000000005', '22222222-2222-4222-8222-222222222222',
  'Hulme Library', 'Hulme High Street', 'M15 5JE', 'Manchester', 53.4668, -2.2483, 'fully',
  '{"stepFreeEntrance": "yes", "hasLift": "yes", "accessibleToilet": "yes", "changingPlaces": "yes", "hasInductionLoop": "yes", "quietRoom": "yes", "seating": "yes", "assistanceAnimalsWelcome": "yes", "staffTrainedInSigning": "yes", "stepFreeRouteFromStop": "yes", "blueBadgeParking": "yes", "cycleParking": "yes"}',
  '', 'Library desk, 0161 496 0333',
  '[{"name": "Hulme High Street", "mode": "bus", "lines": ["250", "256"], "walkMinutes": 1}, {"name": "Deansgate-Castlefield", "mode": "tram", "lines": ["Metrolink"], "walkMinutes": 18}]',
  '', 'Blue-badge bays at the front.'
);

insert into public.events (id, community_id, venue_id, title, summary, description, who_for, starts_at, ends_at, format, languages, access, cost_pence, cost_note, capacity, status, cancel_reason, created_by) values
(
  'e0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001',
  'Bristol Community Tech monthly meetup',
  'Our friendly monthly get-together: short talks, then tea and chat.',
  'Two short talks (10 minutes each) from people doing community tech in Bristol, then time to chat in small groups. You can just listen. Tea, coffee and sandwiches provided, with vegan and gluten-free options.',
  'Anyone curious about technology in the community, whatever your experience.',
  ((current_date + 6) + time '18:30') at time zone 'Europe/London', ((current_date + 6) + time '20:30') at time zone 'Europe/London',
  'in_person', '{en}',
  '{"captions": "no", "signLanguage": "no", "foodServed": "yes", "dietaryOptions": "yes", "publicSpeaking": "no", "physicalActivity": "no", "smallGroups": "yes", "speedNetworking": "no", "loud": "no", "flashingLights": "no", "companionFree": "yes"}',
  0, 'Free', 30, 'published', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', null,
  'Lunchtime online call: tech for good news',
  'A relaxed half hour online to share what we are working on.',
  'Join from your phone or computer. Cameras are optional. Live captions are on, and we share a written summary afterwards.',
  'Anyone, anywhere.',
  ((current_date + 2) + time '12:30') at time zone 'Europe/London', ((current_date + 2) + time '13:00') at time zone 'Europe/London',
  'online', '{en}',
  '{"captions": "yes", "transcript": "yes", "signLanguage": "no", "publicSpeaking": "no", "physicalActivity": "no", "smallGroups": "no", "speedNetworking": "no", "loud": "no", "flashingLights": "no"}',
  0, 'Free', null, 'published', '', 'a0000000-0000-4000-8000-000000000004'
),
(
  'e0000000-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000003',
  'Digital skills morning for families',
  'Bring your phone or borrow a tablet: help with everyday online tasks, with a free creche.',
  'Volunteers help you one to one with things like email, video calls, online forms and staying safe online. There is a free creche for children under 8 in the next room, and breakfast.',
  'Parents and carers, and anyone who would like help getting online.',
  ((current_date + 10) + time '10:00') at time zone 'Europe/London', ((current_date + 10) + time '12:30') at time zone 'Europe/London',
  'in_person', '{en,so,ar}',
  '{"creche": "yes", "foodServed": "yes", "dietaryOptions": "yes", "publicSpeaking": "no", "physicalActivity": "no", "smallGroups": "yes", "loud": "no", "captions": "no", "signLanguage": "unknown", "companionFree": "yes"}',
  0, 'Free', 20, 'published', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000004', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000002',
  'Website clinic for small charities',
  'Bring your website questions. Small groups, lots of time for each question.',
  'We sit in small groups of three or four. Bring a laptop if you have one; we have a few to lend.',
  'People who run or volunteer for a small charity or community group.',
  ((current_date + 13) + time '18:00') at time zone 'Europe/London', ((current_date + 13) + time '20:00') at time zone 'Europe/London',
  'in_person', '{en}',
  '{"foodServed": "no", "publicSpeaking": "no", "smallGroups": "yes", "speedNetworking": "no", "loud": "no", "captions": "no", "signLanguage": "no"}',
  0, 'Free', 8, 'published', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000005', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000004',
  'Tech for Good social',
  'Meet people over pizza. It gets busy and loud later on.',
  'An evening social with a short round of speed networking at 7pm (you can sit it out). Pizza provided, including vegan options.',
  'Everyone in Greater Manchester working or volunteering in tech for good.',
  ((current_date + 8) + time '18:00') at time zone 'Europe/London', ((current_date + 8) + time '21:00') at time zone 'Europe/London',
  'in_person', '{en}',
  '{"foodServed": "yes", "dietaryOptions": "yes", "publicSpeaking": "no", "physicalActivity": "no", "smallGroups": "no", "speedNetworking": "yes", "loud": "yes", "captions": "no", "signLanguage": "no", "flashingLights": "no"}',
  0, 'Free', 60, 'published', '', 'a0000000-0000-4000-8000-000000000004'
),
(
  'e0000000-0000-4000-8000-000000000006', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000005',
  'Your data and your rights: a workshop',
  'What organisations can do with your data, and how to ask them what they hold.',
  'A hands-on workshop with a BSL interpreter. We work in small groups and there is a short walk between two rooms on the same floor.',
  'Community workers, volunteers and anyone who wants to understand data protection.',
  ((current_date + 17) + time '14:00') at time zone 'Europe/London', ((current_date + 17) + time '16:30') at time zone 'Europe/London',
  'in_person', '{en}',
  '{"signLanguage": "yes", "captions": "unknown", "largePrint": "yes", "publicSpeaking": "no", "physicalActivity": "no", "smallGroups": "yes", "loud": "no", "foodServed": "no"}',
  500, '£5, or free with a bursary — just ask', 25, 'published', '', 'a0000000-0000-4000-8000-000000000004'
),
(
  'e0000000-0000-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001',
  'Funding bids: questions and answers',
  'Two people who review funding bids answer your questions, in the room and online.',
  'Send questions in advance or ask on the day. Live captions on the screen and online.',
  'Small groups and charities thinking about applying for funding.',
  ((current_date + 21) + time '17:30') at time zone 'Europe/London', ((current_date + 21) + time '19:00') at time zone 'Europe/London',
  'hybrid', '{en}',
  '{"captions": "yes", "transcript": "yes", "signLanguage": "no", "publicSpeaking": "no", "smallGroups": "no", "foodServed": "no", "loud": "no"}',
  0, 'Free', 40, 'published', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000008', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000003',
  'Summer picnic (planning)',
  'Still being planned.',
  '', '',
  ((current_date + 40) + time '12:00') at time zone 'Europe/London', ((current_date + 40) + time '15:00') at time zone 'Europe/London',
  'in_person', '{en}', '{}', 0, '', null, 'draft', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000009', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000004',
  'Repair café: laptops and phones',
  'Bring a broken laptop or phone and we will try to fix it together.',
  '', 'Anyone.',
  ((current_date + 5) + time '11:00') at time zone 'Europe/London', ((current_date + 5) + time '14:00') at time zone 'Europe/London',
  'in_person', '{en}', '{"physicalActivity": "no", "publicSpeaking": "no"}', 0, 'Free', 15, 'cancelled',
  'The hall is closed for repairs that day. We will be back next month.', 'a0000000-0000-4000-8000-000000000004'
),
(
  'e0000000-0000-4000-8000-000000000010', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001',
  'Bristol Community Tech meetup (last week)',
  'Short talks, then tea and chat.', '', 'Anyone curious about technology in the community.',
  ((current_date - 6) + time '18:30') at time zone 'Europe/London', ((current_date - 6) + time '20:30') at time zone 'Europe/London',
  'in_person', '{en}', '{"foodServed": "yes", "dietaryOptions": "yes", "publicSpeaking": "no", "smallGroups": "yes"}',
  0, 'Free', 30, 'published', '', 'a0000000-0000-4000-8000-000000000003'
),
(
  'e0000000-0000-4000-8000-000000000011', '22222222-2222-4222-8222-222222222222', null,
  'Lunchtime online call (two weeks ago)',
  'A relaxed half hour online.', '', 'Anyone, anywhere.',
  ((current_date - 12) + time '12:30') at time zone 'Europe/London', ((current_date - 12) + time '13:00') at time zone 'Europe/London',
  'online', '{en}', '{"captions": "yes", "transcript": "yes"}', 0, 'Free', null, 'published', '', 'a0000000-0000-4000-8000-000000000004'
),
(
  'e0000000-0000-4000-8000-000000000012', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000005',
  'Accessible websites workshop (last month)',
  'Checking your website works for everyone.', '', 'People who look after a website.',
  ((current_date - 30) + time '14:00') at time zone 'Europe/London', ((current_date - 30) + time '16:30') at time zone 'Europe/London',
  'in_person', '{en,cy}', '{"signLanguage": "yes", "captions": "yes", "smallGroups": "yes"}',
  0, 'Free', 25, 'published', '', 'a0000000-0000-4000-8000-000000000004'
);

insert into public.event_links (event_id, join_url, join_note) values
  ('e0000000-0000-4000-8000-000000000002', 'https://meet.example.org/tech-for-good-lunch', 'The call opens 5 minutes before the start.'),
  ('e0000000-0000-4000-8000-000000000007', 'https://meet.example.org/funding-qa', ''),
  ('e0000000-0000-4000-8000-000000000011', 'https://meet.example.org/tech-for-good-lunch', '');

-- RSVPs, made the way members make them (through rsvp(), as each member).
select set_config('request.jwt.claims', '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}', true);
select public.rsvp('e0000000-0000-4000-8000-000000000001', 'going', true, 'I''ll bring my assistance dog, and a seat near the front would help.');
select public.rsvp('e0000000-0000-4000-8000-000000000007', 'going');
select set_config('request.jwt.claims', '{"sub": "a0000000-0000-4000-8000-000000000004", "role": "authenticated"}', true);
select public.rsvp('e0000000-0000-4000-8000-000000000001', 'maybe');
select set_config('request.jwt.claims', '', true);

-- Last week's meetup: who said they would come (feedback is open for 14 days).
insert into public.rsvps (event_id, user_id, status, places) values
  ('e0000000-0000-4000-8000-000000000010', 'a0000000-0000-4000-8000-000000000002', 'going', 1),
  ('e0000000-0000-4000-8000-000000000010', 'a0000000-0000-4000-8000-000000000001', 'going', 1);
update public.event_places set taken = 2 where event_id = 'e0000000-0000-4000-8000-000000000010';

-- The directory: people and organisations who can help --------------------------------------
-- Members' points are snapped to ~1 km cells by the database; five people in Easton share a
-- cell, so it is shown at ~1 km; everyone else alone in their cell is shown at ~5 km.

insert into auth.users (id, email, email_confirmed_at, raw_user_meta_data)
select ('c0000000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid, 'helper' || lpad(n::text, 2, '0') || '@example.org', now(),
  jsonb_build_object('display_name', 'Helper ' || n)
from generate_series(1, 40) n;

insert into public.helpers (user_id, kind, community_id, display_name, summary, topics, skills, languages, modes, availability, area, address, latitude, longitude, exact_point)
select ('c0000000-0000-4000-8000-0000000000' || lpad(h.n::text, 2, '0'))::uuid, h.kind, h.community, h.name, h.summary, h.topics, h.skills, h.languages, h.modes, h.availability, h.area, h.address, h.lat, h.lng,
  h.kind = 'organisation' and h.address <> '' and h.lat is not null
from (values
  -- Bristol: five neighbours in Easton
  (1, 'member', '11111111-1111-4111-8111-111111111111'::uuid, 'Rhian Morgan', 'I help people get started with phones and tablets, in Welsh or English. No question is too small.', '{digital-inclusion,older-people}'::text[], '{training,fixing-devices}'::text[], '{en,cy}'::text[], '{in_person,phone}'::text[], 'Tuesday and Thursday mornings', 'Easton', '', 51.4634, -2.5652),
  (2, 'member', '11111111-1111-4111-8111-111111111111', 'Yusuf Ahmed', 'Setting up email, video calls and online forms for families new to the UK. I speak Arabic and Somali.', '{digital-inclusion,refugee-support}', '{training}', '{en,ar,so}', '{in_person,online}', 'Weekday evenings', 'Easton', '', 51.4641, -2.5619),
  (3, 'member', '11111111-1111-4111-8111-111111111111', 'Gosia Nowak', 'I build simple websites for small charities and show you how to keep them up to date yourself.', '{social-inclusion}', '{web,training}', '{en,pl}', '{in_person,online}', 'Saturdays', 'Easton', '', 51.4655, -2.5633),
  (4, 'member', '11111111-1111-4111-8111-111111111111', 'Dev Patel', 'Help with spreadsheets and data for community groups: counting what you do, without the stress.', '{funding-bids,social-inclusion}', '{data}', '{en,pa}', '{in_person,online}', 'Every other Wednesday', 'Easton', '', 51.4668, -2.5604),
  (5, 'member', '11111111-1111-4111-8111-111111111111', 'Hannah Price', 'I can look over your privacy notice and help you keep members'' details safe.', '{data-and-privacy}', '{digital-strategy}', '{en}', '{in_person,online,phone}', 'Mondays after 4pm', 'Easton', '', 51.4673, -2.5588),
  -- Bristol: on their own
  (6, 'member', '11111111-1111-4111-8111-111111111111', 'Aled Jenkins', 'Welsh speaker, happy to sit with you and sort out online banking and doctor''s appointments.', '{digital-inclusion,older-people}', '{training}', '{en,cy}', '{in_person}', 'Friday afternoons', 'Bedminster', '', 51.4410, -2.6010),
  (7, 'member', '11111111-1111-4111-8111-111111111111', 'Amina Hassan', 'Support for women''s groups with social media and getting the word out about what you do.', '{social-inclusion,racism}', '{marketing,social-media}', '{en,ar,so}', '{in_person,online}', 'Flexible', 'St Pauls', '', 51.4627, -2.5841),
  (8, 'member', '11111111-1111-4111-8111-111111111111', 'Chris Walker', 'I fix old laptops and pass them on. Ask me if you need a device to get online.', '{digital-inclusion,homelessness}', '{fixing-devices,lending-equipment}', '{en}', '{in_person}', 'Saturday repair café', 'Southville', '', 51.4446, -2.6055),
  (9, 'member', '11111111-1111-4111-8111-111111111111', 'Siân Roberts', 'Plain-language help with funding bids: we can go through the questions together.', '{funding-bids,mental-health}', '{digital-strategy}', '{en,cy}', '{online,phone}', 'Evenings', 'Clifton', '', 51.4560, -2.6200),
  (10, 'member', '11111111-1111-4111-8111-111111111111', 'Tariq Mahmood', 'Accessible websites and documents, so everyone can read what you share.', '{disability,digital-inclusion}', '{accessibility,web}', '{en,ur}', '{in_person,online}', 'Weekends', 'Fishponds', '', 51.4800, -2.5260),
  (11, 'member', '11111111-1111-4111-8111-111111111111', 'Jo Bennett', 'Calm, patient help for people living with dementia and their carers to use video calls.', '{dementia,older-people}', '{training}', '{en}', '{in_person,phone}', 'Wednesday mornings', 'Horfield', '', 51.4880, -2.5900),
  (12, 'member', null, 'Lowri Evans', 'Digital skills sessions in Welsh for groups in community centres around the city.', '{digital-inclusion,young-people}', '{training}', '{cy,en}', '{in_person,online}', 'Term time', 'Keynsham', '', 51.4140, -2.4980),
  -- Bristol organisations, at their public addresses
  (13, 'organisation', '11111111-1111-4111-8111-111111111111', 'Easton Community Centre', 'Free drop-in digital help, printers and computers to use, and a warm space.', '{digital-inclusion,social-inclusion,older-people}', '{training,lending-equipment}', '{en,so,ar}', '{in_person,phone}', 'Monday to Friday, 10am to 4pm', 'Easton', 'Kilburn Street, Easton, Bristol', 51.4619, -2.5654),
  (14, 'organisation', '11111111-1111-4111-8111-111111111111', 'Bristol Device Bank', 'We give refurbished laptops and phones with data to people who need them.', '{digital-inclusion,homelessness,refugee-support}', '{lending-equipment,fixing-devices}', '{en}', '{in_person,online}', 'Referrals any time', 'Bristol city centre', 'Broadmead, Bristol', 51.4587, -2.5870),
  (15, 'organisation', '11111111-1111-4111-8111-111111111111', 'Mind Your Data Bristol', 'Workshops for charities on data protection and looking after people''s information.', '{data-and-privacy,mental-health}', '{data,training}', '{en}', '{in_person,online}', 'Monthly workshops', 'Old Market', 'West Street, Old Market, Bristol', 51.4585, -2.5800),
  -- Manchester
  (16, 'member', '22222222-2222-4222-8222-222222222222', 'Farah Begum', 'Helping Bengali-speaking elders to get online and stay in touch with family.', '{digital-inclusion,older-people}', '{training}', '{en,bn}', '{in_person,phone}', 'Tuesday afternoons', 'Longsight', '', 53.4590, -2.2000),
  (17, 'member', '22222222-2222-4222-8222-222222222222', 'Liam O''Connor', 'Websites and online booking for grassroots sports and youth clubs.', '{young-people,social-inclusion}', '{web,digital-strategy}', '{en}', '{online}', 'Evenings and weekends', 'Salford', '', 53.4870, -2.2900),
  (18, 'member', '22222222-2222-4222-8222-222222222222', 'Grace Okafor', 'Marketing help for groups tackling racism: getting your story heard, kindly and clearly.', '{racism,social-inclusion}', '{marketing,social-media}', '{en}', '{in_person,online}', 'Thursdays', 'Moss Side', '', 53.4580, -2.2460),
  (19, 'member', '22222222-2222-4222-8222-222222222222', 'Ahmad Karimi', 'I help refugees set up phones, apps and email, in Arabic, Farsi or English.', '{refugee-support,digital-inclusion}', '{training,fixing-devices}', '{en,ar,fa}', '{in_person,phone}', 'Saturday mornings', 'Cheetham Hill', '', 53.5030, -2.2380),
  (20, 'member', '22222222-2222-4222-8222-222222222222', 'Ellie Shaw', 'Data skills for small charities: simple dashboards and what your numbers are telling you.', '{funding-bids}', '{data}', '{en}', '{online}', 'Fridays', 'Chorlton', '', 53.4420, -2.2770),
  (21, 'member', '22222222-2222-4222-8222-222222222222', 'Marek Kowalski', 'Repairing and lending tablets for people with mental health needs who want to stay connected.', '{mental-health,digital-inclusion}', '{fixing-devices,lending-equipment}', '{en,pl}', '{in_person}', 'Wednesday evenings', 'Levenshulme', '', 53.4440, -2.1920),
  (22, 'organisation', '22222222-2222-4222-8222-222222222222', 'Manchester Digital Inclusion Hub', 'Free one-to-one help with anything online, in many languages. Just turn up.', '{digital-inclusion,refugee-support,older-people}', '{training,lending-equipment}', '{en,ar,ur,bn,pl}', '{in_person,phone,online}', 'Monday to Saturday, 9am to 5pm', 'Manchester city centre', 'Piccadilly, Manchester', 53.4808, -2.2374),
  (23, 'organisation', '22222222-2222-4222-8222-222222222222', 'Safe Space Tech', 'Help for homelessness charities to use technology safely and keep records private.', '{homelessness,data-and-privacy}', '{digital-strategy,data}', '{en}', '{in_person,online}', 'By appointment', 'Ancoats', 'Great Ancoats Street, Manchester', 53.4840, -2.2260),
  (24, 'organisation', '22222222-2222-4222-8222-222222222222', 'Accessible North', 'Accessibility checks for websites and events, led by disabled people.', '{disability,social-inclusion}', '{accessibility,training}', '{en}', '{in_person,online,phone}', 'Weekdays', 'Hulme', 'Stretford Road, Hulme, Manchester', 53.4680, -2.2500),
  -- Online and phone only, anywhere
  (25, 'member', null, 'Nadia Saleh', 'Online sessions in Arabic on staying safe online and spotting scams.', '{data-and-privacy,refugee-support}', '{training}', '{ar,en}', '{online}', 'Sunday afternoons', '', '', null, null),
  (26, 'member', null, 'Gwen Hughes', 'Friendly phone help in Welsh for older people learning to use a smartphone.', '{digital-inclusion,older-people}', '{training}', '{cy,en}', '{phone}', 'Weekday mornings', '', '', null, null),
  (27, 'member', null, 'Sam Osei', 'Digital strategy for small charities: what to do first, and what you can leave.', '{funding-bids,social-inclusion}', '{digital-strategy,marketing}', '{en}', '{online}', 'One call a week', '', '', null, null),
  (28, 'member', null, 'Priti Shah', 'Mentoring for people starting out in tech for good, especially women of colour.', '{racism,young-people}', '{digital-strategy,web}', '{en,gu}', '{online}', 'Monthly', '', '', null, null),
  (29, 'organisation', null, 'Charity Data Helpline', 'A free helpline for charities with questions about data, privacy and consent.', '{data-and-privacy}', '{data}', '{en,cy}', '{phone,online}', 'Weekdays, 10am to 3pm', '', '', null, null),
  (30, 'organisation', null, 'Tech Buddies Online', 'Volunteers who help you online with video calls, forms and apps, at your pace.', '{digital-inclusion,mental-health,disability}', '{training}', '{en,ur,ar}', '{online,phone}', 'Every day, 9am to 8pm', '', '', null, null),
  -- Cardiff, in no community yet
  (31, 'member', null, 'Carys Lewis', 'Sessions in Welsh on using the NHS app and booking appointments online.', '{digital-inclusion,older-people}', '{training}', '{cy,en}', '{in_person,phone}', 'Monday mornings', 'Canton', '', 51.4810, -3.2050),
  (32, 'member', null, 'Omar Farah', 'Help for Somali and Arabic speakers with forms, email and job applications online.', '{refugee-support,digital-inclusion}', '{training}', '{en,so,ar}', '{in_person,online}', 'Thursday evenings', 'Grangetown', '', 51.4680, -3.1860),
  (33, 'member', null, 'Bethan Davies', 'Plain-language privacy notices and consent forms for Welsh community groups.', '{data-and-privacy}', '{digital-strategy,data}', '{cy,en}', '{online}', 'Fridays', 'Roath', '', 51.4930, -3.1620),
  (34, 'member', null, 'Kwame Mensah', 'Social media and photos for small charities: a plan you can keep up with.', '{social-inclusion,young-people}', '{marketing,social-media}', '{en}', '{in_person,online}', 'Weekends', 'Splott', '', 51.4840, -3.1580),
  (35, 'member', null, 'Ffion Price', 'Calm help for people with anxiety who want to get back online at their own pace.', '{mental-health,digital-inclusion}', '{training}', '{cy,en}', '{in_person,phone}', 'Wednesday afternoons', 'Cathays', '', 51.4960, -3.1800),
  (36, 'member', null, 'Rahul Nair', 'Accessible documents and websites, checked with screen readers.', '{disability}', '{accessibility,web}', '{en,ml}', '{online}', 'Evenings', 'Penarth', '', 51.4380, -3.1740),
  (37, 'organisation', null, 'Cardiff Repair Café', 'Bring a broken laptop, tablet or phone and we fix it with you, for free.', '{digital-inclusion,homelessness}', '{fixing-devices,lending-equipment}', '{en,cy}', '{in_person}', 'First Saturday of the month', 'Cardiff city centre', 'Womanby Street, Cardiff', 51.4795, -3.1810),
  (38, 'organisation', null, 'Grangetown Women''s Tech Circle', 'A friendly group for women learning computers and phones together, with a creche.', '{digital-inclusion,social-inclusion,racism}', '{training}', '{en,ar,so,ur}', '{in_person}', 'Tuesday mornings', 'Grangetown', '', 51.4680, -3.1860),
  -- Further afield: Leeds and Glasgow
  (39, 'member', null, 'Aisha Rahman', 'Funding bids for digital projects in community centres: we write it together.', '{funding-bids,digital-inclusion}', '{digital-strategy}', '{en,ur}', '{in_person,online}', 'Tuesdays', 'Harehills', '', 53.8070, -1.5180),
  (40, 'member', null, 'Euan Campbell', 'Lending and setting up tablets for people in temporary housing.', '{homelessness,digital-inclusion}', '{lending-equipment,fixing-devices}', '{en,gd}', '{in_person,phone}', 'Weekdays', 'Govan', '', 55.8620, -4.3110)
) as h (n, kind, community, name, summary, topics, skills, languages, modes, availability, area, address, lat, lng);

insert into public.community_members (community_id, user_id, role)
select h.community_id, h.user_id, 'member' from public.helpers h where h.community_id is not null
on conflict do nothing;

-- Everyone in the demo has belonged for a month: settled, so the five in Easton count and
-- their cell is shown at ~1 km (a member counts towards a cell 7 days after joining).
update public.community_members set joined_at = now() - interval '30 days';

insert into public.helper_contacts (helper_id, channel, value)
select h.id,
  case when h.kind = 'organisation' then 'link' when h.modes @> '{phone}' then 'phone' else 'email' end,
  case when h.kind = 'organisation' then 'https://example.org/' || regexp_replace(lower(h.display_name), '[^a-z]+', '-', 'g')
       when h.modes @> '{phone}' then '0117 496 0' || lpad((row_number() over ())::text, 3, '0')
       else split_part(u.email, '@', 1) || '@example.org' end
from public.helpers h join auth.users u on u.id = h.user_id;

-- One open report, for coordinators to look at.
insert into public.reports (helper_id, reporter_id, reason, note)
select h.id, 'a0000000-0000-4000-8000-000000000002', 'wrong', 'The phone number did not work when I tried it.'
from public.helpers h where h.display_name = 'Chris Walker';
