// The local stack's outgoing mail: kept in memory for GET /mailbox and printed in the terminal.
export interface Message {
	id: number;
	to: string;
	subject: string;
	text: string;
	code: string;
	link: string;
	sent_at: string;
}

export class Mailbox {
	#messages: Message[] = [];
	#nextId = 1;
	#print: (line: string) => void;

	constructor(print: (line: string) => void) {
		this.#print = print;
	}

	deliver(message: Omit<Message, 'id' | 'sent_at'>) {
		const stored = { ...message, id: this.#nextId++, sent_at: new Date().toISOString() };
		this.#messages.push(stored);
		this.#print(`mail to ${stored.to}: ${stored.subject} — code ${stored.code} — ${stored.link}`);
	}

	/** Messages to one address, newest first. */
	for(email: string) {
		const to = email.trim().toLowerCase();
		return this.#messages.filter((m) => m.to === to).reverse();
	}
}
