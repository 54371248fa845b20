import { json } from '@sveltejs/kit';
import { defaultLocale } from '$lib/i18n/locales';
import { eventListJsonLd, factNamer } from '$lib/events/jsonld';
import { communityBySlug, communityUpcoming } from '$lib/events/queries';
import { translatorFor } from '$lib/server/i18n';
import { openHeaders, preflight } from '$lib/opendata/respond.server';
import { anonymousSupabase } from '$lib/server/supabase';
import type { RequestHandler } from './$types';

// Open data, answered as every open data document is (respond.server.ts); the same for
// everyone, so caches may keep it for a few minutes.

/** A community's upcoming events as a schema.org ItemList, in English (the source language). */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	// Read without the visitor's session: an organiser asking sees what anyone sees, never drafts.
	const supabase = anonymousSupabase();
	const community = /^[a-z0-9-]{2,60}$/.test(params.slug) ? await communityBySlug(supabase, params.slug) : null;
	if (!community) return json({ message: locals.t('eventOpenData.unknownCommunity') }, { status: 404, headers: { ...openHeaders, 'cache-control': 'no-store' } });
	const t = translatorFor(defaultLocale);
	const factName = factNamer(t);
	const events = await communityUpcoming(supabase, community.id);
	const document = eventListJsonLd(
		{ name: t('eventOpenData.feedName', { community: community.name }), url: url.origin + url.pathname },
		events.map((event) => ({ event, ld: { url: `${url.origin}/events/${event.id}`, origin: url.origin, taken: event.places?.taken ?? 0, factName } }))
	);
	return new Response(JSON.stringify(document), {
		headers: { ...openHeaders, 'content-type': 'application/ld+json; charset=utf-8', 'content-language': defaultLocale, 'cache-control': 'public, max-age=300' }
	});
};

export const OPTIONS: RequestHandler = preflight;
