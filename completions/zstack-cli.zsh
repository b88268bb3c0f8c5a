#compdef zstack-cli
# zsh completion for zstack-cli
# Load it in ~/.zshrc (after compinit) with:  source <(zstack-cli completion zsh)
# or save it as _zstack-cli in a directory of $fpath.
#
# Each Tab runs `zstack-cli __complete <words...>` (the last word is the one being completed, possibly empty), which
# prints one `value<TAB>description` line per candidate and a last line `:<directive>` (bit 2: no space after,
# bit 4: no file completion).

_zstack_cli() {
  local -a args lines values descs shown listing nospace expl
  local out line value desc directive=0 width=0 i sep
  # The words before the cursor, unquoted as the command will see them, then the part of this word before the cursor.
  args=("${(@Q)words[2,CURRENT-1]}" "${(Q)PREFIX}")
  out=$("${words[1]}" __complete "${args[@]}" 2>/dev/null) || return 1
  lines=("${(@f)out}")
  if [[ ${lines[-1]} == :<-> ]]; then
    directive=${lines[-1]#:}
    lines[-1]=()
  fi
  for line in "${lines[@]}"; do
    [[ -n $line ]] || continue
    value=${line%%$'\t'*}
    desc=
    [[ $line == *$'\t'* ]] && desc=${line#*$'\t'}
    values+=("$value")
    descs+=("$desc")
    (( ${#value} > width )) && width=${#value}
  done
  if (( ${#${(@)descs:#}} )); then
    # One line per candidate, `value  -- description`, in the engine's order. (_describe would put candidates that
    # share a description on one line, out of order.) The separator is the list-separator style, as for _describe.
    zstyle -s ":completion:${curcontext}:zstack-cli" list-separator sep || sep=--
    for i in {1..${#values}}; do
      if [[ -n ${descs[i]} ]]; then shown+=("${(r:width:)values[i]}  $sep ${descs[i]}"); else shown+=("${values[i]}"); fi
    done
    listing=(-l -d shown)
  fi
  (( directive & 2 )) && nospace=(-S '')
  if (( ${#values} )); then
    # -V keeps the engine's order (required parameters first). The engine has already chosen the candidates; the
    # matcher lets zsh keep them all: `queryvm` (any case) finds QueryVmInstance, `VmInst` (a contained word) finds
    # CloneVmInstance.
    _wanted -V zstack-cli expl 'zstack-cli' \
      compadd "${nospace[@]}" "${listing[@]}" -M 'm:{[:lower:][:upper:]}={[:upper:][:lower:]} l:|=*' -a values
  elif (( !(directive & 4) )); then
    _files
  else
    return 1
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _zstack_cli "$@"
else
  compdef _zstack_cli zstack-cli
fi
