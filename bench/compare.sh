#!/usr/bin/env bash
# Side-by-side benchmark: Briefing against the tools a user would reach for instead, on the same
# content, whole process (start-up included). Prints a Markdown table of medians and ratios.
#
#   bench/compare.sh            # RUNS=5 cold runs per command, batches of 200 and 1,000, 3 runs each
#   RUNS=10 bench/compare.sh    # more runs
#   QUICK=1 bench/compare.sh    # 3 runs, batch of 200 only, one JDK
#   WARMUP=0 SIZES="200" ...    # no warm-up round of cold commands; chosen batch sizes
#   BATCH_RUNS=3 ...            # runs of each batch (median time, highest peak RSS)
#   KEEP=1 ...                  # keep the work folder (outputs, timings as JSON, watch logs)
#   SETTLE=25 ...               # seconds after watch's first build before the "after warm-up" saves
# Batches run on the last JDK measured only (JDK 25 when present).
#
# Anchors: pandoc (Markdown -> HTML) on Briefing's own Markdown of the full article; WeasyPrint
# (HTML -> PDF) on Briefing's own HTML. It installs what it lacks with apt-get (pandoc,
# weasyprint, GNU time) and says so. typst is not run: no registry reachable here ships it for
# this machine together with a converter of our Markdown to Typst (pandoc 2.17 has no Typst writer).
#
# Briefing is run through ./briefing (the launcher, with its start-up cache) on the JDK on PATH and,
# when present, on JDK 25 (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64).
# Not part of 'mvn verify'. Progress goes to stderr, the table to stdout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
settle="${SETTLE:-25}"
quick="${QUICK:-}"
[ -n "$quick" ] && runs="${RUNS:-3}"
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
spec="briefings/full-article.yaml"
say() { echo "compare: $*" >&2; }

# --- tools ---------------------------------------------------------------------------------
need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v weasyprint >/dev/null || need+=(weasyprint)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  say "installing with apt-get: ${need[*]}"
  sudo_="" && [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need[@]}" >&2
fi

jdks=("default")
if [ -z "$quick" ] && [ -x "$jdk25/bin/java" ]; then
  jdks+=("$jdk25")
fi
brief() { # brief JDK ARGS... : the launcher on one JDK
  local j="$1"
  shift
  if [ "$j" = default ]; then ./briefing "$@"; else JAVA_HOME="$j" ./briefing "$@"; fi
}
label() { [ "$1" = default ] && echo "JDK $(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')" || echo "JDK 25"; }
launch() { # the command line of one JDK, as the cold rounds run it
  if [ "$1" = default ]; then echo "./briefing"; else echo "env JAVA_HOME=$1 ./briefing"; fi
}

work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
# Briefing keeps parsed corpus files between runs (README): this run's own folder for them, so
# that what an earlier run or the user's own builds kept plays no part. The cold rows find them
# kept by the warm-up run, as every build after the first does; one row parses them afresh.
# The anchors keep the caller's own XDG_CACHE_HOME (fontconfig keeps its cache there), so that
# the folder given to Briefing changes nothing of theirs.
if [ -n "${XDG_CACHE_HOME+set}" ]; then
  anchor_env=(env "XDG_CACHE_HOME=$XDG_CACHE_HOME")
else
  anchor_env=(env -u XDG_CACHE_HOME)
fi
export XDG_CACHE_HOME="$work/xdg"
say "work folder $work; building the jar and the start-up caches (not measured)"
# --version makes the launcher's three one-shot caches ("plain", "text", "full") at once: all before any timing.
for j in "${jdks[@]}"; do
  brief "$j" --version >/dev/null
  brief "$j" build "$spec" -f pdf -o "$work/caches" >/dev/null 2>&1
done

# Briefing's own Markdown and HTML of the full article: the anchors' input.
brief default build "$spec" -f md,html -o "$work/ref" >/dev/null 2>&1
md="$work/ref/full-article.md"
html="$work/ref/full-article.html"

json="$work/json"
mkdir -p "$json"
# The cold commands run in rounds, each command once a round, the first of each round another, so
# that Briefing and its anchors meet the same conditions: this machine's speed drifts by a fifth
# from one minute to the next (a WeasyPrint median of 1.84 s in one run, 2.52 s in the next), and
# one tool's runs all taken before the other's made the ratios drift with it. The first WARMUP
# rounds are not counted. Each line of the list: NAME, PREPARE (run before each timed run, not
# timed; may be empty) and COMMAND, tab-separated; the median of each goes to $json/NAME.json.
rounds() { # rounds LIST
  python3 - "$json" "$runs" "$warmup" "$1" <<'PY'
import json, os, shlex, statistics, subprocess, sys, time
json_dir, runs, warmup, listing = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
cmds = [line.rstrip("\n").split("\t") for line in open(listing) if line.strip()]
times = {name: [] for name, _, _ in cmds}
failed = set()
def run(command):
    return subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode
for r in range(warmup + runs):
    k = r % len(cmds)
    for name, prepare, command in cmds[k:] + cmds[:k]:
        if name in failed:
            continue
        if prepare:
            run(prepare)
        start = time.monotonic()
        rc = run(command)
        seconds = time.monotonic() - start
        if rc != 0:
            failed.add(name)
            print("compare: FAILED: " + command, file=sys.stderr)
        elif r >= warmup:
            times[name].append(seconds)
for name, _, _ in cmds:
    ok = name not in failed and times[name]
    with open(os.path.join(json_dir, name + ".json"), "w") as f:
        json.dump({"results": [{"median": statistics.median(times[name]) if ok else None,
                                "times": times[name]}]}, f)
PY
}
median() { python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["results"][0]["median"]; print("" if m is None else "%.3f" % m)' "$json/$1.json"; }
rss() { # peak RSS in MB of one run of the command
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  awk '{printf "%.0f", $1/1024}' "$work/rss"
}

# --- cold single builds ----------------------------------------------------------------------
say "cold single builds, $runs rounds of every command (and $warmup not counted)"
cold="$work/cold.tsv"
: >"$cold"
cold() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$cold"; } # cold NAME PREPARE COMMAND
cold pandoc "" "${anchor_env[*]} pandoc $md -s -o $work/pandoc.html"
cold weasy "" "${anchor_env[*]} weasyprint $html $work/weasy.pdf"
for j in "${jdks[@]}"; do
  k="$(basename "$j")"
  for f in html pdf pdf,html; do
    cold "b-$k-$f" "" "$(launch "$j") build $spec -f $f -o $work/b-$k"
    if [ "$f" = html ]; then
      # The first build after every corpus file changed: nothing kept to find (no parsed corpus
      # file, no formatted reference list).
      cold "b-$k-html-parsed" "rm -rf $work/xdg-parsed" \
        "env XDG_CACHE_HOME=$work/xdg-parsed $(launch "$j") build $spec -f html -o $work/b-$k"
    fi
  done
done
rounds "$cold"
declare -A rss_of
rss_of[pandoc]="$(rss "${anchor_env[@]}" pandoc "$md" -s -o "$work/pandoc.html")"
rss_of[weasy]="$(rss "${anchor_env[@]}" weasyprint "$html" "$work/weasy.pdf")"
for j in "${jdks[@]}"; do
  k="$(basename "$j")"
  for f in html pdf pdf,html; do
    if [ "$j" = default ]; then
      rss_of["b-$k-$f"]="$(rss ./briefing build "$spec" -f "$f" -o "$work/b-$k")"
    else
      rss_of["b-$k-$f"]="$(rss env JAVA_HOME="$j" ./briefing build "$spec" -f "$f" -o "$work/b-$k")"
    fi
  done
done

# --- warm rebuild in one process: briefing watch ---------------------------------------------
# Save -> file written, measured from outside: the time of the write, then the new file's
# modification time. A one-page note and the full article, PDF only (the edit loop's output).
warm() { # warm JDK SPECFILE NAME [WAIT]: median milliseconds from save to the rewritten PDF
  local j="$1" s="$2" name="$3" wait_s="${4:-1}"
  local dir="$work/watch-$name"
  local log="$work/watch-$name.log"
  mkdir -p "$dir"
  cp "$s" "$dir/spec.yaml"
  local pdf="$dir/out/spec.pdf"
  if [ "$j" = default ]; then
    ./briefing watch "$dir/spec.yaml" --no-serve -f pdf -o "$dir/out" >"$log" 2>&1 &
  else
    JAVA_HOME="$j" ./briefing watch "$dir/spec.yaml" --no-serve -f pdf -o "$dir/out" >"$log" 2>&1 &
  fi
  local pid=$!
  local i=0
  while [ ! -f "$pdf" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  sleep "$wait_s"
  # The saves and the wait for the new file run in one Python process, which polls the file's
  # status every millisecond (a stat call, no new process): a shell loop that started 'stat' every
  # 5 ms took enough of this 2-core machine to slow the rebuild it was timing, by about 100 ms for
  # the full article (docs/performance.md, Watch). The time is from the write to the moment the new
  # file is seen, on the monotonic clock.
  local times
  times="$(python3 - "$dir/spec.yaml" "$pdf" <<'PY'
import os, sys, time
spec, pdf = sys.argv[1], sys.argv[2]
def stamp():
    st = os.stat(pdf)
    return (st.st_ino, st.st_mtime_ns, st.st_size)
out = []
for n in range(1, 13):
    before = stamp()
    t0 = time.monotonic_ns()
    with open(spec, "a") as f:
        f.write("\n# edit %d\n" % n)
    deadline = time.monotonic() + 15
    while stamp() == before and time.monotonic() < deadline:
        time.sleep(0.001)
    seen = time.monotonic_ns()
    # the first three saves warm the JIT up; the rest count
    if n > 3:
        out.append(round((seen - t0) / 1e6))
    time.sleep(0.3)
print("\n".join(str(t) for t in out))
PY
)"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  printf '%s\n' "$times" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}
note="$work/note.yaml"
cat >"$note" <<'EOF'
title: Benchmark note
audience: Benchmark
language: en
sections:
  - executive-summary
  - {type: key-points, limit: 3}
EOF
declare -A warm_of
for j in "${jdks[@]}"; do
  k="$(basename "$j")"
  say "warm rebuilds with briefing watch ($(label "$j"))"
  warm_of["$k-note"]="$(warm "$j" "$note" "$k-note")"
  warm_of["$k-full"]="$(warm "$j" "$repo/$spec" "$k-full")"
  # The same once watch's background warm-up (20 s after its first build) is over: an editing
  # session's later saves.
  warm_of["$k-note-settled"]="$(warm "$j" "$note" "$k-note-settled" "$settle")"
  warm_of["$k-full-settled"]="$(warm "$j" "$repo/$spec" "$k-full-settled" "$settle")"
done

# --- batches of generated one-page notes ------------------------------------------------------
# Variants of a one-page note: every topic of the corpus in turn, two languages where the corpus
# has a translation, a numbered audience; no content is invented, all of it is selected.
mapfile -t topics < <(sed -n 's/^  - id: *//p' briefings/corpus/topics.yaml)
gen() { # gen N DIR
  mkdir -p "$2"
  for i in $(seq 1 "$1"); do
    t="${topics[$((i % ${#topics[@]}))]}"
    printf 'title: Note %s\naudience: Desk %s\nlanguage: en\nfilters:\n  topics: [%s]\nsections:\n  - executive-summary\n  - {type: key-points, limit: 3}\nmax-pages: 1\n' \
      "$i" "$i" "$t" >"$2/note-$i.yaml"
  done
}
read -r -a sizes <<<"${SIZES:-200 1000}"
batch_runs="${BATCH_RUNS:-3}"
[ -n "$quick" ] && batch_runs="${BATCH_RUNS:-1}"
[ -n "$quick" ] && sizes=(200)
# Batches run on the last JDK only (JDK 25 when present): each takes minutes on a busy machine.
batch_jdks=("${jdks[-1]}")
declare -A batch_s batch_rss
for n in "${sizes[@]}"; do
  gen "$n" "$work/batch-$n"
  for j in "${batch_jdks[@]}"; do
    k="$(basename "$j")"
    say "batch of $n notes, pdf+html ($(label "$j")), $batch_runs runs"
    : >"$work/bt-all"
    for r in $(seq 1 "$batch_runs"); do
      rm -rf "$work/bout"
      # Earlier steps' files written back to disk first: a batch writes hundreds of files, and
      # the kernel throttled its writes while the watch runs' and the last batch's were still
      # dirty (one batch of 200 spent 14 s in I/O wait here; docs/performance.md, "Cold start-up,
      # eleventh pass").
      sync
      if [ "$j" = default ]; then
        /usr/bin/time -f '%e %M' -o "$work/bt" ./briefing build "$work/batch-$n" -f pdf,html -o "$work/bout" >/dev/null 2>"$work/batch.err" || say "batch had failures: $(tail -1 "$work/batch.err")"
      else
        /usr/bin/time -f '%e %M' -o "$work/bt" env JAVA_HOME="$j" ./briefing build "$work/batch-$n" -f pdf,html -o "$work/bout" >/dev/null 2>"$work/batch.err" || say "batch had failures: $(tail -1 "$work/batch.err")"
      fi
      tail -1 "$work/bt" >>"$work/bt-all"
    done
    # The median time of the runs, and the highest peak RSS of any.
    read -r secs kb < <(sort -n "$work/bt-all" | awk '{t[NR]=$1; if ($2>m) m=$2} END {print (NR%2 ? t[(NR+1)/2] : (t[NR/2]+t[NR/2+1])/2), m}')
    batch_s["$k-$n"]="$secs"
    batch_rss["$k-$n"]="$((kb / 1024))"
  done
done

# --- table ------------------------------------------------------------------------------------
size_kb() { [ -f "$1" ] && awk -v b="$(stat -c %s "$1")" 'BEGIN{printf "%.0f", b/1024}' || echo "?"; }
ratio() { python3 -c 'import sys
a,b=sys.argv[1],sys.argv[2]
print("" if not a or not b else "%.2f×" % (float(a)/float(b)))' "$1" "$2"; }

hdr="| measure |"
sep="|---|"
for j in "${jdks[@]}"; do hdr+=" Briefing, $(label "$j") |"; sep+="---|"; done
hdr+=" anchor | anchor value | ratio (best Briefing / anchor) | target |"
sep+="---|---|---|---|"
echo "$hdr"
echo "$sep"
row() { # row MEASURE ANCHOR ANCHORVALUE TARGET VALUES...
  local m="$1" a="$2" av="$3" tgt="$4"
  shift 4
  local line="| $m |" best=""
  for v in "$@"; do
    line+=" $v |"
    if [ -n "$v" ] && [[ "$v" =~ ^[0-9.]+$ ]]; then
      if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float('$v') < float('$best') else 1)"; then best="$v"; fi
    fi
  done
  local r=""
  [ -n "$av" ] && [[ "$av" =~ ^[0-9.]+$ ]] && r="$(ratio "$best" "$av")"
  echo "$line $a | $av | $r | $tgt |"
}
vals() { for j in "${jdks[@]}"; do k="$(basename "$j")"; "$@" "$k"; done; }
med_of() { median "b-$2-$1"; }
row "cold full article, html (s)" "pandoc md→html" "$(median pandoc)" "≤ 1.0× pandoc" $(vals med_of html)
row "cold full article, html, nothing kept (every corpus file parsed, references formatted) (s)" "pandoc md→html" "$(median pandoc)" "" $(vals med_of html-parsed)
row "cold full article, pdf (s)" "WeasyPrint html→pdf" "$(median weasy)" "" $(vals med_of pdf)
row "cold full article, pdf+html (s)" "WeasyPrint html→pdf" "$(median weasy)" "≤ 0.5× WeasyPrint, < 1.0 s (JDK 25)" $(vals med_of pdf,html)
rss_b() { echo "${rss_of[b-$2-$1]}"; }
row "peak RSS, html (MB)" "pandoc" "${rss_of[pandoc]}" "" $(vals rss_b html)
row "peak RSS, pdf+html (MB)" "WeasyPrint" "${rss_of[weasy]}" "" $(vals rss_b pdf,html)
warm_b() { echo "${warm_of[$2-$1]}"; }
row "warm rebuild, one-page note pdf, save→file (ms)" "" "" "≤ 50 ms" $(vals warm_b note)
row "warm rebuild, full article pdf, save→file (ms)" "" "" "≤ 150 ms" $(vals warm_b full)
row "warm rebuild after watch's warm-up, note pdf (ms)" "" "" "≤ 50 ms" $(vals warm_b note-settled)
row "warm rebuild after watch's warm-up, full article pdf (ms)" "" "" "≤ 150 ms" $(vals warm_b full-settled)
for n in "${sizes[@]}"; do
  per_s() { python3 -c "print('%.1f' % ($n / float('${batch_s[$2-$n]}')))"; }
  rss_n() { echo "${batch_rss[$2-$n]}"; }
  bvals() { for j in "${jdks[@]}"; do k="$(basename "$j")"; if [ -n "${batch_s[$k-$n]:-}" ]; then "$@" "$k"; else echo "–"; fi; done; }
  row "batch of $n notes pdf+html (notes/s)" "" "" "≥ 80/s" $(bvals per_s x)
  row "batch of $n notes, peak RSS (MB)" "" "" "< 300 MB, flat" $(bvals rss_n x)
done
pdf_b() { echo "$(size_kb "$work/b-$2/full-article.pdf")"; }
html_b() { echo "$(size_kb "$work/b-$2/full-article.html")"; }
row "full-article PDF size (KB)" "WeasyPrint PDF" "$(size_kb "$work/weasy.pdf")" "< 150 KB" $(vals pdf_b x)
row "full-article HTML size (KB)" "pandoc HTML" "$(size_kb "$work/pandoc.html")" "" $(vals html_b x)
echo
echo "Medians of $runs whole-process runs for cold builds, taken in rounds of every command in turn ($warmup round(s) before not counted) (corpus files kept parsed and reference lists kept formatted by the warm-up run, except in the row that keeps nothing); warm: median of 9 saves after 3 warm-up saves, the first save 1 s after watch's first build, or $settle s (the rows after the warm-up); batches: median of $batch_runs runs, peak RSS the highest of them. $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. pandoc $(pandoc --version | head -1 | cut -d' ' -f2), WeasyPrint $(weasyprint --version | awk '{print $3}')."
