// CSV as spreadsheets open it: RFC 4180, and never a formula. Who's coming, the open data
// downloads and an import's problem rows all write it; the import also flags such cells.

/** Starts as a spreadsheet formula would (=, +, -, @, tab, carriage return). */
export const startsAsFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

/** Text cells that a spreadsheet would run as a formula are made plain text; numbers are numbers (a negative longitude is not a formula). */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
	const cell = (value: string | number | boolean | null) => {
		let text = value === null ? '' : String(value);
		if (typeof value !== 'number' && startsAsFormula(text)) text = `'${text}`;
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
