# fish completion for zstack-cli
# Load it with:  zstack-cli completion fish | source
# or save it as ~/.config/fish/completions/zstack-cli.fish
#
# Each Tab runs `zstack-cli __complete <words...>` (the last word is the one being completed, possibly empty), which
# prints one `value<TAB>description` line per candidate (fish's own format) and a last line `:<directive>`.

function __zstack_cli_complete
    # The words before the cursor (unquoted) and the current token up to the cursor.
    set -l args (commandline -opc)
    set -l cur (commandline -ct)
    set -l prog $args[1]
    set -e args[1]
    command $prog __complete $args $cur 2>/dev/null | string match -rv '^:[0-9]+$'
end

# --keep-order: the engine's order (required parameters first), not fish's A-Z.
complete -c zstack-cli -f --keep-order -a '(__zstack_cli_complete)'
