// Size figures of the production build, counted as the budget tests count them
// (tests/support/build-size.ts): needs `npm run build` and the app running at `appUrl`.
import { budgets, buildSize, kib } from '../support/build-size.ts';
import type { Figure } from './report.ts';

const eventPage = '/events/e0000000-0000-4000-8000-000000000001';

export async function sizeFigures(appUrl: string): Promise<Figure[]> {
	const size = buildSize(appUrl);
	const initial = 'Initial JS (gzip)';
	const figure = (group: string, name: string, bytes: number, max?: number): Figure => ({
		group,
		name,
		value: kib(bytes),
		unit: 'KiB',
		...(max === undefined ? {} : { budget: { max } }),
		runs: 1
	});

	const figures: Figure[] = [];
	for (const [name, route] of [
		['Home', '/'],
		['Events', '/events'],
		['Event page', eventPage]
	]) {
		figures.push(figure(initial, name, (await size.initialJs(route)).gzip, budgets.initialJs));
	}
	const nearMe = await size.initialJs('/near-me?near=BS5');
	const map = size.mapJs('src/lib/ui/directory/HelpersMap.svelte', nearMe);
	figures.push(
		figure(initial, 'Near me', nearMe.gzip),
		figure(initial, 'Near me, map open', nearMe.gzip + map.gzip, budgets.nearMeWithMap),
		figure(initial, 'After start, every page (SW, outbox)', size.afterStart(nearMe).gzip)
	);

	const precache = await size.precache();
	figures.push(
		figure('Precache', 'gzip (the budget: what a phone downloads)', precache.gzip, budgets.precache),
		figure('Precache', 'raw (what a phone stores)', precache.raw),
		{ group: 'Precache', name: 'entries', value: precache.files.length, unit: '', runs: 1 }
	);
	return figures;
}
