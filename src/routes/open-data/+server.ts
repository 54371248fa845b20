import { indexJson } from '$lib/opendata/serve.server';
import type { RequestHandler } from './$types';

// Asked for as JSON (Accept: application/json); a browser asking for HTML gets the page.
export const GET: RequestHandler = ({ locals, url }) => indexJson(locals.supabase, url.origin);
