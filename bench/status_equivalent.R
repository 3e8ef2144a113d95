# What `swc status` shows at its core, in R: each county's and the city's 水土保持率 in the latest year
# every county reported, from monitoring.csv. A reference for start-up and reading time (bench/startup.sh).
# Usage: Rscript bench/status_equivalent.R MONITORING_CSV
args <- commandArgs(trailingOnly = TRUE)
m <- read.csv(args[1], fileEncoding = "UTF-8")
classes <- grep("^erosion_.*_km2$", names(m), value = TRUE)
m$erosion <- rowSums(m[, classes], na.rm = TRUE)
latest <- max(Reduce(intersect, split(m$year, m$code)))
y <- m[m$year == latest, ]
y$rate <- round(100 * (1 - y$erosion / y$land_area_km2), 2)
city <- data.frame(code = "city", rate = round(100 * (1 - sum(y$erosion) / sum(y$land_area_km2)), 2))
print(rbind(y[, c("code", "rate")], city), row.names = FALSE)
