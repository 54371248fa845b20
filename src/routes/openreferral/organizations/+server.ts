import { openReferral } from '$lib/opendata/serve.server';
import { preflight } from '$lib/opendata/respond.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => openReferral.list(locals.supabase, url.origin, url.searchParams, 'organizations');
export const OPTIONS: RequestHandler = preflight;
