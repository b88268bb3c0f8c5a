# bash completion for zstack-cli
# Load it in ~/.bashrc with:  source <(zstack-cli completion bash)
# or install it as ~/.local/share/bash-completion/completions/zstack-cli
#
# Each Tab runs `zstack-cli __complete <words...>` (the last word is the one being completed, possibly empty), which
# prints one `value<TAB>description` line per candidate and a last line `:<directive>` (bit 2: no space after,
# bit 4: no file completion).

# Splits the line up to the cursor into words the way the shell will read them (quotes and backslashes removed),
# because COMP_WORDS splits at every COMP_WORDBREAKS character (`state=Ru` would be three words). Sets
# __zstack_cli_words and __zstack_cli_keep: the raw text of the current word up to its last unquoted word-break
# character, which readline keeps in place (it replaces only what follows), so it is cut from every answer.
__zstack_cli_split() {
  local s=$1 c q= w= raw= keep= inword= i
  local breaks=${COMP_WORDBREAKS:-\"\'><=;|&(:}
  __zstack_cli_words=()
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    if [[ -n $q ]]; then
      if [[ $c == "$q" ]]; then
        q=
      elif [[ $q == '"' && $c == '\' && ${s:i+1:1} == [\"\\\$\`] ]]; then
        ((i++))
        c=${s:i:1}
        raw+='\'
      fi
      [[ -n $q ]] && w+=$c
      raw+=$c
      continue
    fi
    case $c in
      ' ' | $'\t' | $'\n')
        if [[ -n $inword ]]; then
          __zstack_cli_words+=("$w")
          w= raw= keep= inword=
        fi
        continue
        ;;
      \' | \")
        q=$c inword=1 raw+=$c
        continue
        ;;
      \\)
        ((i++))
        w+=${s:i:1} raw+=$c${s:i:1} inword=1
        continue
        ;;
    esac
    inword=1 w+=$c raw+=$c
    [[ $breaks == *"$c"* ]] && keep=$raw
  done
  __zstack_cli_words+=("$w")
  __zstack_cli_keep=$keep
}

_zstack_cli() {
  local __zstack_cli_words __zstack_cli_keep
  __zstack_cli_split "${COMP_LINE:0:COMP_POINT}"
  local prog=${__zstack_cli_words[0]}
  [[ $prog == */* ]] || type -P -- "$prog" >/dev/null 2>&1 || prog=zstack-cli
  local out
  out=$("$prog" __complete "${__zstack_cli_words[@]:1}" 2>/dev/null) || return 0
  local -a lines values descs
  mapfile -t lines <<<"$out"
  local last=${lines[${#lines[@]} - 1]} directive=0 line value width=0
  if [[ $last == :* ]]; then
    directive=${last#:}
    unset 'lines[${#lines[@]}-1]'
  fi
  [[ $directive =~ ^[0-9]+$ ]] || directive=0
  for line in "${lines[@]}"; do
    [[ -n $line ]] || continue
    value=${line%%$'\t'*}
    # Quote what the shell would otherwise read as syntax (`cpuNum>` is a redirection), and only then: %q would
    # also escape the commas of `fields=uuid,name`.
    [[ $value == *[[:space:]\'\"\\\$\`\>\<\|\&\;\(\)\*\?\[\!\{\}]* ]] && printf -v value '%q' "$value"
    if [[ -n $__zstack_cli_keep ]]; then
      [[ $value == "$__zstack_cli_keep"* ]] || continue
      value=${value#"$__zstack_cli_keep"}
    fi
    values+=("$value")
    if [[ $line == *$'\t'* ]]; then descs+=("${line#*$'\t'}"); else descs+=(""); fi
    ((${#value} > width)) && width=${#value}
  done
  COMPREPLY=()
  if ((COMP_TYPE == 63 && ${#values[@]} > 1)); then
    # Listing the choices (second Tab): show the descriptions; readline does not insert these entries.
    local i
    for i in "${!values[@]}"; do
      if [[ -n ${descs[i]} ]]; then
        printf -v line '%-*s  -- %s' "$width" "${values[i]}" "${descs[i]}"
        COMPREPLY+=("$line")
      else
        COMPREPLY+=("${values[i]}")
      fi
    done
  else
    COMPREPLY=("${values[@]}")
  fi
  ((directive & 2)) && compopt -o nospace 2>/dev/null
  if ((!(directive & 4))) && ((${#COMPREPLY[@]} == 0)); then compopt -o default 2>/dev/null; fi
  return 0
}

# nosort keeps the engine's order (required parameters first); it needs bash 4.4.
complete -o nosort -F _zstack_cli zstack-cli 2>/dev/null || complete -F _zstack_cli zstack-cli
