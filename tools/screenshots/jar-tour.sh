#!/bin/sh
# Photographs the main screens of a Newsdesk jar the way a person reaches them, with the keyboard: each desk
# (Ctrl+1 ... Ctrl+9), a story opened from the Approved desk, and Settings (Ctrl+,), at 1440x900, light theme,
# 100 % text, as the editor. It drives only the app's own shortcuts, so it works on an older commit's jar too:
# build that commit in a scratch clone and point this at its jar, to compare screens before and after a change.
# Needs Xvfb, xdotool and ImageMagick's import. A developer's tool, not part of `mvn verify`.
#
#   tools/screenshots/jar-tour.sh JAR DATABASE OUT-FOLDER PREFIX ["Person Name"]
#
# DATABASE is used as it is (copy it first: a newer jar upgrades its schema). The person defaults to Eve Marsh,
# the editor of the sample newsroom (src/test/java/org/newsdesk/testing/SampleDesk.java, `main` writes one).
set -eu
jar=$(realpath "${1:?usage: jar-tour.sh JAR DATABASE OUT-FOLDER PREFIX [PERSON]}")
db=$(realpath "$2")
out=$(realpath -m "$3")
prefix=$4
person=${5:-Eve Marsh}
mkdir -p "$out"
home=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT

# This machine remembers: the person, the light theme, 100 % text, the first desk; no story open.
mkdir -p "$home/prefs/.userPrefs/org/newsdesk/ui"
cat > "$home/prefs/.userPrefs/org/newsdesk/ui/prefs.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="person" value="$person"/>
  <entry key="theme" value="LIGHT"/>
  <entry key="fontScale" value="1.0"/>
  <entry key="desk" value="My drafts"/>
</map>
EOF

display=:$(( 90 + $$ % 100 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display
HOME=$home java -Dprism.order=sw -Djava.util.prefs.userRoot="$home/prefs" -jar "$jar" --db "$db" --as "$person" \
    >"$home/app.log" 2>&1 &
app=$!

shot() {
    sleep "${2:-3}"
    import -window root "$out/$prefix-$1.png"
    echo "$out/$prefix-$1.png"
}

# Wait for the window, then put the pointer over it so that it has the keyboard.
for _ in $(seq 1 60); do
    xdotool search --name "Newsdesk" >/dev/null 2>&1 && break
    sleep 1
done
sleep 8
xdotool mousemove 720 450 click 1
number=1
for desk in my-drafts returned-to-me submitted review-queue approved edition-builder editions archive pending-clips; do
    xdotool key "ctrl+$number"
    # the builder's pre-flight loads the spelling checker the first time: give it time
    if [ "$desk" = edition-builder ]; then wait=30; else wait=4; fi
    shot "$(printf '%02d' "$number")-$desk" "$wait"
    number=$((number + 1))
done
# A story opened from the Approved desk: its first row (the list has the same place in every version).
xdotool key ctrl+5
sleep 3
xdotool mousemove 420 232 click --repeat 2 --delay 120 1
shot 10-story-open 6
xdotool key Escape
xdotool key ctrl+comma
shot 11-settings 4
xdotool key Escape
