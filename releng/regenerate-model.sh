#!/bin/sh
# Regenerates bundles/org.reportbank.model/src-gen (and its plugin.xml) from
# model/reportbank.genmodel with the EMF code generator, no Eclipse IDE needed.
# Run from anywhere; edit the ecore, run this, commit the ecore, genmodel and src-gen together.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# A plain (non-Tycho) module: the system mvn would do, but the wrapper pins one Maven for everyone.
if [ -x ./mvnw ]; then mvn=./mvnw; else mvn=mvn; fi
exec "$mvn" -q -f releng/org.reportbank.model.generator/pom.xml compile exec:java "$@"
