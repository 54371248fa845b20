// Valibot's issues as a form shows them: the first message for each field of the form (a
// problem with one of a list's items is the list's). Every form's schema gives translation
// keys as its messages.
import type * as v from 'valibot';

export function fieldErrors<Field extends string, Message extends string>(
	issues: readonly v.BaseIssue<unknown>[] | undefined
): Partial<Record<Field, Message>> {
	const errors: Partial<Record<Field, Message>> = {};
	for (const issue of issues ?? []) {
		const field = issue.path?.[0]?.key as Field | undefined;
		if (field && !errors[field]) errors[field] = issue.message as Message;
	}
	return errors;
}
