import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOfferForm } from '$lib/directory/offer';
import { typedValues } from '$lib/feedback/feedback';
import { cleanTyped, typedText } from '$lib/forms/typed';
import { readForm } from '$lib/organise/form';
import { readProfileForm } from '$lib/profile/forms';
import { runs } from '../support/hostile';

const unwanted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const form = (entries: [string, string | Blob][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('typed text', () => {
	it('never keeps NUL, control or bidi override characters, and keeps everything else in order', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
				const clean = cleanTyped(text);
				expect(clean).not.toMatch(unwanted);
				expect(cleanTyped(clean)).toBe(clean);
				expect(clean).toBe([...text].filter((c) => !unwanted.test(c)).join(''));
			}),
			runs(200)
		);
	});

	it('keeps tabs, newlines, emoji, combining marks and right-to-left text', () => {
		expect(cleanTyped('a\tb\r\nc 👩🏽‍🦯 e\u0301 مرحبا')).toBe('a\tb\nc 👩🏽‍🦯 e\u0301 مرحبا');
	});

	// contact_value = 'me\u0085x@example.org' passed the form's email check (not a space to JavaScript)
	// and failed the database's (a space to Postgres): a 500, and a listing saved without its contact.
	it('drops C1 control characters such as U+0085', () => {
		expect(readOfferForm(form([['contact_value', 'me\u0085x@example.org']])).contact_value).toBe('mex@example.org');
	});

	it('reads a file sent in place of text as nothing, not "[object File]"', () => {
		expect(typedText(form([['bio', new Blob(['<script>'])]]), 'bio')).toBe('');
		expect(typedText(form([]), 'bio')).toBe('');
	});

	// "a\u0000b" in a bio, a summary or a comment once reached Postgres, which cannot store NUL: a 500.
	it('reaches no form reader with NUL in it', () => {
		const nul = 'a\u0000b\u0007\u001b[31m\u202e';
		expect(readProfileForm(form([['bio', nul], ['display_name', nul]]))).toMatchObject({ bio: 'ab[31m', display_name: 'ab[31m' });
		expect(readForm(form([['summary', nul], ['languages', 'en'], ['languages', `cy${nul}`]]))).toMatchObject({ summary: 'ab[31m', languages: 'en,cyab[31m' });
		expect(typedValues(form([['comment', nul], ['barrierNote', nul], ['suggestionNote', nul]]))).toMatchObject({ comment: 'ab[31m', barrierNote: 'ab[31m', suggestionNote: 'ab[31m' });
		expect(readOfferForm(form([['display_name', nul], ['contact_value', `me@example.org${nul}`]]))).toMatchObject({ display_name: 'ab[31m', contact_value: 'me@example.orgab[31m' });
	});
});
