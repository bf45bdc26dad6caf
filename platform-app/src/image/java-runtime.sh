#!/usr/bin/env bash
# Builds the image's Java runtime without pulling a base image (only Maven Central is reachable where the image is
# built): a jlink'd JRE of the modules the platform uses, plus the few shared libraries it links against, copied from
# this machine, under the folder given. Jib then lays the application on top of that folder in an image FROM scratch.
set -euo pipefail

root="$1"
java_home="${JAVA_HOME:?JAVA_HOME must point at a JDK 25}"
rm -rf "$root"
mkdir -p "$root/opt" "$root/tmp" "$root/etc"

"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.management,jdk.net,jdk.unsupported,jdk.zipfs

# The dynamic loader and every library the runtime's executables and libraries need, at the same paths.
libraries=$(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | grep -o '/[^ ]*\.so[^ ]*' | sort -u)
for library in $libraries /lib64/ld-linux-x86-64.so.2; do
  target="$root$(dirname "$library")"
  mkdir -p "$target"
  cp -L "$library" "$target/"
done
# A user for the process (uid 10001, as the Helm chart runs it) and name lookup through files only.
printf 'root:x:0:0:root:/root:/sbin/nologin\ncpp:x:10001:10001:cpp:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\ncpp:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"
du -sh "$root"
