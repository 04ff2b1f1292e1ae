# Shared by the scripts in scripts/: one-line messages, installing Debian packages, the JDK.
# Sourced, never run. Every message goes to standard error, so a script's standard output stays
# what it promises (scripts/postgis prints only `export` lines).

say() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }

# fail WHAT-FAILED WHAT-TO-DO: one plain line, then stop the command.
fail() {
	printf '%s: %s — %s\n' "${0##*/}" "$1" "$2" >&2
	exit 1
}

as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		fail "installing needs root and there is no sudo" "run this as root, or install sudo, or install what the next line names yourself"
	fi
}

# install_packages WHY PACKAGE...: installs the missing ones from Debian's packages, saying so in one
# line; apt's own output goes to a log that is named when it fails.
install_packages() {
	local why=$1
	shift
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} = 0 ] && return 0
	command -v apt-get >/dev/null 2>&1 ||
		fail "${missing[*]} missing and this is not a Debian-like system" "install them ($why), then run this again"
	local log
	log=$(mktemp -t lacatlas-apt.XXXXXX)
	say "installing ${missing[*]} from Debian's packages ($why)"
	export DEBIAN_FRONTEND=noninteractive
	if [ ! -f /var/tmp/lacatlas-apt-updated ] || [ -n "$(find /var/tmp/lacatlas-apt-updated -mmin +720 2>/dev/null)" ]; then
		as_root apt-get update -q >"$log" 2>&1 ||
			fail "apt-get update failed (log: $log)" "check this machine reaches its Debian mirror, then run this again"
		as_root touch /var/tmp/lacatlas-apt-updated 2>/dev/null || true
	fi
	as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1 ||
		fail "installing ${missing[*]} failed (log: $log)" "see the end of that log, mend it, then run this again"
	rm -f "$log"
}

# The JDK Maven builds with: a javac of 17 or later on PATH or under JAVA_HOME, else Debian's OpenJDK 17.
ensure_jdk() {
	local javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
	if [ -n "${JAVA_HOME:-}" ] && [ ! -x "$JAVA_HOME/bin/javac" ]; then
		fail "JAVA_HOME=$JAVA_HOME holds no javac" "point JAVA_HOME at a JDK 17 or later, or unset it"
	fi
	if command -v "$javac_bin" >/dev/null 2>&1 && [ "$(java_major "$javac_bin")" -ge 17 ] 2>/dev/null; then
		return 0
	fi
	[ -z "${JAVA_HOME:-}" ] ||
		fail "JAVA_HOME=$JAVA_HOME is older than Java 17" "point JAVA_HOME at a JDK 17 or later, or unset it"
	install_packages "a JDK to build LAC Atlas" openjdk-17-jdk-headless
	command -v javac >/dev/null 2>&1 && [ "$(java_major javac)" -ge 17 ] ||
		fail "openjdk-17-jdk-headless installed but javac 17 is not the default" "run: sudo update-alternatives --config javac"
}

java_major() { "$1" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p'; }

# Maven's wrapper downloads Maven itself with curl or wget.
ensure_downloader() {
	command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 ||
		install_packages "for the Maven wrapper to download Maven" curl ca-certificates
}

# port_busy PORT: something listens on 127.0.0.1:PORT.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# use_local_postgis PURPOSE: exports the datasource of LAC Atlas's local cluster (scripts/postgis),
# or stops here when it could not be set up (scripts/postgis has said why in one line).
use_local_postgis() {
	local vars
	vars=$("$(dirname "${BASH_SOURCE[0]}")/../postgis" "$1") || exit 1
	case "$vars" in *SPRING_DATASOURCE_URL=jdbc:postgresql:*) ;; *) fail "scripts/postgis printed no database" "run scripts/postgis $1 to see why" ;; esac
	eval "$vars"
}
