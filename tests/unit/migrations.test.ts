// Migrations are append-only: once a migration has landed, databases everywhere have run
// it, so changing its file changes nothing there and splits the schema in two. Fix a
// migration by adding a new one. Each landed file's SHA-256 is held here; add a line for
// a new migration when it lands.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationFiles } from '../../supabase/local/migrate.ts';

const landed: Record<string, string> = {
	'20261123090000_communities_and_members.sql': '79121d99559c2ba684fdc552c72c340bc962091a8efb073684b52b2d43b15e08',
	'20261123100000_venues_and_events.sql': 'cbac2c8c7e108d77457dfaf30da0e4c6ac80099911d83faeb250667eaeff7451',
	'20261123130000_rsvps.sql': '146c6e3da16c8c63cf3b0920df408a8465bb90c4fd4b85eb1f9bfdc854208dda',
	'20261123140000_onboarding_and_account.sql': 'fac9445e65f976224d0540376e3c24ed07d2d8dfdb9e2df8cda163339ec4b60e',
	'20261123150000_feedback.sql': '5fda7ac942c45fd4bf7064612eb2c93438097691fd7c3c46e223cf888064b19a',
	'20261123160000_directory.sql': '59a21fc77eba1affaa615044c07e5e46698283821390d48f1377ba0adf69c752',
	'20261203100000_feedback_privacy.sql': '61f88cad1b1e22da5cac3fbd36b61809ab1e6622c80a96b60a1834c58d300e56',
	'20261203110000_event_hosts_and_access_reads.sql': '700c65c8f57025194605a243b3758240065387849ae6c4f22d78db37398e5d0a',
	'20261203120000_membership_approval_and_settled_cells.sql': '3058b43f2082394e50642312ab5c297951d304c47aca0b3a0f7f2d9feceda943',
	'20261203130000_signin_limits.sql': '93af9358076394d8aa123c5416d4582745b90da30881582be413f590b9efea2f',
	'20261203140000_venue_stops_shape.sql': '0eb9e773b4ae6930de194cb55b10da04c877c45b6676bc216290c1d1e5e3e669',
	'20261203150000_open_data.sql': '1fce9f9da8e7502e3f9ba867b8a893e2e10a771332e07d34243683be22e0fd3f',
	'20261203160000_event_reschedules.sql': '1aa23bfe726933906a0d7d8cfcd0e8d9b4ac240a5672a2c1c3e00102c67ade7f',
	'20261203170000_organisation_import.sql': 'cf42946a95d51325a093ad7e3984181618721d0cf7af3652302d51afddc2d0a5',
	'20261203180000_calendar_feeds.sql': '0bf95c9a58e5693c1366e64db3b73191e320effcf2492cfefe7994bedfa7d8d2',
	'20261203190000_imported_listings_unpublished.sql': '65c7e8d0de2bb323b6372c4aaddd4752c09589135a84c4df5acc9d60d5af59d1'
};

const dir = join(import.meta.dirname, '../../supabase/migrations');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

describe('migrations', () => {
	const files = migrationFiles();

	it.each(Object.keys(landed))('%s is still there, unchanged', (file) => {
		expect(files).toContain(file);
		expect(sha256(file), `${file} has changed: add a new migration instead`).toBe(landed[file]);
	});

	it('adds new migrations only after the landed ones', () => {
		const last = Object.keys(landed).sort().at(-1)!;
		const added = files.filter((f) => !(f in landed));
		for (const file of added) expect(file > last, `${file} sorts before ${last}, which has landed`).toBe(true);
	});
});
