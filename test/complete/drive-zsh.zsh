# Types each line argument into an interactive zsh under zpty, presses Tab, and prints the edited line.
# Env: COMPLETIONS (the directory).
zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z 'PS1="> "; autoload -U compinit; compinit -u -D; source $COMPLETIONS/zstack-cli.zsh'
for line in "$@"; do
  zpty -w -n z "$line"$'\t'
  sleep 1
  # Ctrl-A, then turn the completed line into an echo whose output we can find.
  zpty -w -n z $'\x01echo RESULT: \n'
  got=
  for i in {1..100}; do
    zpty -r -t z chunk 2>/dev/null && got+=$chunk
    [[ $got == *$'\n'RESULT:* && ${got##*$'\n'RESULT:} == *$'\n'* ]] && break
    sleep 0.1
  done
  res=${got##*$'\n'RESULT: }
  print -r -- "${res%%$'\r'*}"
done
zpty -d z
