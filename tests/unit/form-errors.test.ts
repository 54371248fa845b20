import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '$lib/forms/errors';

const schema = v.object({
	name: v.pipe(v.string(), v.minLength(2, 'form.errors.short'), v.maxLength(5, 'form.errors.long')),
	stops: v.array(v.object({ lines: v.pipe(v.string(), v.nonEmpty('form.errors.lines')) }))
});

describe('fieldErrors', () => {
	it('gives each field its first message, an item\'s problem to its list', () => {
		const parsed = v.safeParse(schema, { name: '', stops: [{ lines: 'x' }, { lines: '' }] }, { abortPipeEarly: false });
		expect(parsed.success).toBe(false);
		expect(fieldErrors(parsed.issues)).toEqual({ name: 'form.errors.short', stops: 'form.errors.lines' });
	});

	it('is empty when nothing is wrong', () => {
		expect(fieldErrors(undefined)).toEqual({});
		expect(fieldErrors(v.safeParse(schema, { name: 'abc', stops: [] }).issues)).toEqual({});
	});
});
