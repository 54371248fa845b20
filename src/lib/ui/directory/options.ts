// The directory's choices as labelled options for the chip fieldsets.
import { languageCodes, modeKeys, skillKeys, topicKeys } from '$lib/directory/choices';
import type { I18n } from '$lib/i18n/context';
import { languageName } from '$lib/i18n/format';

export const topicOptions = ({ t }: I18n) => topicKeys.map((value) => ({ value, label: t(`directory.topics.${value}`) }));
export const skillOptions = ({ t }: I18n) => skillKeys.map((value) => ({ value, label: t(`directory.skills.${value}`) }));
export const modeOptions = ({ t }: I18n) => modeKeys.map((value) => ({ value, label: t(`directory.modes.${value}`) }));
export const languageOptions = ({ lang }: I18n) => languageCodes.map((value) => ({ value, label: languageName(value, lang) }));
