import { openReferral } from '$lib/opendata/serve.server';
import { preflight } from '$lib/opendata/respond.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) => openReferral.organization(locals.supabase, url.origin, params.id);
export const OPTIONS: RequestHandler = preflight;
