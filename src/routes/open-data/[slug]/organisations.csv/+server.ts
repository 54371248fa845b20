import { download } from '$lib/opendata/serve.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) => download(locals.supabase, url.origin, 'csv', params.slug);
