// npm run supabase:start — the local Supabase stack in the foreground, until Ctrl-C.
import { startStack, readyLine } from './stack.ts';
import { StackError } from './errors.ts';

const log = (line: string) => console.log(`[supabase] ${line}`);

export async function runForeground() {
	let stop: (() => Promise<void>) | undefined;
	let stopping = false;
	const shutdown = async (code: number) => {
		if (stopping) return;
		stopping = true;
		await stop?.();
		process.exit(code);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
	process.on('uncaughtException', (error) => {
		console.error(error);
		void shutdown(1);
	});
	try {
		({ stop } = await startStack(log));
		console.log(readyLine());
	} catch (error) {
		if (error instanceof StackError) console.error(`\n✖ ${error.message}\n  ${error.fix}\n`);
		else console.error(error);
		process.exit(1);
	}
	return shutdown;
}

if (import.meta.main) await runForeground();
