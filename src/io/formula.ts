// A text cell a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR first, or their
// full-width forms) is written with a leading apostrophe, so opening our CSV never runs what an
// export smuggled in (OWASP's advice; csv-stringify's escape_formulas does it, in write-output).
// Reading takes that apostrophe off again, so an id that starts with `-` or `+` (base64 keys do)
// comes back as it was when a written file is read in (trek → classify).

export const restoreNeutralised = (text: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? text.slice(1) : text);
