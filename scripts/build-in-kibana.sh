#!/usr/bin/env bash
# The official release build: inside a Kibana source checkout of exactly the target version, with Kibana's own
# optimizer (@kbn/plugin-helpers). Use it for release archives; `npm run build` is the checkout-free equivalent.
#
#   scripts/build-in-kibana.sh <kibana-version> [kibana-checkout]     (checkout default: ../kibana, or $KIBANA_DIR)
#
# Needs: a Kibana checkout at tag v<version> with its Node version (.nvmrc) active and yarn available.
set -euo pipefail

usage() {
  echo "Usage: scripts/build-in-kibana.sh <kibana-version> [kibana-checkout]" >&2
  exit 2
}

version="${1:-}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || usage
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kibana="${2:-${KIBANA_DIR:-$project/../kibana}}"
plugin_id="ssmReconRule"

if [ ! -f "$kibana/package.json" ] || [ ! -f "$kibana/scripts/plugin_helpers.js" ]; then
  cat >&2 <<MSG
No Kibana checkout at $kibana, so the official build cannot run here.
It needs Kibana's source at exactly v$version, bootstrapped once:

  git clone --depth 1 --branch v$version https://github.com/elastic/kibana.git "$kibana"
  cd "$kibana" && nvm use && yarn kbn bootstrap

then run this script again. Without a checkout, build the same archive layout with:

  npm run build -- --kibana-version $version
MSG
  exit 3
fi

checkout_version="$(node -p "require('$kibana/package.json').version")"
if [ "$checkout_version" != "$version" ]; then
  echo "The checkout at $kibana is Kibana $checkout_version, not $version: check out tag v$version first." >&2
  exit 3
fi

target="$kibana/plugins/$plugin_id"
echo "Copying the plugin into $target" >&2
rm -rf "$target"
mkdir -p "$target"
tar -C "$project" \
  --exclude=./node_modules --exclude=./build --exclude=./target --exclude=./.git \
  --exclude=./.cache --exclude=./test-artifacts --exclude=./test/stack/opensearch/target \
  -cf - . | tar -C "$target" -xf -
# Kibana's plugin tooling reads the flat manifest of third-party plugins, and installs the package.json
# dependencies into the archive: keep only those the server needs that Kibana does not provide.
(cd "$project" && node_modules/.bin/tsx scripts/build/manifests_cli.ts "$version" "$target")

echo "Bootstrapping Kibana (yarn kbn bootstrap)" >&2
(cd "$kibana" && yarn kbn bootstrap)

echo "Building with @kbn/plugin-helpers" >&2
(cd "$target" && node ../../scripts/plugin_helpers build --kibana-version "$version")

mkdir -p "$project/build"
cp "$target/build/$plugin_id-$version.zip" "$project/build/"
echo "Built build/$plugin_id-$version.zip with Kibana's optimizer" >&2
