#!/usr/bin/env bash
# Creates the load accounts in the Karaf shell and writes LOAD_DIR/accounts.csv
# (username,initialPassword,role,school). One account holds one session at a time, so N concurrent
# virtual users need N accounts. Roles are mixed and spread over the demo schools:
#   4 in 10 学籍管理员 (SCHOOL_REGISTRAR), 2 in 10 班主任 (HEAD_TEACHER, the first class of a grade),
#   2 in 10 校长 (PRINCIPAL), 1 in 10 分管领导 (SCHOOL_LEADER), 1 in 10 区学籍管理员 (DISTRICT_ADMIN).
# New accounts must change their password at first login; the driver's prepare mode does that in the
# console, the way a person would.
#   make-accounts.sh N
set -euo pipefail
n=${1:?number of accounts}
dir="${LOAD_DIR:-/work/load-run}"
ssh_port=18301
# a synthetic password, only for this throw-away installation
initial='Load-Init-2026-x7'

karaf_ssh() {
  ssh -p "$ssh_port" -i "$dir/ssh/load_rsa" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o BatchMode=yes -o IdentitiesOnly=yes -o LogLevel=ERROR -o ConnectTimeout=10 -F /dev/null \
    load@127.0.0.1 "$@"
}

# school ids are 1..S in the order of xueji:schools (the demo accounts confirm 1 = 岳麓区第一小学);
# a head teacher gets the first class of their school (class id: column 编号 of xueji:class-sizes)
# (ssh reports "closed by remote host" with a non-zero status: read the output, not the status)
schools_out=$(karaf_ssh 'xueji:schools' </dev/null 2>/dev/null || true)
mapfile -t codes < <(grep -o '^[0-9]\{6,\}' <<<"$schools_out")
schools=${#codes[@]}
[ "$schools" -gt 0 ] || { echo "no schools listed by xueji:schools" >&2; exit 1; }
first_class=()
for code in "${codes[@]}"; do
  sizes=$(karaf_ssh "xueji:class-sizes --school $code" </dev/null 2>/dev/null || true)
  first_class+=("$(awk -F'|' 'NR > 2 { gsub(/ /, "", $2); if ($2 ~ /^[0-9]+$/ && !found) { print $2; found = 1 } }' <<<"$sizes")")
done

roles=(SCHOOL_REGISTRAR HEAD_TEACHER PRINCIPAL SCHOOL_REGISTRAR SCHOOL_LEADER \
       SCHOOL_REGISTRAR HEAD_TEACHER PRINCIPAL SCHOOL_REGISTRAR DISTRICT_ADMIN)
: >"$dir/accounts.csv"
create() { # i
  local i=$1 role=${roles[$(( ($1 - 1) % 10 ))]} school=$(( ($1 - 1) % schools + 1 ))
  local user; user=$(printf 'load%03d' "$i")
  local opts="--name 压测用户$i --role $role"
  case $role in
    DISTRICT_ADMIN) school= ;;
    HEAD_TEACHER) opts="$opts --school $school --classes ${first_class[$((school - 1))]}" ;;
    *) opts="$opts --school $school" ;;
  esac
  # an account of an earlier set-up in the same folder is used as it is (the set-up can be re-run)
  if printf '%s\n%s\n' "$initial" "$initial" | karaf_ssh "xueji:account-add $opts $user" 2>&1 | grep -q '已创建账号\|已被使用'; then
    echo "$user,$initial,$role,$school"
  else
    echo "account-add $user failed" >&2
  fi
}

export -f create karaf_ssh
export dir ssh_port initial schools
export roles_list="${roles[*]}" first_class_list="${first_class[*]}"
# four shells at a time: each account-add is one SSH session
seq 1 "$n" | xargs -P 4 -I{} bash -c 'roles=($roles_list); first_class=($first_class_list); create {}' \
  | sort >"$dir/accounts.csv"
made=$(wc -l <"$dir/accounts.csv")
echo "created $made of $n load accounts ($dir/accounts.csv)"
[ "$made" -eq "$n" ]
