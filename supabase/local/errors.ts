/** A failure the person running the stack can fix: what went wrong, and what to do. */
export class StackError extends Error {
	fix: string;
	constructor(message: string, fix: string) {
		super(message);
		this.fix = fix;
	}
}
