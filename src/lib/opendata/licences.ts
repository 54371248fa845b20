// The licences a community can put its map under (SPDX identifiers, as the database checks
// them: migration 20261203150000_open_data.sql). Their names are the licences' own.
export const licenceIds = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0'] as const;
export type LicenceId = (typeof licenceIds)[number];

export const defaultLicence: LicenceId = 'CC-BY-4.0';

export const licences: Record<LicenceId, { name: string; url: string }> = {
	'CC-BY-4.0': { name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
	'CC-BY-SA-4.0': { name: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
	'CC0-1.0': { name: 'CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	'ODbL-1.0': { name: 'Open Data Commons Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' }
};

/** Each licence's plain-words summary, in opendata.json. */
export const licenceKeys = { 'CC-BY-4.0': 'ccBy', 'CC-BY-SA-4.0': 'ccBySa', 'CC0-1.0': 'cc0', 'ODbL-1.0': 'odbl' } as const satisfies Record<LicenceId, string>;

export function isLicence(value: string): value is LicenceId {
	return (licenceIds as readonly string[]).includes(value);
}

/** A licence as the feeds name it: identifier, name and where to read it. */
export function licenceOf(id: string) {
	const known = isLicence(id) ? id : defaultLicence;
	return { id: known, ...licences[known] };
}
