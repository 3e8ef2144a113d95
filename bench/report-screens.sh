#!/usr/bin/env bash
# The annual report on screens and paper, as a reader's browser shows it: headless Chromium at
# 1280, 800 and 390 px (screenshots, and a check that nothing but a table's own scroll box is
# wider than the window and that every chart fits), printed to A4 PDF (page count, no heading left
# as the last line of a page), and the Word edition converted by LibreOffice (page count, pages as
# PNG). Needs chromium, poppler-utils and libreoffice (apt-get install chromium poppler-utils
# libreoffice-writer-nogui) and a CJK font (fonts-wqy-microhei) for the Chinese glyphs.
# Usage: bench/report-screens.sh [OUT_DIR] [--lang en]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/swc-report-screens}"
shift || true
rm -rf "$out" && mkdir -p "$out"
"$here/swc" report --docx --out "$out/report" "$@" -q
chrome="$(command -v chromium || command -v chromium-browser)"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$out/profile")

# each width is a frame of that width around the report (headless Chromium has a minimum window
# width); a script in the frame's page measures the report and writes what it found into its DOM
for width in 1280 800 390; do
  cat > "$out/report/frame-$width.html" <<HTML
<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="index.html" style="width:${width}px;height:2400px;border:0"></iframe>
<script>
document.getElementById('f').addEventListener('load', () => {
  const win = document.getElementById('f').contentWindow, doc = win.document, w = win.innerWidth, found = [];
  if (doc.documentElement.scrollWidth > w + 1) found.push('page ' + doc.documentElement.scrollWidth);
  for (const el of doc.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    const spills = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && win.getComputedStyle(el).overflowX === 'visible';
    if ((r.right > w + 1 || spills) && !(el.parentElement && el.parentElement.closest('.scroll')))
      found.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right) + ' ' + el.scrollWidth);
  }
  for (const svg of doc.querySelectorAll('figure svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width > w + 1 || !svg.getAttribute('viewBox')) found.push('svg ' + Math.round(r.width));
  }
  const pre = document.createElement('pre');
  pre.textContent = 'PROBE ' + w + ' ' + (found.length ? found.slice(0, 8).join('; ') : 'ok');
  document.body.appendChild(pre);
});
</script></body></html>
HTML
  "$chrome" "${flags[@]}" --allow-file-access-from-files --window-size=$((width < 500 ? 500 : width)),2400 \
    --screenshot="$out/screen-$width.png" "file://$out/report/frame-$width.html" 2>/dev/null
  "$chrome" "${flags[@]}" --allow-file-access-from-files --window-size=$((width < 500 ? 500 : width)),2400 \
    --virtual-time-budget=8000 --dump-dom "file://$out/report/frame-$width.html" 2>/dev/null \
    | grep -o 'PROBE [^<]*' || echo "PROBE $width (no result)"
  rm "$out/report/frame-$width.html"
done

"$chrome" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$out/report/index.html" 2>/dev/null
echo "print: $(pdfinfo "$out/print.pdf" | awk '/^Pages/ {print $2}') A4 pages"
python3 - "$out/report/index.html" "$out/print.pdf" <<'PY'
import re, subprocess, sys
html = open(sys.argv[1], encoding="utf-8").read()
headings = {re.sub(r"\s+", "", re.sub("<[^>]+>", "", h)) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)}
text = subprocess.run(["pdftotext", "-layout", sys.argv[2], "-"], capture_output=True, text=True).stdout
stranded = []
for number, page in enumerate(text.split("\f"), 1):
    lines = [re.sub(r"\s+", "", l) for l in page.splitlines() if l.strip()]
    if lines and lines[-1] in headings:
        stranded.append(f"page {number}: {lines[-1]}")
print("headings last on a page:", stranded or "none")
PY
pdftoppm -r 40 -png -f 1 -l 6 "$out/print.pdf" "$out/print"

(cd "$out/report" && timeout 300 soffice --headless --convert-to pdf --outdir "$out/docx" report.docx >/dev/null 2>&1) || true
if [ -f "$out/docx/report.pdf" ]; then
  echo "docx: $(pdfinfo "$out/docx/report.pdf" | awk '/^Pages/ {print $2}') A4 pages (LibreOffice)"
  pdftoppm -r 40 -png -f 1 -l 6 "$out/docx/report.pdf" "$out/docx/page"
fi
echo "files in $out"
