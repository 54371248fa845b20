// The JSON Schemas the published documents are validated against, compiled once by Ajv
// (a maintained JSON Schema validator), with its formats (date-time, uri) checked too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const dir = join(import.meta.dirname, '../schemas');
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(load('schema-org-event.schema.json'), 'schema-org-event.schema.json');
ajv.addSchema(load('schema-org-event-list.schema.json'), 'schema-org-event-list.schema.json');

const compiled = (file: string) => ajv.getSchema(file) as ValidateFunction;

/** Ajv's errors for a document, as "path message" lines: none when it is valid. */
export function schemaErrors(file: 'schema-org-event.schema.json' | 'schema-org-event-list.schema.json', document: unknown): string[] {
	const validate = compiled(file);
	return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
