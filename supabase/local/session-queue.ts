// Lets several Postgres clients share PGlite, a single backend, without stepping on each
// other. pglite-socket's own queue only keeps a client's turn inside an explicit
// transaction; between Parse, Bind and Execute of one extended-protocol query another
// client could slip in and replace the unnamed statement. Here a client keeps its turn
// until the backend says ReadyForQuery with status idle ('I').
import type { PGlite } from '@electric-sql/pglite';

interface Pending {
	handlerId: number;
	message: Uint8Array;
	onData: (chunk: Uint8Array) => void;
	resolve: (bytes: number) => void;
	reject: (error: unknown) => void;
}

const READY_FOR_QUERY = 0x5a; // 'Z', always 6 bytes: 'Z', int32 length 5, status
const IDLE = 0x49; // 'I'

export class SessionQueue {
	#db: PGlite;
	#queue: Pending[] = [];
	#owner: number | null = null;
	#running = false;

	constructor(db: PGlite) {
		this.#db = db;
	}

	enqueue(handlerId: number, message: Uint8Array, onData: (chunk: Uint8Array) => void) {
		return new Promise<number>((resolve, reject) => {
			this.#queue.push({ handlerId, message, onData, resolve, reject });
			void this.#run();
		});
	}

	getQueueLength() {
		return this.#queue.length;
	}

	clearQueueForHandler(handlerId: number) {
		this.#queue = this.#queue.filter((item) => {
			if (item.handlerId !== handlerId) return true;
			item.reject(new Error('Client disconnected'));
			return false;
		});
	}

	async clearTransactionIfNeeded(handlerId: number) {
		if (this.#owner !== handlerId) return;
		if (this.#db.isInTransaction()) await this.#db.exec('ROLLBACK');
		this.#owner = null;
		void this.#run();
	}

	async #run() {
		if (this.#running) return;
		this.#running = true;
		try {
			for (;;) {
				const index =
					this.#owner === null ? 0 : this.#queue.findIndex((p) => p.handlerId === this.#owner);
				if (index === -1 || this.#queue.length === 0) break;
				const [item] = this.#queue.splice(index, 1);
				let tail = new Uint8Array(0);
				let bytes = 0;
				try {
					await this.#db.runExclusive(() =>
						this.#db.execProtocolRawStream(item.message, {
							onRawData: (chunk: Uint8Array) => {
								bytes += chunk.length;
								tail = lastBytes(tail, chunk, 6);
								item.onData(chunk);
							}
						})
					);
				} catch (error) {
					item.reject(error);
					continue;
				}
				const idle = tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[5] === IDLE;
				this.#owner = idle ? null : item.handlerId;
				item.resolve(bytes);
			}
		} finally {
			this.#running = false;
		}
	}
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array, n: number) {
	if (chunk.length >= n) return chunk.slice(chunk.length - n);
	const joined = new Uint8Array(previous.length + chunk.length);
	joined.set(previous);
	joined.set(chunk, previous.length);
	return joined.slice(Math.max(0, joined.length - n));
}
