# Golden fixtures for packages/forecast from R's forecast package (Debian r-cran-forecast).
# Run from the repository root: Rscript scripts/r-fixtures/forecast.R
# Writes packages/forecast/src/fixtures/{baselines,ets,theta,croston}.json; tests read only the JSON.
suppressPackageStartupMessages({
  library(forecast)
  library(jsonlite)
})
out_dir <- "packages/forecast/src/fixtures"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
write_fixture <- function(x, name) {
  x$generator <- sprintf("scripts/r-fixtures/forecast.R, R %s, forecast %s", getRversion(), packageVersion("forecast"))
  writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, pretty = TRUE), file.path(out_dir, name))
}

set.seed(20240601)
series <- list(
  walk = list(y = round(50 + cumsum(rnorm(40)), 4), m = 1),
  trend = list(y = round(100 + 0.8 * (1:60) + rnorm(60, sd = 3), 4), m = 1),
  air = list(y = as.numeric(window(AirPassengers, end = c(1954, 12))), m = 12),
  deaths = list(y = as.numeric(USAccDeaths), m = 12),
  quarterly = list(y = round(200 + 10 * rep(c(1, -2, 3, -2), 8) + cumsum(rnorm(32, sd = 2)), 4), m = 4)
)
h <- 8
intervals <- function(fc) list(
  mean = as.numeric(fc$mean),
  lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
  lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2])
)

# --- naive, snaive, rwf(drift), meanf -------------------------------------------------------------
baselines <- lapply(names(series), function(name) {
  s <- series[[name]]
  y <- ts(s$y, frequency = s$m)
  list(
    name = name, y = s$y, m = s$m, h = h,
    naive = intervals(naive(y, h = h, level = c(80, 95))),
    snaive = intervals(snaive(y, h = h, level = c(80, 95))),
    drift = intervals(rwf(y, h = h, drift = TRUE, level = c(80, 95))),
    meanf = intervals(meanf(y, h = h, level = c(80, 95)))
  )
})
write_fixture(list(cases = baselines), "baselines.json")

# --- ets: fixed models and automatic selection ----------------------------------------------------
ets_case <- function(name, model, damped) {
  s <- series[[name]]
  y <- ts(s$y, frequency = s$m)
  fit <- if (is.null(model)) ets(y) else ets(y, model = model, damped = damped)
  fc <- forecast(fit, h = h, level = c(80, 95), PI = TRUE)
  c(list(
    name = name, y = s$y, m = s$m, h = h, requested = if (is.null(model)) "ZZZ" else model,
    damped = damped, method = fit$method, components = fit$components,
    par = as.list(fit$par), initstate = I(as.numeric(fit$states[1, ])), loglik = fit$loglik,
    aicc = fit$aicc, sigma2 = fit$sigma2
  ), intervals(fc))
}
ets_cases <- list(
  ets_case("walk", "ANN", FALSE), ets_case("trend", "AAN", FALSE), ets_case("trend", "AAN", TRUE),
  ets_case("walk", "MNN", FALSE), ets_case("deaths", "ANA", FALSE), ets_case("deaths", "AAA", FALSE),
  ets_case("air", "MNM", FALSE), ets_case("air", "MAM", TRUE), ets_case("quarterly", "AAA", TRUE),
  ets_case("walk", NULL, NULL), ets_case("trend", NULL, NULL), ets_case("air", NULL, NULL),
  ets_case("deaths", NULL, NULL), ets_case("quarterly", NULL, NULL)
)
write_fixture(list(cases = ets_cases), "ets.json")

# --- theta: forecast::thetaf and the M4 benchmark's Theta.classic ---------------------------------
# Theta.classic and SeasonalityTest copied from the M4 benchmark code (Mcompetitions/M4-methods).
SeasonalityTest <- function(input, ppy) {
  tcrit <- 1.645
  if (length(input) < 3 * ppy) return(FALSE)
  xacf <- acf(input, plot = FALSE)$acf[-1, 1, 1]
  clim <- tcrit / sqrt(length(input)) * sqrt(cumsum(c(1, 2 * xacf^2)))
  test <- abs(xacf[ppy]) > clim[ppy]
  if (is.na(test)) FALSE else test
}
theta_classic <- function(input, fh) {
  ppy <- frequency(input)
  SIout <- rep(1, fh)
  if (ppy > 1 && SeasonalityTest(input, ppy)) {
    dec <- decompose(input, type = "multiplicative")
    input <- input / dec$seasonal
    SIout <- head(rep(dec$seasonal[(length(dec$seasonal) - ppy + 1):length(dec$seasonal)], fh), fh)
  }
  n <- length(input)
  xs <- 1:n
  est <- lm(as.numeric(input) ~ xs)
  line_in <- as.numeric(predict(est))
  line_out <- as.numeric(predict(est, data.frame(xs = (n + 1):(n + fh))))
  theta_line <- 2 * as.numeric(input) - line_in
  ses_model <- ses(theta_line, h = fh)
  list(mean = (0.5 * as.numeric(ses_model$mean) + 0.5 * line_out) * SIout, alpha = as.numeric(ses_model$model$par["alpha"]))
}
theta_cases <- lapply(c("walk", "trend", "air", "deaths", "quarterly"), function(name) {
  s <- series[[name]]
  y <- ts(s$y, frequency = s$m)
  classic <- theta_classic(y, h)
  list(name = name, y = s$y, m = s$m, h = h, classic = classic$mean, classicAlpha = classic$alpha,
       thetaf = intervals(thetaf(y, h = h, level = c(80, 95))))
})
write_fixture(list(cases = theta_cases), "theta.json")

# --- croston / SBA -------------------------------------------------------------------------------
set.seed(7)
intermittent <- list(
  a = c(0, 0, 3, 0, 0, 0, 1, 0, 2, 0, 0, 5, 0, 0, 0, 0, 2, 0, 1, 0),
  b = rpois(36, 0.4) * rpois(36, 3),
  one = c(0, 0, 0, 4, 0, 0)
)
croston_cases <- lapply(names(intermittent), function(name) {
  y <- intermittent[[name]]
  list(name = name, y = y, h = 5,
       croston = as.numeric(croston(y, h = 5)$mean),
       sba = as.numeric(croston(y, h = 5)$mean) * (1 - 0.1 / 2))  # SBA: Syntetos & Boylan (2005) factor
})
write_fixture(list(cases = croston_cases), "croston.json")
cat("fixtures written to", out_dir, "\n")
