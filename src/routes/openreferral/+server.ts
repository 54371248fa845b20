import { openReferral } from '$lib/opendata/serve.server';
import { preflight } from '$lib/opendata/respond.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => openReferral.about();
export const OPTIONS: RequestHandler = preflight;
