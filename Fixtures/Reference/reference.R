# Reference values for the scoring tests (Tests/LISOTests/Scoring/RReferenceTests.swift).
# Run from anywhere: Rscript Fixtures/Reference/reference.R > Fixtures/Reference/reference-output.txt
# Needs R with the psych package (Debian: r-base-core, r-cran-psych).
#
# Each set-*.csv has a wave column and items i1..ik on a 1-5 scale; an empty cell is unanswered
# and "dk" is "don't know" (both missing). Reverse-keyed items are scored 6 - value.
suppressMessages(library(psych))

args <- commandArgs(FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
p17 <- function(label, x) cat(label, paste(sprintf("%.17g", x), collapse = " "), "\n")

score_set <- function(name, reverse) {
  data <- read.csv(file.path(here, name), na.strings = c("", "dk"), colClasses = "character")
  items <- as.data.frame(lapply(data[, -1], as.numeric))
  items[, reverse] <- 6 - items[, reverse]
  k <- ncol(items)
  cat("==", name, "reverse", reverse, "\n")

  # Cronbach's alpha on respondents who answered every item (listwise).
  complete <- na.omit(items)
  a <- psych::alpha(complete, check.keys = FALSE, warnings = FALSE)
  p17("alphaN", nrow(complete))
  p17("raw_alpha", a$total$raw_alpha)
  p17("r.drop", a$item.stats$r.drop)
  p17("alpha.drop", a$alpha.drop$raw_alpha)

  # Element score: mean of answered items when at least half are answered.
  scores <- apply(items, 1, function(r) {
    answered <- sum(!is.na(r))
    if (answered > 0 && answered >= k / 2) mean(r, na.rm = TRUE) else NA
  })
  s <- scores[!is.na(scores)]
  p17("n", length(s))
  p17("mean", mean(s))
  p17("sd", sd(s))
  p17("ci95", t.test(s)$conf.int)

  # Waves: 2025 minus 2024, Welch interval and Hedges' g.
  s1 <- scores[data$wave == "2024" & !is.na(scores)]
  s2 <- scores[data$wave == "2025" & !is.na(scores)]
  welch <- t.test(s2, s1, var.equal = FALSE)
  n1 <- length(s1)
  n2 <- length(s2)
  pooled <- sqrt(((n1 - 1) * var(s1) + (n2 - 1) * var(s2)) / (n1 + n2 - 2))
  j <- 1 - 3 / (4 * (n1 + n2) - 9)
  p17("waves.n", c(n1, n2))
  p17("welch.difference", mean(s2) - mean(s1))
  p17("welch.df", welch$parameter)
  p17("welch.ci95", welch$conf.int)
  p17("hedges.g", (mean(s2) - mean(s1)) / pooled * j)
}

score_set("set-a.csv", c(3))
score_set("set-b.csv", c(1))
score_set("set-c.csv", c(2, 5))

cat("== t quantiles: df qt(0.975) qt(0.001) pt(-3.3)\n")
for (df in c(1, 2, 3, 4.5, 9, 29, 100, 1000, 123456.7, 1e7)) {
  p17(paste("t", df), c(qt(0.975, df), qt(0.001, df), pt(-3.3, df)))
}
