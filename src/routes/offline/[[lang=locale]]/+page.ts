import type { EntryGenerator } from './$types';

// Built once per language and precached by the service worker.
export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'cy' }, { lang: 'ar' }];
