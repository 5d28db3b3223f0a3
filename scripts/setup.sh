#!/usr/bin/env bash
# Installs what Lectern's tests need, only when missing. `npm test` runs it first (pretest), and so does CI.
# As root on Debian/Ubuntu: installs the missing apt packages. Otherwise: stops at once, naming the one command
# to run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium (e2e); espeak-ng, speech-dispatcher, PulseAudio and sox (real speech, recorded); Firefox ESR and
# WebKitGTK's WebDriver with MiniBrowser under Xvfb (the smoke suite's other two engines).
PACKAGES=(chromium fonts-dejavu-core fonts-liberation espeak-ng speech-dispatcher speech-dispatcher-espeak-ng
	pulseaudio sox firefox-esr webkit2gtk-driver xvfb)
# What the tests run; checked after installing, and on machines without dpkg.
COMMANDS=(espeak-ng speech-dispatcher pulseaudio pactl parec sox firefox-esr WebKitWebDriver Xvfb)
FIX="sudo scripts/setup.sh"

missing_packages=()
if command -v dpkg-query >/dev/null 2>&1; then
	for pkg in "${PACKAGES[@]}"; do
		if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
			missing_packages+=("$pkg")
		fi
	done
fi

if [ ${#missing_packages[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		echo "setup: missing packages: ${missing_packages[*]}" >&2
		echo "setup: run this once, then run the tests again:  $FIX" >&2
		exit 1
	fi
	echo "setup: installing ${missing_packages[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi

problems=()
if ! browser=$(node scripts/find-chrome.js 2>/dev/null); then
	problems+=("Chrome or Chromium")
fi
for cmd in "${COMMANDS[@]}"; do
	command -v "$cmd" >/dev/null 2>&1 || problems+=("$cmd")
done
if [ ${#problems[@]} -gt 0 ]; then
	echo "setup: missing: ${problems[*]}" >&2
	if command -v dpkg-query >/dev/null 2>&1; then
		echo "setup: run this once, then run the tests again:  $FIX" >&2
	else
		echo "setup: this is not Debian or Ubuntu: install them with your system's packages (see README, Test)." >&2
	fi
	exit 1
fi
echo "setup: everything the tests need is here (browser: $browser)"
