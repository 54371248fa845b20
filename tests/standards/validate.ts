// Validators for the documents Hearth publishes, from the real schemas (copies beside this
// file): Ajv (draft-07, the draft both declare or default to) with ajv-formats for uri,
// email, uuid and date-time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const here = import.meta.dirname;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function ajv() {
	// Not strict: both specifications carry keywords of their own (metadata, datapackage_*).
	const validator = new Ajv({ strict: false, allErrors: true });
	addFormats.default(validator);
	return validator;
}

/** organizations_schema-v1.0.0, with the library's fields at the URLs its $refs name. */
export function murmurationsValidator(): ValidateFunction {
	const validator = ajv();
	const library = 'https://test-library.murmurations.network/v2';
	const dir = join(here, 'murmurations');
	for (const file of readdirSync(join(dir, 'fields'))) {
		const field = read(join(dir, 'fields', file));
		validator.addSchema({ ...field, $id: `${library}/fields/${file}` });
	}
	// It declares draft-07 by an https URL Ajv does not know; draft-07 is Ajv's own draft.
	const { $schema: _draft, ...schema } = read(join(dir, 'schemas', 'organizations_schema-v1.0.0.json'));
	return validator.compile(schema);
}

const hsdsBase = 'https://hsds.test/schema';

/** One HSDS 3.0 schema (e.g. 'service.json', 'compiled/service_list.json'), its $refs resolved among the others. */
export function hsdsValidator(name: string): ValidateFunction {
	const validator = ajv();
	const dir = join(here, 'hsds', 'schema');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
		validator.addSchema({ ...read(join(dir, file)), $id: `${hsdsBase}/${file}` });
	}
	if (name.startsWith('compiled/')) validator.addSchema({ ...read(join(dir, name)), $id: `${hsdsBase}/${name}` });
	return validator.getSchema(`${hsdsBase}/${name}`)!;
}

/** The OpenAPI description's Page: what every list answer has besides its contents. */
export function hsdsPageValidator(): ValidateFunction {
	const openapi = read(join(here, 'hsds', 'schema', 'openapi.json')) as { components: { schemas: { Page: object } } };
	const page = openapi.components.schemas.Page;
	return ajv().compile({ ...page, required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'] });
}

/** Ajv's errors, short enough to read in a failed expectation. */
export const problems = (validate: ValidateFunction) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
