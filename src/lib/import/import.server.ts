// The upload's action: refuse a file too large before reading it, read and check every row
// (placing areas as the offer form does, without "did you mean" names), find likely
// duplicates among the community's organisations, and keep what the preview will show, for
// this coordinator only, until they confirm. Nothing becomes a listing here.
import { fail, isHttpError, type RequestEvent } from '@sveltejs/kit';
import { lookUpPlace } from '$lib/server/places';
import type { OrganisedCommunity } from '$lib/organise/queries';
import { checkRows } from './check';
import { markDuplicates } from './duplicates';
import { readableSize, readUpload, type ImportError, type UploadField } from './forms';
import { communityOrganisations, stageImport } from './queries';
import { maxRows, readFile } from './read';

/** adapter-node's own limit on a request's body (BODY_SIZE_LIMIT, 512 KB unless set). */
const bodyLimit = 512 * 1024;

type Errors = Partial<Record<UploadField | 'form', ImportError>>;
const refuse = (status: number, community: string, errors: Errors, values: Record<string, string> = {}) => fail(status, { community, errors, values });

export async function previewImport(event: RequestEvent, communities: OrganisedCommunity[]) {
	const coordinated = communities.filter((c) => c.role === 'coordinator').map((c) => c.id);
	// Said from the length the browser announces, before a byte of the body is read.
	const announced = Number(event.request.headers.get('content-length'));
	if (announced > bodyLimit) return refuse(413, '', { file: 'import.errors.fileTooLarge' }, { size: readableSize(announced) });
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (error) {
		// A body sent in chunks, with no length said, stops at the limit while being read.
		if (isHttpError(error, 413) || (error as { status?: number })?.status === 413) {
			return refuse(413, '', { file: 'import.errors.fileTooLarge' }, { size: readableSize(bodyLimit) });
		}
		return refuse(400, '', { file: 'import.errors.fileMissing' });
	}
	const upload = readUpload(form, coordinated);
	if (!upload.ok) {
		const size = form.get('file') instanceof File ? readableSize((form.get('file') as File).size) : '';
		return refuse(upload.errors.file === 'import.errors.fileTooLarge' ? 413 : 400, upload.community, upload.errors, { size });
	}
	const read = readFile(new Uint8Array(await upload.file.arrayBuffer()));
	if (!read.ok) return refuse(400, upload.community, { file: `import.errors.${read.problem}` }, { limit: String(maxRows) });

	const [rows, existing] = await Promise.all([
		checkRows(read.rows, (text) => lookUpPlace(text, false)),
		communityOrganisations(event.locals.supabase, upload.community)
	]);
	const id = await stageImport(event.locals.supabase, upload.community, read.format, upload.file.name, markDuplicates(rows, existing));
	return { id };
}
