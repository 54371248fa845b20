// What a Murmurations index said about one profile (register.server.ts asks it).
export type Outcome =
	| { kind: 'registered'; status: string }
	| { kind: 'invalid'; problems: string[] }
	| { kind: 'refused'; status: number }
	| { kind: 'unreachable' };

export interface Registration {
	id: string;
	name: string;
	profileUrl: string;
	outcome: Outcome;
}
