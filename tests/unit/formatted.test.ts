// The strings the server formats while rendering a page travel with it, and the browser takes
// them instead of formatting again: collected per request, sent escaped, read back safely.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectFormatted, formatted } from '$lib/i18n/formatted';
import { formatDateRange, formatDistance, formatKm } from '$lib/i18n/format';
import { withFormatted } from '$lib/server/formatted-handle';
import { translatorFor } from '$lib/server/i18n';

const start = new Date('2025-06-03T17:30:00Z');
const end = new Date('2025-06-03T19:00:00Z');

describe('on the server', () => {
	it('keeps every string formatted while a page renders, once, and nothing outside a render', async () => {
		const page = new Map<string, string>();
		const make = vi.fn(() => 'made');
		await collectFormatted(page, async () => {
			await Promise.resolve();
			expect(formatted('a key', make)).toBe('made');
			expect(formatted('a key', make)).toBe('made');
			formatDateRange(start, end, 'en', 'Europe/London');
			formatDistance(2.6, 'cy', translatorFor('cy'));
		});
		expect(make).toHaveBeenCalledTimes(1);
		expect(page.get('a key')).toBe('made');
		expect(page.get(`range en Europe/London ${start.getTime()} ${end.getTime()}`)).toMatch(/3 June.*18:30.*20:00/);
		expect(page.get('km cy 3')).toBe('3 km');

		expect(formatted('elsewhere', () => 'x')).toBe('x');
		expect(page.has('elsewhere')).toBe(false);
	});

	it('keeps two pages rendering at once apart', async () => {
		const [one, two] = [new Map<string, string>(), new Map<string, string>()];
		const render = (page: Map<string, string>, km: number) =>
			collectFormatted(page, async () => {
				await new Promise((r) => setTimeout(r, 5));
				formatKm(km, 'en');
			});
		await Promise.all([render(one, 5), render(two, 10)]);
		expect([...one.keys()]).toEqual(['km en 5']);
		expect([...two.keys()]).toEqual(['km en 10']);
	});

	it('puts them in the page as JSON no string can break out of, before </body>', () => {
		const html = '<html><body><main>Page</main></body></html>';
		const page = new Map([['list en ["a"]', '</script><script>alert(1)</script>']]);
		const sent = withFormatted(html, page);
		expect(sent).toMatch(/<main>Page<\/main><script type="application\/json" id="hearth-formatted">\{.*\}<\/script><\/body><\/html>$/);
		expect(sent.match(/<\/script>/g)).toHaveLength(1);
		const json = /id="hearth-formatted">(.*)<\/script>/.exec(sent)![1];
		expect(JSON.parse(json)).toEqual(Object.fromEntries(page));
		expect(withFormatted(html, new Map())).toBe(html);
		expect(withFormatted('{"not":"a page"}', page)).toBe('{"not":"a page"}');
	});
});

describe('in the browser', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	const browserWith = async (text: string | null) => {
		vi.stubGlobal('document', { getElementById: (id: string) => (id === 'hearth-formatted' && text !== null ? { textContent: text } : null) });
		return (await import('../../src/lib/i18n/formatted.browser.ts')).formatted;
	};

	it('takes what the server sent, and makes what it did not', async () => {
		const take = await browserWith(JSON.stringify({ 'km en 5': '5 km (sent)' }));
		expect(take('km en 5', () => 'made')).toBe('5 km (sent)');
		expect(take('km en 10', () => '10 km')).toBe('10 km');
	});

	it('makes everything when nothing was sent, or what was sent is damaged', async () => {
		expect((await browserWith(null))('km en 5', () => 'made')).toBe('made');
		vi.resetModules();
		expect((await browserWith('{not json'))('km en 5', () => 'made')).toBe('made');
		vi.resetModules();
		expect((await browserWith('{"km en 5": 5}'))('km en 5', () => 'made')).toBe('made');
	});
});
