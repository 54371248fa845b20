import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/** Enhanced submit that keeps what was typed and, when the server found problems, moves focus to their summary. */
export const keepTyped: SubmitFunction = () => async ({ update, result }) => {
	await update({ reset: false });
	if (result.type !== 'failure') return;
	await tick();
	document.querySelector<HTMLElement>('.summary[role="alert"]')?.focus();
};
