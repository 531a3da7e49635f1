#!/usr/bin/env bash
# Scans every tracked file (and every file about to be added) for secrets with secretlint: the recommended rules
# (cloud keys, private keys, tokens) and Presso's own (data folders, session secrets, staff passwords).
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r -d '' file; do
  [ -f "$file" ] && files+=("$file")
done < <(git ls-files -z --cached --others --exclude-standard)
# package-lock.json holds only integrity hashes, which look like secrets to a pattern and never are.
node_modules/.bin/secretlint --secretlintignore .secretlintignore "${files[@]}"
echo "secret scan: ${#files[@]} files, nothing found"
