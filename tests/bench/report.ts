// The bench's one shape for a figure, whatever measured it, and the table it prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
	/** The table's section: 'Initial JS (gzip)', 'Lighthouse: Home', 'API on Debian PostgreSQL'... */
	group: string;
	/** What was measured: 'Home', 'performance', 'near-me, 100,000 helpers, p95'. */
	name: string;
	/** The median of `runs` runs. */
	value: number;
	unit: 'KiB' | 'ms' | 'score' | '';
	/** The budget, when the figure has one: at most `max`, or at least `min`. */
	budget?: { max?: number; min?: number };
	runs: number;
}

export const isOver = (f: Figure) =>
	(f.budget?.max !== undefined && f.value > f.budget.max) || (f.budget?.min !== undefined && f.value < f.budget.min);

function budgetText(f: Figure) {
	if (f.budget?.max !== undefined) return `≤ ${f.budget.max}`;
	if (f.budget?.min !== undefined) return `≥ ${f.budget.min}`;
	return '–';
}

// Unitless figures (CLS) are small fractions: 0.04 must not print as 0.0.
const shown = (f: Figure) => (Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.unit === 'score' ? 0 : f.unit === '' ? 3 : 1));

/** Prints the figures as a table, grouped, with OVER where a budget is missed. */
export function printFigures(figures: Figure[]) {
	let group = '';
	for (const f of figures) {
		if (f.group !== group) {
			group = f.group;
			console.log(`\n${group}`);
		}
		const value = `${shown(f)} ${f.unit}`.trim();
		console.log(`  ${f.name.padEnd(48)}${value.padStart(12)}  ${budgetText(f).padEnd(10)}${isOver(f) ? 'OVER' : ''}`);
	}
	const over = figures.filter(isOver).length;
	console.log(`\n${figures.length} figures, ${over} over budget`);
}

export function writeFigures(root: string, figures: Figure[]) {
	mkdirSync(join(root, 'bench'), { recursive: true });
	const file = join(root, 'bench/results.json');
	writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), figures: figures.map((f) => ({ ...f, over: isOver(f) })) }, null, 2));
	return file;
}
