#!/usr/bin/env bash
# Installs what Lectern's tests need, only when missing. Used by newcomers and by .ci/run.
# On Debian/Ubuntu as root: apt packages. Elsewhere: says exactly what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(chromium fonts-dejavu-core fonts-liberation espeak-ng speech-dispatcher speech-dispatcher-espeak-ng pulseaudio sox)
COMMANDS=(chromium espeak-ng speech-dispatcher pulseaudio sox)

missing_packages=()
if command -v dpkg-query >/dev/null 2>&1; then
	for pkg in "${PACKAGES[@]}"; do
		if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
			missing_packages+=("$pkg")
		fi
	done
fi

if [ ${#missing_packages[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
	echo "setup: installing ${missing_packages[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${missing_packages[@]}" >/dev/null
elif [ ${#missing_packages[@]} -gt 0 ]; then
	echo "setup: missing Debian packages: ${missing_packages[*]}"
	echo "setup: run as root (or with sudo): apt-get install ${missing_packages[*]}"
fi

status=0
if browser=$(node scripts/find-chrome.js); then
	echo "setup: browser: $browser"
else
	status=1
fi
for cmd in "${COMMANDS[@]:1}"; do
	if ! command -v "$cmd" >/dev/null 2>&1; then
		echo "setup: missing command '$cmd' (needed for the read-aloud tests)"
		status=1
	fi
done
exit $status
