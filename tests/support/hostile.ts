// Hostile input for property-based tests (fast-check): the values people who want to break,
// harass or locate others would type or send. Shared by the API tests (RPCs through
// supabase-js) and the browser-side tests (form actions against the production build).
//
// Every run uses one fixed seed, so a failure replays exactly: fast-check prints the seed
// and the path of the failing case; give them back as HEARTH_FC_SEED and HEARTH_FC_PATH.
// HEARTH_FC_RUNS multiplies the number of runs, to look harder locally.
import fc from 'fast-check';

const envNumber = (name: string, fallback: number) => {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const seed = envNumber('HEARTH_FC_SEED', 20261201);

/** fc.assert parameters: the fixed seed, the examples then a modest number of random runs, and the replay path if given. */
export function runs<T>(numRuns: number, examples: T[] = []): fc.Parameters<T> {
	const path = process.env.HEARTH_FC_PATH;
	return {
		seed,
		numRuns: examples.length + Math.max(1, Math.round(numRuns * envNumber('HEARTH_FC_RUNS', 1))),
		examples: path ? [] : examples,
		...(path ? { path } : {})
	};
}

/** Runs a property; on failure, says how to replay it (fast-check's report has seed and path). */
export async function check<T>(name: string, property: fc.IAsyncProperty<T>, params: fc.Parameters<T>) {
	const details = await fc.check(property, params);
	if (!details.failed) return;
	const replay = `HEARTH_FC_SEED=${details.seed}${details.counterexamplePath ? ` HEARTH_FC_PATH=${details.counterexamplePath}` : ''}`;
	const shown = JSON.stringify(details.counterexample, (_, value) => (typeof value === 'string' && value.length > 300 ? `${value.slice(0, 300)}… (${value.length} chars)` : value));
	const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
	throw new Error(`${name}: failed after ${details.numRuns} runs; replay with ${replay}\ncounterexample: ${shown}\n${cause}`);
}

// Text ------------------------------------------------------------------------------------

/** Marked so a test can tell an element made from it (no escaping) from text showing it. */
export const htmlPayloads = [
	'<script data-hostile>window.__hostile = 1</script>',
	'<img src=x onerror="window.__hostile = 1" data-hostile>',
	'"><svg onload="window.__hostile = 1" data-hostile>',
	"'><b data-hostile>bold</b>",
	'</textarea><i data-hostile>out</i>',
	'</title><u data-hostile>title</u>',
	'<a href="javascript:window.__hostile = 1" data-hostile>link</a>',
	'{{constructor.constructor("return 1")()}}',
	'<!--',
	']]><![CDATA['
];

export const sqlPayloads = [
	"'; drop table public.events; --",
	"' or '1'='1",
	'" or ""="',
	"1; select pg_sleep(5)",
	"$$; delete from public.profiles; $$",
	"\\'; --",
	'%',
	'_',
	'\\',
	"Robert'); DROP TABLE rsvps;--",
	'${jndi:ldap://x}'
];

export const controlCharacters = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u000b', '\f', '\u001b', '\u001f', '\u007f', '\u0085', '\ufffe'];
export const bidiCharacters = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
export const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f'];
export const oddSpaces = [' ', '\u00a0', '\u2028', '\u2029', '\u3000', '\u1680', '\u205f'];
export const emoji = ['😀', '👩🏽‍🦯', '🏳️‍⚧️', '🇬🇧', '👨‍👩‍👧‍👦', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '🧑🏿‍🤝‍🧑🏻'];
export const combining = ['e\u0301', 'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e', 'ﷺ', '\u0627\u0644\u0633\u0644\u0627\u0645', 'ẞ', 'İ', 'ﬀ'];
export const numbersAsText = ['0', '-1', '-0', '1.5', '1e3', '1e309', 'NaN', 'Infinity', '-Infinity', '0x1F', '1_000', '１２', '٣', ' 7 ', '9'.repeat(30), '2147483648', '-2147483649', '+5', '.5', '5.'];
export const datesAsText = ['0000-01-01', '0001-01-01', '1900-01-01', '1970-01-01', '2000-02-29', '2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '9999-12-31', '10000-01-01', '275760-09-13', '-000001-01-01', '2026-1-1', '2026-03-29T01:30', 'yesterday', '2020-01-01', '2999-01-01'];
export const timesAsText = ['00:00', '23:59', '24:00', '12:60', '7:30', '07:30:00', '-01:00', '25:00', 'noon'];
export const unknownEnums = ['GOING', 'going ', 'yes ', 'unknown', 'published', 'admin', '__proto__', 'constructor', 'toString', 'null', 'undefined', 'true', '[]', '{}'];

/** Long text of a unit repeated: over and under the limits of the columns (code points vs UTF-16 units). */
const long = fc
	.tuple(fc.constantFrom('a', '😀', 'e\u0301', ' ', '<', 'ب', '\u0000'), fc.constantFrom(2, 3, 9, 10, 11, 41, 81, 121, 141, 201, 301, 501, 1001, 2001, 5001, 10001, 20001, 100_000, 300_000))
	.map(([unit, n]) => unit.repeat(n));

const pieces = fc.oneof(
	fc.constantFrom(...htmlPayloads),
	fc.constantFrom(...sqlPayloads),
	fc.constantFrom(...controlCharacters),
	fc.constantFrom(...bidiCharacters),
	fc.constantFrom(...invisible),
	fc.constantFrom(...oddSpaces),
	fc.constantFrom(...emoji),
	fc.constantFrom(...combining),
	fc.string({ unit: 'grapheme', maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 12 })
);

/** Categories of hostile text, each its own arbitrary, so every run says what it tried. */
export const textCategories = {
	empty: fc.constantFrom('', ' ', '\t\n ', '\u00a0', '\u200b'),
	huge: long,
	control: fc.array(fc.oneof(fc.constantFrom(...controlCharacters), fc.constantFrom('a', 'b', ' ')), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
	bidi: fc.array(fc.oneof(fc.constantFrom(...bidiCharacters), fc.constantFrom('gpj.exe', 'abc', 'مرحبا', 'א')), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
	unicode: fc.array(fc.oneof(fc.constantFrom(...emoji), fc.constantFrom(...combining), fc.constantFrom(...invisible)), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
	sql: fc.constantFrom(...sqlPayloads),
	html: fc.constantFrom(...htmlPayloads),
	number: fc.constantFrom(...numbersAsText),
	date: fc.constantFrom(...datesAsText, ...timesAsText),
	enum: fc.constantFrom(...unknownEnums),
	mixed: fc.array(pieces, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''))
} satisfies Record<string, fc.Arbitrary<string>>;

export type TextCategory = keyof typeof textCategories;
export const categories = Object.keys(textCategories) as TextCategory[];

/** Any hostile text, its category attached (so a failure report says what kind it was). */
export const hostileText: fc.Arbitrary<{ category: TextCategory; text: string }> = fc
	.constantFrom(...categories)
	.chain((category) => textCategories[category].map((text) => ({ category, text })));

/** One deterministic value per category: examples that run before the random ones. */
export const oneOfEach: { category: TextCategory; text: string }[] = [
	{ category: 'empty', text: '' },
	{ category: 'huge', text: '😀'.repeat(20_001) },
	{ category: 'control', text: 'a\u0000b\u0007\u001b[31m' },
	{ category: 'bidi', text: '\u202egpj.exe\u2066مرحبا\u2069' },
	{ category: 'unicode', text: '👩🏽‍🦯e\u0301Z\u0351\u036b\u0343\u200d' },
	{ category: 'sql', text: "'; drop table public.events; --" },
	{ category: 'html', text: '<img src=x onerror="window.__hostile = 1" data-hostile><script data-hostile>window.__hostile = 1</script>' },
	{ category: 'number', text: '1e309' },
	{ category: 'date', text: '2026-02-30' },
	{ category: 'enum', text: '__proto__' },
	{ category: 'mixed', text: "\u0000<b data-hostile>'; --\u202e😀" }
];

/** Text of `units` UTF-16 units in about half as many characters: long enough for JavaScript's .length, too short for Postgres's length(). */
export const shortInCharacters = (units: number) => '😀'.repeat(Math.floor(units / 2)) + 'a'.repeat(units % 2);

// JSON values, for RPC arguments --------------------------------------------------------------

/** Anything JSON can carry, for arguments of any type: wrong types included. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
	hostileText.map((t) => t.text),
	fc.constantFrom(null, true, false, 0, -1, 1.5, -2147483649, 2147483648, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.MIN_VALUE),
	fc.integer(),
	fc.double(),
	fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
	fc.constantFrom({}, { a: 1 }, JSON.parse('{"__proto__": {"admin": true}}'), [[]], [{}], ['<script data-hostile>']),
	fc.uuid(),
	fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '11111111-1111-4111-8111-11111111111', '{11111111-1111-4111-8111-111111111111}')
);
