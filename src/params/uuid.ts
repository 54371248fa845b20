import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/forms/typed';

// Anything else can't be an event, so it is a 404 before any query.
export const match: ParamMatcher = (param) => isUuid(param);
