#!/bin/sh
# Photographs every screen of Newsdesk (ui/ScreenTour) at 1440x900 and 1280x720, light and dark, 100 % and 200 %
# text, as the editor and as a writer, plus the dark theme's popups, into PNG files. A developer's tool, not part of
# `mvn verify`: it needs Xvfb (apt-get install xvfb) and takes about half an hour for the whole matrix.
#
#   tools/screenshots/take.sh OUT-FOLDER [--sizes 1440x900,1280x720] [--themes light,dark] [--scales 100,200]
#                                        [--people editor,writer] [--only "Settings"]
set -eu
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:?usage: tools/screenshots/take.sh OUT-FOLDER [options]}")
shift
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots.classpath
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"' EXIT
# Each window size on a screen of exactly that size, as on a laptop of that size: dialogs are bounded by it too.
sizes=1440x900,1280x720
for arg in "$@"; do
    if [ "${previous:-}" = "--sizes" ]; then sizes=$arg; fi
    previous=$arg
done
for size in $(echo "$sizes" | tr ',' ' '); do
    xvfb-run -a -s "-screen 0 ${size}x24" \
        java -Xmx2g -Dprism.order=sw -Djava.util.prefs.userRoot="$prefs" \
        -cp "target/test-classes:target/classes:$(cat target/screenshots.classpath)" \
        org.newsdesk.ui.ScreenMatrix "$out" "$@" --sizes "$size"
done
