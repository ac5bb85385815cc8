#!/usr/bin/env bash
# render-sheets.sh [OUTDIR] [-- classeur options]
# Exports a workbook with `npm run classeur`, recalculates it in LibreOffice (scripts/xlsx-recalc.js),
# prints every sheet to PDF and turns each page into a PNG (pdftoppm, 60 dpi), to look at the layout.
# Default OUTDIR: /tmp/cpts-shots. Default workbook: population 95 000, signature 01/03/2026,
# missions acces,parcours,prevention,qualite with the volet supplémentaire SNP.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/cpts-shots}
shift || true
[ "${1:-}" = "--" ] && shift
if [ $# -eq 0 ]; then
  set -- --population 95000 --signature 2026-03-01 --missions acces,parcours,prevention,qualite --snp
fi
command -v pdftoppm >/dev/null 2>&1 || { echo "pdftoppm manquant : apt-get install -y poppler-utils" >&2; exit 1; }
# The driver finds soffice (PATH or $SOFFICE) and says what to install when it is missing.
soffice=$(node -e 'const s = require(process.argv[1]).findSoffice(); if (!s) { console.error(require(process.argv[1]).MISSING_SOFFICE); process.exit(1); } console.log(s)' "$root/scripts/xlsx-recalc.js")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$root/scripts/classeur.js" "$@" --out "$work/cpts.xlsx" >/dev/null
node "$root/scripts/xlsx-recalc.js" "$work/cpts.xlsx" "$work/recalc" >/dev/null
profile="$work/profile"
mkdir -p "$profile"
"$soffice" -env:UserInstallation="file://$profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/recalc/cpts.xlsx" >/dev/null 2>&1
rm -f "$out"/cpts-*.png
pdftoppm -png -r 60 "$work/cpts.pdf" "$out/cpts"
ls "$out"
