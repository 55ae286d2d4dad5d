// Sentences that stand under the extrapolation wherever it is shown (terminal, report), written once.
import type { IntervalMethod } from '../estimate/design.js';

export const INTERVAL_NOTE: Record<IntervalMethod, string> = {
  nchs: '95%-interval: Korn–Graubard-interval met een effectieve steekproefomvang van hoogstens het aantal dossiers; volledig getrokken strata tellen exact mee.',
  survey: '95%-interval zoals R survey (svyciprop, methode "beta"): Korn–Graubard; Clopper–Pearson waar de variantie 0 is.',
};

export const WEIGHTS_NOTE = 'Gewogen per stratum leeftijdsgroep × uitkeringsduur bij de trekking (gewicht N/n); rekenkundig afgerond, zoals tabel 6.2.';
