// The simulated members, in a process of their own (forked by load.test.ts, never the
// server's): each browses, RSVPs and gives feedback as a browser without JavaScript would,
// over HTTP with keep-alive (undici), with its own session cookies. Receives a Plan, sends
// back Results.
import { Agent, parseCookie, request } from 'undici';
import { answerFrom, answers, kinds, pair, type Answer, type GivenFeedback, type Kind, type Plan, type Results } from './plan.ts';

const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: 120_000, bodyTimeout: 120_000 });

function emptyResults(): Results {
	return {
		elapsedMs: 0,
		alone: Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Results['alone'],
		latencies: Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Results['latencies'],
		statuses: Object.fromEntries(kinds.map((k) => [k, {}])) as unknown as Results['statuses'],
		unexpected: [],
		unexpectedCount: 0,
		toldRsvp: {},
		toldFeedback: {},
		unknown: [],
		answerCounts: Object.fromEntries(answers.map((a) => [a, 0])) as Record<Answer, number>
	};
}

/** What a page says in its main part, for a report (the message a refused form shows). */
const pageText = (html: string) =>
	(/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html)
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 400);

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One member: a cookie jar and the requests a browser makes, timed and checked. */
class Member {
	readonly id: string;
	readonly #jar: Map<string, string>;
	readonly #plan: Plan;
	readonly #results: Results;
	/** While true, its latencies are the idle server's (nobody else is visiting). */
	alone = false;

	constructor(member: Plan['members'][number], plan: Plan, results: Results) {
		this.id = member.id;
		this.#jar = new Map(Object.entries(member.cookies));
		this.#plan = plan;
		this.#results = results;
	}

	/** A request that should be answered `expected`; the answer, or null when it wasn't. */
	async send(kind: Kind, path: string, expected: number, form?: URLSearchParams) {
		const headers: Record<string, string> = { accept: 'text/html', cookie: [...this.#jar].map(([k, v]) => `${k}=${v}`).join('; ') };
		// A browser's form post: Kit refuses form posts from another origin.
		if (form) Object.assign(headers, { origin: this.#plan.appUrl, 'content-type': 'application/x-www-form-urlencoded' });
		const start = performance.now();
		let status: number | 'error';
		let location = '';
		let body = '';
		try {
			const response = await request(new URL(path, this.#plan.appUrl), { method: form ? 'POST' : 'GET', headers, body: form?.toString(), dispatcher: agent });
			body = await response.body.text();
			status = response.statusCode;
			location = String(response.headers.location ?? '');
			this.#keepCookies(response.headers['set-cookie']);
		} catch (error) {
			status = 'error';
			body = String(error);
		}
		const results = this.#results;
		(this.alone ? results.alone : results.latencies)[kind].push(performance.now() - start);
		results.statuses[kind][status] = (results.statuses[kind][status] ?? 0) + 1;
		if (status === expected) return { location, body };
		results.unexpectedCount++;
		if (results.unexpected.length < 20) results.unexpected.push({ kind, path, status, detail: pageText(body) });
		return null;
	}

	#keepCookies(setCookie: string | string[] | undefined) {
		for (const line of [setCookie ?? []].flat()) {
			const cookie = parseCookie(line);
			if (!cookie) continue;
			if (cookie.maxAge === 0 || cookie.value === '') this.#jar.delete(cookie.name);
			else this.#jar.set(cookie.name, cookie.value);
		}
	}

	/** Lists events, opens one, answers it, reads the answer, and now and then (always on a first or lone visit) gives feedback. */
	async visit(round: number) {
		const plan = this.#plan;
		if (!(await this.send('events list', '/events', 200))) return;
		// Mostly the events with few places, so members compete for them.
		const event = Math.random() < 0.6 ? pick(plan.fewPlaces) : pick(plan.manyPlaces);
		if (!(await this.send('event page', `/events/${event}`, 200))) return;
		const roll = Math.random();
		const status = roll < 0.6 ? 'going' : roll < 0.8 ? 'maybe' : 'cancelled';
		const form = new URLSearchParams({ status, accessRequests: `Step-free seat, please (${round})` });
		if (status === 'going' && Math.random() < 0.2) form.set('companion', 'on');
		await this.#write('RSVP', `/events/${event}/rsvp`, form, event, (location) => {
			const answer = answerFrom(location, event);
			if (!answer) return false;
			this.#results.answerCounts[answer]++;
			this.#results.toldRsvp[pair(this.id, event)] = answer;
			return true;
		}, 'RSVP answer');
		if (round <= 0 || Math.random() < 0.35) await this.#giveFeedback(round);
	}

	async #giveFeedback(round: number) {
		const event = pick(this.#plan.past);
		const went = Math.random() < 0.8;
		if (!(await this.send('feedback form', `/events/${event}/feedback?went=${went ? 'yes' : 'no'}`, 200))) return;
		const given: GivenFeedback = { attended: went, rating: went ? 1 + Math.floor(Math.random() * 5) : null, comment: `Load run: ${this.id} round ${round}` };
		const answers: [string, string][] = went
			? [['rating', String(given.rating)], ['feltWelcome', 'yes'], ['tookPart', 'partly']]
			: [['barriers', 'transport'], ['barriers', 'time']];
		const form = new URLSearchParams([['attended', went ? 'yes' : 'no'], ['anonymousShown', 'yes'], ['comment', given.comment], ...answers]);
		if (Math.random() < 0.5) form.set('anonymous', 'on');
		await this.#write('feedback', `/events/${event}/feedback`, form, event, (location) => {
			const saved = location === `/events/${event}/feedback?saved=1`;
			if (saved) this.#results.toldFeedback[pair(this.id, event)] = given;
			return saved;
		}, 'feedback saved');
	}

	/** Posts a form, records what the member was told, and follows the redirect as a browser does. */
	async #write(kind: Kind, path: string, form: URLSearchParams, event: string, told: (location: string) => boolean, then: Kind) {
		const key = pair(this.id, event);
		const answer = await this.send(kind, path, 303, form);
		if (!answer || !told(answer.location)) {
			// No clear answer: the write may or may not have happened.
			if (!this.#results.unknown.includes(key)) this.#results.unknown.push(key);
			return;
		}
		this.#results.unknown = this.#results.unknown.filter((k) => k !== key);
		await this.send(then, answer.location, 200);
	}
}

async function run(plan: Plan): Promise<Results> {
	const results = emptyResults();
	const members = plan.members.map((entry) => new Member(entry, plan, results));
	// First one member alone, on the idle server (which also warms it up).
	members[0].alone = true;
	for (let round = 0; round < 5; round++) await members[0].visit(-1 - round);
	members[0].alone = false;
	process.send!('together');
	const start = performance.now();
	const until = Date.now() + plan.durationMs;
	await Promise.all(
		members.map(async (member, i) => {
			// Arrive over the first ten seconds, as a crowd does, not all in one millisecond.
			await pause((i / plan.members.length) * 10_000);
			// At least one visit each, however slow the server, then as many as fit.
			let round = 0;
			do {
				await member.visit(round++);
				await pause(Math.random() * plan.thinkMs);
			} while (Date.now() < until);
		})
	);
	results.elapsedMs = performance.now() - start;
	await agent.close();
	return results;
}

// Says 'together' when the members start together, then sends the Results.
process.once('message', async (plan: Plan) => {
	const results = await run(plan);
	process.send!(results, () => process.exit(0));
});
