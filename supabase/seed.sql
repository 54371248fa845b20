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
