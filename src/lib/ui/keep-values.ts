import type { SubmitFunction } from '@sveltejs/kit';

/** With JavaScript, a form that fails keeps what was typed, as it does without. */
export const keepValues: SubmitFunction = () => async ({ update }) => update({ reset: false });
