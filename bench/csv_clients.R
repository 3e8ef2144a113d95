# Reads every CSV that swc wrote as a base-R user would, and checks the unit key.
#
# Usage: Rscript csv_clients.R MANIFEST   (best in a UTF-8 locale, e.g. LC_ALL=C.UTF-8)
#
# MANIFEST is tab-separated, one file a line: label, path, encoding (utf-8, utf-8-bom or gbk).
# For each file: read.csv(..., fileEncoding = "UTF-8" / "UTF-8-BOM" / "GB18030") reads it
# without error or warning, every record has as many fields as the header (read.csv would
# pad a short one silently), and no header keeps a byte-order mark or comes out empty.
# Where the file has the unit key (code, or 行政区划代码 under Chinese headers) it must come
# out as integer, the city row (140800) included. Then merge(status, monitoring, by = "code").
# Prints one PASS/FAIL line per file and check; exits 1 if any failed.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript csv_clients.R MANIFEST")

r_encoding <- c("utf-8" = "UTF-8", "utf-8-bom" = "UTF-8-BOM", "gbk" = "GB18030")
keys <- c("code", "\u884c\u653f\u533a\u5212\u4ee3\u7801")  # code, 行政区划代码
city <- 140800L
failed <- 0L

report <- function(ok, file, check, detail) {
  if (!ok) failed <<- failed + 1L
  cat(sprintf("%s  R       %-28s %-6s %s\n", if (ok) "PASS" else "FAIL", file, check, detail))
}

first_line <- function(e) strsplit(conditionMessage(e), "\n", fixed = TRUE)[[1]][1]

read_one <- function(path, enc) {
  name <- basename(path)
  fe <- r_encoding[[enc]]
  d <- tryCatch(
    withCallingHandlers(
      read.csv(path, fileEncoding = fe, check.names = FALSE, stringsAsFactors = FALSE),
      warning = function(w) stop(w)),
    error = function(e) e)
  if (inherits(d, "error")) {
    report(FALSE, name, "read", paste0("read.csv: ", first_line(d)))
    return(NULL)
  }
  con <- file(path, encoding = fe)
  fields <- tryCatch(count.fields(con, sep = ",", quote = "\"", blank.lines.skip = TRUE),
                     error = function(e) NULL)
  close(con)
  cols <- names(d)
  odd <- cols[is.na(cols) | cols == "" | grepl("^X\\.?$|^V[0-9]+$", cols) |
                grepl("\ufeff", cols, fixed = TRUE) | grepl("\u00ef\u00bb\u00bf", cols, fixed = TRUE)]
  ragged <- if (is.null(fields)) NA else sum(fields[!is.na(fields)] != ncol(d))
  if (length(odd) > 0) {
    report(FALSE, name, "read", paste0("odd column names: ", paste(odd, collapse = ", ")))
  } else if (is.na(ragged)) {
    report(FALSE, name, "read", "count.fields could not count the fields")
  } else if (ragged > 0) {
    report(FALSE, name, "read", sprintf("%d record(s) without %d fields", ragged, ncol(d)))
  } else if (nrow(d) == 0) {
    report(FALSE, name, "read", "no rows")
  } else {
    report(TRUE, name, "read", sprintf("%d rows x %d cols (fileEncoding=%s)", nrow(d), ncol(d), fe))
  }
  d
}

check_key <- function(name, d) {
  key <- keys[keys %in% names(d)][1]
  if (is.na(key)) return(invisible())
  v <- d[[key]]
  ok <- is.integer(v)
  detail <- paste(key, class(v)[1])
  if (ok) {
    detail <- paste0(detail, if (any(v == city, na.rm = TRUE)) ", city 140800 present" else ", counties only")
  } else {
    bad <- unique(v[!grepl("^-?[0-9]+$", trimws(as.character(v)))])
    detail <- paste0(detail, ", non-integer values ", paste(head(bad, 5), collapse = " "))
  }
  report(ok, name, "code", detail)
}

check_merge <- function(name, status, monitoring) {
  if (!"code" %in% names(status)) names(status)[names(status) %in% keys] <- "code"
  m <- tryCatch(merge(status, monitoring, by = "code"), error = function(e) e)
  if (inherits(m, "error")) {
    report(FALSE, name, "merge", paste0("merge(status, monitoring, by = 'code'): ", first_line(m)))
    return(invisible())
  }
  counties <- unique(monitoring$code)
  missing <- setdiff(counties, unique(m$code))
  ok <- nrow(m) > 0 && length(missing) == 0 && is.integer(m$code)
  detail <- sprintf("merge(status, monitoring, by = 'code'): %d rows, %d/%d counties, code %s",
                    nrow(m), length(counties) - length(missing), length(counties), class(m$code)[1])
  if (length(missing) > 0) detail <- paste0(detail, ", unmatched ", paste(head(missing, 5), collapse = " "))
  report(ok, name, "merge", detail)
}

manifest <- read.delim(args[1], header = FALSE, sep = "\t", quote = "", colClasses = "character",
                       col.names = c("label", "path", "enc"), encoding = "UTF-8")
frames <- list()
for (i in seq_len(nrow(manifest))) {
  d <- read_one(manifest$path[i], manifest$enc[i])
  if (!is.null(d)) {
    frames[[manifest$label[i]]] <- d
    check_key(basename(manifest$path[i]), d)
  }
}
monitoring <- frames[["export-monitoring"]]
for (label in c("status", "export-status", "export-status-gbk-zh")) {
  i <- match(label, manifest$label)
  if (is.na(i)) next
  name <- basename(manifest$path[i])
  if (is.null(monitoring) || is.null(frames[[label]])) {
    report(FALSE, name, "merge", "status or monitoring export could not be read")
  } else {
    check_merge(name, frames[[label]], monitoring)
  }
}
cat(sprintf("R %s: %s\n", getRversion(),
            if (failed == 0) "all checks passed" else sprintf("%d check(s) failed", failed)))
quit(status = if (failed > 0) 1L else 0L)
