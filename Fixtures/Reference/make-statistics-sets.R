# Writes the seeded data sets set-d.csv and set-e.csv that statistics.R reads.
# Run from anywhere: Rscript Fixtures/Reference/make-statistics-sets.R
# Needs base R only. The files are committed; re-running with R 4.2 writes the same bytes.
#
# Columns: respondent, network, perspective, wave, then items. An item's element is the letter
# before its number (a1 belongs to element a). An empty cell is unanswered, "dk" is don't know.
# The reverse-keyed items are listed in statistics.R (they are stored as min + max - value).

args <- commandArgs(FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))

# Cuts a standard-normal-ish latent response into `points` ordered categories.
categorise <- function(latent, points) {
  cuts <- qnorm(seq_len(points - 1) / points) * 1.3
  findInterval(latent, cuts) + 1
}

# Blanks cells at random: `unanswered` share empty, `dontKnow` share "dk".
blank <- function(values, unanswered, dontKnow) {
  cells <- as.character(values)
  u <- runif(length(cells))
  cells[u < unanswered] <- ""
  cells[u >= unanswered & u < unanswered + dontKnow] <- "dk"
  cells
}

# Set d: five unequal networks, three waves whose perspective mix shifts, a 5-point scale,
# element a (six items, a2 and a5 reverse-keyed) and element b (four items, b1 reverse-keyed,
# b3 stored reversed but not declared so: a coding error the reverse-key check must find).
set.seed(20250301)
sizes <- c(Noord = 90, Oost = 70, Zuid = 45, West = 25, Midden = 10)
network <- rep(names(sizes), sizes)
n <- length(network)
shift <- c(Noord = 0.5, Oost = -0.3, Zuid = 0.1, West = -0.7, Midden = 0.9)
waves <- c("2024-najaar", "2025-voorjaar", "2025-najaar")
wave <- sample(waves, n, replace = TRUE, prob = c(0.3, 0.35, 0.35))
perspectives <- c("praktijk", "beleid", "onderzoek", "gezinnen")
early <- c(0.5, 0.2, 0.1, 0.2)
late <- c(0.25, 0.45, 0.1, 0.2)
perspective <- vapply(wave, function(w) {
  sample(perspectives, 1, prob = if (w == "2025-najaar") late else early)
}, "")
theta <- shift[network] + c(0, 0.15, 0.35)[match(wave, waves)] + rnorm(n)
loadingsA <- c(0.8, 0.7, 0.65, 0.55, 0.75, 0.45)
loadingsB <- c(0.7, 0.6, 0.7, 0.5)
item <- function(latent, loading, points) {
  categorise(loading * latent / sd(latent) + sqrt(1 - loading^2) * rnorm(length(latent)), points)
}
a <- sapply(loadingsA, function(l) item(theta, l, 5))
thetaB <- 0.6 * theta + rnorm(n, sd = 0.8)
b <- sapply(loadingsB, function(l) item(thetaB, l, 5))
a[, c(2, 5)] <- 6 - a[, c(2, 5)]
b[, c(1, 3)] <- 6 - b[, c(1, 3)]
cells <- cbind(a, b)
sparse <- runif(n) < 0.05
out <- data.frame(
  respondent = sprintf("d%03d", seq_len(n)), network = network, perspective = perspective, wave = wave
)
for (j in seq_len(ncol(cells))) {
  column <- blank(cells[, j], 0.06, 0.03)
  column[sparse & runif(n) < 0.7] <- ""
  out[[c(paste0("a", 1:6), paste0("b", 1:4))[j]]] <- column
}
write.csv(out, file.path(here, "set-d.csv"), row.names = FALSE, quote = FALSE)

# Set e: a 7-point scale, element c with four items (c4 reverse-keyed), heavy missingness in
# the large networks, a network of four who all answer the top of the scale, and a network of
# one respondent; waves named "meting 1" to "meting 3".
set.seed(20250302)
sizes <- c(Alfa = 31, Beta = 9, Gamma = 4, Delta = 1)
network <- rep(names(sizes), sizes)
n <- length(network)
theta <- c(Alfa = 0.3, Beta = -0.5, Gamma = 0, Delta = 0)[network] + rnorm(n)
c4 <- sapply(c(0.75, 0.6, 0.7, 0.55), function(l) item(theta, l, 7))
c4[network == "Gamma", ] <- 7
c4[, 4] <- 8 - c4[, 4]
out <- data.frame(
  respondent = sprintf("e%03d", seq_len(n)), network = network,
  perspective = sample(c("praktijk", "beleid", "gezinnen"), n, replace = TRUE),
  wave = sample(paste("meting", 1:3), n, replace = TRUE)
)
for (j in 1:4) {
  column <- as.character(c4[, j])
  heavy <- network %in% c("Alfa", "Beta")
  column[heavy] <- blank(c4[heavy, j], 0.12, 0.04)
  out[[paste0("c", j)]] <- column
}
write.csv(out, file.path(here, "set-e.csv"), row.names = FALSE, quote = FALSE)
