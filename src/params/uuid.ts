import type { ParamMatcher } from '@sveltejs/kit';

// Anything else can't be an event, so it is a 404 before any query.
export const match: ParamMatcher = (param) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param);
