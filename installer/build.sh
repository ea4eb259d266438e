#!/usr/bin/env bash
# Builds Kring's native packages: jdeps -> jlink -> jpackage, all under target/installer/.
#
#   Linux:   target/installer/Kring/bin/Kring (app image) and target/installer/kring_<version>_amd64.deb
#   Windows: target/installer/Kring-<version>.msi  (per-user install, start menu, desktop shortcut)
#   macOS:   target/installer/Kring-<version>.dmg
#
# Run from anywhere: installer/build.sh, or ./mvnw -Pinstaller package -DskipTests. Needs JDK 25 (JAVA_HOME) with
# jdeps, jlink and jpackage; on Linux also fakeroot and binutils (objcopy) for the .deb, on Windows the WiX
# toolset, on macOS Xcode's command line tools. The environment variable KRING_SKIP_PACKAGE=1 stops after the
# app image (no .deb/.msi/.dmg).
#
# The installation holds only the program. Settings, logs and vaults live in the per-user folders of
# nl.kring.app.AppDirs (~/.local/share/kring, %LOCALAPPDATA%\Kring, ~/Library/Application Support/Kring).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JDK_BIN="$JAVA_HOME/bin"
for tool in java jdeps jlink jpackage; do
  if [ ! -x "$JDK_BIN/$tool" ] && [ ! -x "$JDK_BIN/$tool.exe" ]; then
    echo "build.sh: $JDK_BIN/$tool not found; set JAVA_HOME to a JDK 25" >&2
    exit 1
  fi
done

OUT="$ROOT/target/installer"
JAR="$ROOT/target/kring.jar"
ICONS="$ROOT/resources/icons"
MAIN_CLASS="nl.kring.Main"
# Fixed for ever: Windows recognises an upgrade of Kring by this UUID. Never change it.
WIN_UPGRADE_UUID="6f1b2c3e-8a4d-4e7b-9c1a-2d5e8f0b7a41"

# The version comes from the pom (the first <version> after the artifactId); jpackage wants digits only.
VERSION="$(sed -n '/<artifactId>kring<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)"
if [ -z "$VERSION" ]; then
  VERSION="$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)"
fi
APP_VERSION="${VERSION%%-*}"   # 0.1.0-SNAPSHOT -> 0.1.0
if ! [[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "build.sh: version '$VERSION' is not numeric (x.y.z); jpackage cannot use it" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT) OS=windows ;;
  *) echo "build.sh: unknown platform $(uname -s)" >&2; exit 1 ;;
esac

if [ ! -f "$JAR" ]; then
  echo "build.sh: $JAR missing; building it"
  ./mvnw -q -DskipTests package
fi

echo "build.sh: Kring $APP_VERSION for $OS, JDK $("$JDK_BIN/java" -version 2>&1 | head -1)"
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/kring.jar"

# 1. Modules. JavaFX, H2, jOOQ etc. sit inside the fat jar on the class path, so jdeps sees what they use
#    (java.desktop, java.sql, ...). Added by hand: what is reached only by reflection or service loading:
#    jdk.unsupported (sun.misc.Unsafe for JavaFX and H2), jdk.localedata (Dutch dates and numbers),
#    jdk.crypto.ec, jdk.zipfs, jdk.charsets, jdk.management (start-up figures).
DEPS="$("$JDK_BIN/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 "$OUT/input/kring.jar" | tail -1)"
MODULES="$DEPS,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.management"
echo "build.sh: modules $MODULES"

# 2. A trimmed runtime, with a class-data-sharing archive for a faster start.
"$JDK_BIN/jlink" \
  --add-modules "$MODULES" \
  --include-locales=en,nl \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --generate-cds-archive \
  --output "$OUT/runtime"
# Kring always runs with -Xmx2g (compressed oops), so the archive for huge heaps is dead weight (15 MB).
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

# 3. The app image, then the platform's installer from it.
PKG_VERSION="$APP_VERSION"
if [ "$OS" = mac ] && [[ "$PKG_VERSION" == 0.* ]]; then
  # macOS bundle versions must start with a number of at least 1; a 0.x build is packaged as 1.x.
  PKG_VERSION="1.${PKG_VERSION#0.}"
  echo "build.sh: macOS needs a first version number >= 1; bundle version $PKG_VERSION" >&2
fi
COMMON=(
  --name Kring
  --app-version "$PKG_VERSION"
  --vendor "Kring"
  --description "Voorzitter van het vangnetoverleg: versleutelde casusregistratie, gefilterde weergave en verslagen"
  --copyright "EUPL-1.2"
)
IMAGE=(
  --input "$OUT/input"
  --main-jar kring.jar
  --main-class "$MAIN_CLASS"
  --runtime-image "$OUT/runtime"
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "-Xmx2g"
  # JDK 25 AOT cache (JEP 483/514), trained below by a start-up run. AOTMode stays "auto": a missing, stale or
  # foreign cache is skipped and the app starts without it; -Xlog:aot=off,cds=off keeps the JVM's notice of that
  # off stdout, where the command line prints its results.
  --java-options '-XX:AOTCache=$APPDIR/kring.aot'
  --java-options "-Xlog:aot=off,cds=off"
)

# The command-line launcher (kring-cli; /usr/bin/kring on Linux) runs short commands in a fresh JVM each time, where
# the JIT compilers and the collector's threads cost more CPU than Kring's own work (issue 17, round 6: `kring import`
# of the 1x file 13.0 s CPU with the defaults, 7.3 s with C1 only, 12.1 s with the serial collector, 6.7 s with
# both; docs/performance.md). So it runs C1 only with the serial collector, and an AOT cache of its own trained on a
# command-line run (kring demo). The GUI launcher keeps the JVM's defaults: its long tasks gain from C2.
CLI_JAVA_OPTIONS='--enable-native-access=ALL-UNNAMED -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:AOTCache=$APPDIR/kring-cli.aot -Xlog:aot=off,cds=off'

# Trains the AOT cache of an app image: its launcher runs `--smoke` (the GUI up to its first frame, then exit) once
# with -XX:AOTCacheOutput in place of -XX:AOTCache, so the JVM records which classes start-up loads and links and
# writes them to kring.aot beside kring.jar at exit. Needs a display (xvfb-run is used on Linux without one); when
# training fails the image is still good, it starts without the cache.
train_aot() {
  local launcher="$1" cfg="$2" appdir
  appdir="$(dirname "$cfg")"
  cp "$cfg" "$cfg.orig"
  sed -i.bak -e 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' -e 's/-Xlog:aot=off,cds=off/-Xlog:aot=error,cds=error/' "$cfg"
  local home run=()
  home="$(mktemp -d)"
  if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then
      run=(xvfb-run -a -s "-screen 0 1400x900x24")
    else
      echo "build.sh: no display and no xvfb-run; the app image has no AOT cache (it starts without one)" >&2
    fi
  fi
  if [ "$OS" != linux ] || [ -n "${DISPLAY:-}" ] || [ ${#run[@]} -gt 0 ]; then
    KRING_HOME="$home" "${run[@]}" "$launcher" --smoke || true
  fi
  mv "$cfg.orig" "$cfg"
  rm -f "$cfg.bak"
  rm -rf "$home"
  if [ -f "$appdir/kring.aot" ]; then
    echo "build.sh: AOT cache $(du -h "$appdir/kring.aot" | cut -f1) trained on --smoke"
  else
    echo "build.sh: AOT cache training failed; the app image starts without it" >&2
  fi
}

# Trains the command-line launcher's cache the same way on `kring-cli demo` (a new vault filled with the demo data:
# Argon2id, H2, Flyway, jOOQ, the import; no display needed). A cache that fails to train is removed from the
# launcher's options: a -XX:AOTCache that is missing makes the JVM start without any class-data sharing at all.
train_cli_aot() {
  local launcher="$1" cfg="$2" appdir home
  appdir="$(dirname "$cfg")"
  cp "$cfg" "$cfg.orig"
  sed -i.bak -e 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' -e 's/-Xlog:aot=off,cds=off/-Xlog:aot=error,cds=error/' "$cfg"
  home="$(mktemp -d)"
  KRING_HOME="$home" "$launcher" demo --vault "$home/demo" >/dev/null || true
  mv "$cfg.orig" "$cfg"
  rm -f "$cfg.bak"
  rm -rf "$home"
  if [ -f "$appdir/kring-cli.aot" ]; then
    echo "build.sh: command-line AOT cache $(du -h "$appdir/kring-cli.aot" | cut -f1) trained on kring-cli demo"
  else
    sed -i.bak -e '/-XX:AOTCache=/d' -e '/-Xlog:aot=off,cds=off/d' "$cfg" && rm -f "$cfg.bak"
    echo "build.sh: command-line AOT cache training failed; kring-cli starts without it" >&2
  fi
}

case "$OS" in
  linux)
    printf 'java-options=%s\n' "$CLI_JAVA_OPTIONS" > "$OUT/kring-cli.properties"
    "$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" "${IMAGE[@]}" \
      --icon "$ICONS/kring-256.png" --add-launcher "kring-cli=$OUT/kring-cli.properties" --dest "$OUT"
    train_aot "$OUT/Kring/bin/Kring" "$OUT/Kring/lib/app/Kring.cfg"
    train_cli_aot "$OUT/Kring/bin/kring-cli" "$OUT/Kring/lib/app/kring-cli.cfg"
    echo "build.sh: app image $OUT/Kring"
    if [ "${KRING_SKIP_PACKAGE:-}" != 1 ]; then
      for need in fakeroot objcopy dpkg-deb; do
        command -v "$need" >/dev/null || { echo "build.sh: $need missing (apt-get install fakeroot binutils)" >&2; exit 1; }
      done
      # jpackage takes the menu icon from --resource-dir when packaging an app image (--icon is ignored there);
      # installer/linux holds Kring's postinst/prerm (menu entry and /usr/bin/kring; see the files).
      mkdir -p "$OUT/deb-resources"
      cp "$ROOT"/installer/linux/* "$OUT/deb-resources/"
      cp "$ICONS/kring-256.png" "$OUT/deb-resources/Kring.png"
      # cups-bsd: the JDK prints through CUPS's lpr; with only lp installed a print job was reported sent and never
      # reached CUPS (docs/invitations.md, Printing).
      "$JDK_BIN/jpackage" --type deb "${COMMON[@]}" \
        --app-image "$OUT/Kring" \
        --resource-dir "$OUT/deb-resources" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, cups-bsd" \
        --license-file "$ROOT/LICENSE" \
        --linux-package-name kring \
        --linux-deb-maintainer "kring@example.invalid" \
        --linux-shortcut \
        --linux-menu-group Office \
        --linux-app-category misc \
        --dest "$OUT"
      # jpackage copies the image into the package with new time stamps, and the JVM refuses an AOT cache whose
      # kring.jar has another time stamp than at training (it then starts without it). Give the packaged jar its
      # trained time stamp back.
      if [ -f "$OUT/Kring/lib/app/kring.aot" ]; then
        DEB="$(ls "$OUT"/*.deb)"
        rm -rf "$OUT/deb-tree"
        dpkg-deb -R "$DEB" "$OUT/deb-tree"
        touch -r "$OUT/Kring/lib/app/kring.jar" "$OUT/deb-tree/opt/kring/lib/app/kring.jar"
        fakeroot dpkg-deb -Zxz -b "$OUT/deb-tree" "$DEB" >/dev/null
        rm -rf "$OUT/deb-tree"
      fi
      echo "build.sh: package $(ls "$OUT"/*.deb)"
    fi
    ;;
  windows)
    # A second launcher with a console, so `kring-cli verify ...` prints in a terminal.
    printf 'win-console=true\njava-options=%s\n' "$CLI_JAVA_OPTIONS" > "$OUT/kring-cli.properties"
    "$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" "${IMAGE[@]}" \
      --icon "$ICONS/kring.ico" --add-launcher "kring-cli=$OUT/kring-cli.properties" --dest "$OUT"
    train_aot "$OUT/Kring/Kring.exe" "$OUT/Kring/app/Kring.cfg"
    train_cli_aot "$OUT/Kring/kring-cli.exe" "$OUT/Kring/app/kring-cli.cfg"
    if [ "${KRING_SKIP_PACKAGE:-}" != 1 ]; then
      "$JDK_BIN/jpackage" --type msi "${COMMON[@]}" \
        --app-image "$OUT/Kring" \
        --license-file "$ROOT/LICENSE" \
        --win-per-user-install \
        --win-upgrade-uuid "$WIN_UPGRADE_UUID" \
        --win-menu --win-menu-group Kring \
        --win-shortcut \
        --dest "$OUT"
    fi
    ;;
  mac)
    "$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" "${IMAGE[@]}" \
      --icon "$ICONS/kring.icns" \
      --mac-package-identifier nl.kring \
      --mac-package-name Kring \
      --dest "$OUT"
    train_aot "$OUT/Kring.app/Contents/MacOS/Kring" "$OUT/Kring.app/Contents/app/Kring.cfg"
    if [ "${KRING_SKIP_PACKAGE:-}" != 1 ]; then
      "$JDK_BIN/jpackage" --type dmg "${COMMON[@]}" \
        --app-image "$OUT/Kring.app" \
        --license-file "$ROOT/LICENSE" \
        --mac-package-identifier nl.kring \
        --dest "$OUT"
    fi
    ;;
esac

rm -rf "$OUT/input" "$OUT/deb-resources"
du -sh "$OUT/runtime" "$OUT"/Kring* "$OUT"/*.deb "$OUT"/*.msi "$OUT"/*.dmg 2>/dev/null || true
