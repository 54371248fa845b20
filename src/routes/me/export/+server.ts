import { exportFileName, exportMyData } from '$lib/profile/export';
import { requireMember } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** Every row about the member, read through their own session, as a file to keep. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireMember({ locals, url }, '/me');
	const now = new Date();
	const data = await exportMyData(locals.supabase, user.id, now);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${exportFileName(now)}"`,
			'cache-control': 'private, no-store'
		}
	});
};
