// A local stand-in for Supabase Auth (GoTrue): the part of its HTTP API that supabase-js
// uses for email one-time codes and magic links. Hosted Supabase Auth replaces it in
// production; tests exercise it through supabase-js, the real client.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { SignJWT, jwtVerify } from 'jose';
import type pg from 'pg';
import { config, apiUrl } from './config.ts';
import type { Mailbox } from './mailbox.ts';

const secret = new TextEncoder().encode(config.jwtSecret);
/** Who signs the stand-in's tokens and whom they are for; a token naming anyone else is not ours. */
const issuer = `${apiUrl}/auth/v1`;
const audience = 'authenticated';
/** Wrong codes a code survives: after this many, even the right one is refused and a new code is needed. */
const codeAttempts = 5;

interface UserRow {
	id: string;
	email: string;
	email_confirmed_at: Date | null;
	last_sign_in_at: Date | null;
	raw_app_meta_data: Record<string, unknown>;
	raw_user_meta_data: Record<string, unknown>;
	created_at: Date;
	updated_at: Date;
}

class AuthError extends Error {
	status: number;
	code: string;
	constructor(status: number, code: string, message: string) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

const invalidCode = () => new AuthError(403, 'otp_expired', 'Token has expired or is invalid');

export interface AuthLimits {
	/** Verifications one client address may make in 5 minutes. */
	verifyPerAddress: number;
}

export function createAuth(pool: pg.Pool, mailbox: Mailbox, limits: Partial<AuthLimits> = {}) {
	const lastSent = new Map<string, number>();
	const verifications = new TokenBucket(limits.verifyPerAddress ?? config.verifyPerAddress, 5 * 60_000);
	/** Wrong codes tried against each live code (by its row id); one stand-in process holds them all. */
	const wrongTries = new Map<string, number>();

	async function findUser(where: 'id' | 'email', value: string) {
		const { rows } = await pool.query<UserRow>(`select * from auth.users where ${where} = $1`, [value]);
		return rows[0];
	}

	async function sendCode(body: Record<string, unknown>, redirectTo: string | null) {
		const email = normaliseEmail(body.email);
		const now = Date.now();
		const waitMs = (lastSent.get(email) ?? 0) + config.otpInterval * 1000 - now;
		if (waitMs > 0) {
			throw new AuthError(
				429,
				'over_email_send_rate_limit',
				`For security purposes, you can only request this after ${Math.ceil(waitMs / 1000)} seconds.`
			);
		}
		let user = await findUser('email', email);
		if (!user) {
			if (body.create_user === false) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
			const data = isObject(body.data) ? body.data : {};
			const { rows } = await pool.query<UserRow>(
				'insert into auth.users (email, raw_user_meta_data) values ($1, $2) returning *',
				[email, data]
			);
			user = rows[0];
		}
		const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
		const tokenHash = hashToken(email, code);
		const { rows: replaced } = await pool.query<{ id: string }>(
			`with gone as (delete from auth.one_time_tokens where user_id = $1 and token_type = 'email_otp' returning id),
			 added as (insert into auth.one_time_tokens (user_id, token_type, token_hash, relates_to) values ($1, 'email_otp', $2, $3))
			 select id from gone`,
			[user.id, tokenHash, email]
		);
		for (const { id } of replaced) wrongTries.delete(id);
		lastSent.set(email, now);
		// As Supabase Auth does, a redirect_to that is not allowed is replaced by the site URL.
		const target = allowedRedirect(redirectTo) ?? new URL(config.siteUrl);
		const site = target.origin;
		const next = target.pathname;
		const link = `${site}/auth/confirm?token_hash=${tokenHash}&type=email&next=${encodeURIComponent(next)}`;
		mailbox.deliver({
			to: email,
			subject: 'Your Hearth sign-in code',
			text: `Your sign-in code is ${code}. Or open this link on this device: ${link}\n\nIt works once, for ${Math.round(config.otpExpiry / 60)} minutes. If you did not ask for it, you can ignore this email.`,
			code,
			link
		});
		return {};
	}

	async function verify(req: IncomingMessage, body: Record<string, unknown>) {
		if (!verifications.take(addressKey(req.socket.remoteAddress ?? ''))) {
			throw new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
		}
		const type = String(body.type ?? '');
		if (!['email', 'magiclink', 'signup'].includes(type)) {
			throw new AuthError(400, 'validation_failed', 'Verify requires a verification type');
		}
		let tokenHash: string;
		if (typeof body.token_hash === 'string' && body.token_hash) tokenHash = body.token_hash;
		else if (typeof body.token === 'string' && typeof body.email === 'string') {
			tokenHash = await checkCode(normaliseEmail(body.email), body.token.trim());
		} else throw new AuthError(400, 'validation_failed', 'Verify requires either a token or a token hash');
		// Delete as we read: a code works once, even when two requests race.
		const { rows } = await pool.query<{ id: string; user_id: string; fresh: boolean }>(
			`delete from auth.one_time_tokens where token_hash = $1 and token_type = 'email_otp'
			 returning id, user_id, created_at > now() - make_interval(secs => $2) as fresh`,
			[tokenHash, config.otpExpiry]
		);
		if (rows[0]) wrongTries.delete(rows[0].id);
		if (!rows[0]?.fresh) throw invalidCode();
		await pool.query(
			`update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()),
			 last_sign_in_at = now(), updated_at = now() where id = $1`,
			[rows[0].user_id]
		);
		const { rows: sessions } = await pool.query<{ id: string }>(
			'insert into auth.sessions (user_id) values ($1) returning id',
			[rows[0].user_id]
		);
		return issueSession(rows[0].user_id, sessions[0].id, null);
	}

	/**
	 * The hash to claim when `code` is the address's live code; otherwise counts a wrong try
	 * against that code, and on the last allowed one deletes it, so guessing has 5 chances, not a million.
	 */
	async function checkCode(email: string, code: string) {
		const { rows } = await pool.query<{ id: string; token_hash: string }>(
			`select id, token_hash from auth.one_time_tokens where relates_to = $1 and token_type = 'email_otp'`,
			[email]
		);
		const live = rows[0];
		if (!live) throw invalidCode();
		// From here to the count, nothing awaits: tries that arrive together are counted one by one.
		const tries = wrongTries.get(live.id) ?? 0;
		const typed = Buffer.from(hashToken(email, code));
		const stored = Buffer.from(live.token_hash);
		if (tries < codeAttempts && typed.length === stored.length && timingSafeEqual(typed, stored)) return live.token_hash;
		wrongTries.set(live.id, tries + 1);
		if (tries + 1 >= codeAttempts) {
			await pool.query('delete from auth.one_time_tokens where id = $1', [live.id]);
			wrongTries.delete(live.id);
		}
		throw invalidCode();
	}

	async function refresh(body: Record<string, unknown>) {
		const token = typeof body.refresh_token === 'string' ? body.refresh_token : '';
		const { rows } = await pool.query<{
			user_id: string;
			session_id: string;
			revoked: boolean;
			recent: boolean;
			child: string | null;
		}>(
			`select r.user_id, r.session_id, r.revoked,
			        r.updated_at > now() - make_interval(secs => $2) as recent,
			        (select c.token from auth.refresh_tokens c where c.parent = r.token and not c.revoked limit 1) as child
			 from auth.refresh_tokens r where r.token = $1`,
			[token, config.refreshReuseSeconds]
		);
		const row = rows[0];
		if (!row) throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
		if (row.revoked) {
			// Two tabs refreshing at once both succeed, as in GoTrue; older reuse is refused.
			if (row.recent && row.child) return issueSession(row.user_id, row.session_id, token, row.child);
			// Older reuse means the token was copied: end the session, so neither copy goes on
			// (its refresh tokens go with it, and its access tokens stop working at /user).
			await pool.query('delete from auth.sessions where id = $1', [row.session_id]);
			throw new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
		}
		const { rowCount } = await pool.query(
			'update auth.refresh_tokens set revoked = true, updated_at = now() where token = $1 and not revoked',
			[token]
		);
		if (rowCount !== 1) return refresh(body);
		return issueSession(row.user_id, row.session_id, token);
	}

	async function issueSession(userId: string, sessionId: string, parent: string | null, reuse?: string) {
		const user = await findUser('id', userId);
		if (!user) throw new AuthError(404, 'user_not_found', 'User not found');
		const refreshToken = reuse ?? randomBytes(16).toString('base64url');
		if (!reuse) {
			await pool.query(
				'insert into auth.refresh_tokens (token, user_id, session_id, parent) values ($1, $2, $3, $4)',
				[refreshToken, userId, sessionId, parent]
			);
		}
		const now = Math.floor(Date.now() / 1000);
		const expiresAt = now + config.jwtExpiry;
		const accessToken = await new SignJWT({
			aud: audience,
			email: user.email,
			phone: '',
			app_metadata: user.raw_app_meta_data,
			user_metadata: user.raw_user_meta_data,
			role: 'authenticated',
			aal: 'aal1',
			amr: [{ method: 'otp', timestamp: now }],
			session_id: sessionId,
			is_anonymous: false
		})
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setSubject(userId)
			.setIssuer(issuer)
			.setIssuedAt(now)
			.setExpirationTime(expiresAt)
			.sign(secret);
		return {
			access_token: accessToken,
			token_type: 'bearer',
			expires_in: config.jwtExpiry,
			expires_at: expiresAt,
			refresh_token: refreshToken,
			user: userJson(user)
		};
	}

	/** The signed-in user behind a request, or an error as GoTrue gives it. */
	async function currentUser(req: IncomingMessage) {
		const header = req.headers.authorization ?? '';
		const token = header.startsWith('Bearer ') ? header.slice(7) : '';
		let claims;
		try {
			({ payload: claims } = await jwtVerify(token, secret, { issuer, audience, algorithms: ['HS256'] }));
		} catch {
			throw new AuthError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature, token is expired or invalid');
		}
		if (claims.role !== 'authenticated' || typeof claims.sub !== 'string') {
			throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
		}
		const { rowCount } = await pool.query('select 1 from auth.sessions where id = $1', [claims.session_id]);
		if (!rowCount) {
			throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
		}
		const user = await findUser('id', claims.sub);
		if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
		return { user, sessionId: String(claims.session_id) };
	}

	async function updateUser(req: IncomingMessage, body: Record<string, unknown>) {
		const { user } = await currentUser(req);
		if (body.email !== undefined || body.password !== undefined || body.phone !== undefined) {
			throw new AuthError(422, 'not_supported_locally', 'The local Auth stand-in only updates user metadata (data)');
		}
		const data = isObject(body.data) ? body.data : {};
		const { rows } = await pool.query<UserRow>(
			`update auth.users set raw_user_meta_data = raw_user_meta_data || $2, updated_at = now()
			 where id = $1 returning *`,
			[user.id, data]
		);
		return userJson(rows[0]);
	}

	async function logout(req: IncomingMessage, scope: string) {
		const { user, sessionId } = await currentUser(req);
		if (scope === 'others') await pool.query('delete from auth.sessions where user_id = $1 and id <> $2', [user.id, sessionId]);
		else if (scope === 'global') await pool.query('delete from auth.sessions where user_id = $1', [user.id]);
		else await pool.query('delete from auth.sessions where id = $1', [sessionId]);
	}

	/** Handles a request whose path starts after /auth/v1. */
	return async function handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
		const route = `${req.method} ${path}`;
		try {
			const body = req.method === 'POST' || req.method === 'PUT' ? await readJson(req) : {};
			switch (route) {
				case 'GET /health':
					return send(res, 200, { version: 'hearth-local', name: 'GoTrue', description: 'Hearth local Auth stand-in' });
				case 'GET /settings':
					return send(res, 200, {
						external: { email: true, phone: false, anonymous_users: false },
						disable_signup: false,
						mailer_autoconfirm: false,
						phone_autoconfirm: false,
						sms_provider: '',
						saml_enabled: false
					});
				case 'GET /.well-known/jwks.json':
					// HS256 keys are never published; clients fall back to GET /user.
					return send(res, 200, { keys: [] });
				case 'POST /otp':
					return send(res, 200, await sendCode(body, query.get('redirect_to')));
				case 'POST /verify':
					return send(res, 200, await verify(req, body));
				case 'POST /token':
					if (query.get('grant_type') !== 'refresh_token') {
						throw new AuthError(400, 'validation_failed', 'unsupported_grant_type');
					}
					return send(res, 200, await refresh(body));
				case 'GET /user':
					return send(res, 200, userJson((await currentUser(req)).user));
				case 'PUT /user':
					return send(res, 200, await updateUser(req, body));
				case 'POST /logout':
					await logout(req, query.get('scope') ?? 'global');
					res.writeHead(204).end();
					return;
				default:
					throw new AuthError(404, 'not_found', `${route} is not part of the local Auth stand-in`);
			}
		} catch (error) {
			if (error instanceof AuthError) {
				return send(res, error.status, { code: error.status, error_code: error.code, msg: error.message });
			}
			console.error('auth:', error);
			return send(res, 500, { code: 500, error_code: 'unexpected_failure', msg: 'Unexpected failure' });
		}
	};
}

function userJson(user: UserRow) {
	return {
		id: user.id,
		aud: 'authenticated',
		role: 'authenticated',
		email: user.email,
		email_confirmed_at: user.email_confirmed_at,
		confirmed_at: user.email_confirmed_at,
		phone: '',
		last_sign_in_at: user.last_sign_in_at,
		app_metadata: user.raw_app_meta_data,
		user_metadata: user.raw_user_meta_data,
		identities: [],
		created_at: user.created_at,
		updated_at: user.updated_at,
		is_anonymous: false
	};
}

/** GoTrue's token hash: sha224 of email and code, so links and codes share one row. */
function hashToken(email: string, code: string) {
	return createHash('sha224').update(email + code).digest('hex');
}

function normaliseEmail(value: unknown) {
	const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
		throw new AuthError(400, 'validation_failed', 'Unable to validate email address: invalid format');
	}
	return email;
}

/**
 * redirect_to when Supabase Auth would follow it: back to the site (any port on localhost),
 * to a loopback address, or matching one of additional_redirect_urls; otherwise null.
 */
export function allowedRedirect(redirectTo: string | null, site = config.siteUrl, allowList = config.redirectUrls) {
	let target: URL;
	let base: URL;
	try {
		target = new URL(redirectTo ?? '');
		base = new URL(site);
	} catch {
		return null;
	}
	const loopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\./.test(host);
	if (target.protocol === base.protocol && target.hostname === base.hostname && (target.port === base.port || loopback(target.hostname))) {
		return target;
	}
	if (isIP(target.hostname.replace(/^\[|\]$/g, ''))) return loopback(target.hostname) ? target : null;
	const withoutFragment = (redirectTo ?? '').split('#')[0];
	return allowList.some((pattern) => globPattern(pattern).test(withoutFragment)) ? target : null;
}

/** A redirect URL glob as Supabase documents them: `*` within a host label or path segment, `**` across them. */
function globPattern(glob: string) {
	const source = glob
		.split(/(\*\*|\*|\?)/)
		.map((part) => (part === '**' ? '.*' : part === '*' ? '[^./]*' : part === '?' ? '[^./]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** The key a client address is limited under: an IPv6 address by its /64, as one home gets a whole /64. */
function addressKey(address: string) {
	const plain = address.replace(/^::ffff:(?=\d+\.)/, '');
	if (isIP(plain) !== 6) return plain;
	const [head, tail = ''] = plain.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = plain.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
	return groups.slice(0, 4).join(':') + '::/64';
}

/** A token bucket per key, as GoTrue limits requests: `max` at once, refilled evenly over `windowMs`. */
class TokenBucket {
	readonly #max: number;
	readonly #perMs: number;
	readonly #buckets = new Map<string, { tokens: number; at: number }>();

	constructor(max: number, windowMs: number) {
		this.#max = max;
		this.#perMs = max / windowMs;
	}

	take(key: string, now = Date.now()) {
		const bucket = this.#buckets.get(key) ?? { tokens: this.#max, at: now };
		bucket.tokens = Math.min(this.#max, bucket.tokens + (now - bucket.at) * this.#perMs);
		bucket.at = now;
		this.#buckets.set(key, bucket);
		if (bucket.tokens < 1) return false;
		bucket.tokens -= 1;
		// A full bucket is the same as none: forget it, so memory follows recent clients only.
		if (this.#buckets.size > 10_000) for (const [k, b] of this.#buckets) if (b.tokens + (now - b.at) * this.#perMs >= this.#max) this.#buckets.delete(k);
		return true;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += chunk.length;
		if (size > 100_000) throw new AuthError(413, 'request_too_large', 'Request body too large');
		chunks.push(chunk);
	}
	if (!size) return {};
	try {
		const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		return isObject(parsed) ? parsed : {};
	} catch {
		throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON');
	}
}

export function send(res: ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
