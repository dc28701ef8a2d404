#!/usr/bin/env bash
# Brings AwsFacts/PublicAPI.Unshipped.txt in line with the public API after a deliberate change (a renamed or
# added fact, a changed constant): adds what the analyzer reports as new (RS0016), drops what it reports as
# gone (RS0017). Review the diff before committing: every line is a change users see.
set -euo pipefail
cd "$(dirname "$0")/.."
file=AwsFacts/PublicAPI.Unshipped.txt
log=$(dotnet build AwsFacts/AwsFacts.csproj --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
added=$(grep -oE "RS0016: Symbol '.*' is not part of the declared public API" <<<"$log" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
removed=$(grep -oE "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" <<<"$log" \
  | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
{
  echo "#nullable enable"
  { grep -v "^#nullable" "$file" || true; [ -z "$added" ] || echo "$added"; } \
    | grep -vxF -f <(printf '%s\n' "$removed") | grep -v '^$' | sort -u
} > "$file.new"
mv "$file.new" "$file"
echo "added $(grep -c . <<<"$added" || true), removed $(grep -c . <<<"$removed" || true); review: git diff $file"
