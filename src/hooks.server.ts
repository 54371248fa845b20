import type { HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { defaultLocale } from '$lib/i18n/locales';
import { compressionHandle } from '$lib/server/compression';
import { formattedHandle } from '$lib/server/formatted-handle';
import { translatorFor } from '$lib/server/i18n';
import { i18nHandle } from '$lib/server/i18n-handle';
import { personalHandle } from '$lib/server/personal-handle';
import { securityHandle } from '$lib/server/security-headers';
import { supabaseHandle } from '$lib/server/supabase-handle';

// Compression first, so it wraps (and compresses) what the others made.
export const handle = sequence(compressionHandle, securityHandle, personalHandle, supabaseHandle, i18nHandle, formattedHandle);

/**
 * Details stay in the server log; people see a plain message and a code to quote. A body
 * over adapter-node's BODY_SIZE_LIMIT arrives here as a 413 when the action reads it:
 * that one is theirs to fix (shorter texts), not ours, so it says so and is not logged.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = crypto.randomUUID();
	const t = event.locals.t ?? translatorFor(defaultLocale);
	if (status === 413) return { message: t('error.tooLargeText') };
	if (status !== 404) console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status === 404 ? message : t('error.message'), id };
};
