import { indexJson } from '$lib/opendata/serve.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => indexJson(locals.supabase, url.origin);
