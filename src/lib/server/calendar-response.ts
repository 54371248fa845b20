// How every calendar file is answered: text/calendar, and a name to save it under.
export function calendarResponse(ics: string, filename: string, cacheControl: string) {
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': cacheControl
		}
	});
}
