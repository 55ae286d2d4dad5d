// A text cell a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR first) is
// written with a leading apostrophe, so opening our CSV never runs what an export smuggled in
// (OWASP's advice). Reading takes that apostrophe off again, so an id that starts with `-` or
// `+` (base64 keys do) comes back as it was when a written file is read in (trek → classify).

export const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const restoreNeutralised = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
