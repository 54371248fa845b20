// The app as people get it: the production build, served by `node build` against the stack,
// as playwright.config.ts does for the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { bin, root, stackEnv, type Cleanup } from '../support/processes.ts';

export const appUrl = `http://localhost:${process.env.HEARTH_APP_PORT ?? '4173'}`;

export function buildApp() {
	const result = spawnSync(process.execPath, [bin('vite'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...stackEnv } });
	if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startApp(cleanups: Cleanup[]) {
	const port = new URL(appUrl).port;
	const child = spawn(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, ...stackEnv, PORT: port, ORIGIN: appUrl },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	cleanups.push(
		() =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	);
	for (let tries = 0; tries < 300; tries++) {
		if (child.exitCode !== null) break;
		if (await fetch(appUrl).then((r) => r.ok, () => false)) return appUrl;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the production build did not start on ${appUrl}:\n${output}`);
}
