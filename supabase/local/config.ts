// Settings of the local stack. The JWT secret and the two keys are Supabase's well-known
// local values (the ones `supabase start` prints), so every tutorial value works here too.
// They sign nothing outside this machine.
import { resolve } from 'node:path';

const int = (name: string, fallback: number) => {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value >= 0 ? value : fallback;
};

export const root = resolve(import.meta.dirname, '../..');
/** Where config.toml, migrations/ and seed.sql live (tests point it at a copy). */
export const supabaseDir = resolve(root, process.env.HEARTH_SUPABASE_DIR ?? 'supabase');

export const config = {
	apiPort: int('HEARTH_API_PORT', 54321),
	dbPort: int('HEARTH_DB_PORT', 54322),
	restPort: int('HEARTH_REST_PORT', 54325),
	restAdminPort: int('HEARTH_REST_ADMIN_PORT', 54326),
	dataDir: resolve(root, process.env.HEARTH_DATA_DIR ?? '.data/pglite'),
	databaseUrl: process.env.DATABASE_URL || undefined,
	siteUrl: process.env.HEARTH_SITE_URL ?? 'http://localhost:5173',
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
