// Where the welcome flow keeps things: in member_private / profiles / community_members
// for a signed-in member, in a small httpOnly cookie for a visitor. A visitor's answers are
// never moved into an account unasked: on a shared computer they may be someone else's, so a
// member who signs in is offered them (what kinds, never what they say) to add or forget.
import type { Cookies } from '@sveltejs/kit';
import type { Supabase } from '$lib/supabase';
import { answerCounts, emptyProgress, mergeProgress, readProgress, settle, type AnswerCounts, type Answers, type Progress, type Step } from '$lib/onboarding/steps';
import { isNeed, type Need } from '$lib/events/access';
import { isTopic, type Topic } from '$lib/profile/topics';
import type { JoiningRule } from '$lib/members/forms';

const COOKIE = 'welcome';

interface Ctx {
	cookies: Cookies;
	locals: App.Locals;
}

export interface Account {
	topics: Topic[];
	needs: Need[];
	area: string;
	charterVersion: number | null;
	/** Communities they belong to or have asked to join… */
	communities: string[];
	/** …and of those, the ones still waiting for an organiser's approval. */
	waitingFor: string[];
}

function readCookie(cookies: Cookies): Progress | null {
	const raw = cookies.get(COOKIE);
	if (!raw) return null;
	try {
		return readProgress(JSON.parse(raw));
	} catch {
		return emptyProgress();
	}
}

function writeCookie(cookies: Cookies, progress: Progress) {
	// Three hours: long enough to finish signing up, short enough that the next person at a
	// library computer rarely meets the last one's answers.
	cookies.set(COOKIE, JSON.stringify(progress), { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 3 });
}

/** A visitor's answers on this device, forgotten: at sign-out, or when a member declines them. */
export function forgetGuestAnswers(cookies: Cookies) {
	cookies.delete(COOKIE, { path: '/' });
}

export async function loadAccount(supabase: Supabase, userId: string): Promise<Account> {
	const [profile, priv, members] = await Promise.all([
		supabase.from('profiles').select('topics, area').eq('id', userId).single(),
		supabase.from('member_private').select('access_needs, charter_version').eq('user_id', userId).single(),
		supabase.from('community_members').select('community_id, status').eq('user_id', userId)
	]);
	for (const result of [profile, priv, members]) if (result.error) throw result.error;
	return {
		topics: profile.data!.topics.filter(isTopic),
		area: profile.data!.area,
		needs: priv.data!.access_needs.filter(isNeed),
		charterVersion: priv.data!.charter_version,
		communities: members.data!.map((m) => m.community_id),
		waitingFor: members.data!.filter((m) => m.status === 'pending').map((m) => m.community_id)
	};
}

/** The answers as they live in the account's own columns. */
async function applyAnswers(supabase: Supabase, userId: string, answers: Answers) {
	const writes = [];
	if (answers.topics || answers.area !== undefined) {
		const profile: { topics?: Topic[]; area?: string } = {};
		if (answers.topics) profile.topics = answers.topics;
		if (answers.area !== undefined) profile.area = answers.area;
		writes.push(supabase.from('profiles').update(profile).eq('id', userId));
	}
	if (answers.needs) writes.push(supabase.from('member_private').update({ access_needs: answers.needs }).eq('user_id', userId));
	if (answers.community) {
		// Joining twice (or as an organiser already) changes nothing.
		writes.push(
			supabase
				.from('community_members')
				.upsert({ community_id: answers.community, user_id: userId, role: 'member' }, { ignoreDuplicates: true })
		);
	}
	for (const { error } of await Promise.all(writes)) if (error) throw error;
}

async function saveProgress(supabase: Supabase, userId: string, progress: Progress) {
	const { error } = await supabase.from('member_private').update({ onboarding: progress }).eq('user_id', userId);
	if (error) throw error;
}

async function savedProgress(supabase: Supabase, userId: string): Promise<Progress> {
	const { data, error } = await supabase.from('member_private').select('onboarding').eq('user_id', userId).single();
	if (error) throw error;
	return readProgress(data.onboarding);
}

/** The member's (or visitor's) progress. A visitor's answers stay out of an account until the member adds them. */
export async function currentProgress({ cookies, locals }: Ctx): Promise<Progress> {
	if (!locals.user) return readCookie(cookies) ?? emptyProgress();
	return savedProgress(locals.supabase, locals.user.id);
}

/** For a signed-in member, what kinds of answers a visitor left on this device, to offer; null when none. */
export function guestAnswersOffer({ cookies, locals }: Ctx): AnswerCounts | null {
	const guest = locals.user ? readCookie(cookies) : null;
	const counts = guest && answerCounts(guest);
	return counts && Object.values(counts).some(Boolean) ? counts : null;
}

/** The member chose to add a visitor's answers on this device to their account. */
export async function adoptGuestAnswers({ cookies, locals }: Ctx): Promise<void> {
	const guest = readCookie(cookies);
	if (!locals.user || !guest) return forgetGuestAnswers(cookies);
	const saved = await savedProgress(locals.supabase, locals.user.id);
	const account = await loadAccount(locals.supabase, locals.user.id);
	// The account's columns may have been edited on the Me page: merge with those, not the copy.
	const merged = mergeProgress(
		{ ...saved, answers: { ...saved.answers, topics: account.topics, needs: account.needs, area: account.area || undefined } },
		guest
	);
	await applyAnswers(locals.supabase, locals.user.id, merged.answers);
	await saveProgress(locals.supabase, locals.user.id, merged);
	forgetGuestAnswers(cookies);
}

export async function settleStep(ctx: Ctx, step: Step, how: 'done' | 'skipped', answers: Answers = {}) {
	const progress = settle(await currentProgress(ctx), step, how, answers);
	if (!ctx.locals.user) return writeCookie(ctx.cookies, progress);
	await applyAnswers(ctx.locals.supabase, ctx.locals.user.id, answers);
	await saveProgress(ctx.locals.supabase, ctx.locals.user.id, progress);
}

/** The charter as agreed: its version and when. Only ever for the signed-in member. */
export async function agreeCharter(supabase: Supabase, userId: string, version: number) {
	const { error } = await supabase
		.from('member_private')
		.update({ charter_version: version, charter_agreed_at: new Date().toISOString() })
		.eq('user_id', userId);
	if (error) throw error;
}

export interface Community {
	id: string;
	name: string;
	summary: string;
	about: string;
	charter: string;
	charter_version: number;
	joining: JoiningRule;
}

export async function listCommunities(supabase: Supabase): Promise<Community[]> {
	const { data, error } = await supabase.from('communities').select('id, name, summary, about, charter, charter_version, joining').order('name');
	if (error) throw error;
	return data;
}

/** The community whose charter to show: the one chosen here, else one they belong to, else the first. */
export function chosenCommunity(communities: Community[], progress: Progress, memberOf: string[] = []) {
	return (
		communities.find((c) => c.id === progress.answers.community) ??
		communities.find((c) => memberOf.includes(c.id)) ??
		communities[0] ??
		null
	);
}
