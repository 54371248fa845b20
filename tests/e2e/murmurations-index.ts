// A stand-in for a Murmurations index's two endpoints, on this machine (no index can be
// reached from here): POST /v2/validate checks the profile against the real schema, and
// POST /v2/nodes fetches the profile from its URL, as an index does, and checks it again.
import { createServer, type Server } from 'node:http';
import { murmurationsValidator, problems } from '../standards/validate';

export const indexPort = Number(process.env.HEARTH_MURMURATIONS_PORT ?? '4279');

export interface IndexCall {
	path: string;
	body: Record<string, unknown>;
}

export async function startIndex(): Promise<{ calls: IndexCall[]; stop: () => Promise<void> }> {
	const validate = murmurationsValidator();
	const calls: IndexCall[] = [];
	const answer = (profile: unknown) =>
		validate(profile)
			? { status: 200, body: {} }
			: { status: 400, body: { errors: problems(validate).map((detail) => ({ status: 400, title: 'Invalid Profile', detail })) } };
	const server: Server = createServer(async (request, response) => {
		let text = '';
		for await (const chunk of request) text += chunk;
		const body = JSON.parse(text || '{}') as Record<string, unknown>;
		calls.push({ path: request.url ?? '', body });
		let result = { status: 404, body: {} as object };
		if (request.url === '/v2/validate') result = answer(body);
		if (request.url === '/v2/nodes') {
			const fetched = await fetch(String(body.profile_url)).catch(() => null);
			result = fetched?.ok ? answer(await fetched.json()) : { status: 400, body: { errors: [{ title: 'Profile Not Found', detail: String(body.profile_url) }] } };
			if (result.status === 200) result.body = { data: { profile_url: body.profile_url, status: 'received' } };
		}
		response.writeHead(result.status, { 'content-type': 'application/json' });
		response.end(JSON.stringify(result.body));
	});
	await new Promise<void>((resolve, reject) => server.once('error', reject).listen(indexPort, '127.0.0.1', resolve));
	return { calls, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
