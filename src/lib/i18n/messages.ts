// The locale files, one per feature and language: locales/<lang>/<feature>.json. Each
// feature file holds its own top-level sections, so features never edit the same file.
import type app from './locales/en/app.json';
import type signin from './locales/en/signin.json';
import type access from './locales/en/access.json';
import type rsvp from './locales/en/rsvp.json';
import type events from './locales/en/events.json';
import type feedback from './locales/en/feedback.json';
import type insights from './locales/en/insights.json';
import type welcome from './locales/en/welcome.json';
import type profile from './locales/en/profile.json';
import type organise from './locales/en/organise.json';
import type directory from './locales/en/directory.json';
import type hosts from './locales/en/hosts.json';
import type members from './locales/en/members.json';
import type calendarFeeds from './locales/en/calendar-feeds.json';
import type eventOpenData from './locales/en/event-open-data.json';
import type importing from './locales/en/import.json';
import type opendata from './locales/en/opendata.json';

/** A language's strings; English is the source every other locale mirrors. */
export type Messages = typeof app &
	typeof signin &
	typeof access &
	typeof rsvp &
	typeof events &
	typeof feedback &
	typeof insights &
	typeof welcome &
	typeof profile &
	typeof organise &
	typeof directory &
	typeof hosts &
	typeof members &
	typeof calendarFeeds &
	typeof eventOpenData &
	typeof importing &
	typeof opendata;
