// schema.org's vocabulary as schema-dts ships it (its declarations are generated from
// schema.org's own vocabulary file), read at run time so a test can ask of a JSON-LD document:
// is every type a schema.org type, every property one that type has (itself or by
// inheritance), every enumeration value a real one? schema.org publishes no JSON Schema;
// this checks the terms, the JSON Schemas beside the tests check the shape.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
const source = readFileSync(file, 'utf8');

/** Each `XBase` interface: what it extends and the properties it declares. */
const bases = new Map<string, { parents: string[]; properties: Set<string> }>();
for (const [, name, parents, body] of source.matchAll(/^interface (\w+Base) extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
	bases.set(name, {
		parents: parents.split(',').map((p) => p.trim()).filter((p) => p.endsWith('Base')),
		properties: new Set([...body.matchAll(/^ {4}"([\w-]+)"\?:/gm)].map((m) => m[1]))
	});
}

/** Each type's leaf: the base it extends (`"@type": "Event"` → EventBase). */
const leaves = new Map<string, string>();
for (const [, base, type] of source.matchAll(/^export interface \w+Leaf extends (\w+Base) \{\n\s+"@type": "(\w+)";/gm)) leaves.set(type, base);

/** Every `https://schema.org/X` the vocabulary names as a value (enumeration members). */
const enumerated = new Set([...source.matchAll(/"(https:\/\/schema\.org\/\w+)"/g)].map((m) => m[1]));

function propertiesOf(type: string): Set<string> {
	const out = new Set<string>();
	const visit = (base: string) => {
		const node = bases.get(base);
		if (!node) return;
		for (const p of node.properties) out.add(p);
		for (const parent of node.parents) visit(parent);
	};
	visit(leaves.get(type) ?? '');
	return out;
}

/** Problems with a JSON-LD document's terms, as "path: what" lines; none when all are schema.org's. */
export function schemaOrgProblems(document: unknown, path = '$'): string[] {
	if (Array.isArray(document)) return document.flatMap((item, i) => schemaOrgProblems(item, `${path}[${i}]`));
	if (typeof document === 'string') {
		return document.startsWith('https://schema.org/') && !enumerated.has(document) ? [`${path}: ${document} is not a schema.org value`] : [];
	}
	if (document === null || typeof document !== 'object') return [];
	const node = document as Record<string, unknown>;
	const type = node['@type'];
	if (typeof type !== 'string') return [`${path}: no @type`];
	if (!leaves.has(type)) return [`${path}: ${type} is not a schema.org type`];
	const known = propertiesOf(type);
	return Object.entries(node).flatMap(([key, value]) => {
		if (key === '@context' || key === '@type' || key === '@id') return [];
		if (!known.has(key)) return [`${path}.${key}: not a property of ${type}`];
		return schemaOrgProblems(value, `${path}.${key}`);
	});
}

/** How many types the vocabulary file gave: a guard against reading nothing and finding no problem. */
export const schemaOrgTypeCount = leaves.size;
