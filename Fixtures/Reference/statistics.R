# Reference values for the statistics building blocks (Tests/LISOTests/Scoring/Statistics).
# Run from anywhere:
#   Rscript Fixtures/Reference/statistics.R > Fixtures/Reference/statistics-output.txt
# Needs R 4 with psych and multilevel (Debian: r-base-core, r-cran-psych, r-cran-multilevel).
# The seeded data sets set-d.csv and set-e.csv are written by make-statistics-sets.R.
#
# Every output line is `path<TAB>values`: the path names the data set, element, group and figure
# (`d/a/network=Noord/awg`), the values are printed with 17 significant digits, NA when R gives
# no value. Data sets: `example` is Fixtures/Exports/example-leernetwerken.csv scored with the
# built-in full form (full-form-items.csv lists its items, elements and reverse keys); `d` and
# `e` are the seeded sets. Scoring as in reference.R: reverse keys min + max - value, an element
# score is the mean of the answered items when at least half of them are answered.
suppressMessages({
  library(psych)
  library(multilevel)
})

args <- commandArgs(FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
root <- dirname(dirname(here))
out <- function(path, x) {
  x <- as.numeric(x)
  text <- ifelse(is.na(x), "NA", sprintf("%.17g", x))
  cat(path, "\t", paste(text, collapse = " "), "\n", sep = "")
}

# ---- Data sets -------------------------------------------------------------------------------

# A data set: background fields, keyed item values (NA when missing), the items per element,
# the scale's lowest and highest value, and which rows are respondents.
seeded_set <- function(file, reverse, low, high) {
  data <- read.csv(file.path(here, file), colClasses = "character", check.names = FALSE)
  cells <- data[, -(1:4)]
  items <- as.data.frame(lapply(cells, function(x) as.numeric(ifelse(x %in% c("", "dk"), NA, x))))
  items[, reverse] <- low + high - items[, reverse]
  list(
    fields = data[, 1:4], items = items, low = low, high = high,
    elements = split(names(items), sub("[0-9]+$", "", names(items))),
    respondent = apply(cells, 1, function(r) any(r != ""))
  )
}

example_set <- function() {
  data <- read.csv(file.path(root, "Fixtures/Exports/example-leernetwerken.csv"),
    colClasses = "character", check.names = FALSE, encoding = "UTF-8")
  map <- read.csv(file.path(here, "full-form-items.csv"), colClasses = "character")
  labels <- c("Helemaal mee oneens" = 1, "Mee oneens" = 2, "Neutraal" = 3, "Mee eens" = 4,
    "Helemaal mee eens" = 5, "1" = 1, "2" = 2, "3" = 3, "4" = 4, "5" = 5)
  cells <- data[, map$item]
  items <- as.data.frame(lapply(cells, function(x) unname(labels[x])), check.names = FALSE)
  reverse <- map$item[map$reverse == "true"]
  items[, reverse] <- 6 - items[, reverse]
  perspectives <- c(Beleid = "policy", Onderwijs = "education", Praktijk = "practice",
    Onderzoek = "research", Gezinnen = "families")
  fields <- data[, c("respondent", "network", "perspective", "wave")]
  fields$perspective <- ifelse(fields$perspective == "", "", perspectives[fields$perspective])
  list(
    fields = fields, items = items, low = 1, high = 5,
    elements = split(map$item, factor(map$element, levels = unique(map$element))),
    respondent = apply(cells, 1, function(r) any(r != ""))
  )
}

# ---- Figures ---------------------------------------------------------------------------------

element_scores <- function(x) {
  k <- ncol(x)
  apply(x, 1, function(r) {
    answered <- sum(!is.na(r))
    if (answered > 0 && answered >= k / 2) mean(r, na.rm = TRUE) else NA
  })
}

# One-factor minimum-residual omega total: principal axes iterated to the exact fixed point
# (psych's fm = "minres" stops about 1e-5 short of it), w = (sum l)^2 / ((sum l)^2 + sum(1 - h2)).
omega_total <- function(complete, path) {
  r <- cor(complete)
  f <- fa(r, nfactors = 1, n.obs = nrow(complete), fm = "pa", min.err = 1e-15, max.iter = 100000,
    warnings = FALSE)
  iterations <- length(f$communality.iterations)
  l <- f$loadings[, 1]
  if (sum(l) < 0) l <- -l
  h2 <- l^2
  omega <- sum(l)^2 / (sum(l)^2 + sum(1 - h2))
  m <- suppressWarnings(fa(r, nfactors = 1, n.obs = nrow(complete), fm = "minres", warnings = FALSE))
  lm <- m$loadings[, 1] * sign(sum(m$loadings[, 1]))
  out(paste0(path, "omega.iterations"), iterations)
  out(paste0(path, "omega.loadings"), l)
  out(paste0(path, "omega.maxCommunality"), max(h2))
  out(paste0(path, "omega"), if (max(h2) >= 0.99 || iterations >= 100000) NA else omega)
  out(paste0(path, "omega.minres"), sum(lm)^2 / (sum(lm)^2 + sum(1 - lm^2)))
}

reliability <- function(x, path) {
  complete <- na.omit(x)
  n <- nrow(complete)
  k <- ncol(x)
  out(paste0(path, "alphaN"), n)
  if (n < 3 || k < 2 || var(rowSums(complete)) == 0) {
    out(paste0(path, "alpha"), NA)
    return(invisible())
  }
  # psych smooths tiny groups' correlations for its other figures; raw_alpha uses the covariances.
  a <- suppressWarnings(suppressMessages(psych::alpha(complete, check.keys = FALSE, warnings = FALSE)))
  ci <- psych::alpha.ci(a$total$raw_alpha, n.obs = n, n.var = k)
  out(paste0(path, "alpha"), a$total$raw_alpha)
  out(paste0(path, "alpha.ci95"), c(ci$lower.ci, ci$upper.ci))
  out(paste0(path, "r.drop"), a$item.stats$r.drop)
  out(paste0(path, "negativeItemRest"), which(a$item.stats$r.drop < 0))
  if (k >= 3 && n >= 30) omega_total(complete, path) else out(paste0(path, "omega"), NA)
}

# Agreement within one group: AD_M and a_wg per item over that item's answers (what item
# histograms give), averaged over items; a_wg and rwg(j) as multilevel computes them with
# several items (listwise: only respondents who answered every item).
agreement <- function(x, low, high, path) {
  one <- rep("g", nrow(x))
  counts <- colSums(!is.na(x))
  ad <- sapply(seq_len(ncol(x)), function(j) ad.m(x[, j], one, type = "mean")$AD.M)
  aw <- sapply(seq_len(ncol(x)), function(j) awg(x[, j], one, range = c(low, high))$a.wg)
  out(paste0(path, "adm"), if (any(counts < 2)) NA else mean(ad))
  out(paste0(path, "adm.items"), ifelse(counts < 2, NA, ad))
  out(paste0(path, "awg"), if (any(counts < 2) || all(is.na(aw))) NA else mean(aw, na.rm = TRUE))
  out(paste0(path, "awg.items"), aw)
  complete <- na.omit(x)
  out(paste0(path, "listwiseN"), nrow(complete))
  if (nrow(complete) >= 1) {
    cone <- rep("g", nrow(complete))
    out(paste0(path, "awg.listwise"), awg(complete, cone, range = c(low, high))$a.wg)
    nullVariance <- ((high - low + 1)^2 - 1) / 12
    out(paste0(path, "rwg.j.listwise"), rwg.j(complete, cone, ranvar = nullVariance)$rwg.j)
  }
}

# ICC(1) and ICC(2) of element scores by one grouping, from a one-way ANOVA with unequal groups.
aggregation <- function(scores, groups, path) {
  keep <- !is.na(scores) & groups != ""
  frame <- data.frame(score = scores[keep], group = droplevels(factor(groups[keep])))
  if (nlevels(frame$group) < 2) return(invisible())
  model <- aov(score ~ group, data = frame)
  out(paste0(path, "icc"), c(ICC1(model), ICC2(model)))
  out(paste0(path, "icc.groups"), c(nlevels(frame$group), nrow(frame)))
}

# Hedges' g between two waves with the exact and the approximate small-sample correction.
hedges <- function(s1, s2, path) {
  n1 <- length(s1)
  n2 <- length(s2)
  m <- n1 + n2 - 2
  pooled <- sqrt(((n1 - 1) * var(s1) + (n2 - 1) * var(s2)) / m)
  d <- (mean(s2) - mean(s1)) / pooled
  exact <- exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2)
  approximate <- 1 - 3 / (4 * m - 1)
  out(paste0(path, "hedges"), c(n1, n2, d * exact, d * approximate))
}

# Whether the mix of perspectives differs between two waves: Pearson's chi-square test of
# homogeneity without continuity correction, and the total variation distance.
mix <- function(perspective, wave, before, after, path) {
  keep <- wave %in% c(before, after) & perspective != ""
  table <- table(factor(perspective[keep]), factor(wave[keep], levels = c(before, after)))
  table <- table[rowSums(table) > 0, , drop = FALSE]
  test <- suppressWarnings(chisq.test(table, correct = FALSE))
  shares <- sweep(table, 2, colSums(table), "/")
  out(paste0(path, "mix.counts"), c(table))
  out(paste0(path, "mix"), c(test$statistic, test$parameter, test$p.value, min(test$expected),
    sum(abs(shares[, 1] - shares[, 2])) / 2))
}

score_set <- function(name, set, groupings, waves) {
  rows <- set$respondent
  fields <- set$fields[rows, ]
  for (element in names(set$elements)) {
    x <- set$items[rows, set$elements[[element]], drop = FALSE]
    base <- paste0(name, "/", element, "/")
    reliability(x, paste0(base, "all/"))
    for (value in sort(unique(fields$network[fields$network != ""]))) {
      path <- paste0(base, "network=", value, "/")
      group <- x[fields$network == value, , drop = FALSE]
      reliability(group, path)
      agreement(group, set$low, set$high, path)
    }
    scores <- element_scores(x)
    for (dimension in groupings) aggregation(scores, fields[[dimension]], paste0(base, dimension, "/"))
    for (i in seq_len(length(waves) - 1)) {
      s1 <- scores[fields$wave == waves[i] & !is.na(scores)]
      s2 <- scores[fields$wave == waves[i + 1] & !is.na(scores)]
      hedges(s1, s2, paste0(base, "wave=", waves[i], ">", waves[i + 1], "/"))
    }
  }
  for (i in seq_len(length(waves) - 1)) {
    mix(fields$perspective, fields$wave, waves[i], waves[i + 1],
      paste0(name, "/wave=", waves[i], ">", waves[i + 1], "/"))
  }
}

cat("# R ", R.version$major, ".", R.version$minor, ", psych ", format(packageVersion("psych")),
  ", multilevel ", format(packageVersion("multilevel")), "\n", sep = "")
score_set("example", example_set(), c("network", "perspective", "wave"),
  c("2025-voorjaar", "2025-najaar"))
score_set("d", seeded_set("set-d.csv", c("a2", "a5", "b1"), 1, 5), c("network", "perspective", "wave"),
  c("2024-najaar", "2025-voorjaar", "2025-najaar"))
score_set("e", seeded_set("set-e.csv", c("c4"), 1, 7), c("network", "perspective", "wave"),
  c("meting 1", "meting 2", "meting 3"))

# ---- Distribution functions ------------------------------------------------------------------

# F quantiles. R's qf is not exact everywhere: for df2 > 4e5 it returns qchisq(p, df1) / df1,
# and in far lower tails with small shapes its qbeta is off by up to 1e-4 relative. So `qf/...`
# is qf polished by Newton steps on pf (TOMS 708, accurate to ~1e-14) and its density until
# the step is below 1e-15 relative; `qf.raw/...` is qf itself.
exact_qf <- function(p, d1, d2) {
  q <- qf(p, d1, d2)
  for (i in 1:50) {
    gap <- if (p <= 0.5) pf(q, d1, d2) - p else (1 - p) - pf(q, d1, d2, lower.tail = FALSE)
    step <- gap / df(q, d1, d2)
    q <- q - step
    if (abs(step) <= 1e-15 * q) break
  }
  q
}
for (df in list(c(1, 1), c(2, 3), c(4, 12), c(9, 36), c(29, 116), c(81, 324), c(0.7, 2.5),
  c(99.5, 12.25), c(1000, 4000), c(3, 1e7), c(1e5, 4e5))) {
  for (p in c(0.025, 0.975, 0.5, 1e-4, 0.9999)) {
    out(paste0("qf/", p, "/", df[1], "/", df[2]), exact_qf(p, df[1], df[2]))
    out(paste0("qf.raw/", p, "/", df[1], "/", df[2]), qf(p, df[1], df[2]))
  }
}
for (df in c(1, 2, 3, 4, 7.5, 10, 30, 100, 1000)) {
  for (x in c(0.001, 0.5, 1, 3.84, 10, 50, 300)) {
    out(paste0("pchisq/", x, "/", df), pchisq(x, df, lower.tail = FALSE))
  }
}
for (m in c(2, 3, 4, 5, 8, 10, 20, 50, 100, 1000, 1e5)) {
  out(paste0("hedgesJ/", m), c(exp(lgamma(m / 2) - lgamma((m - 1) / 2)) / sqrt(m / 2), 1 - 3 / (4 * m - 1)))
}
