// Text as people type it into forms, cleaned of characters nobody means to type: NUL
// (Postgres cannot store it, so it would fail the save), other control characters, C1
// too (tabs and newlines stay; a textarea's CRLF becomes LF; U+0085 is a space to
// Postgres's regular expressions but not to JavaScript's), and the bidi overrides and
// isolates (U+202A–202E, U+2066–2069) that can make a name or a note read differently.
import * as v from 'valibot';

const unwanted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const cleanTyped = (text: string) => text.replace(unwanted, '');

/**
 * Characters as Postgres's length() counts them (code points): a minimum checked with
 * JavaScript's .length (UTF-16 units) lets '😀' through as two, and the database refuses it.
 */
export const characters = (text: string) => [...text].length;

/** A form field as clean text: missing fields and files are empty. */
export function typedText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? cleanTyped(value) : '';
}

const uuid = v.pipe(v.string(), v.uuid());

/** An id as the database makes them (a uuid), checked before any query uses it. */
export const isUuid = (value: unknown): value is string => v.is(uuid, value);
