// npm run dev — the local Supabase stack and the SvelteKit dev server, one command, one Ctrl-C.
// With PUBLIC_SUPABASE_URL set (your own project), only the dev server starts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root, config, apiUrl } from './config.ts';
import { runForeground } from './start.ts';

const env = { ...process.env };
let shutdown = (code: number) => process.exit(code);
if (!process.env.PUBLIC_SUPABASE_URL) {
	const stop = await runForeground();
	shutdown = (code: number) => void stop(code);
	env.PUBLIC_SUPABASE_URL = apiUrl;
	env.PUBLIC_SUPABASE_ANON_KEY = config.anonKey;
	// Server-only: the app counts sign-in limits with it (src/lib/server/service-role.ts).
	env.SUPABASE_SERVICE_ROLE_KEY = config.serviceRoleKey;
}
const vite = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'dev', ...process.argv.slice(2)], {
	cwd: root,
	env,
	stdio: 'inherit'
});
vite.on('exit', (code) => shutdown(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => vite.kill(signal));
