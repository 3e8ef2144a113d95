# R's forecast package on M3 yearly: ets, auto.arima, thetaf and their equal-weight mean,
# scored with the same sMAPE and MASE definitions. Used by bench/m3-backtest.sh for comparison.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
h <- 6
res <- lapply(split(d, factor(d$series_id, levels = unique(d$series_id))), function(s) {
  y <- s$value[order(as.integer(s$timestamp))]
  n <- length(y) - h
  x <- ts(y[1:n]); a <- y[(n + 1):(n + h)]
  f1 <- forecast(ets(x), h = h)$mean
  f2 <- forecast(auto.arima(x), h = h)$mean
  f3 <- thetaf(x, h = h)$mean
  f <- (f1 + f2 + f3) / 3
  scale <- mean(abs(diff(y[1:n])))
  c(smape = mean(200 * abs(a - f) / (abs(a) + abs(f))), mase = mean(abs(a - f)) / scale)
})
m <- do.call(rbind, res)
cat(sprintf("R ets+auto.arima+thetaf mean: sMAPE %.3f MASE %.3f over %d series\n",
            mean(m[, "smape"]), mean(m[, "mase"]), nrow(m)))
