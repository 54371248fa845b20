// Settings of the local stack. The JWT secret and the two keys are Supabase's well-known
// local values (the ones `supabase start` prints), so every tutorial value works here too.
// They sign nothing outside this machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'smol-toml';

const int = (name: string, fallback: number) => {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value >= 0 ? value : fallback;
};

export const root = resolve(import.meta.dirname, '../..');
/** Where config.toml, migrations/ and seed.sql live (tests point it at a copy). */
export const supabaseDir = resolve(root, process.env.HEARTH_SUPABASE_DIR ?? 'supabase');

/** The [auth] settings of config.toml, which hosted Supabase Auth also reads (`supabase config push`). */
const auth = (parse(readFileSync(resolve(supabaseDir, 'config.toml'), 'utf8')).auth ?? {}) as {
	site_url?: string;
	additional_redirect_urls?: string[];
	refresh_token_reuse_interval?: number;
	rate_limit?: { token_verifications?: number };
};

export const config = {
	apiPort: int('HEARTH_API_PORT', 54321),
	dbPort: int('HEARTH_DB_PORT', 54322),
	restPort: int('HEARTH_REST_PORT', 54325),
	restAdminPort: int('HEARTH_REST_ADMIN_PORT', 54326),
	dataDir: resolve(root, process.env.HEARTH_DATA_DIR ?? '.data/pglite'),
	databaseUrl: process.env.DATABASE_URL || undefined,
	/** Where links go unless redirect_to is allowed; tests point it at their app. */
	siteUrl: process.env.HEARTH_SITE_URL ?? auth.site_url ?? 'http://localhost:5173',
	/** Other places redirect_to may send a link to (globs, as Supabase Auth reads them). */
	redirectUrls: auth.additional_redirect_urls ?? [],
	/** Seconds a rotated refresh token may still be used (two tabs refreshing at once). */
	refreshReuseSeconds: auth.refresh_token_reuse_interval ?? 10,
	/** Verifications per client address in 5 minutes (GoTrue's GOTRUE_RATE_LIMIT_VERIFY). */
	verifyPerAddress: int('GOTRUE_RATE_LIMIT_VERIFY', auth.rate_limit?.token_verifications ?? 30),
	jwtSecret: 'super-secret-jwt-token-with-at-least-32-characters-long',
	jwtExpiry: int('GOTRUE_JWT_EXP', 3600),
	/** Seconds before the same address may be sent another code (GoTrue's SMTP_MAX_FREQUENCY). */
	otpInterval: int('GOTRUE_SMTP_MAX_FREQUENCY', 60),
	/** Seconds a code stays valid (GoTrue's MAILER_OTP_EXP). */
	otpExpiry: int('GOTRUE_MAILER_OTP_EXP', 3600),
	anonKey:
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0',
	serviceRoleKey:
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU'
};

export const apiUrl = `http://127.0.0.1:${config.apiPort}`;
