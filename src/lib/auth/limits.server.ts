// Takes a sign-in turn in Postgres, shared by every app server (see the sign_in_limits migration).
import { env } from '$env/dynamic/private';
import { serviceRole } from '$lib/server/service-role';
import { readTurn, signInLimits, turnRequest, type SignInLimits, type Turn, type TurnKind } from './limits';

let limits: SignInLimits | undefined;

/** Counts one code request or one try for `email` from `address` (getClientAddress()), or refuses it. */
export async function takeSignInTurn(kind: TurnKind, email: string, address: string): Promise<Turn> {
	limits ??= signInLimits(env);
	try {
		const { data, error } = await serviceRole().rpc('take_sign_in_turn', turnRequest(kind, email, address, limits)).single();
		if (error) throw error;
		return readTurn(kind, data);
	} catch (error) {
		// No count, no sign-in: a limit that fails open is no limit.
		console.error('take_sign_in_turn:', error);
		return { ok: false, error: 'signin.errors.unavailable', minutes: 1 };
	}
}
