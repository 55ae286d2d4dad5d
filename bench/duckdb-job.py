# The same job in SQL, for comparison in npm run bench (bench/run.mjs runs it when Python's duckdb
# is there: pip install duckdb): read the export, give each dossier its profile — the analyst's,
# else the standard rules as one CASE expression (SQL's NULL is the rules' "unknown": a rule holds
# only when its condition is true) — and estimate, per band and profile, the stratified total and
# its standard error with the population file's N_h (as classify's point estimates and variances).
#   python3 bench/duckdb-job.py bench/out/dossiers-300000.csv bench/out/populatie-300000.csv
# Not named duckdb.py: Python would import this file as the duckdb module.
import sys
import duckdb

export, population = sys.argv[1], sys.argv[2]
has = lambda column, *values: "(" + " OR ".join(f"list_contains(string_split({column}, '|'), '{v}')" for v in values) + ")"
professional = "len(list_filter(string_split(professioneel_netwerk, '|'), x -> x NOT IN ('geen', 'huisarts'))) > 0"
rules = f"""
  CASE
    WHEN activering_mogelijk = 'nee' THEN 4
    WHEN {has('klantwens', 'werk')} AND investeringsbereid = 'ja' AND ({professional} OR hulp_bereid = 'ja') THEN 1
    WHEN problematiek_hanteerbaar = 'ja' AND zelfredzaamheid <> 'onvoldoende'
         AND ({has('daginvulling', 'vrijwilligerswerk', 'mantelzorg')} OR {has('in_staat_tot', 'vrijwilligerswerk', 'maatschappelijk_nuttige_taken')}) THEN 2
    WHEN (zelfredzaamheid IN ('beperkt', 'onvoldoende') OR problematiek_hanteerbaar = 'nee')
         AND ({has('daginvulling', 'dagbesteding', 'behandeling')} OR {has('in_staat_tot', 'dagbesteding')}) THEN 3
  END"""
con = duckdb.connect()
rows = con.execute(f"""
WITH d AS (
  SELECT stratum_leeftijdsgroep AS band, stratum_uitkeringsduur AS duur,
         coalesce(CAST(profiel_analist AS INTEGER), {rules}) AS profiel
  FROM read_csv('{export}', header = true, all_varchar = true, nullstr = ['', 'onbekend', '?', 'n.b.'])
),
p AS (SELECT leeftijdsgroep AS band, uitkeringsduur AS duur, CAST(aantal AS DOUBLE) AS N FROM read_csv('{population}', header = true)),
aantallen AS (SELECT band, duur, profiel, count(*) AS c FROM d GROUP BY ALL),
strata AS (SELECT band, duur, sum(c) AS n FROM aantallen GROUP BY ALL),
profielen AS (SELECT DISTINCT profiel FROM aantallen),
cellen AS (
  SELECT s.band, s.duur, s.n, p.N, k.profiel, coalesce(a.c, 0) / s.n AS aandeel
  FROM strata s JOIN p USING (band, duur) CROSS JOIN profielen k
  LEFT JOIN aantallen a ON a.band = s.band AND a.duur = s.duur AND a.profiel IS NOT DISTINCT FROM k.profiel
)
SELECT band, profiel, sum(N * aandeel) AS schatting,
       sqrt(sum(CASE WHEN n > 1 THEN N * N * (1 - n / N) * (n / (n - 1.0)) * aandeel * (1 - aandeel) / n ELSE 0 END)) AS standaardfout
FROM cellen GROUP BY ALL ORDER BY band, profiel
""").fetchall()
print(len(rows), "cellen (leeftijdsgroep × profiel)")
