// Reading the import forms: the upload (a community the member coordinates, a file), the
// choice about likely duplicates, and one listing to confirm. Anything else is refused
// before a query runs, with a translation key for the field.
import * as v from 'valibot';
import { fieldErrors } from '$lib/forms/errors';
import type strings from '$lib/i18n/locales/en/import.json';
import { maxFileBytes } from './read';

export type UploadField = 'community' | 'file';
export type ImportError = `import.errors.${keyof (typeof strings)['import']['errors']}`;

const e = (key: keyof (typeof strings)['import']['errors']): ImportError => `import.errors.${key}`;

const uploadForm = (coordinated: string[]) =>
	v.object({
		community: v.pipe(v.string(e('chooseCommunity')), v.uuid(e('chooseCommunity')), v.picklist(coordinated, e('chooseCommunity'))),
		file: v.pipe(v.file(e('fileMissing')), v.minSize(1, e('fileMissing')), v.maxSize(maxFileBytes, e('fileTooLarge')))
	});

export type Upload = { ok: true; community: string; file: File } | { ok: false; errors: Partial<Record<UploadField, ImportError>>; community: string };

export function readUpload(form: FormData, coordinated: string[]): Upload {
	const community = form.get('community');
	const parsed = v.safeParse(uploadForm(coordinated), { community, file: form.get('file') });
	if (parsed.success) return { ok: true, ...parsed.output };
	return { ok: false, errors: fieldErrors<UploadField, ImportError>(parsed.issues), community: typeof community === 'string' ? community : '' };
}

/** Whether to add the likely duplicates too; null when the form was tampered with. */
export function readDuplicatesChoice(form: FormData): boolean | null {
	const parsed = v.safeParse(v.picklist(['skip', 'add']), form.get('duplicates') ?? 'skip');
	return parsed.success ? parsed.output === 'add' : null;
}

export function readListing(form: FormData): string | null {
	const parsed = v.safeParse(v.pipe(v.string(), v.uuid()), form.get('listing'));
	return parsed.success ? parsed.output : null;
}

/** A size as people read it: "50 MB", "612 KB". */
export const readableSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`);
