# Types each line argument into an interactive zsh under zpty and presses Tab: where the argument has Tab characters,
# those are the presses (`...VmInst<TAB><TAB>` lists on the second one); else one Tab at the end. Prints per line
# `LINE: <the edited line>`, then `LIST: <line>` for each line zsh listed below it. Env: COMPLETIONS (the directory).
setopt extendedglob
zmodload zsh/zpty
zpty z 'zsh -f -i'
# A tall, wide terminal and no "do you wish to see all N possibilities?": every listing is printed whole.
zpty -w z 'stty rows 500 columns 250; LISTMAX=100000; PS1="> "; autoload -U compinit; compinit -u -D; source $COMPLETIONS/zstack-cli.zsh'
sleep 1
while zpty -r -t z chunk 2>/dev/null; do :; done
for line in "$@"; do
  [[ $line == *$'\t'* ]] || line+=$'\t'
  zpty -w -n z "$line"
  # What zsh writes until it has been quiet for a second (the completion runs zstack-cli on every Tab).
  got= idle=0
  while (( idle < 10 )); do
    if zpty -r -t z chunk 2>/dev/null; then got+=$chunk idle=0; else sleep 0.1; (( idle++ )); fi
  done
  # Ctrl-A, then turn the completed line into an echo whose output we can find.
  zpty -w -n z $'\x01echo RESULT: \n'
  out=
  for i in {1..100}; do
    zpty -r -t z chunk 2>/dev/null && out+=${chunk//$'\e'\[[0-9;?]#[A-Za-z]/}
    [[ $out == *$'\n'RESULT:* && ${out##*$'\n'RESULT:} == *$'\n'* ]] && break
    sleep 0.1
  done
  res=${out##*$'\n'RESULT: }
  print -r -- "LINE: ${res%%$'\r'*}"
  # The listing: what zsh wrote after the Tabs, without terminal control sequences, the prompt's
  # end-of-line mark and the command line redrawn.
  got=${got//$'\e'\[[0-9;?]#[A-Za-z]/}
  got=${got//?$'\b'/}
  got=${got//$'\a'/}
  got=${got//$'\n'/$'\r'}
  for l in "${(@ps:\r:)got}"; do
    l=${l%%[[:space:]]#}
    [[ -z $l || $l == [#%] || $l == *${line%% *}* ]] || print -r -- "LIST: $l"
  done
done
zpty -d z
