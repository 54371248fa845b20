// Reading the organisers' joining forms: a decision on one request, and a community's
// joining rule. Anything else is refused before a query runs.
import * as v from 'valibot';

export const joiningRules = ['open', 'approval'] as const;
export type JoiningRule = (typeof joiningRules)[number];

const decisionForm = v.object({
	member: v.pipe(v.string(), v.uuid()),
	decision: v.picklist(['approve', 'decline'])
});

/** Which request, and whether to let them in; null when the form was tampered with. */
export function readDecision(form: FormData): { member: string; approve: boolean } | null {
	const parsed = v.safeParse(decisionForm, { member: form.get('member'), decision: form.get('decision') });
	return parsed.success ? { member: parsed.output.member, approve: parsed.output.decision === 'approve' } : null;
}

export function readJoiningRule(form: FormData): JoiningRule | null {
	const parsed = v.safeParse(v.picklist(joiningRules), form.get('joining'));
	return parsed.success ? parsed.output : null;
}
