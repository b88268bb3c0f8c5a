# Drives the bash completion function the way readline does, for each line argument (`|` marks the cursor, else
# the end). Prints per line: NOSPACE<US>reply1<US>reply2<US>...<RS>. Env: COMPLETIONS (the directory), TYPE (COMP_TYPE).
source "$COMPLETIONS/zstack-cli.bash"
fn=$(complete -p zstack-cli | sed -n 's/.*-F \([^ ]*\).*/\1/p')
# compopt only works inside a real completion; record what the function asks for instead.
compopt() { [[ $* == *"-o nospace"* ]] && NOSPACE=1; return 0; }
for line in "$@"; do
  COMP_LINE=${line/|/}
  point=${line%%|*}
  COMP_POINT=${#point}
  read -ra COMP_WORDS <<<"${COMP_LINE:0:COMP_POINT}"
  [[ ${COMP_LINE:COMP_POINT-1:1} == " " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_TYPE=$TYPE
  COMPREPLY=()
  NOSPACE=0
  "$fn" zstack-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\x1f' "$NOSPACE" "${COMPREPLY[@]}"
  printf '\x1e'
done
