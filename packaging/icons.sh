#!/usr/bin/env bash
# Exports the master icon (icons/evolution-console.svg) to every size and format the installers use:
#   icons/png/evolution-console-<N>.png for N in 16..1024 (also the window and taskbar icon, on the classpath),
#   icons/evolution-console.ico (Windows, multi-size) and icons/evolution-console.icns (macOS).
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
# Run from anywhere: bash packaging/icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
master=icons/evolution-console.svg
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install librsvg2-bin icoutils icnsutils" >&2; exit 1; }
done
mkdir -p icons/png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$master" -o "icons/png/evolution-console-$size.png"
done
# the 256 px image is stored as PNG (-r), as Windows Vista and later expect
icotool -c -o icons/evolution-console.ico \
  icons/png/evolution-console-{16,24,32,48,64,128}.png -r icons/png/evolution-console-256.png
# png2icns knows the sizes 16, 32, 48, 128, 256, 512 and 1024
png2icns icons/evolution-console.icns \
  icons/png/evolution-console-{16,32,48,128,256,512,1024}.png >/dev/null
echo "icons exported from $master"
