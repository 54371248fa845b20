import { openReferral } from '$lib/opendata/serve.server';
import { preflight } from '$lib/opendata/respond.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => openReferral.vocabulary(url.origin, url.searchParams, 'taxonomy_terms');
export const OPTIONS: RequestHandler = preflight;
