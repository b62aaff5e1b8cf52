#!/bin/sh
# Runs the materialized product's command line as a user would, through its own reportbank-cli
# starter: the unit tests run the bundles in a test framework, not the product's configuration,
# so a bundle the command line needs but its configuration leaves out would show only here.
#   check-command-line.sh PRODUCT_DIR SEEDS_DIR WORK_DIR
set -eu
product="$1"
seeds="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
export REPORTBANK_CLI_CONFIG="$work/cli-configuration" REPORTBANK_VM_ARGS=-Xmx512m
unset REPORTBANK_APPLICATION REPORTBANK_LONG_RUN

fail() {
  echo "check-command-line: $*" >&2
  exit 1
}
# one command; its output in work/NAME.log, a framework error in it is a failure like an exit code
cli() {
  name="$1"
  shift
  "$product/reportbank-cli" "$@" >"$work/$name.log" 2>&1 || fail "reportbank-cli $* exited with $? (see $work/$name.log)"
  if grep -q '^!ENTRY' "$work/$name.log"; then
    fail "reportbank-cli $* logged a framework error (see $work/$name.log)"
  fi
}

cli help --help
grep -q '^Usage: reportbank' "$work/help.log" || fail "--help printed no usage (see $work/help.log)"
bundles="$REPORTBANK_CLI_CONFIG/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$bundles" ] || fail "the command line's configuration has no $bundles"
grep -q '^org\.reportbank\.cli,' "$bundles" || fail "$bundles does not list the command line bundle"
if grep -q -e '^org\.eclipse\.swt,' -e '^org\.reportbank\.ui,' "$bundles"; then
  fail "$bundles lists the workbench's bundles: the command line would start them all"
fi

cli import import --corpus "$work/corpus" "$seeds"
cli annotate annotate --corpus "$work/corpus"
cli stats stats --corpus "$work/corpus"
reports=$(ls "$seeds" | wc -l)
grep -q "^$reports imported" "$work/import.log" || fail "import did not import the $reports seed reports (see $work/import.log)"
layers=$(ls "$work"/corpus/reports/*/layers/preannotation.xmi | wc -l)
[ "$layers" -eq "$reports" ] || fail "annotate wrote $layers suggestion layers for $reports reports"
echo "check-command-line: --help, import, annotate and stats of $reports reports through $product/reportbank-cli"
