// profiel recount as the monthly script runs it: last month's classify JSON against this month's export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forWork, SAMPLE, sampleRows } from '../helpers.js';
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

  it('gives per band and profile the change in sample, estimate and interval', async () => {
    const json = JSON.parse((await run(['recount', november, '--vorige', vorige, '--format', 'json'])).stdout);
    const cell = (b: string, p: number | null) => json.cellen.find((c: { leeftijdsgroep: string; profiel: number | null }) => c.leeftijdsgroep === b && c.profiel === p);
    // 55+ lost O14 (4) and O13 went 4 → 2: profile 4 from 6 to 4 dossiers, profile 2 from 5 to 6.
    expect([cell('55+', 4).aantal_vorig, cell('55+', 4).aantal, cell('55+', 2).aantal_vorig, cell('55+', 2).aantal]).toEqual([6, 4, 5, 6]);
    expect(cell('55+', 4).afgerond_vorig).toBe(78);
    expect(cell('55+', 4).interval95_vorig).toEqual([expect.any(Number), expect.any(Number)]);
    expect(typeof cell('55+', 4).buiten_vorig_interval).toBe('boolean');
    // All ages: profile 3 lost J05 (left), M10 (rules: onbepaald) and M04 (analyst: 1).
    expect([cell('totaal', 3).aantal_vorig, cell('totaal', 3).aantal]).toEqual([25, 22]);
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
    expect(json.meldingen).toContain('De vorige telling heeft geen dossierlijst (maak haar met classify --dossiers --format json): alleen de aantallen en schattingen zijn vergeleken, niet de dossiers.');
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
});
