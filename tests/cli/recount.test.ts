// profiel recount as the monthly script runs it: last month's classify JSON against this month's export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forWork, SAMPLE, sampleRows } from '../helpers.js';
import { markdownTables, table } from '../render/tables.js';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'profiel-recount-'));
const file = (name: string) => join(dir, name);

/** The sample as a month's export, changed row by row. */
function month(name: string, change: (row: Record<string, string>) => Record<string, string> | undefined, extra: Record<string, string>[] = []): string {
  const [header, ...rows] = sampleRows();
  const asRecord = (r: string[]) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  const kept = rows.map(asRecord).map(change).filter((r): r is Record<string, string> => r !== undefined);
  writeFileSync(file(name), [header!.join(','), ...[...kept, ...extra].map((r) => header!.map((h) => r[h] ?? '').join(','))].join('\n') + '\n');
  return file(name);
}

interface Cell {
  leeftijdsgroep: string;
  profiel: number | null;
  schatting: number | null;
  schatting_vorig: number | null;
  interval95: [number, number] | null;
  interval95_vorig: [number, number] | null;
  aandeel: number | null;
  aandeel_vorig: number | null;
  verschil: number | null;
  verschil_interval95: [number, number] | null;
  verschil_groter_dan_onzekerheid: boolean | null;
  uitsplitsing: Record<string, number> | null;
}
interface Stratum {
  leeftijdsgroep: string;
  uitkeringsduur: string;
  aantal: number;
  steekproef: number;
}

// October: the sample, with M10 left to the rules (no analyst profile; the rules give 3 by R3).
const october = month('oktober.csv', (r) => (r.dossier_id === 'M10' ? { ...r, profiel_analist: '' } : r));
// November: the analyst changes M04 (3 → 1) and O13 (4 → 2); M10's professional now judges it
// able to do nothing (in_staat_tot geen), so R3 no longer holds; J05 and O14 left; N01 arrived.
const november = month(
  'november.csv',
  (r) => {
    if (r.dossier_id === 'J05' || r.dossier_id === 'O14') return undefined;
    if (r.dossier_id === 'M04') return { ...r, profiel_analist: '1' };
    if (r.dossier_id === 'O13') return { ...r, profiel_analist: '2' };
    if (r.dossier_id === 'M10') return { ...r, profiel_analist: '', in_staat_tot: 'geen' };
    return r;
  },
  [{ ...Object.fromEntries(sampleRows()[0]!.map((h, i) => [h, sampleRows()[1]![i]!])), dossier_id: 'N01' }],
);

describe('profiel recount', () => {
  const vorige = file('telling-oktober.json');
  beforeAll(async () => {
    // The first run here also loads the program's modules.
    expect((await run(['classify', october, '--dossiers', '--format', 'json', '--stil', '--uitvoer', vorige])).code).toBe(0);
  }, forWork(1.5));

  it('reports exactly the 3 profiles that changed, the 2 dossiers that left and the 1 that arrived', async () => {
    const r = await run(['recount', november, '--vorige', vorige, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.dossiers_vergeleken).toBe(true);
    expect(json.nieuw).toEqual([{ dossier_id: 'N01', profiel: 1 }]);
    expect(json.vervallen).toEqual([{ dossier_id: 'J05', profiel: 3 }, { dossier_id: 'O14', profiel: 4 }]);
    expect(json.gewijzigd).toEqual([
      { dossier_id: 'M04', van: 3, naar: 1, door: 'analist', regel_van: 'R1', regel_naar: 'R1' },
      { dossier_id: 'M10', van: 3, naar: null, door: 'beslisregels', regel_van: 'R3', regel_naar: null },
      { dossier_id: 'O13', van: 4, naar: 2, door: 'analist', regel_van: null, regel_naar: null },
    ]);
    expect([json.vorige.dossiers, json.huidige.dossiers]).toEqual([56, 55]);
  });

  it('gives per band and profile both months, the difference and its 95% interval (MOVER), flagged only when it excludes 0', async () => {
    const json = JSON.parse((await run(['recount', november, '--vorige', vorige, '--format', 'json'])).stdout);
    expect([json.versie, json.vergeleken_als]).toEqual([2, 'klanten']);
    const cell = (b: string, p: number | null) => json.cellen.find((c: Cell) => c.leeftijdsgroep === b && c.profiel === p);
    // 55+ lost O14 (4) and O13 went 4 → 2: profile 4 from 6 to 4 dossiers, profile 2 from 5 to 6.
    expect([cell('55+', 4).aantal_vorig, cell('55+', 4).aantal, cell('55+', 2).aantal_vorig, cell('55+', 2).aantal]).toEqual([6, 4, 5, 6]);
    expect(cell('55+', 4).afgerond_vorig).toBe(78);
    // All ages: profile 3 lost J05 (left), M10 (rules: onbepaald) and M04 (analyst: 1).
    expect([cell('totaal', 3).aantal_vorig, cell('totaal', 3).aantal]).toEqual([25, 22]);
    for (const c of json.cellen as Cell[]) {
      if (c.verschil === null) continue;
      expect(c.verschil).toBeCloseTo(c.schatting! - c.schatting_vorig!, 9);
      // MOVER (Zou & Donner 2008): d ∓ √(distance of each month's estimate to the bounds that can meet).
      const [lo0, hi0] = c.interval95_vorig!;
      const [lo1, hi1] = c.interval95!;
      const d = c.verschil;
      expect(c.verschil_interval95![0]).toBeCloseTo(d - Math.sqrt((c.schatting! - lo1) ** 2 + (hi0 - c.schatting_vorig!) ** 2), 9);
      expect(c.verschil_interval95![1]).toBeCloseTo(d + Math.sqrt((hi1 - c.schatting!) ** 2 + (c.schatting_vorig! - lo0) ** 2), 9);
      expect(c.verschil_groter_dan_onzekerheid).toBe(c.verschil_interval95![0] > 0 || c.verschil_interval95![1] < 0);
      expect(c).not.toHaveProperty('buiten_vorig_interval');
    }
  });

  it('splits every difference into its causes, which add up to it', async () => {
    const json = JSON.parse((await run(['recount', november, '--vorige', vorige, '--format', 'json'])).stdout);
    const previous = JSON.parse(readFileSync(vorige, 'utf8'));
    const cell = (b: string, p: number | null) => (json.cellen as Cell[]).find((c) => c.leeftijdsgroep === b && c.profiel === p)!;
    for (const c of json.cellen as Cell[]) {
      if (c.verschil === null) continue;
      const parts = c.uitsplitsing!;
      expect(Object.keys(parts)).toEqual(['populatie', 'nieuw', 'vervallen', 'ander_stratum', 'gewijzigd_analist', 'gewijzigd_regels']);
      expect(Object.values(parts).reduce((t, x) => t + x, 0)).toBeCloseTo(c.verschil, 9);
      expect([parts.populatie, parts.ander_stratum]).toEqual([0, 0]); // same population, strata as drawn
    }
    // 27-55 lost and gained no dossier, so its weights N_h/n_h stayed: M04 (analyst, 3 → 1) and M10
    // (rules, 3 → onbepaald) each move their stratum's weight.
    const weight = (id: string) => {
      const d = previous.dossiers.find((x: { dossier_id: string }) => x.dossier_id === id);
      const s = previous.populatie.strata.find((x: Stratum) => x.leeftijdsgroep === d.leeftijdsgroep && x.uitkeringsduur === d.uitkeringsduur);
      return s.aantal / s.steekproef;
    };
    expect(cell('27-55', 3).uitsplitsing).toEqual({ populatie: 0, nieuw: 0, vervallen: 0, ander_stratum: 0, gewijzigd_analist: expect.closeTo(-weight('M04'), 9), gewijzigd_regels: expect.closeTo(-weight('M10'), 9) });
    expect(cell('27-55', 1).uitsplitsing!.gewijzigd_analist).toBeCloseTo(weight('M04'), 9);
    expect(cell('27-55', null).uitsplitsing!.gewijzigd_regels).toBeCloseTo(weight('M10'), 9);
    // In <27 the new N01 (profile 1) and J05 that left (profile 3) change the weights of the whole band.
    expect(cell('<27', 1).uitsplitsing!.nieuw).toBeGreaterThan(0);
    expect(cell('<27', 3).uitsplitsing!.vervallen).toBeLessThan(0);
  });

  it('shows the 5 profiles an analyst changed in a month, and nothing else, in the split', async () => {
    const changed = new Map([['J01', '3'], ['M01', '4'], ['M20', '2'], ['O01', '1'], ['O10', '3']]);
    const december = month('december.csv', (r) => (changed.has(r.dossier_id!) ? { ...r, profiel_analist: changed.get(r.dossier_id!)! } : r));
    const json = JSON.parse((await run(['recount', december, '--vorige', vorige, '--format', 'json'])).stdout);
    const previous = JSON.parse(readFileSync(vorige, 'utf8'));
    expect(json.gewijzigd.map((g: { dossier_id: string; door: string }) => [g.dossier_id, g.door])).toEqual([...changed.keys()].filter((id) => previous.dossiers.find((d: { dossier_id: string; profiel: number }) => d.dossier_id === id).profiel !== Number(changed.get(id))).map((id) => [id, 'analist']));
    for (const c of json.cellen as Cell[]) {
      const { gewijzigd_analist, ...rest } = c.uitsplitsing!;
      expect(Object.values(rest).every((x) => x === 0), `${c.leeftijdsgroep}/${c.profiel}`).toBe(true);
      expect(gewijzigd_analist).toBeCloseTo(c.verschil!, 9);
    }
    expect(json.gewijzigd.length).toBe(5);
  });

  it('compares shares of the band when the population changed (606 → 1342), and flags nothing the shares do not', async () => {
    const pop = file('populatie-1342.csv');
    const sizes: Record<string, number[]> = { '<27': [60, 60, 4], '27-55': [160, 400, 296], '55+': [80, 140, 142] };
    writeFileSync(pop, `leeftijdsgroep,uitkeringsduur,aantal\n${Object.entries(sizes).flatMap(([b, ns]) => ['<1', '1-5', '>5'].map((u, i) => `${b},${u},${ns[i]}`)).join('\n')}\n`);
    const r = await run(['recount', october, '--vorige', vorige, '--populatie', pop, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.vergeleken_als).toBe('aandeel');
    expect(json.meldingen).toContain('De populatie is veranderd (606 → 1342 klanten): daarom zijn de aandelen binnen elke leeftijdsgroep vergeleken, niet de aantallen klanten.');
    const now = JSON.parse((await run(['classify', october, '--populatie', pop, '--format', 'json'])).stdout);
    const band = { '<27': 124, '27-55': 856, '55+': 362, totaal: 1342 } as Record<string, number>;
    for (const c of json.cellen as Cell[]) {
      const e = now.extrapolatie.find((x: Cell) => x.leeftijdsgroep === c.leeftijdsgroep && x.profiel === c.profiel);
      expect(c.aandeel).toBeCloseTo(e.schatting / band[c.leeftijdsgroep]!, 12);
      expect(c.verschil).toBeCloseTo(c.aandeel! - c.aandeel_vorig!, 12);
      // Only the population moved: the split is all population.
      expect(c.uitsplitsing!.populatie).toBeCloseTo(c.verschil!, 12);
      expect(c.verschil_groter_dan_onzekerheid).toBe(c.verschil_interval95![0] > 0 || c.verschil_interval95![1] < 0);
    }
    // The same dossiers in another population: no share moved beyond its uncertainty.
    expect((json.cellen as Cell[]).filter((c) => c.verschil_groter_dan_onzekerheid)).toEqual([]);
    const table = (await run(['recount', october, '--vorige', vorige, '--populatie', pop])).stdout;
    expect(table).toContain('aandeel van de leeftijdsgroep (de populatie is veranderd)');
  });

  it('says in Dutch tables what changed', async () => {
    const r = await run(['recount', november, '--vorige', vorige]);
    expect(r.stdout).toContain('Gewijzigd profiel (3)');
    expect(r.stdout).toMatch(/M10\s+│ 3\s+│ onbepaald\s+│ de beslisregels \(R3 → geen\)/);
    expect(r.stdout).toMatch(/Vervallen \(2\)/);
  });

  it('compares the figures only when last month has no dossier list, and says so', async () => {
    const zonder = file('telling-zonder-dossiers.json');
    (await run(['classify', october, '--format', 'json', '--stil', '--uitvoer', zonder]));
    const json = JSON.parse((await run(['recount', november, '--vorige', zonder, '--format', 'json'])).stdout);
    expect([json.dossiers_vergeleken, json.nieuw, json.gewijzigd]).toEqual([false, [], []]);
    expect(json.meldingen).toContain('De vorige telling heeft geen dossierlijst (maak haar met classify --dossiers --format json): alleen de aantallen en schattingen zijn vergeleken, niet de dossiers, en het verschil is niet uit te splitsen.');
    expect(json.cellen.every((c: Cell) => c.uitsplitsing === null && typeof c.verschil_groter_dan_onzekerheid === 'boolean')).toBe(true);
  });

  it('reads a count of an earlier version 1 that lacks the later additions', async () => {
    const full = JSON.parse(readFileSync(vorige, 'utf8'));
    const old = {
      versie: 1, invoer: full.invoer, regels: { naam: 'standaard', alleen_regels: false }, populatie: { naam: full.populatie.naam, totaal: 606, strata: [] },
      steekproef: full.steekproef, twijfel: [], waarschuwingen: [], bandbreedte: full.bandbreedte,
      extrapolatie: full.extrapolatie.filter((e: { leeftijdsgroep: string }) => e.leeftijdsgroep !== 'totaal').map((e: Record<string, unknown>) => ({ leeftijdsgroep: e.leeftijdsgroep, profiel: e.profiel, schatting: e.schatting, afgerond: e.afgerond, standaardfout: e.standaardfout, interval95: e.interval95, methode: 'korn-graubard' })),
      dossiers: full.dossiers.map((d: Record<string, unknown>) => ({ dossier_id: d.dossier_id, leeftijdsgroep: d.leeftijdsgroep, uitkeringsduur: d.uitkeringsduur, profiel: d.profiel, profiel_regels: d.profiel_regels, regel: d.regel, profiel_analist: d.profiel_analist, twijfel: [], prioriteit: [] })),
    };
    writeFileSync(file('oud.json'), JSON.stringify(old));
    const r = await run(['recount', november, '--vorige', file('oud.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).gewijzigd).toHaveLength(3);
  });

  it.each([
    ['a damaged file', '{"versie": 1, "invoer": ', 1, 'geen geldige JSON op regel 1, kolom 25'],
    ['another version', JSON.stringify({ versie: 2 }), 1, 'versie 2: deze profiel leest versie 1'],
    ['not a count at all', JSON.stringify({ naam: 'standaard', regels: [] }), 1, 'er staat geen "versie" in'],
    ['a number where an estimate should be', null, 1, 'extrapolatie[0].schatting: verwacht een getal'],
  ] as const)('refuses %s with a Dutch message, exit 1', async (_name, text, code, message) => {
    const damaged = file(`kapot-${code}-${message.length}.json`);
    if (text === null) {
      const json = JSON.parse(readFileSync(vorige, 'utf8'));
      json.extrapolatie[0].schatting = '21,6';
      writeFileSync(damaged, JSON.stringify(json));
    } else writeFileSync(damaged, text);
    const out = file(`uit-${code}-${message.length}.json`);
    const r = await run(['recount', november, '--vorige', damaged, '--format', 'json', '--uitvoer', out]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`fout: de vorige telling ${damaged} is niet te gebruiken:`);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('treats a missing --vorige as wrong usage', async () => {
    expect(await run(['recount', november])).toMatchObject({ code: 2, stderr: expect.stringContaining('fout: optie --vorige is verplicht') });
    expect(await run(['recount', november, '--vorige', file('bestaat-niet.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('bestand niet gevonden') });
    expect(await run(['recount', SAMPLE, '--vorige', vorige, '--uitvoer', vorige])).toMatchObject({ code: 2, stderr: expect.stringContaining('is hetzelfde bestand als de invoer') });
  });

  it('never cuts a dossier id in a terminal table, however long', async () => {
    // Two ids that share their first 24 characters: a cut one would print the same.
    const ids = ['HLM-2026-11-000000000000000000000001', 'HLM-2026-11-000000000000000000000002'];
    const row = sampleRows()[1]!;
    const longIds = month('lange-ids.csv', (r) => r, ids.map((id) => ({ ...Object.fromEntries(sampleRows()[0]!.map((h, i) => [h, row[i]!])), dossier_id: id })));
    const recounted = (await run(['recount', longIds, '--vorige', vorige])).stdout;
    const classified = (await run(['classify', longIds, '--dossiers'])).stdout;
    const pilot = (await run(['selecteer', longIds, '--aantal', '56', '--ook-profiel-4', '--zaad', '1'])).stdout;
    for (const text of [recounted, classified, pilot]) for (const id of ids) expect(text).toContain(id);
  });

  it('gives the report a section on the change, with the figures of recount and no dossier id', async () => {
    const json = JSON.parse((await run(['recount', november, '--vorige', vorige, '--format', 'json'])).stdout);
    const r = await run(['report', november, '--vorige', vorige, '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## 5. Verandering sinds de vorige telling'), r.stdout.indexOf('## Bijlage 1.'));
    expect(section).toMatch(/^## 5\. Verandering/);
    const rows = table(markdownTables(section), 'Vorige telling en nu per leeftijdsgroep en klantprofiel (klanten), met 95%-interval').slice(1);
    expect(rows).toHaveLength(json.cellen.length);
    const signed = (x: number) => (Math.round(x) === 0 ? '0' : `${x > 0 ? '+' : '−'}${Math.abs(Math.round(x))}`);
    (json.cellen as Cell[]).forEach((c, i) => {
      const [lo, hi] = c.verschil_interval95!.map(signed);
      expect(rows[i]![4], `${c.leeftijdsgroep}/${c.profiel}`).toBe(`${signed(c.verschil!)} (${lo} tot ${hi})`);
      expect(rows[i]![5]).toBe(c.verschil_groter_dan_onzekerheid ? 'ja' : 'nee');
    });
    expect(section).toContain('Dossiers: 1 nieuw, 2 vervallen, 3 met een ander profiel (2 door de analist, 1 door de beslisregels).');
    for (const id of ['N01', 'J05', 'O14', 'M04', 'M10', 'O13']) expect(section).not.toContain(id);
  });
});
