import { murmurationsList } from '$lib/opendata/serve.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) => murmurationsList(locals.supabase, url.origin, params.slug);
