# The same job in R survey, for comparison in npm run bench (bench/run.mjs runs it when Rscript and
# the survey package are there; Debian: apt-get install r-cran-survey): read the export, set up the
# stratified design with the population file's N_h, and estimate the total per profile and band.
#   Rscript bench/survey.R bench/out/dossiers-300000.csv bench/out/populatie-300000.csv
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
p <- read.csv(args[2], stringsAsFactors = FALSE)
N <- setNames(p$aantal, paste(p$leeftijdsgroep, p$uitkeringsduur, sep = "|"))
d$stratum <- paste(d$stratum_leeftijdsgroep, d$stratum_uitkeringsduur, sep = "|")
d$fpc <- N[d$stratum]
d$profiel <- factor(ifelse(is.na(d$profiel_analist), "onbepaald", d$profiel_analist))
options(survey.lonely.psu = "remove")
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~fpc, data = d)
totals <- svyby(~profiel, ~stratum_leeftijdsgroep, des, svytotal)
cat(nrow(d), "dossiers;", ncol(totals), "kolommen in svyby\n")
