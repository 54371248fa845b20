import { murmurations } from '$lib/opendata/serve.server';
import type { RequestHandler } from './$types';

// A published organisation's Murmurations profile: /open-data/murmurations/<listing id>.json
export const GET: RequestHandler = ({ locals, params, url }) => murmurations(locals.supabase, url.origin, params.file);
