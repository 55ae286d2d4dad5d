// Types of generate.mjs, for the tests that use its exports.
export declare const COLUMNS: readonly string[];
export declare const STRATA: readonly string[];
/** Rows as CSV lines with the stratum each was drawn from; the same n and seed give the same rows. */
export declare function rows(n: number, seed?: number): Generator<{ line: string; stratum: string }>;
/** Writes the export and its population file; returns the sample count per stratum. */
export declare function generate(n: number, csvPath: string, populationPath?: string, seed?: number): Promise<Map<string, number>>;
