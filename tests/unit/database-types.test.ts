// The committed Database type is what the migrations generate: a migration without
// `npm run types` (or a hand edit of the generated file) fails here.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateTypes, typesFile } from '../../supabase/local/types.ts';

it('src/lib/database.types.ts is what `npm run types` writes from the migrations', { timeout: 120_000 }, async () => {
	const generated = await generateTypes();
	expect(generated).toContain('export type Database');
	expect(readFileSync(typesFile, 'utf8'), 'run `npm run types` and commit the result').toBe(generated);
});
