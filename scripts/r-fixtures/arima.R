# Golden fixtures for packages/forecast/src/arima and src/mstl from R's stats and forecast packages.
# Usage (from the repository root, needs r-cran-forecast and r-cran-jsonlite):
#   Rscript scripts/r-fixtures/arima.R
# Writes JSON under packages/forecast/src/arima/fixtures/ and packages/forecast/src/mstl/fixtures/.
suppressMessages({
  library(forecast)
  library(jsonlite)
})

arima_dir <- "packages/forecast/src/arima/fixtures"
mstl_dir <- "packages/forecast/src/mstl/fixtures"
dir.create(arima_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(mstl_dir, showWarnings = FALSE, recursive = TRUE)

write_json_file <- function(x, path) {
  writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, na = "null"), path)
}

# Seeded series: AirPassengers-like (trend x seasonality, logged) and an AR(2) with drift.
set.seed(42)
t <- 1:144
airlike <- ts(log(100 + 2 * t) + 0.15 * sin(2 * pi * t / 12) + cumsum(rnorm(144, 0, 0.02)), frequency = 12)
set.seed(7)
ar2 <- ts(50 + 0.3 * (1:120) + arima.sim(list(ar = c(0.6, -0.3)), n = 120, sd = 2))
lh_missing <- lh
lh_missing[c(10, 25)] <- NA

# ---- Fixed-order fits: coefficients, sigma2, loglik, AICc, forecasts with 80/95% intervals. ----
fixed_cases <- list(
  list(name = "lh_100", x = lh, order = c(1, 0, 0), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "lh_300", x = lh, order = c(3, 0, 0), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "lh_101", x = lh, order = c(1, 0, 1), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "lh_missing_100", x = lh_missing, order = c(1, 0, 0), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "wwwusage_111", x = WWWusage, order = c(1, 1, 1), seasonal = c(0, 0, 0), constant = FALSE),
  list(name = "nile_011_drift", x = Nile, order = c(0, 1, 1), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "lakehuron_200", x = LakeHuron, order = c(2, 0, 0), seasonal = c(0, 0, 0), constant = TRUE),
  list(name = "usaccdeaths_011_011", x = USAccDeaths, order = c(0, 1, 1), seasonal = c(0, 1, 1), constant = FALSE),
  list(name = "airlike_011_011", x = airlike, order = c(0, 1, 1), seasonal = c(0, 1, 1), constant = FALSE),
  list(name = "ar2_drift_201", x = ar2, order = c(2, 1, 1), seasonal = c(0, 0, 0), constant = TRUE)
)
fixed <- lapply(fixed_cases, function(case) {
  fit <- Arima(case$x, order = case$order, seasonal = case$seasonal, include.constant = case$constant)
  fc <- forecast(fit, h = 8, level = c(80, 95))
  list(
    name = case$name, x = as.numeric(case$x), period = frequency(case$x),
    order = case$order, seasonal = case$seasonal, constant = case$constant,
    model = forecast:::arima.string(fit), coef = as.list(coef(fit)),
    sigma2 = fit$sigma2, loglik = fit$loglik, aicc = fit$aicc,
    mean = as.numeric(fc$mean), lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2])
  )
})
write_json_file(fixed, file.path(arima_dir, "arima-fixed.json"))

# ---- auto.arima chosen models (defaults). ----
auto_cases <- list(
  lh = lh, LakeHuron = LakeHuron, Nile = Nile, WWWusage = WWWusage, austres = austres,
  USAccDeaths = USAccDeaths, AirPassengers = AirPassengers, airlike = airlike, ar2 = ar2
)
auto <- lapply(names(auto_cases), function(name) {
  x <- auto_cases[[name]]
  fit <- auto.arima(x)
  list(name = name, x = as.numeric(x), period = frequency(x), model = forecast:::arima.string(fit),
       arma = fit$arma, aicc = fit$aicc, mean = as.numeric(forecast(fit, h = 6)$mean))
})
write_json_file(auto, file.path(arima_dir, "auto-arima.json"))

# ---- Differencing tests. ----
tests <- lapply(names(auto_cases), function(name) {
  x <- auto_cases[[name]]
  out <- list(name = name, x = as.numeric(x), period = frequency(x), ndiffs = ndiffs(x),
              kpss = urca::ur.kpss(as.numeric(x), type = "mu", use.lag = trunc(3 * sqrt(length(x)) / 13))@teststat[1])
  if (frequency(x) > 1) {
    out$nsdiffs <- nsdiffs(x)
    out$strength <- forecast:::seas.heuristic(x)
  }
  out
})
write_json_file(tests, file.path(arima_dir, "differencing.json"))

# ---- STL and MSTL components. ----
stl_cases <- list(
  list(name = "nottem_7", x = nottem, s.window = 7, robust = FALSE),
  list(name = "nottem_periodic", x = nottem, s.window = "periodic", robust = FALSE),
  list(name = "usaccdeaths_13", x = USAccDeaths, s.window = 13, robust = FALSE),
  list(name = "nottem_7_robust", x = nottem, s.window = 7, robust = TRUE)
)
stls <- lapply(stl_cases, function(case) {
  fit <- stl(case$x, s.window = case$s.window, robust = case$robust)
  list(name = case$name, x = as.numeric(case$x), period = frequency(case$x),
       s_window = if (is.character(case$s.window)) "periodic" else case$s.window, robust = case$robust,
       seasonal = as.numeric(fit$time.series[, "seasonal"]), trend = as.numeric(fit$time.series[, "trend"]))
})
write_json_file(stls, file.path(mstl_dir, "stl.json"))

set.seed(3)
hours <- 1:(24 * 7 * 4)
hourly <- 20 + 0.01 * hours + 4 * sin(2 * pi * hours / 24) + 6 * cos(2 * pi * hours / 168) +
  2 * sin(4 * pi * hours / 168) + rnorm(length(hours), 0, 1)
hourly_msts <- msts(hourly, seasonal.periods = c(24, 168))
decomposition <- mstl(hourly_msts)
mstl_fixture <- list(
  x = as.numeric(hourly), periods = c(24, 168),
  trend = as.numeric(decomposition[, "Trend"]),
  seasonal24 = as.numeric(decomposition[, "Seasonal24"]),
  seasonal168 = as.numeric(decomposition[, "Seasonal168"]),
  remainder = as.numeric(decomposition[, "Remainder"])
)
write_json_file(mstl_fixture, file.path(mstl_dir, "mstl.json"))
cat("fixtures written\n")
