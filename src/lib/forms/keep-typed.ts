import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * The one `use:enhance` submit for forms: with JavaScript, a form that fails keeps what was
 * typed, as it does without; where the page has an error summary, focus moves to it.
 */
export const keepTyped: SubmitFunction = () => async ({ update, result }) => {
	await update({ reset: false });
	if (result.type !== 'failure') return;
	await tick();
	document.querySelector<HTMLElement>('.summary[role="alert"]')?.focus();
};
