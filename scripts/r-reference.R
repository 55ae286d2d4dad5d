# Reference values for tests/estimate (--interval survey): R survey 4.1 on data-samples/dossiers-2018.csv,
# per leeftijdsgroep and for all ages together ("totaal").
# Run from the repository root: Rscript scripts/r-reference.R  (Debian: apt-get install r-cran-survey)
suppressMessages(library(survey))
d <- read.csv("data-samples/dossiers-2018.csv", stringsAsFactors=FALSE)
d$band <- ifelse(d$leeftijd < 27, "<27", ifelse(d$leeftijd < 55, "27-55", "55+"))
N <- c("<27|<1"=27,"<27|1-5"=27,"<27|>5"=2,"27-55|<1"=67,"27-55|1-5"=171,"27-55|>5"=128,"55+|<1"=36,"55+|1-5"=66,"55+|>5"=82)
d$stratum <- paste(d$band, d$stratum_uitkeringsduur, sep="|")
d$fpc <- N[d$stratum]
options(survey.lonely.psu="remove")
des <- svydesign(ids=~1, strata=~stratum, fpc=~fpc, data=d)
report <- function(label, k, sub, Nb) {
  sub <- update(sub, y = as.numeric(profiel_analist==k))
  t <- svytotal(~y, sub)
  ci <- tryCatch(svyciprop(~y, sub, method="beta"), error=function(e) NA)
  cat(label, k, format(coef(t), digits=7), format(SE(t), digits=6), format(attr(ci,"ci")*Nb, digits=6), "\n")
}
for (b in c("<27","27-55","55+")) for (k in 1:4) {
  Nb <- sum(N[grep(paste0("^", gsub("\\+","\\\\+",b), "\\|"), names(N))])
  report(b, k, subset(des, band==b), Nb)
}
for (k in 1:4) report("totaal", k, des, sum(N))

# Cohen's kappa, rules × analyst on the sample (tests/estimate/agreement.test.ts): the cross table
# `profiel classify data-samples/dossiers-2018.csv --format json` reports as overeenstemming.kruistabel
# (rows: rules 1, 2, 3, 4, onbepaald; columns: analyst 1, 2, 3, 4, onbepaald). Needs r-cran-psych.
if (requireNamespace("psych", quietly=TRUE)) {
  x <- matrix(c(8,1,2,0,0, 0,8,0,0,0, 0,0,17,1,0, 0,0,0,5,0, 2,2,6,4,0), nrow=5, byrow=TRUE)
  k <- psych::cohen.kappa(x)
  cat("kappa", format(k$kappa, digits=10), format(k$confid[1, c(1, 3)], digits=10), "\n")
}
