#!/usr/bin/env bash
# Renders the Kring icon from resources/icons/kring.svg (kring-small.svg for 16 and 32 px) into
# kring-<size>.png, kring.ico (Windows) and kring.icns (macOS). The results are committed; run this only after
# changing an SVG. Needs rsvg-convert (librsvg2-bin) or ImageMagick, and python3 for the .icns.
# On a Mac, `iconutil -c icns kring.iconset` gives the same .icns from the PNGs.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

render() { # svg size out
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
  else
    convert -background none -density 384 "$1" -resize "$2x$2" "$3"
  fi
}

for size in 16 32 48 64 128 256 512 1024; do
  src=kring.svg
  [ "$size" -le 32 ] && src=kring-small.svg
  render "$src" "$size" "kring-$size.png"
done

# Windows: one .ico with every size Explorer and the taskbar ask for (256 is stored as PNG).
convert kring-16.png kring-32.png kring-48.png kring-64.png kring-128.png kring-256.png kring.ico

# macOS: an .icns is a list of (type, length, PNG) entries; the types below are those iconutil writes.
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    data = open(f"kring-{size}.png", "rb").read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open("kring.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -f kring-1024.png   # only needed inside the .icns
ls -l kring-*.png kring.ico kring.icns
