#!/usr/bin/env sh
# The hero-image benchmark: the Java pipeline next to ImageMagick's
#   convert in.jpg -auto-orient -resize x770 -interlace JPEG -quality 85 out.jpg
# on the same 4000 × 3000 JPEG (EXIF orientation 6), in the same run. Installs ImageMagick with apt
# when no real `convert` is found. Arguments: warm-up and measured iterations (default 5 and 15).
set -eu
cd "$(dirname "$0")/.."

real_convert() {
    for candidate in $(command -v -a convert 2>/dev/null) /usr/bin/convert; do
        if [ -x "$candidate" ] && "$candidate" -version 2>/dev/null | grep -q "Version: ImageMagick"; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! CONVERT=$(real_convert); then
    echo "installing ImageMagick" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q imagemagick >/dev/null
    CONVERT=$(real_convert)
fi
echo "ImageMagick: $CONVERT ($("$CONVERT" -version | head -1))" >&2
ARGS="${1:-5} ${2:-15} $CONVERT"
exec ./mvnw -B -q -pl domain,application,adapters-storage -Phero-benchmark -Dexec.args="$ARGS" -DskipTests test
