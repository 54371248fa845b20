import type { Messages } from './messages';

// Typed keys: svelte-check fails on a key English does not have.
declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: Messages };
	}
}
