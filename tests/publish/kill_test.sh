#!/usr/bin/env bash
# A publication killed with SIGKILL, checked at the level of system calls and
# independently of the crash points the C++ tests name (DISCLOSE_CRASH_AT).
#
# The claim (README, "Publishing and history"): whatever moment a kill -9
# lands during `disclose publish`, public/ is exactly the previous or the new
# publication, `disclose verify` passes and says which, `git fsck --strict`
# passes, and the next `disclose publish` succeeds with no human step; after
# it `verify` passes, `git status` is empty and the record shows the latest
# amendment.
#
# usage: kill_test.sh DISCLOSE SOURCE_DIR MODE
#   exhaustive  strace (-e inject=CALL:signal=SIGKILL:when=N) kills the
#               publication of an amendment before every call of every
#               system call that changes the disk, except the bulk below:
#               the lock, the new tree's folder and .git file, syncs,
#               renames, the ref and index updates, the link switch, the
#               removal of the old tree's folder, the history cache. Each
#               kill starts from the same saved store, so call N of a system
#               call is the same call every time; the one measured first is
#               shown beside the one the kill hit when they differ.
#   sampled     the same for the bulk, with a stride: the files of the new
#               tree, the git objects, the removal of the old tree's files.
#   random      rounds of an amendment whose publication is killed with
#               kill -9 after a random delay up to one publication's time.
#   race        rounds of two or three publications of different amendments
#               started at once, some killed at random; the number of
#               commits only ever grows.
# Every kill is followed by the checks above; the last line says
# "N passed, M failed", and the status is 1 when one failed (77: no strace).
# KILL_TEST_SAMPLES, KILL_TEST_ROUNDS and KILL_TEST_RACES change how many.
# The site is a copy of the sample in a new folder under $TMPDIR, else
# /dev/shm when it is writable (fast), else /tmp.
set -uo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 DISCLOSE SOURCE_DIR exhaustive|sampled|random|race" >&2
  exit 2
fi
DISCLOSE=$1
SOURCE=$2
MODE=$3
SAMPLES=${KILL_TEST_SAMPLES:-120} # kill points of the sampled mode
ROUNDS=${KILL_TEST_ROUNDS:-20}    # rounds of the random mode
RACES=${KILL_TEST_RACES:-12}      # rounds of the race mode

# Every system call that can change a file or a directory. `?`: no error
# where the architecture does not have it.
WRITING='?open,?creat,openat,write,writev,pwrite64,pwritev,pwritev2,fsync'
WRITING+=',fdatasync,sync_file_range,syncfs,?rename,renameat,renameat2'
WRITING+=',?symlink,symlinkat,?link,linkat,?unlink,unlinkat,?rmdir,?mkdir'
WRITING+=',mkdirat,ftruncate,truncate,utimensat,?utime,?utimes,fchmod,fchmodat'
WRITING+=',?chmod,fallocate,copy_file_range,flock'

tmp_base=${TMPDIR:-}
if [ -z "$tmp_base" ]; then
  tmp_base=/tmp
  [ -d /dev/shm ] && [ -w /dev/shm ] && tmp_base=/dev/shm
fi
T=$(mktemp -d "$tmp_base/disclose-kill.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
DIR=$T/site
FEES=$DIR/content/fees/2005/city-hospital-outpatient-fees.md
RECORD=$DIR/public/fees/2005/city-hospital-outpatient-fees/index.json
REPO=$DIR/.public.disclose/repo

passed=0
failed=0
shifted=0
amended=0
NOTE=
OUT=
RC=0
PROBLEMS=()
REPORT=
started=$SECONDS

# Runs "$@" with a time limit: its output in OUT, its status in RC.
run() {
  OUT=$(timeout 120 "$@" 2>&1)
  RC=$?
}

problem() { PROBLEMS+=("$1"); }

git_repo() { git --git-dir="$REPO" "$@"; }

head_commit() { git_repo rev-parse -q --verify HEAD 2>/dev/null; }

commit_count() { git_repo rev-list --count HEAD 2>/dev/null || echo 0; }

# The commit public/ links to ("" when it is not a link into the store).
shown_commit() {
  local target
  target=$(readlink "$DIR/public" 2>/dev/null) || return 0
  target=${target##*/}
  echo "${target:0:40}"
}

# The next amendment: a new change_note (one before validity: the first
# time), written in one rename as an editor does.
amend() {
  amended=$((amended + 1))
  NOTE=$(printf '第%04d次更正' "$amended")
  if grep -q '^change_note:' "$FEES"; then
    sed "s/^change_note:.*/change_note: $NOTE/" "$FEES" >"$T/amended.md"
  else
    sed "s/^validity:/change_note: $NOTE\nvalidity:/" "$FEES" >"$T/amended.md"
  fi
  mv "$T/amended.md" "$FEES"
}

# Whether public/ holds exactly the files of commit $1: compared through an
# index of its own, not the repository's.
same_as_commit() {
  local index=$T/check-index
  local -a g=(env GIT_INDEX_FILE="$index" git --git-dir="$REPO"
    --work-tree="$DIR/public")
  rm -f "$index"
  "${g[@]}" read-tree "$1" || return 1
  "${g[@]}" update-index -q --refresh >/dev/null
  "${g[@]}" diff-files --quiet || return 1
  [ -z "$("${g[@]}" ls-files --others)" ]
}

# What is on disk, for a report.
state() {
  echo "--- ls -la $DIR"
  ls -la "$DIR"
  echo "--- ls -la $DIR/.public.disclose"
  ls -la "$DIR/.public.disclose"
  echo "--- ls -la $DIR/.public.disclose/trees"
  ls -la "$DIR/.public.disclose/trees"
  echo "--- lock files in $REPO"
  find "$REPO" -name '*.lock'
  echo "--- git -C $REPO log --oneline"
  git -C "$REPO" log --oneline 2>&1
}

# The state a kill left, before anything repairs it. $1: the last
# publication before the killed run(s). HEAD is $1 or descends from it,
# public/ shows HEAD or the one before it and holds exactly its files, and
# verify passes and says which publication public/ is.
check_killed() {
  local before=$1 head shown
  REPORT=$(state)
  head=$(head_commit)
  shown=$(shown_commit)
  if [ "$head" != "$before" ] &&
    ! git_repo merge-base --is-ancestor "$before" "$head" 2>/dev/null; then
    problem "HEAD $head does not descend from $before"
  fi
  if [ -z "$shown" ]; then
    problem "public is not a link into the store"
  elif [ "$shown" != "$head" ] &&
    [ "$shown" != "$(git_repo rev-parse -q --verify "$head^" 2>/dev/null)" ]; then
    problem "public shows $shown; HEAD is $head"
  elif ! same_as_commit "$shown"; then
    problem "public/ does not hold exactly the files of $shown"
  fi
  run "$DISCLOSE" verify --site "$DIR"
  REPORT+=$'\n'"--- disclose verify (exit $RC)"$'\n'"$OUT"
  [ "$RC" -eq 0 ] || problem "verify after the kill exited $RC"
  if [ -n "$shown" ] && [[ "$OUT" != *"public is publication ${shown:0:10}"* ]]; then
    problem "verify does not say public is publication ${shown:0:10}"
  fi
  run git -C "$DIR/public" fsck --strict
  [ "$RC" -eq 0 ] || problem "git fsck --strict after the kill exited $RC: $OUT"
}

# The next publish repairs everything with no person.
check_recovered() {
  run "$DISCLOSE" publish --site "$DIR"
  REPORT+=$'\n'"--- disclose publish (exit $RC)"$'\n'"$OUT"
  [ "$RC" -eq 0 ] || problem "the next publish exited $RC"
  run "$DISCLOSE" verify --site "$DIR"
  REPORT+=$'\n'"--- disclose verify after it (exit $RC)"$'\n'"$OUT"
  [ "$RC" -eq 0 ] || problem "verify after the next publish exited $RC"
  [[ "$OUT" != *"note:"* ]] || problem "verify after the next publish has notes"
  run git -C "$DIR/public" fsck --strict
  [ "$RC" -eq 0 ] || problem "git fsck --strict after the next publish: $OUT"
  run git -C "$DIR/public" status --porcelain
  if [ "$RC" -ne 0 ] || [ -n "$OUT" ]; then
    problem "git status --porcelain after the next publish: $OUT"
  fi
  grep -q "$NOTE" "$RECORD" 2>/dev/null ||
    problem "$RECORD does not show the latest change_note $NOTE"
}

# Counts one kill point: $1 names it, $2 says where the kill landed.
verdict() {
  if [ ${#PROBLEMS[@]} -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok    $1${2:+: $2}"
  else
    failed=$((failed + 1))
    echo "FAIL  $1${2:+: $2}"
    printf '      %s\n' "${PROBLEMS[@]}"
    local line
    while IFS= read -r line; do echo "      | $line"; done <<<"$REPORT"
  fi
  PROBLEMS=()
  REPORT=
}

publish_or_die() {
  run "$DISCLOSE" publish --site "$DIR"
  if [ "$RC" -ne 0 ]; then
    echo "setup: disclose publish exited $RC"$'\n'"$OUT"
    echo "0 passed, 1 failed"
    exit 1
  fi
}

make_site() {
  mkdir -p "$DIR"
  cp -r "$SOURCE/content" "$SOURCE/themes" "$DIR/" || exit 1
  publish_or_die
}

# --- exhaustive and sampled: strace injects SIGKILL -----------------------

# The store after two publications (the sample, then an amendment): every
# kill starts from it.
save_base() {
  amend
  publish_or_die
  BASE=$(head_commit)
  BASE_COUNT=$(commit_count)
  # Whether a new object's fan-out folder objects/xx exists depends on its
  # hash, so that the calls are the same in every run all exist already
  # (git does not mind empty ones). A kill before such a mkdir is left to
  # the random mode.
  local i
  for ((i = 0; i < 256; i++)); do
    mkdir -p "$REPO/objects/$(printf %02x "$i")"
  done
  tar -C "$DIR" -cf "$T/base.tar" .public.disclose public
}

restore_base() {
  rm -rf "$DIR/.public.disclose" "$DIR/public" "$DIR"/public.disclose-link-* \
    "$DIR"/public.before-*
  tar -C "$DIR" -xf "$T/base.tar"
}

# One traced publication of an amendment from the base; writes $T/points:
# "syscall TAB N TAB kind TAB call" for every call that changes the disk,
# N counted per system call in the main thread as strace's when= counts it.
# kind: page (a file of the new tree), object (a git object), cleanup (the
# removal of the old tree) or store (everything else).
measure() {
  restore_base
  amend
  strace -f -o "$T/trace" -e trace="$WRITING" \
    "$DISCLOSE" publish --site "$DIR" >/dev/null 2>&1 || {
    echo "setup: the traced publication failed"
    exit 1
  }
  awk -F'\t' -v OFS='\t' '
    function kind(call, path) {
      if (path ~ /\.partial\/\.git$/ || path ~ /\.partial$/) return "store"
      if (path ~ /\.partial\//) return "page"
      if (path ~ /tmp_object_git2_/ || call == "utimensat") return "object"
      if (call == "mkdir" && path ~ /\/objects\/[0-9a-f][0-9a-f]$/) return "object"
      if (call == "unlinkat") return "cleanup"
      return "store"
    }
    {
      pid = $0
      sub(/ .*/, "", pid)
      if (main == "") main = pid
      line = $0
      sub(/^[0-9]+ +/, "", line)
      if (line ~ /^<\.\.\. / || line ~ /^\+\+\+/ || line ~ /^---/) next
      call = line
      sub(/\(.*/, "", call)
      if (pid != main) { other[call]++; next }
      n[call]++
      path = ""
      if (match(line, /"[^"]*"/)) path = substr(line, RSTART + 1, RLENGTH - 2)
      if (call == "openat" || call == "open" || call == "creat") {
        if (line ~ /= [0-9]+$/) {
          fd = line
          sub(/.*= /, "", fd)
          fds[fd] = path
        }
        if (call != "creat" && line !~ /O_CREAT/) next
      }
      if (call ~ /^(write|writev|pwrite64|pwritev|pwritev2|fsync|fdatasync|ftruncate|flock|syncfs)$/) {
        fd = line
        sub(/^[a-z0-9_]+\(/, "", fd)
        sub(/[,)].*/, "", fd)
        path = (fd in fds) ? fds[fd] : "fd " fd
      }
      print call, n[call], kind(call, path), line
    }
    END {
      for (c in n) printf "%s %d\n", c, n[c] > "/dev/stderr"
      for (c in other) printf "other threads: %s %d\n", c, other[c] > "/dev/stderr"
    }' "$T/trace" >"$T/points" 2>"$T/counts"
  echo "system calls of one publication that change the disk (main thread):"
  sort "$T/counts" | sed 's/^/  /'
  local name missing=()
  for name in ${WRITING//,/ }; do
    name=${name#\?}
    grep -q "^$name " "$T/counts" || missing+=("$name")
  done
  echo "  not made: ${missing[*]}"
  echo "kill points: $(grep -c $'\tstore\t' "$T/points") store," \
    "$(grep -vc $'\tstore\t' "$T/points") bulk"
}

# A call as strace shows it, without what differs from run to run: hashes,
# nonces, the result, what is written, times.
normalized() {
  sed -E 's/ += [^=]*$//; s/[0-9a-f]{8,}/X/g; s/^(p?write[a-z0-9]*\([0-9]+).*/\1/
    s/^([a-z0-9_]+\([^"]*"[^"]*").*/\1/' <<<"$1"
}

# Kills the publication of a new amendment from the base before call $2 of
# system call $1, and checks.
kill_at() {
  local call=$1 n=$2 expected landed note=
  expected=$(awk -F'\t' -v c="$call" -v n="$n" '$1 == c && $2 == n { print $4 }' \
    "$T/points")
  restore_base
  amend
  {
    timeout 120 strace -f -o "$T/kill.log" -e trace="$call" \
      -e inject="$call:signal=SIGKILL:when=$n" \
      "$DISCLOSE" publish --site "$DIR" >"$T/killed.out" 2>&1
  } 2>/dev/null
  landed=
  if grep -q 'killed by SIGKILL' "$T/kill.log"; then
    landed=$(grep -E ' = \?$' "$T/kill.log" | tail -n1 | sed -E 's/^[0-9]+ +//')
    [ -n "$landed" ] || landed="(the call is not in the strace log)"
  fi
  if [ -z "$landed" ]; then
    problem "the publication was not killed (it made fewer $call calls)"
    REPORT="--- disclose publish under strace"$'\n'"$(cat "$T/killed.out")"
  else
    if [ "$(normalized "$landed")" != "$(normalized "$expected")" ]; then
      note=" (not the measured call: ${expected:0:110})"
      shifted=$((shifted + 1))
    fi
    check_killed "$BASE"
    REPORT="--- killed before: $call #$n: $landed"$'\n'"$REPORT"
    check_recovered
    local count
    count=$(commit_count)
    [ "$count" -eq $((BASE_COUNT + 1)) ] ||
      problem "$count commits after the next publish; $((BASE_COUNT + 1)) expected"
  fi
  verdict "$call #$n" "${landed:0:110}$note"
}

strace_mode() {
  if ! command -v strace >/dev/null; then
    echo "strace is not installed (scripts/setup installs it); skipped"
    exit 77
  fi
  make_site
  save_base
  measure
  local -a picked
  if [ "$MODE" = exhaustive ]; then
    mapfile -t picked < <(awk -F'\t' '$3 == "store" { print $1 " " $2 }' \
      "$T/points")
  else
    # Every stride-th call of each bulk series, and the last of each.
    local bulk stride
    bulk=$(grep -vc $'\tstore\t' "$T/points")
    stride=$(((bulk + SAMPLES - 1) / SAMPLES))
    echo "sampled: every ${stride}th bulk kill point, and the last of each kind"
    mapfile -t picked < <(awk -F'\t' -v s="$stride" '
      $3 != "store" {
        key = $1 " " $3
        i = seen[key]++
        if (i % s == 0) print $1 " " $2
        last[key] = $1 " " $2
        printed[key] = (i % s == 0)
      }
      END { for (k in last) if (!printed[k]) print last[k] }' "$T/points")
  fi
  local point
  for point in "${picked[@]}"; do
    kill_at "${point% *}" "${point#* }"
  done
  [ "$shifted" -eq 0 ] ||
    echo "$shifted kills landed on another call than the measured one"
}

# --- random: kill -9 after a random delay ----------------------------------

# DURATION: the milliseconds one publication of an amendment takes.
measure_duration() {
  local start
  amend
  start=$(date +%s%N)
  publish_or_die
  DURATION=$((($(date +%s%N) - start) / 1000000))
  echo "one publication of an amendment: $DURATION ms"
}

# Whether process $1 (a child not yet waited for) still runs.
running() {
  local stat
  stat=$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)
  [ -n "$stat" ] && [ "$stat" != Z ]
}

random_mode() {
  make_site
  local round delay pid rc before head shown outcome count before_count
  measure_duration
  for ((round = 1; round <= ROUNDS; round++)); do
    before=$(head_commit)
    before_count=$(commit_count)
    amend
    delay=$((RANDOM % (DURATION + 1)))
    "$DISCLOSE" publish --site "$DIR" >"$T/killed.out" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null  # not yet waited for: still ours
    { wait "$pid"; } 2>/dev/null
    rc=$?
    head=$(head_commit)
    shown=$(shown_commit)
    if [ "$rc" -eq 0 ]; then
      outcome="finished before the kill"
    elif [ "$head" = "$before" ]; then
      outcome="killed before the commit was recorded"
    elif [ "$shown" != "$head" ]; then
      outcome="killed after the commit was recorded, before it was shown"
    else
      outcome="killed after the switch"
    fi
    check_killed "$before"
    REPORT="--- killed after $delay ms (exit $rc)"$'\n'"$REPORT"
    check_recovered
    count=$(commit_count)
    [ "$count" -eq $((before_count + 1)) ] ||
      problem "$count commits after the next publish; $((before_count + 1)) expected"
    verdict "round $round, kill after $delay ms" "$outcome"
    if [ "$failed" -gt 0 ]; then
      echo "stopping: the next rounds would start from a broken store"
      break
    fi
  done
}

# --- race: publications at once, some killed -------------------------------

race_mode() {
  make_site
  measure_duration
  local round k i rc most before count polled now t0 alive
  local -a pids kill_ms what
  most=$(commit_count)
  for ((round = 1; round <= RACES; round++)); do
    before=$(head_commit)
    k=$((2 + RANDOM % 2))
    pids=() kill_ms=() what=()
    t0=$(date +%s%N)
    for ((i = 0; i < k; i++)); do
      amend
      "$DISCLOSE" publish --site "$DIR" >"$T/race-$i.out" 2>&1 &
      pids[i]=$!
      # Half of them are killed, at any moment of the whole round.
      kill_ms[i]=-1
      ((RANDOM % 2)) && kill_ms[i]=$((RANDOM % (k * DURATION + 1)))
      sleep "0.0$((RANDOM % 5))"
    done
    # Kills go out before anything is waited for (until then the processes
    # are ours), and the number of commits is watched meanwhile.
    alive=1
    while [ "$alive" -eq 1 ]; do
      alive=0
      now=$((($(date +%s%N) - t0) / 1000000))
      for ((i = 0; i < k; i++)); do
        running "${pids[i]}" || continue
        alive=1
        if [ "${kill_ms[i]}" -ge 0 ] && [ "$now" -ge "${kill_ms[i]}" ]; then
          kill -9 "${pids[i]}" 2>/dev/null
          kill_ms[i]=-2
        fi
      done
      if polled=$(git_repo rev-list --count HEAD 2>&1); then
        [ "$polled" -ge "$most" ] ||
          problem "the number of commits went from $most down to $polled"
        most=$polled
      else
        problem "git rev-list --count HEAD failed during the race: $polled"
      fi
      sleep 0.02
    done
    for ((i = 0; i < k; i++)); do
      { wait "${pids[i]}"; } 2>/dev/null
      rc=$?
      if [ "${kill_ms[i]}" -eq -2 ] && [ "$rc" -eq 137 ]; then
        what[i]=killed
      else
        what[i]="exit $rc"
        [ "$rc" -eq 0 ] || problem "publication $i, not killed, exited $rc:
$(cat "$T/race-$i.out")"
      fi
    done
    check_killed "$before"
    check_recovered
    count=$(commit_count)
    [ "$count" -ge "$most" ] ||
      problem "$count commits after the next publish; there were $most"
    most=$count
    verdict "round $round, $k publications" "${what[*]}; $count commits"
    if [ "$failed" -gt 0 ]; then
      echo "stopping: the next rounds would start from a broken store"
      break
    fi
  done
}

case "$MODE" in
  exhaustive | sampled) strace_mode ;;
  random) random_mode ;;
  race) race_mode ;;
  *)
    echo "unknown mode $MODE" >&2
    exit 2
    ;;
esac
echo "$MODE: $((SECONDS - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
