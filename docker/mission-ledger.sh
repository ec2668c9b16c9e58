#!/bin/sh
# The mission-ledger command inside the image: serve (default), import, export, ... (docs/cli.md).
# JAVA_OPTS is split on spaces on purpose.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS} -jar /opt/mission-ledger/mission-ledger.jar "$@"
