// The reminder a member's calendar entries carry: one of a few times before the start, or none.
import * as v from 'valibot';

export const reminderChoices = ['none', '15', '60', '120', '1440', '2880'] as const;
export type ReminderChoice = (typeof reminderChoices)[number];

const reminderSchema = v.picklist(reminderChoices, 'calendarFeeds.reminder.invalid');

/** Minutes before the start (null: no reminder), or the message for a choice not offered. */
export function readReminder(form: FormData): { ok: true; minutes: number | null } | { ok: false; error: 'calendarFeeds.reminder.invalid' } {
	const result = v.safeParse(reminderSchema, form.get('reminder'));
	if (!result.success) return { ok: false, error: 'calendarFeeds.reminder.invalid' };
	return { ok: true, minutes: result.output === 'none' ? null : Number(result.output) };
}

export const reminderChoiceOf = (minutes: number | null): ReminderChoice => (minutes === null ? 'none' : (reminderChoices.find((c) => c === String(minutes)) ?? '1440'));
