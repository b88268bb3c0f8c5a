#compdef zstack-cli
# zsh completion for zstack-cli
# Load it in ~/.zshrc (after compinit) with:  source <(zstack-cli completion zsh)
# or save it as _zstack-cli in a directory of $fpath.
#
# Each Tab runs `zstack-cli __complete <words...>` (the last word is the one being completed, possibly empty), which
# prints one `value<TAB>description` line per candidate and a last line `:<directive>` (bit 2: no space after,
# bit 4: no file completion).

_zstack_cli() {
  local -a args lines described nospace
  local out line value desc directive=0
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
    # _describe splits "value:description" at the first unescaped colon.
    described+=("${value//:/\\:}${desc:+:$desc}")
  done
  (( directive & 2 )) && nospace=(-S '')
  if (( ${#described} )); then
    # -V keeps the engine's order (required parameters first); the matcher lets `queryvm` find QueryVmInstance.
    _describe -V -t zstack-cli 'zstack-cli' described "${nospace[@]}" -M 'm:{[:lower:][:upper:]}={[:upper:][:lower:]}'
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
