// How many sign-in codes one client address may ask for. The app's server asks Auth for
// every visitor's code, so Auth sees only this server's address and its own per-address
// limits can't tell visitors apart: the limit on who asks has to be here.
import { env } from '$env/dynamic/private';
import { SlidingWindow, clientKey, countSetting } from './rate-limit';

let codes: SlidingWindow | undefined;

/**
 * Counts one code request from `address` (getClientAddress()), or refuses it. By default 10
 * in any 15 minutes: one person needs one to three codes (a resend, a mistyped address), so
 * a household or a small group on a venue's wifi can all sign in, while a script asking for
 * codes to other people's addresses gets 40 an hour instead of thousands.
 */
export function takeCodeRequest(address: string) {
	codes ??= new SlidingWindow({
		max: countSetting(env, 'HEARTH_SIGNIN_CODES_PER_IP', 10),
		windowMs: countSetting(env, 'HEARTH_SIGNIN_CODES_WINDOW_MINUTES', 15) * 60_000
	});
	return codes.take(clientKey(address));
}
