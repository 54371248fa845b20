/** The page's element holding the strings the server formatted (see #i18n/formatted). */
export const formattedId = 'hearth-formatted';
